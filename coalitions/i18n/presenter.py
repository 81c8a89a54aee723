"""Labels of the Reset Day pages: the presenter deck (``presenter.``) and the report (``report.``).

Counts are written with "(s)" rather than plural rules: the same sentence serves 0, 1 and 20,
as elsewhere in the catalogue.
"""

MESSAGES = {
    # Dates: the report is read in French first, so months are spelled out, never numeric.
    "report.date.months": {
        "fr": "janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,"
        "décembre",
        "en": "January,February,March,April,May,June,July,August,September,October,November,"
        "December",
    },
    "report.date.first": {"fr": "1er", "en": "1"},  # French writes the first of a month 1er
    "report.date.format": {"fr": "{day} {month} {year}", "en": "{day} {month} {year}"},
    "report.date.time": {"fr": "{date}, {time}", "en": "{date}, {time}"},
    # French sets a space before a colon; English does not.
    "report.field": {"fr": "{label} : {value}", "en": "{label}: {value}"},
    "report.sep": {"fr": " : ", "en": ": "},
    # The report.
    "report.title": {
        "fr": "Compte-rendu du Reset Day {number}",
        "en": "Report of Reset Day {number}",
    },
    "report.subtitle": {
        "fr": "Rendez-vous mensuel de la communauté RESET, le {date}",
        "en": "Monthly meeting of the RESET community, {date}",
    },
    "report.period": {
        "fr": "Période couverte : du {since} (Reset Day {previous}) au {until}.",
        "en": "Period covered: from {since} (Reset Day {previous}) to {until}.",
    },
    "report.period.first": {
        "fr": "Période couverte : jusqu'au {until}.",
        "en": "Period covered: up to {until}.",
    },
    "report.figures": {"fr": "Le mois en chiffres", "en": "The month in figures"},
    "report.intro": {
        "fr": "Le {date}, la communauté RESET a tenu son Reset Day {number} pour faire le point "
        "sur ses {coalitions} coalitions, dont {pilots} pilote(s) ; {launched} sont lancées ou "
        "plus avancées. Depuis le rendez-vous précédent, {moved_up} coalition(s) ont franchi "
        "une étape, {moved_down} ont reculé et {new_coalitions} nouvelle(s) coalition(s) sont "
        "apparues ; {joined} acteur(s) ont rejoint une coalition et {deliverables_done} "
        "livrable(s) ont été terminé(s).",
        "en": "On {date}, the RESET community held its Reset Day {number} to review its "
        "{coalitions} coalitions, {pilots} of them pilot(s); {launched} are launched or further "
        "along. Since the previous meeting, {moved_up} coalition(s) moved up a stage, "
        "{moved_down} moved down and {new_coalitions} new coalition(s) appeared; {joined} "
        "actor(s) joined a coalition and {deliverables_done} deliverable(s) were completed.",
    },
    "report.figure.coalitions": {"fr": "Coalitions", "en": "Coalitions"},
    "report.figure.pilots": {"fr": "Coalitions pilotes", "en": "Pilot coalitions"},
    "report.figure.launched": {
        "fr": "Lancées ou plus avancées",
        "en": "Launched or further along",
    },
    "report.figure.moved_up": {"fr": "Ont franchi une étape", "en": "Moved up a stage"},
    "report.figure.moved_down": {"fr": "Ont reculé d'une étape", "en": "Moved down a stage"},
    "report.figure.new_coalitions": {"fr": "Nouvelles coalitions", "en": "New coalitions"},
    "report.figure.joined": {
        "fr": "Acteurs arrivés dans une coalition",
        "en": "Actors who joined a coalition",
    },
    "report.figure.deliverables_done": {"fr": "Livrables terminés", "en": "Deliverables done"},
    "report.figure.events_held": {"fr": "Événements tenus", "en": "Events held"},
    "report.figure.events_coming": {
        "fr": "Événements d'ici le prochain Reset Day",
        "en": "Events before the next Reset Day",
    },
    "report.figure.stale": {
        "fr": "Sans évolution depuis {months} mois ou plus",
        "en": "No move for {months} months or more",
    },
    "report.coalitions": {"fr": "Les coalitions", "en": "The coalitions"},
    "report.family": {"fr": "Famille", "en": "Family"},
    "report.family.none": {"fr": "Sans famille", "en": "No family"},
    "report.territory": {"fr": "Territoire", "en": "Territory"},
    "report.pilot": {"fr": "Coalition pilote", "en": "Pilot coalition"},
    "report.levers": {"fr": "Leviers", "en": "Levers"},
    "report.stage": {"fr": "Étape", "en": "Stage"},
    "report.stage.up": {
        "fr": "{before} → {after} (étape franchie le {date})",
        "en": "{before} → {after} (moved up on {date})",
    },
    "report.stage.down": {
        "fr": "{before} → {after} (recul le {date})",
        "en": "{before} → {after} (moved down on {date})",
    },
    "report.stage.new": {
        "fr": "{after} (nouvelle coalition, le {date})",
        "en": "{after} (new coalition, on {date})",
    },
    "report.stage.same": {"fr": "{stage} (inchangée)", "en": "{stage} (unchanged)"},
    "report.stale": {
        "fr": "Sans évolution depuis {months} mois",
        "en": "No move for {months} months",
    },
    "report.stale.undated": {
        "fr": "Aucune évolution datée dans l'historique",
        "en": "No dated move in the history",
    },
    "report.actors": {"fr": "Acteurs", "en": "Actors"},
    "report.actors.none": {"fr": "Aucun acteur inscrit.", "en": "No actor listed."},
    "report.done": {"fr": "Ce qui a été fait", "en": "What was done"},
    "report.done.none": {"fr": "Rien de nouveau ce mois-ci.", "en": "Nothing new this month."},
    "report.done.stage": {"fr": "Nouvelle étape : {stage}", "en": "New stage: {stage}"},
    "report.done.joined": {
        "fr": "{actor} a rejoint la coalition ({role})",
        "en": "{actor} joined the coalition ({role})",
    },
    "report.done.joined_many": {
        "fr": "{count} acteurs ont rejoint la coalition : {names}",
        "en": "{count} actors joined the coalition: {names}",
    },
    "report.done.deliverable": {
        "fr": "Livrable terminé : {title}",
        "en": "Deliverable completed: {title}",
    },
    "report.next": {"fr": "Ce qui vient", "en": "What comes next"},
    "report.next.none": {"fr": "Rien de daté pour l'instant.", "en": "Nothing dated yet."},
    "report.next.deliverable": {
        "fr": "Livrable {status} : {title}",
        "en": "Deliverable {status}: {title}",
    },
    "report.next.due": {"fr": "pour le {date}", "en": "due {date}"},
    "report.next_step": {"fr": "Prochaine étape", "en": "Next step"},
    "report.obstacles": {"fr": "Freins", "en": "Obstacles"},
    "report.agenda": {
        "fr": "Agenda jusqu'au Reset Day {number} ({date})",
        "en": "Agenda until Reset Day {number} ({date})",
    },
    "report.agenda.open": {"fr": "Agenda", "en": "Agenda"},
    "report.agenda.none": {
        "fr": "Aucun événement prévu d'ici le prochain Reset Day.",
        "en": "No event planned before the next Reset Day.",
    },
    "report.quality": {"fr": "Qualité des données", "en": "Data quality"},
    "report.quality.intro": {
        "fr": "Signalements de la validation : les lignes en erreur sont écartées des chiffres "
        "ci-dessus. À corriger dans le classeur.",
        "en": "What validation flagged: rows with errors are left out of the figures above. "
        "To fix in the workbook.",
    },
    "report.quality.none": {
        "fr": "Aucun signalement : le classeur respecte le contrat.",
        "en": "Nothing flagged: the workbook follows the contract.",
    },
    "report.quality.where": {
        "fr": "onglet {tab}, ligne {row}",
        "en": "tab {tab}, row {row}",
    },
    "report.quality.column": {"fr": "colonne {column}", "en": "column {column}"},
    "report.footer": {
        "fr": "Généré depuis le classeur des coalitions par le tableau de bord RESET.",
        "en": "Generated from the coalition workbook by the RESET dashboard.",
    },
    # The report page.
    "report.page.intro": {
        "fr": "Le compte-rendu du Reset Day choisi, tiré du classeur : à télécharger et à "
        "compléter (le .docx s'édite dans un traitement de texte, le HTML s'imprime en PDF).",
        "en": "The report of the chosen Reset Day, drawn from the workbook: download it and "
        "complete it (the .docx opens in a word processor, the HTML prints to PDF).",
    },
    "report.page.language": {"fr": "Langue du compte-rendu", "en": "Language of the report"},
    "report.page.preview": {"fr": "Aperçu", "en": "Preview"},
    "report.preview.more": {
        "fr": "… et {count} autre(s) coalition(s), dans les fichiers téléchargés.",
        "en": "… and {count} more coalition(s), in the downloaded files.",
    },
    "report.download.md": {"fr": "Markdown (.md)", "en": "Markdown (.md)"},
    "report.download.html": {"fr": "HTML à imprimer (.html)", "en": "Printable HTML (.html)"},
    "report.download.docx": {"fr": "Word (.docx)", "en": "Word (.docx)"},
    "report.filename": {"fr": "compte-rendu-reset-day-{number}", "en": "reset-day-{number}-report"},
    "report.no_reset_day": {
        "fr": "Aucun Reset Day ne peut être daté : vérifiez la récurrence dans l'onglet "
        "paramètres.",
        "en": "No Reset Day can be dated: check the recurrence in the settings tab.",
    },
    "report.no_coalitions": {
        "fr": "Le classeur ne contient aucune coalition lisible : rien à présenter.",
        "en": "The workbook holds no readable coalition: nothing to present.",
    },
    "report.reset_day": {"fr": "Reset Day", "en": "Reset Day"},
    "report.reset_day.option": {
        "fr": "Reset Day {number} — {date}",
        "en": "Reset Day {number} — {date}",
    },
    "report.order": {"fr": "Ordre des coalitions", "en": "Order of the coalitions"},
    "report.order.family": {"fr": "Par famille", "en": "By family"},
    "report.order.stage": {"fr": "Les plus avancées d'abord", "en": "Furthest along first"},
    "report.order.pilots": {"fr": "Pilotes d'abord", "en": "Pilots first"},
    # The presenter deck.
    "presenter.subtitle": {
        "fr": "Communauté RESET — le point sur les coalitions",
        "en": "RESET community — where the coalitions stand",
    },
    "presenter.glance": {"fr": "Le mois en un coup d'œil", "en": "The month at a glance"},
    "presenter.changed": {"fr": "Ce qui a changé", "en": "What changed"},
    "presenter.key_actors": {"fr": "Acteurs clés", "en": "Key actors"},
    "presenter.next_dates": {"fr": "Prochaines dates", "en": "Next dates"},
    "presenter.more": {"fr": "+ {count} autre(s)", "en": "+ {count} more"},
    "presenter.agenda": {"fr": "À l'agenda", "en": "On the agenda"},
    "presenter.next_reset_day": {
        "fr": "Prochain rendez-vous : Reset Day {number}, le {date}",
        "en": "Next meeting: Reset Day {number}, {date}",
    },
    "presenter.thanks": {"fr": "Merci !", "en": "Thank you!"},
    "presenter.stage_track": {"fr": "Parcours de maturité", "en": "Maturity path"},
    "presenter.prev": {"fr": "Précédente", "en": "Previous"},
    "presenter.next": {"fr": "Suivante", "en": "Next"},
    "presenter.settings": {"fr": "Réglages de la présentation", "en": "Presentation settings"},
    # The button that opens the settings, between the slide buttons: short, for a narrow spot.
    "presenter.settings.button": {"fr": "Réglages", "en": "Settings"},
    "presenter.subset": {
        "fr": "Coalitions présentées (toutes si vide)",
        "en": "Coalitions shown (all when empty)",
    },
    "presenter.subset.all": {"fr": "Toutes les coalitions", "en": "All coalitions"},
    "presenter.download": {
        "fr": "Télécharger la présentation (HTML autonome)",
        "en": "Download the deck (standalone HTML)",
    },
    "presenter.exit": {"fr": "Quitter la présentation", "en": "Leave the presentation"},
    "presenter.keys": {
        "fr": "Clavier : ← → ou Page préc./Page suiv. (télécommande).",
        "en": "Keyboard: ← → or Page Up/Page Down (clicker).",
    },
    "presenter.deck.help": {
        "fr": "← → ou Page préc./Page suiv. pour naviguer ; imprimer = une diapositive par page.",
        "en": "← → or Page Up/Page Down to move; print = one slide per page.",
    },
    "presenter.filename": {
        "fr": "presentation-reset-day-{number}",
        "en": "reset-day-{number}-slides",
    },
}
