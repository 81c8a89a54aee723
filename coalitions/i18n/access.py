"""Messages of the access gate (ui/access.py): login, passcode, refusal, open access."""

MESSAGES = {
    "access.open": {"fr": "Accès ouvert", "en": "Open access"},
    "access.open.help": {
        "fr": "Aucun contrôle d’accès n’est configuré : toute personne qui a l’adresse voit "
        "le tableau de bord.",
        "en": "No access control is configured: anyone with the address sees the dashboard.",
    },
    "access.passcode.label": {"fr": "Code d’accès", "en": "Passcode"},
    "access.passcode.submit": {"fr": "Entrer", "en": "Enter"},
    "access.passcode.wrong": {"fr": "Code d’accès incorrect.", "en": "Wrong passcode."},
    "access.passcode.wait": {
        "fr": "Trop d’essais : réessayez dans {seconds} s.",
        "en": "Too many attempts: try again in {seconds} s.",
    },
    "access.passcode.granted": {"fr": "Accès par code", "en": "Passcode access"},
    "access.passcode.lock": {"fr": "Verrouiller", "en": "Lock"},
    "access.login.intro": {
        "fr": "Ce tableau de bord est réservé à la communauté RESET : connectez-vous pour le voir.",
        "en": "This dashboard is for the RESET community: log in to see it.",
    },
    "access.login.button": {"fr": "Se connecter", "en": "Log in"},
    "access.login.button.provider": {
        "fr": "Se connecter avec {provider}",
        "en": "Log in with {provider}",
    },
    "access.login.unavailable": {
        "fr": "La connexion est indisponible : la section [auth] des secrets est incomplète "
        "ou l’extension d’authentification n’est pas installée. Prévenez les responsables du "
        "tableau de bord.",
        "en": "Logging in is unavailable: the [auth] section of the secrets is incomplete or "
        "the authentication extra is not installed. Tell the dashboard's maintainers.",
    },
    "access.signed_in": {"fr": "Connecté·e : {email}", "en": "Signed in as {email}"},
    "access.logout": {"fr": "Se déconnecter", "en": "Log out"},
    "access.refused": {
        "fr": "Le compte {email} n’a pas accès à ce tableau de bord. Déconnectez-vous puis "
        "connectez-vous avec une adresse autorisée, ou demandez l’accès aux responsables.",
        "en": "The account {email} has no access to this dashboard. Log out and log in with "
        "an allowed address, or ask the maintainers for access.",
    },
    "access.refused.no_email": {
        "fr": "un compte sans adresse e-mail vérifiée",
        "en": "an account without a verified e-mail address",
    },
    "access.misconfigured": {
        "fr": "L’accès au tableau de bord est mal configuré ({problem}) : personne ne peut "
        "entrer tant que les sections [access] ou [auth] des secrets ne sont pas corrigées.",
        "en": "Access to the dashboard is misconfigured ({problem}): nobody can get in until "
        "the [access] or [auth] sections of the secrets are fixed.",
    },
}
