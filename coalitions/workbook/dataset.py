"""The validated dataset every page reads, and the findings of its validation.

Column conventions of the tables (pandas DataFrames, one row per valid sheet row):
- every table has ``row``: the sheet's own row number (header = row 1), for messages;
- missing text is ``""``, missing dates are ``NaT`` (datetime64), stages are ints 0-5 (a
  coalition whose stage nothing says: ``coalitions.workbook.stages.UNKNOWN_STAGE``, -1); a
  coalition's stage is its current one as ``coalitions.history.timeline`` resolves it,
  ``tab_stage`` (Int64, <NA> when unreadable) the one the coalitions tab writes;
- coalition references (``coalition`` columns) hold the coalition's ``id``;
- vocabularies hold canonical keys (see ``coalitions.workbook.schema``): levers
  ``commande``/``offre``/``usages``, roles ``lead``/``core``/``partner``/``interested``, event
  kinds ``reset_day``/``launch``/``workshop``/``report_back``/``other``, statuses
  ``planned``/``in_progress``/``done``, actor types ``association``/``public``/``academic``/
  ``company``/``local_authority``/``civic_tech``/``network``/``other`` (any other free text is
  kept as written).

Tables and their columns:
- coalitions: row, id, name, family, stage, pilot (bool), levers (tuple of keys), territory,
  launch_date, leads, problem, impact, narrative, next_step, obstacles, updated, contact,
  editors, example (bool), tab_stage, plus any unknown columns of the sheet under their
  original header;
- actors: row, name, type, website, listed (False for an actor only named in memberships);
- memberships: row, coalition, actor, role, since;
- events: row, date, end, title, kind, coalition, location, url, description, to_confirm (bool);
- progress: row, date, coalition, stage, note;
- deliverables: row, coalition, title, status, date, entered_at, history (one row per
  deliverable: its latest; its earlier states in history, oldest first, as tuples of
  ``coalitions.history.timeline.STATE_FIELDS``: row, status, date, entered_at);
- updates: row, date, coalition, news, next_step, obstacles, author.
The tabs the dashboard appends to (all but coalitions) also carry the audit columns
entered_by, entered_at (datetime) and ref, blank in rows typed by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import pandas as pd

from coalitions.workbook import schema
from coalitions.workbook.findings import ERROR, WARNING, Finding, column_title, tab_title
from coalitions.workbook.schema import TABS_BY_NAME


@dataclass(frozen=True)
class SourceInfo:
    """Where the dataset came from and how fresh it is.

    ``kind`` is one of ``sheet``, ``xlsx``, ``csv``, ``sample``, ``upload``; ``label`` the
    sheet's title or the file's name; ``read_at`` when it was read. When the live source
    failed and a last-known-good snapshot is shown, ``fallback_reason`` is why (a
    ``SourceError`` reason: ``network``, ``forbidden``...; its banner text is the catalogue's
    ``source.fallback.<reason>``) and ``read_at`` is the snapshot's time.
    """

    kind: str
    label: str
    read_at: datetime
    fallback_reason: str | None = None


@dataclass
class RawWorkbook:
    """A workbook as read, before validation: what every reader returns.

    ``tabs`` maps each tab's title as written in the source to a DataFrame read without a
    header (``header=None``): row 0 holds the headers, so DataFrame row ``i`` is sheet row
    ``i + 1``. Cells are ``str``, ``int``, ``float``, ``bool``, ``datetime``/``date`` or
    ``None``/``""`` for blanks, exactly as the source gave them. ``title`` is the
    spreadsheet's title or the file's name.
    """

    title: str
    tabs: dict[str, pd.DataFrame]


# The dtypes a table's columns have once parsed: an empty table (a missing tab) has them too,
# so date arithmetic and comparisons work on it without special cases.
_COLUMN_DTYPES = {
    "date": "datetime64[ns]",
    "end": "datetime64[ns]",
    "since": "datetime64[ns]",
    "launch_date": "datetime64[ns]",
    "updated": "datetime64[ns]",
    "entered_at": "datetime64[ns]",
    "stage": "int64",
    "pilot": "bool",
    "example": "bool",
    "to_confirm": "bool",
    "listed": "bool",
}


def empty_table(columns: list[str]) -> pd.DataFrame:
    """An empty table with the given columns, typed like parsed ones (for missing tabs)."""
    return pd.DataFrame({c: pd.Series(dtype=_COLUMN_DTYPES.get(c, object)) for c in columns})


@dataclass
class Dataset:
    """The whole validated workbook: tables, settings, findings and source."""

    coalitions: pd.DataFrame
    actors: pd.DataFrame
    memberships: pd.DataFrame
    events: pd.DataFrame
    progress: pd.DataFrame
    deliverables: pd.DataFrame
    # Last in the positional order, with a default, so datasets built before the updates tab
    # existed (tests, snapshots) still construct.
    updates: pd.DataFrame = field(
        default_factory=lambda: empty_table(["row", *(c.name for c in schema.UPDATES.columns)])
    )
    settings: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    tabs_present: frozenset[str] = frozenset()
    source: SourceInfo | None = None
    # The day the tables were cut to (``coalitions.history.timeline.as_of``), None for the whole
    # workbook: part of what tells two versions of the data apart for the caches.
    as_of: date | None = None

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    def coalition_names(self) -> dict[str, str]:
        """Map coalition id -> name."""
        return dict(zip(self.coalitions["id"], self.coalitions["name"], strict=True))

    def rows_left_out(self) -> int:
        """How many sheet rows errors keep out of the tables, with the rows left out with a
        coalition set aside (each row counted once)."""
        rows = {(f.tab, f.row) for f in self.errors}
        for finding in self.errors:
            # An event citing it stays, linked to no coalition (its coalition is optional).
            rows.update((tab, row) for tab, _title, row in finding.dependants
                        if TABS_BY_NAME[tab].column("coalition").required)  # fmt: skip
        return len(rows)

    def findings_frame(self, lang: str = "fr") -> pd.DataFrame:
        """Findings as a table: severity, tab and column (canonical, for filters), tab_title
        and column_header (as the workbook writes them), row, value, message."""
        return pd.DataFrame(
            {
                "severity": [f.severity for f in self.findings],
                "tab": [f.tab for f in self.findings],
                "tab_title": [tab_title(f, lang) for f in self.findings],
                "row": pd.array([f.row for f in self.findings], dtype="Int64"),
                "column": [f.column or "" for f in self.findings],
                "column_header": [column_title(f, lang) for f in self.findings],
                "value": [f.value for f in self.findings],
                "message": [f.message(lang) for f in self.findings],
            }
        )
