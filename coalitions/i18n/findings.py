"""Messages of the validation findings (coalitions.validation), for the people keeping the sheet."""

MESSAGES = {
    "finding.missing_tab": {
        "fr": "L'onglet « {tab} » est introuvable : ajoutez-le (voir le modèle de classeur).",
        "en": "The “{tab}” tab is missing: add it (see the template workbook).",
    },
    "finding.missing_column": {
        "fr": "La colonne obligatoire « {column} » manque dans l'onglet « {tab} » : "
        "l'onglet est ignoré tant qu'elle n'est pas ajoutée.",
        "en": "The required column “{column}” is missing from the “{tab}” tab: the tab is "
        "ignored until it is added.",
    },
    "finding.duplicate_header": {
        "fr": "La colonne « {column} » apparaît deux fois : seule la première est lue.",
        "en": "The column “{column}” appears twice: only the first is read.",
    },
    "finding.duplicate_tab": {
        "fr": "L'onglet « {title} » double un autre onglet : seul le premier est lu.",
        "en": "The tab “{title}” duplicates another tab: only the first is read.",
    },
    "finding.required_missing": {
        "fr": "La valeur de « {column} » est obligatoire : ligne ignorée.",
        "en": "“{column}” is required: row left out.",
    },
    "finding.error_value": {
        "fr": "Valeur d'erreur du tableur, comptée comme vide.",
        "en": "Spreadsheet error value, counted as empty.",
    },
    "finding.bad_date": {
        "fr": "Date illisible : utilisez 2021-05-19 ou 19/05/2021.",
        "en": "Unreadable date: use 2021-05-19 or 19/05/2021.",
    },
    "finding.unknown_stage": {
        "fr": "Maturité inconnue : un nombre de 0 à 5 ou un libellé (Sujet identifié, Socle "
        "commun, Noyau d'acteurs, Lancée, En action, Impact).",
        "en": "Unknown maturity: a number 0-5 or a label (Topic identified, Shared "
        "foundation, Core group, Launched, Acting, Impact).",
    },
    "finding.bad_bool": {
        "fr": "Valeur oui/non illisible (oui, non, x, 1, 0) : comptée comme « non ».",
        "en": "Unreadable yes/no value (yes, no, x, 1, 0): counted as “no”.",
    },
    "finding.unknown_lever": {
        "fr": "Levier inconnu : commande, offre ou usages, séparés par des virgules.",
        "en": "Unknown lever: commande (demand), offre (supply) or usages (uses), "
        "separated by commas.",
    },
    "finding.bad_url": {
        "fr": "Lien ignoré : seuls les liens http:// et https:// sont acceptés.",
        "en": "Link ignored: only http:// and https:// links are accepted.",
    },
    "finding.unknown_role": {
        "fr": "Rôle inconnu : animateur, noyau, partenaire ou intéressé.",
        "en": "Unknown role: animateur (lead), noyau (core), partenaire (partner) or "
        "intéressé (interested).",
    },
    "finding.unknown_kind": {
        "fr": "Type d'événement inconnu : Reset Day, lancement, atelier, restitution ou autre.",
        "en": "Unknown event kind: Reset Day, launch, workshop, report-back or other.",
    },
    "finding.unknown_status": {
        "fr": "Statut inconnu : prévu, en cours ou fait.",
        "en": "Unknown status: planned, in progress or done.",
    },
    "finding.duplicate_id": {
        "fr": "Identifiant déjà utilisé par une ligne plus haut : ligne ignorée.",
        "en": "Id already used by a row above: row left out.",
    },
    "finding.duplicate_actor": {
        "fr": "Acteur déjà listé plus haut : ligne ignorée.",
        "en": "Actor already listed above: row left out.",
    },
    "finding.duplicate_membership": {
        "fr": "Cet acteur est déjà membre de cette coalition plus haut : ligne ignorée.",
        "en": "This actor is already a member of this coalition above: row left out.",
    },
    "finding.unknown_coalition": {
        "fr": "Coalition inconnue : indiquez l'identifiant ou le nom d'une ligne de "
        "l'onglet coalitions.",
        "en": "Unknown coalition: give the id or name of a row of the coalitions tab.",
    },
    "finding.ambiguous_name": {
        "fr": "Ce nom est aussi l'identifiant ou le nom d'une autre coalition : une référence "
        "écrite ainsi va à la coalition dont c'est l'identifiant, sinon à la première ligne.",
        "en": "This name is also another coalition's id or name: a reference written so goes "
        "to the coalition with that id, else to the first row.",
    },
    "finding.ambiguous_reference": {
        "fr": "Référence ambiguë (identifiant ou nom de plusieurs coalitions) : rattachée à "
        "« {coalition} ». Utilisez l'identifiant.",
        "en": "Ambiguous reference (the id or name of several coalitions): linked to "
        "“{coalition}”. Use the id.",
    },
    "finding.unknown_actor": {
        "fr": "Acteur absent de l'onglet acteurs : ajouté sans type.",
        "en": "Actor not in the actors tab: added without a type.",
    },
    "finding.end_before_start": {
        "fr": "La fin précède le début : fin ignorée.",
        "en": "The end is before the start: end ignored.",
    },
    "finding.stage_mismatch": {
        "fr": "Le dernier avancement de « {coalition} » ne correspond pas à sa maturité "
        "actuelle ({current}, onglet coalitions ligne {row}).",
        "en": "The latest progress of “{coalition}” does not match its current maturity "
        "({current}, coalitions tab row {row}).",
    },
}
