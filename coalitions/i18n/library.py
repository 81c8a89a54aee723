"""Labels of the coalitions' work (« Travaux des coalitions »): the library page, the kinds
of deliverable, and the calls for contributions shown there and on the overview."""

MESSAGES = {
    "library.intro": {
        "fr": "Tout ce que les coalitions ont produit ou préparent au {today} : diagnostics, "
        "cartographies, guides, manifestes… Le plus récent d’abord ; ouvrez un titre souligné "
        "pour lire le document.",
        "en": "Everything the coalitions have produced or are preparing as of {today}: "
        "diagnoses, mappings, guides, manifestos… Newest first; open an underlined title to "
        "read the document.",
    },
    "library.calls": {"fr": "Appels à contribution", "en": "Calls for contributions"},
    "library.calls.intro": {
        "fr": "Ces coalitions cherchent de l’aide : c’est là qu’une nouvelle venue peut "
        "contribuer.",
        "en": "These coalitions are asking for help: this is where a newcomer can contribute.",
    },
    "library.calls.none": {
        "fr": "Aucun appel à contribution en cours. Une coalition en lance un en ajoutant un "
        "livrable de type « appel à contribution », au statut « en cours ».",
        "en": "No call for contributions is open. A coalition opens one by adding a "
        "deliverable of kind “call for contributions”, in progress.",
    },
    "library.calls.more": {
        "fr": {
            "one": "Et encore {count:w} appel : choisissez le type « Appel à contribution » "
            "plus bas.",
            "other": "Et encore {count:w} appels : choisissez le type « Appel à contribution » "
            "plus bas.",
        },
        "en": {
            "one": "And {count:w} more call: pick the kind “Call for contributions” below.",
            "other": "And {count:w} more calls: pick the kind “Call for contributions” below.",
        },
    },
    "library.calls.all": {
        "fr": {
            "one": "L’appel à contribution sur la page Travaux des coalitions",
            "other": "Les {count} appels à contribution sur la page Travaux des coalitions",
        },
        "en": {
            "one": "The call for contributions on the Coalition work page",
            "other": "The {count} calls for contributions on the Coalition work page",
        },
    },
    "library.join": {"fr": "Pour rejoindre : {contact}", "en": "To join: {contact}"},
    "library.no_contact": {
        "fr": "Pas encore de contact : voyez la fiche de la coalition.",
        "en": "No contact yet: see the coalition's sheet.",
    },
    "library.no_status": {"fr": "Sans statut", "en": "No status"},
    "library.works": {"fr": "Tous les travaux", "en": "All the work"},
    "library.filter.family": {"fr": "Famille", "en": "Family"},
    "library.filter.coalition": {"fr": "Coalition", "en": "Coalition"},
    "library.filter.kind": {"fr": "Type", "en": "Kind"},
    "library.filter.status": {"fr": "Statut", "en": "Status"},
    "library.filter.all": {"fr": "Tous", "en": "All"},
    "library.filter.all_f": {"fr": "Toutes", "en": "All"},
    "library.count": {
        "fr": {"one": "{count} travail", "other": "{count} travaux"},
        "en": {"one": "{count} piece of work", "other": "{count} pieces of work"},
    },
    "library.by_kind": {"fr": "Par type", "en": "By kind"},
    "library.kind_count": {"fr": "{kind} : {count}", "en": "{kind}: {count}"},
    "library.more": {
        "fr": {
            "one": "Encore {count:w} travail dans le tableau ci-dessous.",
            "other": "Encore {count:w} travaux dans le tableau ci-dessous.",
        },
        "en": {
            "one": "{count:w} more in the table below.",
            "other": "{count:w} more in the table below.",
        },
    },
    "library.item": {
        "fr": "{title} — {kind} · {status}{date} · {coalition}",
        "en": "{title} — {kind} · {status}{date} · {coalition}",
    },
    "library.item.date": {"fr": ", {date}", "en": ", {date}"},
    "library.no_tab": {
        "fr": "Le classeur n’a pas d’onglet « livrables » : ajoutez-le avec les colonnes "
        "coalition, livrable, statut, date, type, lien pour montrer ici les travaux des "
        "coalitions.",
        "en": "The workbook has no “deliverables” tab: add it with the columns coalition, "
        "title, status, date, kind, url to show the coalitions' work here.",
    },
    "library.none": {
        "fr": "Aucun travail pour l’instant. Chaque diagnostic, cartographie ou guide d’une "
        "coalition s’ajoute comme une ligne de l’onglet « livrables », avec son lien.",
        "en": "No work yet. Each diagnosis, mapping or guide of a coalition is a row of the "
        "“deliverables” tab, with its link.",
    },
    "library.none_filtered": {
        "fr": "Aucun travail ne correspond à ces filtres : retirez-en un.",
        "en": "No work matches these filters: remove one.",
    },
    "library.col.date": {"fr": "Date", "en": "Date"},
    "library.col.title": {"fr": "Travail", "en": "Work"},
    "library.col.kind": {"fr": "Type", "en": "Kind"},
    "library.col.status": {"fr": "Statut", "en": "Status"},
    "library.col.coalition": {"fr": "Coalition", "en": "Coalition"},
    "library.col.family": {"fr": "Famille", "en": "Family"},
    "library.col.link": {"fr": "Lien", "en": "Link"},
    "library.file": {"fr": "travaux-des-coalitions", "en": "coalition-work"},
    "deliverable_kind.diagnostic": {"fr": "Diagnostic", "en": "Diagnosis"},
    "deliverable_kind.mapping": {"fr": "Cartographie", "en": "Mapping"},
    "deliverable_kind.benchmark": {"fr": "Benchmark", "en": "Benchmark"},
    "deliverable_kind.manifesto": {"fr": "Manifeste", "en": "Manifesto"},
    "deliverable_kind.advocacy": {"fr": "Plaidoyer", "en": "Advocacy"},
    "deliverable_kind.guide": {"fr": "Guide", "en": "Guide"},
    "deliverable_kind.logbook": {"fr": "Carnet de bord", "en": "Logbook"},
    "deliverable_kind.kit": {"fr": "Kit d’appropriation", "en": "Appropriation kit"},
    "deliverable_kind.pathway": {"fr": "Parcours d’engagement", "en": "Engagement pathway"},
    "deliverable_kind.call": {"fr": "Appel à contribution", "en": "Call for contributions"},
    "deliverable_kind.other": {"fr": "Autre", "en": "Other"},
}
