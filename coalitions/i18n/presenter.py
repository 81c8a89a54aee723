"""Labels of the Reset Day pages: the report page (``report.page``, downloads, choices) and the
presenter deck (``presenter.``). The report's own sentences are in ``coalitions.i18n.report``.
"""

MESSAGES = {
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
        "fr": {
            "one": "… et {count} autre coalition, dans les fichiers téléchargés.",
            "other": "… et {count} autres coalitions, dans les fichiers téléchargés.",
        },
        "en": {
            "one": "… and {count} more coalition, in the downloaded files.",
            "other": "… and {count} more coalitions, in the downloaded files.",
        },
    },  # fmt: skip
    "report.download.md": {"fr": "Markdown (.md)", "en": "Markdown (.md)"},
    "report.download.html": {"fr": "HTML (.html)", "en": "HTML (.html)"},
    "report.download.docx": {"fr": "Word (.docx)", "en": "Word (.docx)"},
    "report.download.txt": {"fr": "Texte (.txt)", "en": "Text (.txt)"},
    "report.download.eml": {"fr": "E-mail (.eml)", "en": "E-mail (.eml)"},
    # Five buttons share a row: short labels, what each file is for in the tooltip.
    "report.download.md.help": {
        "fr": "Markdown, à coller dans un outil qui le lit",
        "en": "Markdown, to paste into a tool that reads it",
    },
    "report.download.txt.help": {
        "fr": "Texte brut, à coller dans un message",
        "en": "Plain text, to paste into a message",
    },
    "report.download.html.help": {
        "fr": "Page autonome, à imprimer en PDF",
        "en": "Standalone page, to print to PDF",
    },
    "report.download.docx.help": {
        "fr": "Document Word, à compléter",
        "en": "Word document, to complete",
    },
    "report.download.eml.help": {
        "fr": "E-mail prêt à envoyer : s'ouvre en brouillon dans la messagerie",
        "en": "Ready-to-send e-mail: opens as a draft in your mail program",
    },
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
    "presenter.changed.none": {"fr": "Pas de nouvelles ce mois-ci.", "en": "No news this month."},
    "presenter.next_dates.none": {"fr": "Pas de date annoncée.", "en": "No date announced."},
    "presenter.key_actors": {"fr": "Acteurs clés", "en": "Key actors"},
    "presenter.next_dates": {"fr": "Prochaines dates", "en": "Next dates"},
    "presenter.more": {
        "fr": {"one": "+ {count} autre", "other": "+ {count} autres"},
        "en": {"one": "+ {count} more", "other": "+ {count} more"},
    },
    "presenter.message": {"fr": "Le message du mois", "en": "This month's message"},
    "presenter.quiet": {"fr": "Sans nouvelles ce mois-ci", "en": "No news this month"},
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
        "fr": "← → ou Page préc. / Page suiv. pour naviguer ; à l'impression, une diapositive "
        "par page.",
        "en": "← → or Page Up / Page Down to move; when printed, one slide per page.",
    },
    "presenter.filename": {
        "fr": "presentation-reset-day-{number}",
        "en": "reset-day-{number}-slides",
    },
}
