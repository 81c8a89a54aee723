"""Text alternatives of the charts (coalitions.views.chart_alt): what each chart shows, in words."""

MESSAGES = {
    "chart.none": {"fr": "Graphique vide.", "en": "Empty chart."},
    "chart.sep": {"fr": " ; ", "en": "; "},
    # Between a label and its value in a chart's hover (« Acteurs : 6 », « Actors: 6 »).
    "chart.label_sep": {"fr": " : ", "en": ": "},
    "chart.at_stage": {"fr": "{count} au stade {stage}", "en": "{count} at stage {stage}"},
    "chart.pipeline": {
        "fr": {"one": "{count} coalition : {stages}.", "other": "{count} coalitions : {stages}."},
        "en": {"one": "{count} coalition: {stages}.", "other": "{count} coalitions: {stages}."},
    },
    "chart.pipeline.family": {
        "fr": {
            "one": "Famille la plus nombreuse : {family} ({count} coalition).",
            "other": "Famille la plus nombreuse : {family} ({count} coalitions).",
        },
        "en": {
            "one": "Largest family: {family} ({count} coalition).",
            "other": "Largest family: {family} ({count} coalitions).",
        },
    },
    "chart.paths": {
        "fr": {
            "one": "Parcours d’une coalition : {paths}.",
            "other": "Parcours de {count} coalitions : {paths}.",
        },
        "en": {
            "one": "Path of one coalition: {paths}.",
            "other": "Paths of {count} coalitions: {paths}.",
        },
    },
    "chart.path.moved": {
        "fr": "{name} ({first} en {month}, {current} depuis {reached})",
        "en": "{name} ({first} in {month}, {current} since {reached})",
    },
    "chart.path.same": {
        "fr": "{name} ({current} depuis {month})",
        "en": "{name} ({current} since {month})",
    },
    "chart.days": {
        "fr": {"one": "{count} jour", "other": "{count} jours"},
        "en": {"one": "{count} day", "other": "{count} days"},
    },
    "chart.stay": {"fr": "{name} ({days} au stade {stage})", "en": "{name} ({days} at {stage})"},
    "chart.time.one": {
        "fr": "Temps passé au stade actuel : {stay}.",
        "en": "Time at the current stage: {stay}.",
    },
    "chart.time": {
        "fr": "Temps passé au stade actuel par {count} coalitions : le plus long, {longest} ; "
        "le plus court, {shortest}.",
        "en": "Time at the current stage for {count} coalitions: longest, {longest}; "
        "shortest, {shortest}.",
    },
    "chart.on_day": {"fr": "le {day}", "en": "on {day}"},
    "chart.between": {"fr": "du {first} au {last}", "en": "from {first} to {last}"},
    "chart.timeline": {
        "fr": {
            "one": "{count} événement à venir, {span} : {kinds}.",
            "other": "{count} événements à venir, {span} : {kinds}.",
        },
        "en": {
            "one": "{count} coming event, {span}: {kinds}.",
            "other": "{count} coming events, {span}: {kinds}.",
        },
    },
    "chart.kind.reset_day": {
        "fr": {"one": "{count} Reset Day", "other": "{count} Reset Days"},
        "en": {"one": "{count} Reset Day", "other": "{count} Reset Days"},
    },
    "chart.kind.launch": {
        "fr": {"one": "{count} lancement", "other": "{count} lancements"},
        "en": {"one": "{count} launch", "other": "{count} launches"},
    },
    "chart.kind.workshop": {
        "fr": {"one": "{count} atelier", "other": "{count} ateliers"},
        "en": {"one": "{count} workshop", "other": "{count} workshops"},
    },
    "chart.kind.report_back": {
        "fr": {"one": "{count} restitution", "other": "{count} restitutions"},
        "en": {"one": "{count} report-back", "other": "{count} report-backs"},
    },
    "chart.kind.other": {
        "fr": {"one": "{count} autre événement", "other": "{count} autres événements"},
        "en": {"one": "{count} other event", "other": "{count} other events"},
    },
    "chart.node.actor": {
        "fr": {"one": "{count} acteur", "other": "{count} acteurs"},
        "en": {"one": "{count} actor", "other": "{count} actors"},
    },
    "chart.node.coalition": {
        "fr": {"one": "{count} coalition", "other": "{count} coalitions"},
        "en": {"one": "{count} coalition", "other": "{count} coalitions"},
    },
    "chart.links": {
        "fr": {"one": "{count} lien", "other": "{count} liens"},
        "en": {"one": "{count} link", "other": "{count} links"},
    },
    "chart.hub": {"fr": "{name} ({links})", "en": "{name} ({links})"},
    "chart.network": {
        "fr": "Réseau de {who}, reliés par {links}. Les plus reliés : {hubs}.",
        "en": "Network of {who}, joined by {links}. Most connected: {hubs}.",
    },
    "chart.pipeline_history": {
        "fr": "Coalitions par stade à {count} Reset Days, du {first} au {last}. Au dernier : "
        "{stages}.",
        "en": "Coalitions by stage at {count} Reset Days, from {first} to {last}. At the latest: "
        "{stages}.",
    },
    "chart.memberships": {
        "fr": {"one": "{count} participation", "other": "{count} participations"},
        "en": {"one": "{count} membership", "other": "{count} memberships"},
    },
    "chart.growth": {
        "fr": "Acteurs et participations en fin de mois, de {first} à {last} : de "
        "{actors_before} à {actors}, de {memberships_before} à {memberships}.",
        "en": "Actors and memberships at the end of each month, from {first} to {last}: from "
        "{actors_before} to {actors}, from {memberships_before} to {memberships}.",
    },
    # Overview.
    "chart.hover.date_stage": {"fr": "{date} : {stage}", "en": "{date}: {stage}"},
}
