"""The workbook contract (../shared/sheet-contract.md) as data.

Every tab and column the dashboard reads is declared here once, with its aliases, whether it
is required and how its values are parsed, and each vocabulary's canonical keys (their
spellings are in ``coalitions.workbook.vocabularies``, headers are matched in
``coalitions.workbook.matching``). The loader, the validator, the template workbook
and the documentation are all generated from these declarations, so they cannot drift apart.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Value kinds: how a column's cells are parsed (see coalitions.workbook.parsing).
TEXT = "text"
DATE = "date"
STAGE = "stage"
BOOL = "bool"
LEVER_LIST = "lever_list"
URL = "url"
REF = "ref"  # a coalition id or name
ROLE = "role"
KIND = "kind"
STATUS = "status"
ACTOR_TYPE = "actor_type"
DELIVERABLE_KIND = "deliverable_kind"


@dataclass(frozen=True)
class Column:
    """One column of a tab: canonical name, aliases, whether it is required, value kind."""

    name: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    kind: str = TEXT
    example: str = ""


@dataclass(frozen=True)
class Tab:
    """One tab of the workbook with its columns."""

    name: str
    aliases: tuple[str, ...]
    columns: tuple[Column, ...]
    required: bool = False
    key_value: bool = False  # settings: a key/value list rather than a table
    # The dashboard may append rows to it (updates posted by coalition leads); such tabs carry
    # the audit columns, blank in rows typed by hand.
    appendable: bool = False

    def column(self, name: str) -> Column:
        """The column named ``name`` (canonical)."""
        return next(c for c in self.columns if c.name == name)

    @property
    def required_columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)


# Accents decompose (NFKD) into a letter and combining marks, which folding drops.
COMBINING_MARKS = "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
# Separators that don't change a name: spaces, _ and -, and both apostrophes (' and ’ vary
# between keyboards).
SEPARATORS = r"[\s_\-'’]+"
_COMBINING_RE = re.compile(COMBINING_MARKS)


def _latin_fold_table() -> dict[int, str]:
    # Latin-1 Supplement and Latin Extended-A/B: each letter's NFKD form without its marks.
    table = {}
    for code in range(0xC0, 0x250):
        bare = _COMBINING_RE.sub("", unicodedata.normalize("NFKD", chr(code)))
        if bare != chr(code) and bare.isascii():
            table[code] = bare
    table[ord("’")] = "'"  # the typographic apostrophe of French keyboards
    return table


# Public for coalitions.workbook.parsing, whose vectorised fold must agree with fold() exactly.
LATIN_FOLD = _latin_fold_table()
_SEPARATORS_RE = re.compile(SEPARATORS)


def fold(text: object) -> str:
    """Fold a tab, header or reference for matching.

    Case, accents, surrounding and repeated spaces and the ``_``/``-``/space differences are
    ignored: ``"  Date de lancement "``, ``"date_de_lancement"`` and ``"DATE DE LANCEMENT"``
    all fold to ``"date de lancement"``.
    """
    if text is None:
        return ""
    text = str(text)
    if not text.isascii():
        # Accented Latin letters (most names) go through a table; only the rest needs NFKD.
        text = text.translate(LATIN_FOLD)
        if not text.isascii():
            text = _COMBINING_RE.sub("", unicodedata.normalize("NFKD", text))
    return _SEPARATORS_RE.sub(" ", text).strip().lower()


COALITIONS = Tab(
    "coalitions",
    (),
    (
        Column("id", ("identifiant", "code"), True, TEXT, "envdata"),
        Column("name", ("nom", "intitulé"), True, TEXT, "Données environnementales"),
        Column("family", ("famille", "famille d'intérêt"), example="Environnement"),
        Column("stage", ("maturité", "maturity", "étape", "stade"), True, STAGE, "3"),
        Column("pilot", ("pilote",), kind=BOOL, example="oui"),
        Column("levers", ("leviers", "niveaux d'action"), kind=LEVER_LIST, example="offre; usages"),
        Column("territory", ("territoire", "région"), example="Bretagne"),
        Column("launch_date", ("date de lancement", "lancement"), kind=DATE, example="19/05/2021"),
        Column("leads", ("animation", "animateurs"), example="FING"),
        Column(
            "problem",
            ("problème",),
            example="Les données environnementales abondent mais les élus s'en servent peu.",
        ),
        Column(
            "impact",
            ("impact recherché",),
            example="Des élus qui décident avec des données environnementales partagées.",
        ),
        Column(
            "narrative",
            ("récit", "récit de transformation"),
            example="D'un territoire pionnier à des terrains de jeux partout en France.",
        ),
        Column("next_step", ("prochaine étape",), example="Animer les terrains de jeux."),
        Column("obstacles", ("freins",), example="Les décideurs s'approprient peu les données."),
        Column("updated", ("mis à jour", "mise à jour"), kind=DATE, example="2021-05-20"),
        Column("contact", ("rejoindre", "pour rejoindre"), example="contact@fing.org"),
        Column("short_name", ("nom court", "nom abrégé"), example="données environnementales"),
        Column("editors", ("référents", "éditeurs"), example="lead@fing.org"),
        Column("example", ("exemple",), kind=BOOL, example="non"),
    ),
    required=True,
)

# Filled by the dashboard on every row it appends (who, when, and a unique id that makes a
# retried append safe); blank in rows typed by hand.
AUDIT_COLUMNS = (
    Column("entered_by", ("saisi par",), example="lea@fing.org"),
    Column("entered_at", ("saisi le",), kind=DATE, example="2021-05-12 10:30"),
    Column("ref", ("réf.",), example="7f3c9a2e"),
)

ACTORS = Tab(
    "actors",
    ("acteurs",),
    (
        Column("name", ("nom",), True, TEXT, "Cerema"),
        Column("type", ("catégorie",), kind=ACTOR_TYPE, example="public"),
        Column("website", ("site", "site web"), kind=URL, example="https://www.cerema.fr"),
        *AUDIT_COLUMNS,
    ),
    appendable=True,
)

MEMBERSHIPS = Tab(
    "memberships",
    ("membres", "participations"),
    (
        Column("coalition", (), True, REF, "envdata"),
        Column("actor", ("acteur",), True, TEXT, "Cerema"),
        Column("role", ("rôle",), kind=ROLE, example="noyau"),
        Column("since", ("depuis", "date d'entrée"), kind=DATE, example="2021-03-01"),
        # The seed's « couples acteurs/leviers »: what this actor acts on in this coalition.
        Column("levers", ("leviers",), kind=LEVER_LIST, example="offre"),
        *AUDIT_COLUMNS,
    ),
    appendable=True,
)

EVENTS = Tab(
    "events",
    ("événements", "agenda"),
    (
        Column("date", ("début",), True, DATE, "2021-06-07 14:00"),
        Column("title", ("titre", "intitulé"), True, TEXT, "Atelier de production"),
        Column("kind", ("type",), kind=KIND, example="atelier"),
        Column("coalition", (), kind=REF, example="civictech"),
        Column("end", ("fin",), kind=DATE, example="2021-06-07 17:00"),
        Column("location", ("lieu",), example="En ligne"),
        Column("url", ("lien",), kind=URL, example="https://fing.org"),
        Column("description", ("message", "détails"), example="Ouvert aux membres du noyau."),
        Column("to_confirm", ("à confirmer",), kind=BOOL, example="non"),
        *AUDIT_COLUMNS,
    ),
    appendable=True,
)

PROGRESS = Tab(
    "progress",
    ("avancement", "historique"),
    (
        Column("date", (), True, DATE, "2021-05-19"),
        Column("coalition", (), True, REF, "envdata"),
        Column("stage", ("maturité", "étape"), True, STAGE, "lancée"),
        Column("note", ("commentaire",), example="Lancement national le 19 mai."),
        *AUDIT_COLUMNS,
    ),
    appendable=True,
)

DELIVERABLES = Tab(
    "deliverables",
    ("livrables",),
    (
        Column("coalition", (), True, REF, "envdata"),
        Column("title", ("livrable", "intitulé"), True, TEXT, "diagnostic"),
        Column("status", ("statut",), kind=STATUS, example="fait"),
        Column("date", (), kind=DATE, example="2020-09-15"),
        Column("kind", ("type",), kind=DELIVERABLE_KIND, example="diagnostic"),
        Column(
            "url",
            ("lien",),
            kind=URL,
            example="https://reset.example.org/travaux/donnees-environnementales/diagnostic",
        ),
        *AUDIT_COLUMNS,
    ),
    appendable=True,
)

UPDATES = Tab(
    "updates",
    ("nouvelles", "mises à jour"),
    (
        Column("date", (), True, DATE, "2021-05-12"),
        Column("coalition", (), True, REF, "achat"),
        Column("news", ("nouvelles",), example="Premiers échanges avec Soluris et Déclic."),
        Column("next_step", ("prochaine étape",), example="Réunir le noyau en juin."),
        Column("obstacles", ("freins",), example="Peu de temps chez les partenaires."),
        Column("author", ("auteur",), example="Léa (FING)"),
        # Said at the Reset Day and noted in the presenter view: the report lists these
        # lines under « Dit en séance », not among the news of the month.
        Column("meeting", ("en séance",), kind=BOOL, example="non"),
        *AUDIT_COLUMNS,
    ),
    appendable=True,
)

SETTINGS = Tab(
    "settings",
    ("paramètres",),
    (
        Column("key", ("clé",), example="reset_day_weekday"),
        Column("value", ("valeur",), example="mardi"),
    ),
    key_value=True,
)

TABS: tuple[Tab, ...] = (
    COALITIONS,
    ACTORS,
    MEMBERSHIPS,
    EVENTS,
    PROGRESS,
    DELIVERABLES,
    UPDATES,
    SETTINGS,
)
TABS_BY_NAME = {t.name: t for t in TABS}
# An event's place when it has none: the outputs write it as the language does, mid-sentence
# (« (en ligne) », « (online) »), whatever capital or language the sheet typed it in.
ONLINE_WORDS = frozenset(
    {"en ligne", "online", "visio", "visioconference", "a distance", "distanciel", "remote"}
)
# Canonical keys, in display order (the palette and the catalogue follow these).
LEVERS = ("commande", "offre", "usages")
ROLES = ("lead", "core", "partner", "interested")
EVENT_KINDS = ("reset_day", "launch", "workshop", "report_back", "other")
STATUSES = ("planned", "in_progress", "done")
DELIVERABLE_KINDS = (
    "diagnostic",
    "mapping",
    "benchmark",
    "manifesto",
    "advocacy",
    "guide",
    "logbook",
    "kit",
    "pathway",
    "call",
    "other",
)
# A call for contributions still open is where a newcomer can help (issue 24): the library,
# the overview and the report's « Pour rejoindre » list them with the coalition's contact.
CALL_KIND, OPEN_STATUS = "call", "in_progress"
ACTOR_TYPES = (
    "association",
    "public",
    "academic",
    "company",
    "local_authority",
    "civic_tech",
    "network",
    "other",
)
