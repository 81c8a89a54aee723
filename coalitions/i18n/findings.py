"""Messages of the validation findings (coalitions.workbook.validation), for the people keeping the
sheet.

``{tab}``, ``{column}`` and the ``{…_title}`` placeholders arrive already quoted (« » or “ ”,
coalitions.workbook.quality.quoted) and name tabs and columns as the workbook writes them.
"""

# French typography: a no-break space (U+00A0) before « : » and inside « », a narrow one
# (U+202F) before « ; ! ? ».
NBSP = "\u00a0"

MESSAGES = {
    "finding.missing_tab": {
        "fr": f"L’onglet {{tab}} est introuvable{NBSP}: ajoutez-le (voir le modèle de classeur).",
        "en": "The {tab} tab is missing: add it (see the template workbook).",
    },
    "finding.missing_column": {
        "fr": f"La colonne obligatoire {{column}} manque dans l’onglet {{tab}}{NBSP}: "
        "l’onglet est ignoré tant qu’elle n’est pas ajoutée.",
        "en": "The required column {column} is missing from the {tab} tab: the tab is "
        "ignored until it is added.",
    },
    "finding.duplicate_header": {
        "fr": f"La colonne {{column}} apparaît deux fois{NBSP}: seule la première est lue.",
        "en": "The column {column} appears twice: only the first is read.",
    },
    "finding.duplicate_tab": {
        "fr": f"L’onglet {{other_title}} double un autre onglet{NBSP}: seul le premier est lu.",
        "en": "The tab {other_title} duplicates another tab: only the first is read.",
    },
    "finding.required_missing": {
        "fr": f"La valeur de {{column}} est obligatoire{NBSP}: ligne ignorée.",
        "en": "{column} is required: row left out.",
    },
    "finding.error_value": {
        "fr": "Valeur d’erreur du tableur, comptée comme vide.",
        "en": "Spreadsheet error value, counted as empty.",
    },
    "finding.bad_date": {
        "fr": f"Date illisible{NBSP}: écrivez 2021-05-19 ou 19/05/2021.",
        "en": "Unreadable date: use 2021-05-19 or 19/05/2021.",
    },
    # The labels and kinds a finding lists are what the user types: the sheet's spelling, with
    # its straight apostrophe (coalitions/workbook/stages.py, vocabularies.py SHEET_WORDS).
    "finding.unknown_stage": {
        "fr": f"Maturité inconnue{NBSP}: un nombre de 0 à 5 ou un libellé (Sujet identifié, "
        f"Socle commun, Noyau d'acteurs, Lancée, En action, Impact)\u202f; ligne ignorée.",
        "en": "Unknown maturity: a number 0-5 or a label (Topic identified, Shared "
        "foundation, Core group, Launched, In action, Impact); row left out.",
    },
    "finding.stage_unknown": {
        "fr": f"Maturité illisible ou vide{NBSP}: la coalition reste affichée, à l’étape "
        f"inconnue. Écrivez un nombre de 0 à 5 ou un libellé (Sujet identifié, Socle commun, "
        "Noyau d'acteurs, Lancée, En action, Impact).",
        "en": "Unreadable or blank maturity: the coalition is still shown, at an unknown "
        "stage. Write a number 0-5 or a label (Topic identified, Shared foundation, Core "
        "group, Launched, In action, Impact).",
    },
    "finding.stage_from_history": {
        "fr": f"Maturité illisible ou vide{NBSP}: l’étape affichée est celle du dernier "
        f"avancement (onglet {{history_title}}, ligne {{progress_row}}). Écrivez un nombre de "
        "0 à 5 ou un libellé.",
        "en": "Unreadable or blank maturity: the stage shown is the latest progress entry's "
        "({history_title} tab, row {progress_row}). Write a number 0-5 or a label.",
    },
    "finding.stage_mismatch": {
        "fr": "Cette maturité, mise à jour après le dernier avancement, en diffère (onglet "
        f"{{history_title}}, ligne {{progress_row}}, étape {{progress_stage}}){NBSP}: c’est "
        f"elle qui est affichée. Ajoutez une ligne datée à l’onglet {{history_title}} pour "
        "garder la trace du changement.",
        "en": "This maturity, updated after the latest progress entry, differs from it "
        "({history_title} tab, row {progress_row}, stage {progress_stage}): it is the one "
        "shown. Add a dated row to the {history_title} tab to keep a record of the change.",
    },
    "finding.stage_back_without_note": {
        "fr": f"Retour de l’étape {{before}} à l’étape {{after}} sans commentaire{NBSP}: "
        "notez-en la raison dans cette colonne.",
        "en": "Back from stage {before} to stage {after} without a note: write down why in "
        "this column.",
    },
    "finding.name_missing": {
        "fr": f"Nom manquant{NBSP}: la coalition est affichée sous son identifiant.",
        "en": "Name missing: the coalition is shown under its id.",
    },
    "finding.bad_bool": {
        "fr": f"Valeur oui/non illisible (oui, non, x, 1, 0){NBSP}: comptée comme «{NBSP}non"
        f"{NBSP}».",
        "en": "Unreadable yes/no value (yes, no, x, 1, 0): counted as “no”.",
    },
    "finding.unknown_lever": {
        # The template asks for semicolons (« offre; usages »); commas are read as well.
        "fr": f"Levier inconnu{NBSP}: commande, offre ou usages, séparés par des "
        "points-virgules ou des virgules.",
        "en": "Unknown lever: commande (demand), offre (supply) or usages (uses), "
        "separated by semicolons or commas.",
    },
    "finding.bad_url": {
        "fr": f"Lien ignoré{NBSP}: seuls les liens http:// et https:// sont acceptés.",
        "en": "Link ignored: only http:// and https:// links are accepted.",
    },
    "finding.unknown_role": {
        "fr": f"Rôle inconnu{NBSP}: animateur, noyau, partenaire ou intéressé.",
        "en": "Unknown role: animateur (lead), noyau (core), partenaire (partner) or "
        "intéressé (interested).",
    },
    "finding.unknown_kind": {
        "fr": f"Type d’événement inconnu{NBSP}: Reset Day, lancement, atelier, restitution "
        "ou autre.",
        "en": "Unknown event kind: Reset Day, launch, workshop, report-back or other.",
    },
    "finding.unknown_deliverable_kind": {
        "fr": f"Type de livrable inconnu{NBSP}: diagnostic, cartographie, benchmark, manifeste, "
        "plaidoyer, guide, carnet de bord, kit d'appropriation, parcours d'engagement, appel à "
        f"contribution ou autre. Le livrable est gardé, compté comme «{NBSP}autre{NBSP}».",
        "en": "Unknown deliverable kind: diagnosis, mapping, benchmark, manifesto, advocacy, "
        "guide, logbook, appropriation kit, engagement pathway, call for contributions or "
        "other. The deliverable is kept, counted as “other”.",
    },
    "finding.unknown_status": {
        "fr": f"Statut inconnu{NBSP}: prévu, en cours ou fait.",
        "en": "Unknown status: planned, in progress or done.",
    },
    "finding.done_in_future": {
        "fr": f"Livrable marqué fait à une date encore à venir{NBSP}: corrigez la date ou le "
        "statut.",
        "en": "Deliverable marked done on a date still to come: correct the date or the status.",
    },
    "finding.duplicate_id": {
        "fr": f"Identifiant déjà utilisé par une ligne plus haut{NBSP}: ligne ignorée.",
        "en": "Id already used by a row above: row left out.",
    },
    "finding.duplicate_actor": {
        "fr": f"Acteur déjà listé plus haut{NBSP}: ligne ignorée.",
        "en": "Actor already listed above: row left out.",
    },
    "finding.duplicate_membership": {
        "fr": "Cet acteur est déjà membre de cette coalition (ligne {first})"
        f"{NBSP}: ligne ignorée.",
        "en": "This actor is already a member of this coalition (row {first}): row left out.",
    },
    "finding.unknown_coalition": {
        "fr": f"Coalition inconnue{NBSP}: indiquez l’identifiant ou le nom d’une ligne de "
        "l’onglet {coalitions_title}.",
        "en": "Unknown coalition: give the id or name of a row of the {coalitions_title} tab.",
    },
    "finding.ambiguous_name": {
        "fr": "Ce nom est aussi l’identifiant ou le nom d’une autre coalition"
        f"{NBSP}: une référence écrite ainsi va à la coalition dont c’est l’identifiant, "
        "sinon à la première ligne.",
        "en": "This name is also another coalition's id or name: a reference written so goes "
        "to the coalition with that id, else to the first row.",
    },
    "finding.ambiguous_reference": {
        "fr": "Référence ambiguë (identifiant ou nom de plusieurs coalitions)"
        f"{NBSP}: rattachée à «{NBSP}{{coalition}}{NBSP}». Utilisez l’identifiant.",
        "en": "Ambiguous reference (the id or name of several coalitions): linked to "
        "“{coalition}”. Use the id.",
    },
    "finding.unknown_actor": {
        "fr": f"Acteur absent de l’onglet {{actors_title}}{NBSP}: ajouté sans type.",
        "en": "Actor not in the {actors_title} tab: added without a type.",
    },
    "finding.end_before_start": {
        "fr": f"La fin précède le début{NBSP}: fin ignorée.",
        "en": "The end is before the start: end ignored.",
    },
    # Appended to the finding of a coalition row set aside (no id, or an id used above).
    "finding.cited.rows": {
        "fr": {
            "one": f"{{count}} ligne la cite ({{tabs}}){NBSP}: elle n’est rattachée à aucune "
            "coalition tant que cette ligne n’est pas corrigée.",
            "other": f"{{count}} lignes la citent ({{tabs}}){NBSP}: elles ne sont rattachées à "
            "aucune coalition tant que cette ligne n’est pas corrigée.",
        },
        "en": {
            "one": "{count} row cites it ({tabs}): it is linked to no coalition until this row "
            "is corrected.",
            "other": "{count} rows cite it ({tabs}): they are linked to no coalition until this "
            "row is corrected.",
        },
    },
    # Where a finding is, in coalitions.workbook.quality.describe: "onglet « Membres », ligne 12,
    # ...".
    "finding.place.tab": {"fr": "onglet {tab}", "en": "tab {tab}"},
    "finding.place.row": {"fr": "ligne {row}", "en": "row {row}"},
    "finding.place.column": {"fr": "colonne {column}", "en": "column {column}"},
    "finding.place.value": {"fr": "valeur {value}", "en": "value {value}"},
}
