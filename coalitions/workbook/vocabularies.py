"""How the sheet spells the contract's values (``coalitions.workbook.schema``'s canonical
keys): every accepted spelling, folded, mapped to its key, French first and English accepted;
the cells that are spreadsheet errors; and the words the dashboard writes in each language.
"""

from __future__ import annotations

from coalitions.workbook.schema import BOOL, DELIVERABLE_KIND, KIND, LEVER_LIST, ROLE, STATUS

# Vocabularies: folded spelling -> canonical key. French first, English accepted.
LEVER_WORDS = {
    "commande": "commande",
    "demand": "commande",
    "offre": "offre",
    "supply": "offre",
    "usages": "usages",
    "usage": "usages",
    "uses": "usages",
}
ROLE_WORDS = {
    "animateur": "lead",
    "animatrice": "lead",
    "animation": "lead",
    "lead": "lead",
    "noyau": "core",
    "core": "core",
    "partenaire": "partner",
    "partner": "partner",
    "interesse": "interested",
    "interessee": "interested",
    "interested": "interested",
}
EVENT_KIND_WORDS = {
    "reset day": "reset_day",
    "resetday": "reset_day",
    "lancement": "launch",
    "launch": "launch",
    "atelier": "workshop",
    "workshop": "workshop",
    "restitution": "report_back",
    "report back": "report_back",
    "autre": "other",
    "other": "other",
}
STATUS_WORDS = {
    "prevu": "planned",
    "a faire": "planned",
    "planned": "planned",
    "en cours": "in_progress",
    "in progress": "in_progress",
    "fait": "done",
    "termine": "done",
    "terminee": "done",
    "done": "done",
}
ACTOR_TYPE_WORDS = {
    "association": "association",
    "associatif": "association",
    "public": "public",
    "acteur public": "public",
    "etat": "public",
    "academique": "academic",
    "academic": "academic",
    "recherche": "academic",
    "universite": "academic",
    "entreprise": "company",
    "company": "company",
    "prive": "company",
    "editeur": "company",
    "collectivite": "local_authority",
    "collectivite territoriale": "local_authority",
    "local authority": "local_authority",
    "civic tech": "civic_tech",
    "civictech": "civic_tech",
    "reseau": "network",
    "network": "network",
    "autre": "other",
    "other": "other",
}
# What a deliverable is: the seed's pre-work (« connaissances, diagnostics/visions partagés,
# appels à contribution, couples acteurs/leviers, charte graphique ») and its tools (« carnets
# de bord, un kit d'appropriation, des parcours d'engagement »).
DELIVERABLE_KIND_WORDS = {
    "diagnostic": "diagnostic",
    "diagnostique": "diagnostic",
    "diagnosis": "diagnostic",
    "etat des lieux": "diagnostic",
    "cartographie": "mapping",
    "cartographie des acteurs": "mapping",
    "carte": "mapping",
    "mapping": "mapping",
    "map": "mapping",
    "benchmark": "benchmark",
    "parangonnage": "benchmark",
    "manifeste": "manifesto",
    "manifesto": "manifesto",
    "plaidoyer": "advocacy",
    "advocacy": "advocacy",
    "plea": "advocacy",
    "guide": "guide",
    "carnet de bord": "logbook",
    "logbook": "logbook",
    "kit d appropriation": "kit",
    "kit": "kit",
    "toolkit": "kit",
    "appropriation kit": "kit",
    "parcours d engagement": "pathway",
    "engagement pathway": "pathway",
    "pathway": "pathway",
    "appel a contribution": "call",
    "appel a contributions": "call",
    "call for contributions": "call",
    "call for contribution": "call",
    "autre": "other",
    "other": "other",
}
BOOL_WORDS = {
    "oui": True,
    "yes": True,
    "true": True,
    "vrai": True,
    "x": True,
    "1": True,
    "non": False,
    "no": False,
    "false": False,
    "faux": False,
    "0": False,
}
# Spreadsheet error values count as empty and are reported (contract, "Values").
ERROR_VALUES = frozenset(
    {
        "#REF!",
        "#N/A",
        "#VALUE!",
        "#DIV/0!",
        "#NAME?",
        "#NUM!",
        "#NULL!",
        "#ERROR!",
        "#SPILL!",
        "#CALC!",
        "#GETTING_DATA",
    }
)

# The words the contract writes for each vocabulary, in the order of its canonical keys: the
# template's drop-down lists offer them and the dashboard writes them when it appends a row
# (each parses back through the same vocabulary as any other spelling).
SHEET_WORDS = {
    "fr": {
        ROLE: ("animateur", "noyau", "partenaire", "intéressé"),
        KIND: ("Reset Day", "lancement", "atelier", "restitution", "autre"),
        STATUS: ("prévu", "en cours", "fait"),
        DELIVERABLE_KIND: (
            "diagnostic",
            "cartographie",
            "benchmark",
            "manifeste",
            "plaidoyer",
            "guide",
            "carnet de bord",
            "kit d'appropriation",
            "parcours d'engagement",
            "appel à contribution",
            "autre",
        ),
        BOOL: ("oui", "non"),
        LEVER_LIST: ("commande", "offre", "usages"),
    },
    "en": {
        ROLE: ("lead", "core", "partner", "interested"),
        KIND: ("Reset Day", "launch", "workshop", "report-back", "other"),
        STATUS: ("planned", "in progress", "done"),
        DELIVERABLE_KIND: (
            "diagnosis",
            "mapping",
            "benchmark",
            "manifesto",
            "advocacy",
            "guide",
            "logbook",
            "appropriation kit",
            "engagement pathway",
            "call for contributions",
            "other",
        ),
        BOOL: ("yes", "no"),
        LEVER_LIST: ("demand", "supply", "uses"),
    },
}
