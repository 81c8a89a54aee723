"""Labels of a meeting run from the presenter page: the presenter view (``meeting.``), the
follower view and the closing summary."""

MESSAGES = {
    "meeting.view": {"fr": "Vue de l’animateur", "en": "Presenter view"},
    "meeting.next_slide": {"fr": "Diapositive suivante", "en": "Next slide"},
    "meeting.last_slide": {"fr": "C’est la dernière diapositive.", "en": "This is the last slide."},
    "meeting.notes": {"fr": "Notes", "en": "Notes"},
    "meeting.notes.none": {
        "fr": "Pas de note pour cette diapositive.",
        "en": "No notes for this slide.",
    },
    "meeting.leads": {"fr": "Animation : {names}", "en": "Lead: {names}"},
    "meeting.leads.none": {"fr": "Animation : non renseignée", "en": "Lead: not given"},
    "meeting.ready": {
        "fr": "Rien ne manquait avant la séance.",
        "en": "Nothing was missing before the meeting.",
    },
    "meeting.missing": {"fr": "Manquait avant la séance :", "en": "Missing before the meeting:"},
    "meeting.last_news": {"fr": "Dernière nouvelle : {date}", "en": "Last news: {date}"},
    "meeting.last_news.none": {"fr": "Aucune nouvelle publiée", "en": "No news posted"},
    "meeting.clock": {"fr": "Heure : {time}", "en": "Time of day: {time}"},
    "meeting.on_slide": {"fr": "Sur cette diapositive : {spent}", "en": "On this slide: {spent}"},
    "meeting.on_slide.budget": {
        "fr": "Sur cette diapositive : {spent} sur {budget} min",
        "en": "On this slide: {spent} of {budget} min",
    },
    "meeting.total": {
        "fr": "Séance : {spent} sur {budget} min",
        "en": "Meeting: {spent} of {budget} min",
    },
    "meeting.over": {"fr": "temps dépassé", "en": "over time"},
    "meeting.start": {"fr": "Démarrer la séance", "en": "Start the meeting"},
    "meeting.start.help": {
        "fr": "Donne un code et un lien : chaque fenêtre ouverte sur ce lien suit les "
        "diapositives de cette vue.",
        "en": "Gives a code and a link: every window opened on that link follows the slides "
        "of this view.",
    },
    "meeting.code": {"fr": "Code de la séance : {code}", "en": "Meeting code: {code}"},
    "meeting.follow_link": {
        "fr": "Lien à ouvrir sur le projecteur et par les participants à distance : {link}",
        "en": "Link to open on the projector and for remote members: {link}",
    },
    "meeting.follow.caption": {
        "fr": "Séance {code} · diapositive {number} sur {total}",
        "en": "Meeting {code} · slide {number} of {total}",
    },
    "meeting.follow.waiting": {
        "fr": "La séance {code} n’a pas commencé sur ce serveur, ou elle est close. Cette page "
        "affichera ses diapositives dès que l’animateur la reprendra.",
        "en": "Meeting {code} has not started on this server, or it has closed. This page will "
        "show its slides as soon as the presenter resumes it.",
    },
    "meeting.follow.rerun": {
        "fr": "Afficher le nouveau jeu de diapositives",
        "en": "Show the new deck",
    },
    "meeting.follow.bad_code": {
        "fr": "Ce lien ne contient pas de code de séance valide.",
        "en": "This link holds no valid meeting code.",
    },
    "meeting.note.news": {
        "fr": "Dit en séance (décision, annonce, date, arrivée)",
        "en": "Said at the meeting (decision, announcement, date, newcomer)",
    },
    "meeting.note.next_step": {"fr": "Prochaine étape", "en": "Next step"},
    "meeting.note.submit": {"fr": "Noter pour le compte-rendu", "en": "Note for the report"},
    "meeting.note.sent": {
        "fr": "Note enregistrée : elle paraîtra sous « Dit en séance » dans le compte-rendu.",
        "en": "Note saved: it will appear under “Said at the meeting” in the report.",
    },
    "meeting.note.queued": {
        "fr": "Note gardée en attente d’envoi : elle sera écrite dans le classeur dès qu’il "
        "répondra.",
        "en": "Note kept, waiting to be sent: it will be written to the workbook as soon as it "
        "answers.",
    },
    "meeting.close": {"fr": "Clore la séance", "en": "Close the meeting"},
    "meeting.summary.title": {
        "fr": "Bilan de la séance du Reset Day {number}",
        "en": "Summary of the Reset Day {number} meeting",
    },
    "meeting.summary.covered": {
        "fr": "Coalitions présentées : {shown} sur {total}",
        "en": "Coalitions covered: {shown} of {total}",
    },
    "meeting.summary.notes": {
        "fr": {"one": "{count} note prise", "other": "{count} notes prises"},
        "en": {"one": "{count} note taken", "other": "{count} notes taken"},
    },
    "meeting.summary.notes.none": {"fr": "Aucune note prise", "en": "No notes taken"},
    "meeting.summary.item": {"fr": "{name} : {spent}", "en": "{name}: {spent}"},
    "meeting.summary.report": {
        "fr": "Compte-rendu du Reset Day {number}",
        "en": "Report of Reset Day {number}",
    },
    "meeting.summary.back": {"fr": "Revenir à la présentation", "en": "Back to the slides"},
}
