"""Messages about reading the data: what went wrong with a source and what to do about it.

``source.error.<reason>`` is shown when a source cannot be read (``data_sources.reading.errors``):
it says what the user can do. ``source.error.forbidden`` takes ``{email}`` (the service
account's e-mail, not a secret); ``source.error.too_large`` takes ``{cells}`` and
``{limit}``. ``source.fallback.<reason>`` is the short banner shown over the last-known-good
copy; its only placeholder is ``{time}`` (when that copy was read).
"""

MESSAGES = {
    "source.error.network": {
        "fr": "Impossible de joindre Google : vérifiez la connexion Internet du serveur, "
        "puis rechargez la page.",
        "en": "Google could not be reached: check the server's Internet connection, then "
        "reload the page.",
    },
    "source.error.timeout": {
        "fr": "Google a mis trop de temps à répondre. Rechargez la page dans un instant.",
        "en": "Google took too long to answer. Reload the page in a moment.",
    },
    "source.error.unauthorized": {
        "fr": "Google a refusé les identifiants du tableau de bord : vérifiez la clé du "
        "compte de service (ou la clé d’API) dans la section [connections.gsheets] des "
        "secrets ; elle a peut-être été révoquée ou mal copiée.",
        "en": "Google rejected the dashboard's credentials: check the service account key "
        "(or the API key) in the [connections.gsheets] section of the secrets; it may have "
        "been revoked or pasted incorrectly.",
    },
    "source.error.forbidden": {
        "fr": "Le tableau de bord n’a pas accès à la feuille : partagez-la (en lecture) "
        "avec l’adresse du compte de service {email}, et vérifiez que l’API Google Sheets "
        "est activée pour son projet.",
        "en": "The dashboard has no access to the sheet: share it (read-only) with the "
        "service account's e-mail {email}, and check that the Google Sheets API is enabled "
        "for its project.",
    },
    "source.error.forbidden.link": {
        "fr": "Le tableau de bord n’a pas accès à la feuille : partagez-la avec « Tous les "
        "utilisateurs disposant du lien » (lecteur), ou configurez un compte de service.",
        "en": 'The dashboard has no access to the sheet: share it with "Anyone with the '
        'link" (viewer), or configure a service account.',
    },
    "source.error.not_found": {
        "fr": "Feuille introuvable : vérifiez l’URL ou la clé de la feuille (paramètre "
        "spreadsheet des secrets) et qu’elle n’a pas été supprimée.",
        "en": "Sheet not found: check the sheet's URL or key (the spreadsheet setting of "
        "the secrets) and that it has not been deleted.",
    },
    "source.error.rate_limited": {
        "fr": "Trop de lectures en peu de temps : Google limite le nombre de requêtes. "
        "Attendez une minute avant de recharger.",
        "en": "Too many reads in a short time: Google limits the number of requests. "
        "Wait a minute before reloading.",
    },
    "source.error.server": {
        "fr": "Les serveurs de Google ont rencontré une erreur. Réessayez dans quelques minutes.",
        "en": "Google's servers ran into an error. Try again in a few minutes.",
    },
    "source.error.malformed": {
        "fr": "Google a renvoyé une réponse inattendue. Réessayez plus tard ; si cela "
        "persiste, signalez-le aux responsables du tableau de bord.",
        "en": "Google sent an unexpected answer. Try again later; if it persists, tell the "
        "dashboard's maintainers.",
    },
    "source.error.too_large": {
        "fr": "La feuille compte {cells} cellules, au-delà de la limite de {limit} : "
        "supprimez les lignes et colonnes vides inutilisées (elles comptent aussi) ou les "
        "onglets superflus.",
        "en": "The sheet has {cells} cells, over the limit of {limit}: delete unused empty "
        "rows and columns (they count too) or tabs it does not need.",
    },
    "source.error.bad_config": {
        "fr": "La connexion à la feuille est mal configurée : indiquez dans la section "
        "[connections.gsheets] des secrets l’URL de la feuille (spreadsheet) et soit les "
        "champs du compte de service, soit une clé api_key.",
        "en": "The sheet connection is not set up correctly: put the sheet's URL "
        "(spreadsheet) in the [connections.gsheets] section of the secrets, with either the "
        "service account fields or an api_key.",
    },
    "source.error.unreadable": {
        "fr": "Le fichier n’a pas pu être lu : vérifiez qu’il s’agit d’un classeur .xlsx "
        "ou de fichiers CSV en UTF-8, non endommagés.",
        "en": "The file could not be read: check that it is an .xlsx workbook or UTF-8 CSV "
        "files, and that it is not damaged.",
    },
    "source.fallback.network": {
        "fr": "Google Sheet injoignable (réseau) : affichage de la copie enregistrée le {time}.",
        "en": "Google Sheet unreachable (network): showing the copy saved on {time}.",
    },
    "source.fallback.timeout": {
        "fr": "Google Sheet injoignable (délai dépassé) : affichage de la copie enregistrée "
        "le {time}.",
        "en": "Google Sheet unreachable (timeout): showing the copy saved on {time}.",
    },
    "source.fallback.unauthorized": {
        "fr": "Google Sheet inaccessible (identifiants refusés) : affichage de la copie "
        "enregistrée le {time}.",
        "en": "Google Sheet unavailable (credentials rejected): showing the copy saved on {time}.",
    },
    "source.fallback.forbidden": {
        "fr": "Google Sheet inaccessible (accès refusé) : affichage de la copie enregistrée "
        "le {time}.",
        "en": "Google Sheet unavailable (access denied): showing the copy saved on {time}.",
    },
    "source.fallback.not_found": {
        "fr": "Google Sheet introuvable : affichage de la copie enregistrée le {time}.",
        "en": "Google Sheet not found: showing the copy saved on {time}.",
    },
    "source.fallback.rate_limited": {
        "fr": "Google Sheet momentanément limité (trop de requêtes) : affichage de la copie "
        "enregistrée le {time}.",
        "en": "Google Sheet temporarily limited (too many requests): showing the copy saved "
        "at {time}.",
    },
    "source.fallback.server": {
        "fr": "Google Sheet injoignable (erreur chez Google) : affichage de la copie "
        "enregistrée le {time}.",
        "en": "Google Sheet unreachable (Google server error): showing the copy saved on {time}.",
    },
    "source.fallback.malformed": {
        "fr": "Réponse inattendue de Google Sheet : affichage de la copie enregistrée le {time}.",
        "en": "Unexpected answer from Google Sheet: showing the copy saved on {time}.",
    },
    "source.fallback.too_large": {
        "fr": "Google Sheet trop volumineux : affichage de la copie enregistrée le {time}.",
        "en": "Google Sheet too large: showing the copy saved on {time}.",
    },
    "source.fallback.bad_config": {
        "fr": "Connexion au Google Sheet mal configurée : affichage de la copie enregistrée "
        "le {time}.",
        "en": "Google Sheet connection misconfigured: showing the copy saved on {time}.",
    },
    "source.fallback.unreadable": {
        "fr": "Source illisible : affichage de la copie enregistrée le {time}.",
        "en": "Source unreadable: showing the copy saved on {time}.",
    },
}
