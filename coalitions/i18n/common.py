"""Labels shared by every page: stages, vocabularies, navigation."""

MESSAGES = {
    "app.title": {"fr": "Coalitions RESET", "en": "RESET coalitions"},
    "lang.label": {"fr": "Langue", "en": "Language"},
    "stage": {"fr": "Maturité", "en": "Maturity"},
    "stage.0": {"fr": "Sujet identifié", "en": "Topic identified"},
    "stage.1": {"fr": "Socle commun", "en": "Shared foundation"},
    "stage.2": {"fr": "Noyau d'acteurs", "en": "Core group"},
    "stage.3": {"fr": "Lancée", "en": "Launched"},
    "stage.4": {"fr": "En action", "en": "In action"},
    "stage.5": {"fr": "Impact", "en": "Impact"},
    # coalitions.stages.UNKNOWN_STAGE: a coalition kept although its stage can't be read.
    "stage.-1": {"fr": "Étape inconnue", "en": "Unknown stage"},
    "lever.commande": {"fr": "Commande", "en": "Demand"},
    "lever.offre": {"fr": "Offre", "en": "Supply"},
    "lever.usages": {"fr": "Usages", "en": "Uses"},
    "role.lead": {"fr": "Animateur", "en": "Lead"},
    "role.core": {"fr": "Noyau", "en": "Core"},
    "role.partner": {"fr": "Partenaire", "en": "Partner"},
    "role.interested": {"fr": "Intéressé", "en": "Interested"},
    "role.": {"fr": "Rôle non précisé", "en": "Role not given"},
    "kind.reset_day": {"fr": "Reset Day", "en": "Reset Day"},
    "kind.launch": {"fr": "Lancement", "en": "Launch"},
    "kind.workshop": {"fr": "Atelier", "en": "Workshop"},
    "kind.report_back": {"fr": "Restitution", "en": "Report-back"},
    "kind.other": {"fr": "Autre", "en": "Other"},
    "status.planned": {"fr": "Prévu", "en": "Planned"},
    "status.in_progress": {"fr": "En cours", "en": "In progress"},
    "status.done": {"fr": "Fait", "en": "Done"},
    "status.": {"fr": "Statut non précisé", "en": "Status not given"},
    "actor_type.association": {"fr": "Association", "en": "Association"},
    "actor_type.public": {"fr": "Acteur public", "en": "Public body"},
    "actor_type.academic": {"fr": "Académique", "en": "Academic"},
    "actor_type.company": {"fr": "Entreprise", "en": "Company"},
    "actor_type.local_authority": {"fr": "Collectivité", "en": "Local authority"},
    "actor_type.civic_tech": {"fr": "Civic tech", "en": "Civic tech"},
    "actor_type.network": {"fr": "Réseau", "en": "Network"},
    "actor_type.other": {"fr": "Autre", "en": "Other"},
    "actor_type.": {"fr": "Type non précisé", "en": "Type not given"},
    "yes": {"fr": "oui", "en": "yes"},
    "no": {"fr": "non", "en": "no"},
    "none": {"fr": "—", "en": "—"},
}
MESSAGES.update(
    {
        "cli.summary": {
            "fr": "{coalitions} ; {errors}, {warnings}.",
            "en": "{coalitions}; {errors}, {warnings}.",
        },
        # The parts of cli.summary, each agreeing with its own count.
        "cli.summary.coalitions": {
            "fr": {"one": "{count} coalition lue", "other": "{count} coalitions lues"},
            "en": {"one": "{count} coalition read", "other": "{count} coalitions read"},
        },
        "cli.summary.errors": {
            "fr": {"one": "{count} erreur", "other": "{count} erreurs"},
            "en": {"one": "{count} error", "other": "{count} errors"},
        },
        "cli.summary.warnings": {
            "fr": {"one": "{count} avertissement", "other": "{count} avertissements"},
            "en": {"one": "{count} warning", "other": "{count} warnings"},
        },
        "cli.fallback": {
            "fr": "Source injoignable ({reason}) : validation de la dernière copie enregistrée.",
            "en": "Source unreachable ({reason}): validating the last saved copy.",
        },
    }
)
