"""Messages of the updates posted from the dashboard: the form « Mettre à jour » on the
coalition sheet, its confirmation, the news shown there and the page « Mes coalitions »."""

MESSAGES = {
    # The form.
    "updates.form": {"fr": "Mettre à jour", "en": "Update"},
    "updates.form.intro": {
        "fr": "Les nouvelles du mois, la prochaine étape et les freins de la coalition. "
        "Chaque mise à jour s’ajoute à la feuille, sans rien effacer.",
        "en": "The coalition's news of the month, next step and obstacles. Each update is "
        "added to the sheet; nothing is erased.",
    },
    "updates.news": {"fr": "Nouvelles du mois", "en": "News of the month"},
    "updates.news.help": {
        "fr": "Ce qui a avancé depuis le dernier Reset Day : elles ouvrent la section de la "
        "coalition dans le compte-rendu.",
        "en": "What moved since the last Reset Day: it opens the coalition's section of the "
        "report.",
    },
    "updates.next_step": {"fr": "Prochaine étape", "en": "Next step"},
    "updates.obstacles": {"fr": "Freins", "en": "Obstacles"},
    "updates.name": {"fr": "Votre nom", "en": "Your name"},
    "updates.name.help": {
        "fr": "Enregistré avec la mise à jour, pour savoir qui l’a écrite.",
        "en": "Saved with the update, so everyone knows who wrote it.",
    },
    "updates.optional": {"fr": "Facultatif", "en": "Optional"},
    "updates.stage.section": {"fr": "Étape franchie", "en": "Stage reached"},
    "updates.stage": {"fr": "Maturité atteinte", "en": "Stage reached"},
    "updates.stage_date": {"fr": "Atteinte le", "en": "Reached on"},
    "updates.stage_note": {"fr": "Commentaire", "en": "Note"},
    "updates.deliverable.section": {"fr": "Livrable", "en": "Deliverable"},
    "updates.deliverable": {"fr": "Livrable", "en": "Deliverable"},
    "updates.deliverable.placeholder": {
        "fr": "Choisir ou saisir un livrable",
        "en": "Pick or type a deliverable",
    },
    "updates.deliverable_status": {"fr": "Nouveau statut", "en": "New status"},
    "updates.event.section": {"fr": "Nouvel événement", "en": "New event"},
    "updates.event_title": {"fr": "Titre", "en": "Title"},
    "updates.event_date": {"fr": "Date", "en": "Date"},
    "updates.event_time": {"fr": "Heure", "en": "Time"},
    "updates.event_kind": {"fr": "Type", "en": "Kind"},
    "updates.event_location": {"fr": "Lieu", "en": "Location"},
    "updates.event_url": {"fr": "Lien (https://…)", "en": "Link (https://…)"},
    "updates.actor.section": {"fr": "Nouvel acteur", "en": "New actor joining"},
    "updates.actor": {"fr": "Nom de l’acteur", "en": "Actor's name"},
    "updates.actor_type": {"fr": "Type d’acteur", "en": "Type of actor"},
    "updates.actor_role": {"fr": "Rôle", "en": "Role"},
    "updates.choose": {"fr": "Choisir", "en": "Choose"},
    "updates.choose_or_type": {"fr": "Choisir ou saisir", "en": "Pick or type"},
    "updates.submit": {"fr": "Enregistrer la mise à jour", "en": "Save the update"},
    # Why nothing was saved.
    "updates.error.summary": {
        "fr": "Rien n’a été enregistré : corrigez les champs signalés ci-dessous.",
        "en": "Nothing was saved: correct the fields marked below.",
    },
    "updates.error.not_allowed": {
        "fr": "Vous ne pouvez pas mettre à jour cette coalition : seuls ses référents le peuvent.",
        "en": "You may not update this coalition: only its editors may.",
    },
    "updates.error.name": {
        "fr": "Indiquez votre nom : il est enregistré avec la mise à jour.",
        "en": "Give your name: it is saved with the update.",
    },
    "updates.error.empty": {
        "fr": "La mise à jour est vide : écrivez au moins les nouvelles du mois.",
        "en": "The update is empty: write at least the news of the month.",
    },
    # After a write.
    "updates.sent": {
        "fr": "Mise à jour enregistrée, le tableau de bord est à jour. Ajouté :",
        "en": "Update saved; the dashboard is up to date. Added:",
    },
    "updates.queued": {
        "fr": "La feuille est injoignable : la mise à jour est gardée ici, en attente "
        "d’envoi, et partira dès que la feuille répondra. Gardé :",
        "en": "The sheet can't be reached: the update is kept here, waiting to be sent, and "
        "goes as soon as the sheet answers. Kept:",
    },
    "updates.written_row": {"fr": "onglet « {tab} » : {summary}", "en": "“{tab}” tab: {summary}"},
    "updates.pending": {
        "fr": "Mise à jour du {when} en attente d’envoi",
        "en": "Update of {when} waiting to be sent",
    },
    # Who may write, or why nobody may here.
    "updates.upload": {
        "fr": "Vous consultez un classeur téléversé : les mises à jour s’écrivent dans la "
        "source du tableau de bord. Retirez le fichier téléversé pour mettre à jour.",
        "en": "You are looking at an uploaded workbook: updates are written to the "
        "dashboard's source. Remove the uploaded file to post an update.",
    },
    "updates.not_editor": {
        "fr": "Pour publier les nouvelles de cette coalition, demandez à ses animateurs de "
        "vous inscrire parmi ses référents.",
        "en": "To post this coalition's news, ask its leads to add you to its editors.",
    },
    # The news on the coalition sheet.
    "updates.sheet.news": {"fr": "Nouvelles", "en": "News"},
    "updates.sheet.news.none": {
        "fr": "Aucune nouvelle publiée pour cette coalition.",
        "en": "No news posted for this coalition.",
    },
    "updates.sheet.news.item": {"fr": "{date}, {author}", "en": "{date}, {author}"},
    # « Mes coalitions ».
    "mine.intro": {
        "fr": "Les coalitions que vous pouvez mettre à jour, et ce qui leur manque avant le "
        "prochain Reset Day.",
        "en": "The coalitions you may update, and what they miss before the next Reset Day.",
    },
    "mine.next": {
        "fr": "Prochain Reset Day : n° {number}, le {date}.",
        "en": "Next Reset Day: no. {number}, on {date}.",
    },
    "mine.none": {
        "fr": "Aucune coalition ne vous compte parmi ses référents.",
        "en": "No coalition lists you among its editors.",
    },
    "mine.ready": {"fr": "Prête pour le Reset Day", "en": "Ready for the Reset Day"},
    "mine.news_missing": {
        "fr": "Pas de nouvelles depuis le Reset Day du {date}",
        "en": "No news since the Reset Day of {date}",
    },
    "mine.news_missing.ever": {"fr": "Pas encore de nouvelles", "en": "No news yet"},
    "mine.step_missing": {"fr": "Pas de prochaine étape", "en": "No next step"},
    "mine.step_old": {
        "fr": "Prochaine étape écrite le {date}, il y a plus de trois mois",
        "en": "Next step written on {date}, more than three months ago",
    },
    "mine.step_undated": {
        "fr": "Prochaine étape non datée : confirmez-la",
        "en": "Next step undated: confirm it",
    },
}
