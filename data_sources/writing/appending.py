"""What every writer shares: the write errors, the writer interface and where cells go.

The dashboard only appends rows (``coalitions.updates.appends.NewRow``) to the tabs the contract
lists as appendable. Each writer places a row's values under the tab's own headers, matched
like the reader matches them (aliases, any order, French or English); the audit columns,
and any column a row needs that the tab lacks, are added after the last used column, so an
existing column never moves. A writer never appends a row whose ``ref`` the tab already
holds: a retried or re-sent update is written once.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coalitions.i18n import DEFAULT_LANGUAGE, translate
from coalitions.updates.appends import AUDIT, NewRow
from coalitions.workbook import matching, schema
from data_sources.reading.errors import REASONS, SourceError, short_detail
from data_sources.template import column_header, tab_title

# Why a write failed: the reading reasons (data_sources.reading.errors) plus those only a write has.
WRITE_REASONS = (
    *REASONS,
    "disabled",  # updates are off ([updates] enabled is not true)
    "read_only",  # the built-in sample: copy it to a folder to post updates
    "api_key",  # a sheet read with an API key: only a service account can write
    "locked",  # another session kept the local file busy for too long
    "unwritable",  # the local file or folder can't be written (permissions, full disk)
)
# Failures that may clear up by themselves: the update waits in the outbox and is sent
# later. Any other failure needs a person (credentials, sharing, configuration).
RETRYABLE_REASONS = frozenset({"network", "timeout", "rate_limited", "server", "locked"})


class WriteError(Exception):
    """An update could not be written.

    ``reason`` is one of ``WRITE_REASONS``; ``detail`` a short technical text, scrubbed of
    credentials; ``email`` the service account's address when the sheet must be shared with
    it. ``retryable`` says whether keeping the update in the outbox makes sense.
    """

    def __init__(self, reason: str, detail: str = "", *, email: str | None = None) -> None:
        if reason not in WRITE_REASONS:
            raise ValueError(f"unknown write error reason {reason!r}")
        clean = short_detail(detail)
        super().__init__(reason, clean)
        self.reason = reason
        self.detail = clean
        self.email = email or None

    def __str__(self) -> str:
        return f"{self.reason}: {self.detail}" if self.detail else self.reason

    def __reduce__(self):
        return _rebuild, (self.reason, self.detail, self.email)

    @classmethod
    def from_source_error(cls, err: SourceError) -> WriteError:
        """The write error for a failure the reader's translation already classified."""
        return cls(err.reason, err.detail, email=err.email)

    @property
    def retryable(self) -> bool:
        return self.reason in RETRYABLE_REASONS

    @property
    def message_key(self) -> str:
        """The catalogue key of the user message (``write.error.<reason>``)."""
        return f"write.error.{self.reason}"

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """What happened and what to do, in ``lang``."""
        template = translate(self.message_key, lang)
        return string.Formatter().vformat(template, (), _Params(email=self.email or "…"))


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "…"


def _rebuild(reason: str, detail: str, email: str | None) -> WriteError:
    return WriteError(reason, detail, email=email)


class Writer:
    """Appends rows to one workbook (see ``data_sources.writing.writers.open_writer``).

    ``source_id`` names the workbook (the outbox keeps one queue per source);
    ``can_write`` is False when no write can ever succeed, ``refusal`` then says why (a
    ``WriteError`` reason the form shows before anyone types anything).
    """

    source_id: str = ""
    can_write: bool = True
    refusal: str | None = None

    def append(self, rows: Sequence[NewRow]) -> None:
        """Append ``rows`` (several tabs allowed), skipping those whose ref is already there.

        Raises ``WriteError``; rows already written stay written, so sending the same rows
        again completes the update without duplicating anything.
        """
        raise NotImplementedError


