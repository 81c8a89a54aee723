"""Labels of the Reset Day pages: the report page (``report.page``, downloads, choices) and the
presenter deck (``presenter.``). The report's own sentences are in ``coalitions.i18n.report``.
"""

MESSAGES = {
    # The presenter deck.
    "presenter.subtitle": {
        "fr": "Communauté RESET — le point sur les coalitions",
        "en": "RESET community — where the coalitions stand",
    },
    "presenter.glance": {"fr": "Le mois en un coup d’œil", "en": "The month at a glance"},
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
    # In a deck in another language than the sheet's, the message is the coordinators' words
    # as typed: the title says they are quoted in French (the letter says the same).
    "presenter.message.quoted": {
        "fr": "Le message du mois",
        "en": "This month's message, quoted in French",
    },
    "presenter.quiet": {"fr": "Sans nouvelles ce mois-ci", "en": "No news this month"},
    "presenter.agenda": {"fr": "À l’agenda", "en": "On the agenda"},
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
        "fr": "← → ou Page préc. / Page suiv. pour naviguer ; à l’impression, une diapositive "
        "par page.",
        "en": "← → or Page Up / Page Down to move; when printed, one slide per page.",
    },
    "presenter.filename": {
        "fr": "presentation-reset-day-{number}",
        "en": "reset-day-{number}-slides",
    },
}
