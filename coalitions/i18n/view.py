"""The reference date: « Afficher au » in the sidebar and the banner of a page in the past."""

MESSAGES = {
    "view.label": {"fr": "Afficher au", "en": "Show as of"},
    "view.help": {
        "fr": "Revoir la communauté telle qu’elle était à un Reset Day passé ou à une autre "
        "date : étapes, acteurs, livrables, nouvelles et agenda de ce jour-là. Le lien de la "
        "page garde la date.",
        "en": "See the community as it stood at a past Reset Day or on another date: stages, "
        "actors, deliverables, news and agenda of that day. The page's link keeps the date.",
    },
    "view.today": {"fr": "Aujourd’hui", "en": "Today"},
    "view.other": {"fr": "Autre date…", "en": "Another date…"},
    "view.pick": {"fr": "Date", "en": "Date"},
    "view.reset_day": {"fr": "Reset Day {number} ({date})", "en": "Reset Day {number} ({date})"},
    "view.banner": {
        "fr": "Situation au {date} : le tableau de bord montre la communauté telle qu’elle "
        "était ce jour-là.",
        "en": "As of {date}: the dashboard shows the community as it stood that day.",
    },
    "view.back": {"fr": "Revenir à aujourd’hui", "en": "Back to today"},
}
MESSAGES |= {
    "history.title": {"fr": "Évolution", "en": "Change over time"},
    "history.pipeline": {
        "fr": "Les coalitions par étape à chaque Reset Day",
        "en": "Coalitions per stage at each Reset Day",
    },
    "history.growth": {
        "fr": "La croissance du réseau, mois par mois",
        "en": "The network's growth, month by month",
    },
    "history.compare": {"fr": "Comparer deux Reset Days", "en": "Compare two Reset Days"},
    "history.compare.from": {"fr": "Du", "en": "From"},
    "history.compare.placeholder": {"fr": "Choisir un Reset Day", "en": "Choose a Reset Day"},
    "history.compare.to": {"fr": "Au", "en": "To"},
    "history.compare.same": {
        "fr": "Choisissez deux Reset Days différents.",
        "en": "Choose two different Reset Days.",
    },
    "history.compare.summary": {
        "fr": "Entre les deux : {changes}.",
        "en": "In between: {changes}.",
    },
    "history.count.stage_changes": {
        "fr": {"one": "{count} changement de maturité", "other": "{count} changements de maturité"},
        "en": {"one": "{count} stage change", "other": "{count} stage changes"},
    },
    "history.count.new_coalitions": {
        "fr": {"one": "{count} nouvelle coalition", "other": "{count} nouvelles coalitions"},
        "en": {"one": "{count} new coalition", "other": "{count} new coalitions"},
    },
    "history.count.joined": {
        "fr": {"one": "{count} acteur arrivé", "other": "{count} acteurs arrivés"},
        "en": {"one": "{count} actor joined", "other": "{count} actors joined"},
    },
    "history.count.deliverables_done": {
        "fr": {"one": "{count} livrable terminé", "other": "{count} livrables terminés"},
        "en": {"one": "{count} deliverable done", "other": "{count} deliverables done"},
    },
    "history.too_short": {
        "fr": "Il faut au moins deux Reset Days d’historique daté pour montrer une évolution.",
        "en": "At least two Reset Days of dated history are needed to show a change.",
    },
    "history.actors": {"fr": "Acteurs engagés", "en": "Engaged actors"},
    "history.memberships": {"fr": "Participations", "en": "Memberships"},
    "history.col.reset_day": {"fr": "Reset Day", "en": "Reset Day"},
    "history.col.date": {"fr": "Date", "en": "Date"},
    "history.col.month": {"fr": "Mois", "en": "Month"},
    "history.col.coalition": {"fr": "Coalition", "en": "Coalition"},
    "history.col.from": {"fr": "Avant", "en": "Before"},
    "history.col.to": {"fr": "Après", "en": "After"},
    "history.pipeline.file": {"fr": "etapes-par-reset-day", "en": "stages-per-reset-day"},
    "history.growth.file": {"fr": "croissance-du-reseau", "en": "network-growth"},
}