class ReadOnlyWriter(Writer):
    """A source that can't be written: every append raises ``WriteError(refusal)``."""

    can_write = False

    def __init__(self, source_id: str, refusal: str, detail: str = "") -> None:
        self.source_id = source_id
        self.refusal = refusal
        self.detail = detail

    def append(self, rows: Sequence[NewRow]) -> None:
        raise WriteError(self.refusal or "read_only", self.detail)


# --------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class TabLayout:
    """Where a tab's cells go: ``positions`` maps canonical columns to 0-based indexes;
    ``added`` lists the (index, header) of headers to write first; ``width`` is the
    number of cells of an appended row."""

    positions: dict[str, int]
    added: tuple[tuple[int, str], ...]

    @property
    def width(self) -> int:
        return max(self.positions.values(), default=-1) + 1

    def cells(self, row: NewRow) -> list[str]:
        """The row's cells, left to right, blank where it has no value."""
        cells = [""] * self.width
        for name, value in row.values:
            cells[self.positions[name]] = value
        return cells


def plan_layout(
    tab: str, header: Sequence[object], used_width: int, rows: Iterable[NewRow]
) -> TabLayout:
    """Where ``rows`` go in ``tab`` whose first row is ``header``.

    Columns are matched like the reader matches them (the first of two headers meaning the
    same column wins). The audit columns and any column the rows fill that the tab lacks
    are added from ``used_width`` (the widest row of the tab, header included) rightwards,
    named in the language of the tab's existing headers.
    """
    positions: dict[str, int] = {}
    french = False
    for index, text in enumerate(header):
        name = matching.match_column(tab, "" if text is None else str(text))
        if name is not None and name not in positions:
            positions[name] = index
            french = french or schema.fold(text) != schema.fold(name)
    needed = {name for row in rows for name, _ in row.values} | set(AUDIT)
    language = "fr" if french or not positions else "en"
    added = []
    next_index = max(used_width, len(header))
    for column in schema.TABS_BY_NAME[tab].columns:
        if column.name in needed and column.name not in positions:
            positions[column.name] = next_index
            added.append((next_index, column_header(column, language)))
            next_index += 1
    return TabLayout(positions, tuple(added))


def new_tab(tab: str, language: str) -> tuple[str, list[str]]:
    """The title and header row of a tab the workbook lacks, in ``language``."""
    spec = schema.TABS_BY_NAME[tab]
    return tab_title(spec, language), [column_header(c, language) for c in spec.columns]


def workbook_language(titles: Iterable[str]) -> str:
    """``en`` when the workbook's tabs carry the English names, else ``fr`` (the default)."""
    english = french = 0
    for title in titles:
        for spec in schema.TABS:
            if spec.aliases and schema.fold(title) == schema.fold(spec.name):
                english += 1
            elif any(schema.fold(title) == schema.fold(alias) for alias in spec.aliases):
                french += 1
    return "en" if english > french else "fr"


def existing_refs(layout: TabLayout, data_rows: Iterable[Sequence[object]]) -> set[str]:
    """The refs already in the tab's rows (its header excluded)."""
    index = layout.positions.get("ref")
    if index is None or any(i == index for i, _ in layout.added):
        return set()
    return {
        str(row[index]).strip()
        for row in data_rows
        if index < len(row) and row[index] not in (None, "")
    }


def by_tab(rows: Iterable[NewRow]) -> dict[str, list[NewRow]]:
    """Rows grouped by tab, in the order they came."""
    grouped: dict[str, list[NewRow]] = {}
    for row in rows:
        grouped.setdefault(row.tab, []).append(row)
    return grouped


def new_rows(rows: Iterable[NewRow], present: set[str]) -> list[NewRow]:
    """``rows`` whose ref is not in ``present`` nor earlier in ``rows``: what to write."""
    seen = set(present)
    todo = []
    for row in rows:
        if row.ref not in seen:
            seen.add(row.ref)
            todo.append(row)
    return todo


def used_width(row: Sequence[object]) -> int:
    """1 + the index of the row's last non-empty cell (0 for an empty row)."""
    return max((i + 1 for i, value in enumerate(row) if value not in (None, "")), default=0)
