"""Labels of the agenda page and of its calendar (.ics) file."""

MESSAGES = {
    "agenda.intro": {
        "fr": "Les prochains rendez-vous des coalitions et de la communauté au {today}, les "
        "Reset Days à venir et un fichier .ics à importer dans votre agenda.",
        "en": "The coming meetings of the coalitions and the community as of {today}, the "
        "next Reset Days and an .ics file to import into your calendar.",
    },
    "agenda.no_events_tab": {
        "fr": "Le classeur n’a pas d’onglet « événements » (ou « agenda ») : seuls les Reset "
        "Days calculés d’après le calendrier sont affichés. Ajoutez l’onglet avec les colonnes "
        "date, titre, type, coalition, lieu, lien.",
        "en": "The workbook has no “events” tab: only the Reset Days computed from the "
        "calendar are shown. Add the tab with the columns date, title, kind, coalition, "
        "location, url.",
    },
    "agenda.events_empty": {
        "fr": "L’onglet « événements » ne contient encore aucune ligne lisible : seuls les "
        "Reset Days calculés sont affichés.",
        "en": "The “events” tab holds no readable row yet: only the computed Reset Days are shown.",
    },
    "agenda.next_reset_days": {"fr": "Prochains Reset Days", "en": "Next Reset Days"},
    "agenda.no_reset_day": {
        "fr": "Aucun Reset Day prévu dans l’année qui vient.",
        "en": "No Reset Day planned in the coming year.",
    },
    "agenda.reset_day_title": {"fr": "Reset Day {number}", "en": "Reset Day {number}"},
    "agenda.recurrence": {
        "fr": "Calendrier : le {ordinal} {weekday} du mois",
        "en": "Calendar: the {ordinal} {weekday} of the month",
    },
    "agenda.recurrence.skip": {
        "fr": " ; pas de Reset Day en {months}",
        "en": "; no Reset Day in {months}",
    },
    "agenda.recurrence.help": {
        "fr": "Modifiable dans l’onglet « paramètres » (reset_day_weekday, reset_day_week, "
        "reset_day_skip_months) ; un Reset Day de l’onglet « événements » déplace celui du mois.",
        "en": "Set in the “settings” tab (reset_day_weekday, reset_day_week, "
        "reset_day_skip_months); a Reset Day in the “events” tab moves that month's meeting.",
    },
    "agenda.week.1": {"fr": "premier", "en": "first"},
    "agenda.week.2": {"fr": "deuxième", "en": "second"},
    "agenda.week.3": {"fr": "troisième", "en": "third"},
    "agenda.week.4": {"fr": "quatrième", "en": "fourth"},
    "agenda.week.-1": {"fr": "dernier", "en": "last"},
    "agenda.meeting.computed": {
        "fr": "Date calculée d’après le calendrier (pas encore dans l’onglet « événements »).",
        "en": "Date computed from the calendar (not yet in the “events” tab).",
    },
    "agenda.meeting.written": {
        "fr": "Date de l’onglet « événements ».",
        "en": "Date from the “events” tab.",
    },
    "agenda.filter.coalition": {"fr": "Coalitions", "en": "Coalitions"},
    "agenda.filter.kind": {"fr": "Types d’événements", "en": "Event kinds"},
    "agenda.filter.all": {"fr": "Tous", "en": "All"},
    "agenda.community": {
        "fr": "Toute la communauté (Reset Days…)",
        "en": "The whole community (Reset Days…)",
    },
    "agenda.show_past": {"fr": "Montrer les événements passés", "en": "Show past events"},
    "agenda.upcoming": {"fr": "À venir", "en": "Coming up"},
    "agenda.upcoming.count": {
        "fr": {
            "one": "{count} événement à venir avec ces filtres.",
            "other": "{count} événements à venir avec ces filtres.",
        },
        "en": {
            "one": "{count} upcoming event with these filters.",
            "other": "{count} upcoming events with these filters.",
        },
    },
    "agenda.none_upcoming": {
        "fr": "Aucun événement à venir avec ces filtres.",
        "en": "No upcoming event with these filters.",
    },
    "agenda.more": {
        "fr": {
            "one": "… et {count} autre dans le tableau ci-dessous.",
            "other": "… et {count} autres dans le tableau ci-dessous.",
        },
        "en": "… and {count} more in the table below.",
    },
    "agenda.timeline": {"fr": "Frise des événements à venir", "en": "Upcoming events timeline"},
    "agenda.all_day": {"fr": "toute la journée", "en": "all day"},
    "agenda.open_link": {"fr": "Ouvrir le lien", "en": "Open the link"},
    "agenda.past": {"fr": "Événements passés", "en": "Past events"},
    "agenda.none_past": {
        "fr": "Aucun événement passé avec ces filtres.",
        "en": "No past event with these filters.",
    },
    "agenda.file.upcoming": {"fr": "agenda-a-venir", "en": "upcoming-events"},
    "agenda.file.past": {"fr": "agenda-passe", "en": "past-events"},
    "agenda.col.date": {"fr": "Date", "en": "Date"},
    "agenda.col.time": {"fr": "Heure", "en": "Time"},
    "agenda.col.until": {"fr": "Jusqu’au", "en": "Until"},
    "agenda.col.title": {"fr": "Titre", "en": "Title"},
    "agenda.col.kind": {"fr": "Type", "en": "Kind"},
    "agenda.col.coalition": {"fr": "Coalition", "en": "Coalition"},
    "agenda.col.location": {"fr": "Lieu", "en": "Location"},
    "agenda.col.link": {"fr": "Lien", "en": "Link"},
    "agenda.col.reset_day": {"fr": "Reset Day n°", "en": "Reset Day no."},
    "agenda.date_format": {"fr": "DD/MM/YYYY", "en": "YYYY-MM-DD"},
    "agenda.download_ics": {
        "fr": "Télécharger pour mon agenda (.ics)",
        "en": "Download for my calendar (.ics)",
    },
    "agenda.ics_help": {
        "fr": "Événements du fichier : ceux affichés avec ces filtres ({count}, les passés "
        "seulement s’ils sont montrés). Le fichier s’importe dans Google Agenda, Outlook ou "
        "Thunderbird ; un nouvel import met à jour les mêmes événements.",
        "en": {
            "one": "{count} event: the one shown with these filters (past ones only when "
            "shown). The file imports into Google Calendar, Outlook or Thunderbird; importing "
            "it again updates the same events.",
            "other": "{count} events: those shown with these filters (past ones only when "
            "shown). The file imports into Google Calendar, Outlook or Thunderbird; importing "
            "it again updates the same events.",
        },
    },
    "agenda.ics_name": {"fr": "Agenda RESET", "en": "RESET agenda"},
    "agenda.ics_coalition": {"fr": "Coalition : {name}", "en": "Coalition: {name}"},
    "agenda.ics_file": {"fr": "agenda-reset-{day}", "en": "reset-agenda-{day}"},
}
