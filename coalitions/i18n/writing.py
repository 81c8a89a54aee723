"""Messages about posting updates: why an update could not be written, and what to do.

``write.error.<reason>`` matches ``data_sources.writing.appending.WRITE_REASONS``;
``write.error.forbidden`` takes ``{email}`` (the service account's address, not a secret).
"""

MESSAGES = {
    "write.error.disabled": {
        "fr": "Les mises à jour depuis le tableau de bord ne sont pas activées (section "
        "[updates] des secrets).",
        "en": "Updates from the dashboard are not turned on (the [updates] section of the "
        "secrets).",
    },
    "write.error.read_only": {
        "fr": "Les données d’exemple sont en lecture seule. Pour essayer les mises à jour, "
        "copiez-les dans un dossier et lancez le tableau de bord sur cette copie (voir le "
        "README, « Mises à jour depuis le tableau de bord »).",
        "en": "The sample data is read-only. To try updates, copy it to a folder and run the "
        'dashboard on that copy (see the README, "Mises à jour depuis le tableau de bord").',
    },
    "write.error.api_key": {
        "fr": "La feuille est lue avec une clé d’API, qui ne permet pas d’écrire : configurez "
        "un compte de service et partagez la feuille avec lui en tant qu’éditeur.",
        "en": "The sheet is read with an API key, which cannot write: set up a service "
        "account and share the sheet with it as an editor.",
    },
    "write.error.locked": {
        "fr": "Le fichier est occupé par une autre mise à jour. La vôtre est gardée et sera "
        "enregistrée dès que possible.",
        "en": "The file is busy with another update. Yours is kept and will be saved as soon "
        "as possible.",
    },
    "write.error.unwritable": {
        "fr": "Le fichier de données ne peut pas être modifié (droits, disque plein ou "
        "encodage) : rien n’a été enregistré. Prévenez les responsables du tableau de bord.",
        "en": "The data file cannot be changed (permissions, full disk or encoding): nothing "
        "was saved. Tell the dashboard's maintainers.",
    },
    "write.error.network": {
        "fr": "Google est injoignable pour le moment. La mise à jour est gardée et sera "
        "envoyée automatiquement.",
        "en": "Google cannot be reached right now. The update is kept and will be sent "
        "automatically.",
    },
    "write.error.timeout": {
        "fr": "Google a mis trop de temps à répondre. La mise à jour est gardée et sera "
        "envoyée automatiquement.",
        "en": "Google took too long to answer. The update is kept and will be sent automatically.",
    },
    "write.error.rate_limited": {
        "fr": "Trop de requêtes vers Google en peu de temps. La mise à jour est gardée et "
        "sera envoyée automatiquement.",
        "en": "Too many requests to Google in a short time. The update is kept and will be "
        "sent automatically.",
    },
    "write.error.server": {
        "fr": "Les serveurs de Google ont rencontré une erreur. La mise à jour est gardée et "
        "sera envoyée automatiquement.",
        "en": "Google's servers ran into an error. The update is kept and will be sent "
        "automatically.",
    },
    "write.error.unauthorized": {
        "fr": "Google a refusé les identifiants du tableau de bord : rien n’a été enregistré. "
        "Vérifiez la clé du compte de service dans les secrets.",
        "en": "Google rejected the dashboard's credentials: nothing was saved. Check the "
        "service account key in the secrets.",
    },
    "write.error.forbidden": {
        "fr": "Le tableau de bord ne peut pas modifier la feuille : partagez-la avec "
        "l’adresse du compte de service {email} en tant qu’éditeur. Rien n’a été enregistré.",
        "en": "The dashboard cannot edit the sheet: share it with the service account's "
        "e-mail {email} as an editor. Nothing was saved.",
    },
    "write.error.not_found": {
        "fr": "Feuille introuvable : vérifiez son URL dans les secrets. Rien n’a été enregistré.",
        "en": "Sheet not found: check its URL in the secrets. Nothing was saved.",
    },
    "write.error.malformed": {
        "fr": "Google a renvoyé une réponse inattendue : rien n’a été enregistré. Si cela "
        "persiste, prévenez les responsables du tableau de bord.",
        "en": "Google sent an unexpected answer: nothing was saved. If it persists, tell the "
        "dashboard's maintainers.",
    },
    "write.error.too_large": {
        "fr": "La feuille est trop grande pour y ajouter des lignes : rien n’a été enregistré.",
        "en": "The sheet is too large to add rows to: nothing was saved.",
    },
    "write.error.bad_config": {
        "fr": "La connexion à la feuille est mal configurée (section [connections.gsheets] "
        "des secrets) : rien n’a été enregistré.",
        "en": "The sheet connection is not set up correctly (the [connections.gsheets] "
        "section of the secrets): nothing was saved.",
    },
    "write.error.unreadable": {
        "fr": "Le fichier de données est illisible : rien n’a été enregistré.",
        "en": "The data file cannot be read: nothing was saved.",
    },
}
