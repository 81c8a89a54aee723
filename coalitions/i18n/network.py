"""Labels of the actor network page."""

MESSAGES = {
    "network.intro": {
        "fr": "Qui participe à quelle coalition : les acteurs qui font le lien entre coalitions "
        "et la diversité des acteurs de chacune (la communauté cherche des coalitions "
        "d’acteurs hétérogènes).",
        "en": "Who takes part in which coalition: the actors who link coalitions together and "
        "how mixed each coalition's actors are (the community looks for heterogeneous "
        "coalitions).",
    },
    "network.empty.memberships": {
        "fr": "L’onglet « participations » ne contient encore aucune ligne lisible : ajoutez-y "
        "une ligne par acteur et par coalition (coalition, acteur, rôle) pour voir le réseau.",
        "en": "The “memberships” tab holds no readable row yet: add one row per actor and "
        "coalition (coalition, actor, role) to see the network.",
    },
    "network.empty.no_memberships_tab": {
        "fr": "Le classeur n’a pas d’onglet « participations » (ou « membres ») : créez-le "
        "avec les colonnes coalition, acteur, rôle pour voir le réseau d’acteurs.",
        "en": "The workbook has no “memberships” tab: add one with the columns coalition, "
        "actor, role to see the actor network.",
    },
    "network.no_actors_tab": {
        "fr": "Pas d’onglet « acteurs » : les acteurs sont repris des participations, sans "
        "leur type (ajoutez l’onglet pour colorer le réseau par type d’acteur).",
        "en": "No “actors” tab: actors are taken from the memberships, without their type "
        "(add the tab to colour the network by actor type).",
    },
    "network.no_family": {"fr": "Famille non précisée", "en": "Family not given"},
    "network.filter.type": {"fr": "Types d’acteurs", "en": "Actor types"},
    "network.filter.role": {"fr": "Rôles", "en": "Roles"},
    "network.filter.family": {"fr": "Familles d’intérêt", "en": "Families of interest"},
    "network.filter.lever": {"fr": "Leviers", "en": "Levers"},
    "network.filter.lever.help": {
        "fr": "Les acteurs qui agissent sur ces leviers dans leur coalition (colonne « leviers » "
        "de l’onglet membres).",
        "en": "The actors that act on these levers in their coalition (the memberships tab's "
        "“levers” column).",
    },
    "network.filter.all": {"fr": "Tous", "en": "All"},
    "network.filtered_out": {
        "fr": "Aucune participation ne correspond à ces filtres : élargissez-les.",
        "en": "No membership matches these filters: widen them.",
    },
    "network.focus": {"fr": "Centrer sur", "en": "Focus on"},
    "network.focus.none": {"fr": "Tout le réseau", "en": "The whole network"},
    "network.focus.placeholder": {
        "fr": "Choisir une coalition ou un acteur",
        "en": "Choose a coalition or an actor",
    },
    "network.focus.coalition": {"fr": "Coalition : {name}", "en": "Coalition: {name}"},
    "network.focus.help": {
        "fr": "Une coalition avec ses acteurs et les autres coalitions qu’ils rejoignent, ou un "
        "acteur avec ses coalitions et leurs membres.",
        "en": "A coalition with its actors and the other coalitions they join, or an actor "
        "with its coalitions and their members.",
    },
    "network.view": {"fr": "Vue", "en": "View"},
    "network.view.bipartite": {"fr": "Acteurs et coalitions", "en": "Actors and coalitions"},
    "network.view.projection": {"fr": "Acteurs entre eux", "en": "Actor to actor"},
    "network.max_actors": {"fr": "Acteurs dessinés", "en": "Actors drawn"},
    "network.max_actors.help": {
        "fr": "Les acteurs présents dans le plus de coalitions sont dessinés en premier ; les "
        "indicateurs portent toujours sur tout le réseau filtré.",
        "en": "The actors in the most coalitions are drawn first; the metrics always cover "
        "the whole filtered network.",
    },
    "network.showing": {
        "fr": "Affichés : {actors} et {coalitions}.",
        "en": "Showing {actors} and {coalitions}.",
    },
    # The parts of network.showing, each agreeing with its own count.
    "network.showing.actors": {
        "fr": {"one": "{count} acteur sur {total}", "other": "{count} acteurs sur {total}"},
        "en": "{count} of {total} actors",
    },
    "network.showing.coalitions": {
        "fr": {"one": "{count} coalition sur {total}", "other": "{count} coalitions sur {total}"},
        "en": "{count} of {total} coalitions",
    },
    "network.showing.projection": {
        "fr": {
            "one": "Affiché : {count} acteur sur {total}, relié aux autres par le nombre de "
            "coalitions partagées (trait plus épais = plus de coalitions en commun).",
            "other": "Affichés : {count} acteurs sur {total}, reliés par le nombre de coalitions "
            "qu’ils partagent (trait plus épais = plus de coalitions en commun).",
        },
        "en": "Showing {count} of {total} actors, linked by the number of coalitions they "
        "share (thicker line = more coalitions in common).",
    },
    "network.legend.coalition": {"fr": "Coalition", "en": "Coalition"},
    "network.actor": {"fr": "Acteur", "en": "Actor"},
    "network.hover.actors": {"fr": "Acteurs", "en": "Actors"},
    "network.hover.coalitions": {"fr": "Coalitions", "en": "Coalitions"},
    "network.col.name": {"fr": "Nom", "en": "Name"},
    "network.col.kind": {"fr": "Nœud", "en": "Node"},
    "network.col.type": {"fr": "Type d’acteur", "en": "Actor type"},
    "network.col.degree": {"fr": "Liens", "en": "Links"},
    "network.file.graph": {"fr": "reseau-acteurs", "en": "actor-network"},
    "network.file.actors": {"fr": "indicateurs-acteurs", "en": "actor-metrics"},
    "network.file.coalitions": {"fr": "diversite-coalitions", "en": "coalition-diversity"},
    "network.metrics": {"fr": "Indicateurs du réseau", "en": "Network metrics"},
    "network.betweenness.exact": {
        "fr": "Intermédiarité calculée exactement sur tout le réseau filtré.",
        "en": "Betweenness computed exactly on the whole filtered network.",
    },
    "network.betweenness.approx": {
        "fr": "Intermédiarité approchée : le réseau compte {nodes} nœuds, elle est estimée à "
        "partir de {pivots} nœuds tirés au hasard (tirage fixe, résultat reproductible).",
        "en": "Approximate betweenness: the network has {nodes} nodes, so it is estimated from "
        "{pivots} randomly drawn nodes (fixed draw, reproducible result).",
    },
    "network.tab.actors": {"fr": "Acteurs", "en": "Actors"},
    "network.tab.coalitions": {"fr": "Coalitions", "en": "Coalitions"},
    "network.table.capped": {
        "fr": "Les {rows} acteurs les plus reliés sur {total} ; le CSV les contient tous.",
        "en": "The {rows} most connected of {total} actors; the CSV has them all.",
    },
    "network.col.coalitions": {"fr": "Coalitions", "en": "Coalitions"},
    "network.col.coalitions.help": {
        "fr": "Nombre de coalitions auxquelles l’acteur participe (son degré).",
        "en": "Number of coalitions the actor takes part in (its degree).",
    },
    "network.col.families": {"fr": "Familles", "en": "Families"},
    "network.col.bridge": {"fr": "Passerelle", "en": "Bridge"},
    "network.col.bridge.help": {
        "fr": "Participe à au moins deux coalitions : fait circuler personnes et savoirs.",
        "en": "Takes part in two coalitions or more: carries people and knowledge across.",
    },
    "network.col.betweenness": {"fr": "Intermédiarité", "en": "Betweenness"},
    "network.col.betweenness.help": {
        "fr": "Part des plus courts chemins du réseau qui passent par ce nœud (0 à 1).",
        "en": "Share of the network's shortest paths that go through this node (0 to 1).",
    },
    "network.col.family": {"fr": "Famille", "en": "Family"},
    "network.col.actors": {"fr": "Acteurs", "en": "Actors"},
    "network.col.types": {"fr": "Types d’acteurs", "en": "Actor types"},
    "network.col.types.help": {
        "fr": "Nombre de types d’acteurs différents (type non précisé exclu).",
        "en": "Number of different actor types (type not given left out).",
    },
    "network.col.shannon": {"fr": "Diversité (Shannon)", "en": "Diversity (Shannon)"},
    "network.col.shannon.help": {
        "fr": "Indice de Shannon des types d’acteurs : 0 pour un seul type, plus haut quand "
        "les types sont nombreux et équilibrés.",
        "en": "Shannon index of the actor types: 0 for a single type, higher when types are "
        "many and balanced.",
    },
    "network.col.missing": {"fr": "Types absents", "en": "Missing types"},
    "network.col.homogeneous": {"fr": "Homogène", "en": "Homogeneous"},
    "network.col.homogeneous.help": {
        "fr": "Aucun acteur public, académique, associatif ni collectivité.",
        "en": "No public body, academic, association nor local authority.",
    },
    "network.col.linked": {"fr": "Coalitions reliées", "en": "Coalitions linked"},
    "network.bridges": {"fr": "Acteurs passerelles", "en": "Bridging actors"},
    "network.bridges.none": {
        "fr": "Aucun acteur ne participe à plus d’une coalition avec ces filtres.",
        "en": "No actor takes part in more than one coalition with these filters.",
    },
    "network.bridges.count": {
        "fr": {
            "one": "{count} acteur sur {total} participe à plusieurs coalitions.",
            "other": "{count} acteurs sur {total} participent à plusieurs coalitions ; voici "
            "ceux qui en relient le plus.",
        },
        "en": {
            "one": "{count} of {total} actors takes part in several coalitions.",
            "other": "{count} of {total} actors take part in several coalitions; here are "
            "those linking the most.",
        },
    },
    "network.diversity": {"fr": "Diversité des coalitions", "en": "Coalition diversity"},
    "network.diversity.help": {
        "fr": "Une coalition est signalée quand elle n’a aucun de ces types d’acteurs : {types}.",
        "en": "A coalition is flagged when it has none of these actor types: {types}.",
    },
    "network.diversity.none": {
        "fr": "Chaque coalition compte au moins un acteur public, académique, associatif ou une "
        "collectivité.",
        "en": "Every coalition has at least one public body, academic, association or local "
        "authority.",
    },
    "network.diversity.flagged": {
        "fr": {
            "one": "{count} coalition sans acteur public, académique, associatif ni collectivité :",
            "other": "{count} coalitions sans acteur public, académique, associatif ni "
            "collectivité :",
        },
        "en": {
            "one": "{count} coalition without any public body, academic, association or local "
            "authority:",
            "other": "{count} coalitions without any public body, academic, association or "
            "local authority:",
        },
    },
    "network.diversity.more": {
        "fr": {
            "one": "… et {count} autre : voir le tableau des coalitions.",
            "other": "… et {count} autres : voir le tableau des coalitions.",
        },
        "en": "… and {count} more: see the coalitions table.",
    },
    "network.diversity.no_actors": {
        "fr": {
            "one": "{count} coalition n’a encore aucun acteur avec ces filtres.",
            "other": "{count} coalitions n’ont encore aucun acteur avec ces filtres.",
        },
        "en": {
            "one": "{count} coalition has no actor yet with these filters.",
            "other": "{count} coalitions have no actor yet with these filters.",
        },
    },
    "network.legend.arrivals": {
        "fr": "Arrivés depuis le Reset Day {number}",
        "en": "Joined since Reset Day {number}",
    },
}
