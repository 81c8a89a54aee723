"""Validation: from a raw workbook to the Dataset, with a finding for every problem.

The contract's "Bad input" section is the rule: nothing is dropped silently. A cell that can't
be understood in an optional column is a warning and is left empty; a row missing a required
value, or pointing at an unknown coalition, or repeating a key, is an error and stays out of
the tables. A missing tab or required column is named, and everything else is still read.
Fully blank rows are not data (sheets end with many) and are skipped without a finding.

No cascade: a coalition row is set aside only when it has no usable key (no id, or an id used
above); with an unreadable or blank stage or name it stays, at ``UNKNOWN_STAGE`` or under its
id, with one finding. The rows citing a coalition set aside are summed up in its finding
(``Finding.dependants``) instead of one "unknown coalition" each.

One source of truth (the contract's "One source of truth, history kept"): the current stage
and status are resolved here by asking ``coalitions.history.timeline`` (which owns the rules), so
every page, chart and report reads the same values from the Dataset:
- a coalition's stage is ``timeline.stages_on`` with every row counted; the tab's own stage
  stays in ``tab_stage``;
- the deliverables table holds one row per deliverable (same coalition and title): its latest
  row in ``timeline.order_states``'s order; the earlier ones are in ``history``.
The coalitions table keeps its own next_step and obstacles: the updates tab's latest replace
them as of a day (coalitions.history.timeline.latest_texts: today on the sheet, the Reset Day in
the report).
Findings carry each tab's title and column's header as the workbook writes them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
import pandas as pd

from coalitions.history.resetdays import reference_date
from coalitions.history.timeline import STATE_FIELDS, order_states, stages_on
from coalitions.workbook import schema
from coalitions.workbook.dataset import Dataset, RawWorkbook, empty_table
from coalitions.workbook.findings import ERROR, WARNING, Finding
from coalitions.workbook.parsing import (
    error_values,
    factorize_cells,
    factorize_text,
    fold_series,
    parse_bools,
    parse_dates,
    parse_lists,
    parse_stages,
    parse_urls,
    parse_vocabulary,
    per_unique,
    to_text,
)

_VOCABULARIES = {
    schema.ROLE: (schema.ROLE_WORDS, "unknown_role"),
    schema.KIND: (schema.EVENT_KIND_WORDS, "unknown_kind"),
    schema.STATUS: (schema.STATUS_WORDS, "unknown_status"),
    schema.DELIVERABLE_KIND: (schema.DELIVERABLE_KIND_WORDS, "unknown_deliverable_kind"),
}
# The columns of each table: the schema's, plus ``listed`` on actors (an actor named only in
# memberships is added with listed=False), ``tab_stage`` on coalitions (the tab's own stage,
# for the timeline) and ``history`` on deliverables.
_DERIVED_COLUMNS = {"actors": ["listed"], "coalitions": ["tab_stage"], "deliverables": ["history"]}
_TABLE_COLUMNS = {
    tab.name: [c.name for c in tab.columns] + _DERIVED_COLUMNS.get(tab.name, [])
    for tab in schema.TABS
    if not tab.key_value
}
# Suffix of the cells-as-text column kept beside a column whose bad values don't set the row
# aside (the coalitions' stage and name), for the finding the caller writes about them.
_TEXT = "\x00text"
# Suffix of the column of each row's index into a column's distinct values, so that checks
# on 100,000 rows citing a few thousand names work once per name (see _coded).
_CODES = "\x00codes"


class _Collector:
    """Gathers findings; builds them only for the rows a mask selects (never per cell).

    Also remembers each tab's title and each column's header as the workbook writes them,
    and the rows citing each coalition row set aside (by that row's number).
    """

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.titles: dict[str, str] = {}
        self.headers: dict[str, dict[str, str]] = {}
        self.cited: dict[int, list[tuple[str, int]]] = {}

    def title(self, tab: str) -> str:
        """The tab's title as the workbook writes it (its canonical name if it is missing)."""
        return self.titles.get(tab, tab)

    def placed(self) -> list[Finding]:
        """The findings with their tab titles, column headers and the rows citing a
        coalition set aside filled in."""
        placed = []
        for f in self.findings:
            dependants = ()
            if f.tab == "coalitions" and f.severity == ERROR and f.row in self.cited:
                cited = self.cited.pop(f.row)
                dependants = tuple((tab, self.title(tab), row) for tab, row in cited)
            header = self.headers.get(f.tab, {}).get(f.column or "")
            placed.append(
                replace(f, tab_title=self.titles.get(f.tab), column_header=header,
                        dependants=dependants)
            )  # fmt: skip
        return placed

    def add(self, severity, tab, row, col, value, code, /, **params) -> None:
        params_tuple = tuple((k, str(v)) for k, v in params.items())
        self.findings.append(Finding(severity, tab, row, col, str(value), code, params_tuple))

    def add_masked(self, severity, tab, rows, col, values, mask, code, /, **params) -> None:
        if not mask.any():
            return
        mask = mask.to_numpy()
        for row, value in zip(rows.to_numpy()[mask], values.to_numpy()[mask], strict=True):
            self.add(severity, tab, int(row), col, value, code, **params)


def _header_map(tab: schema.Tab, headers: list[str], out: _Collector):
    """Canonical column -> position, and unknown headers -> position."""
    known: dict[str, int] = {}
    written = out.headers.setdefault(tab.name, {})
    extra: dict[str, int] = {}
    for position, header in enumerate(headers):
        if header == "":
            continue
        canonical = schema.match_column(tab.name, header)
        if canonical is None:
            if header not in extra:
                extra[header] = position
            continue
        if canonical in known:
            out.add(WARNING, tab.name, 1, header, header, "duplicate_header", column=header)
            continue
        known[canonical] = position
        written[canonical] = header
    return known, extra


@dataclass
class _Column:
    """One column of a tab, factorized: each distinct cell is parsed once.

    ``codes[i]`` is the index in ``uniques`` (raw cells) and ``text`` (the same as text) of
    the i-th kept row.
    """

    codes: np.ndarray
    uniques: pd.Series
    text: pd.Series

    def spread(self, values: pd.Series, rows: pd.Index) -> pd.Series:
        spread = values.iloc[self.codes]
        spread.index = rows
        return spread

    def spread_text(self, rows: pd.Index) -> pd.Series:
        return pd.Series(self.text.to_numpy()[self.codes], index=rows, dtype=object)

    def report(self, out, tab, name, rows, severity, mask_u, text_u, code, /, **params) -> None:
        """One finding for each row whose distinct cell ``mask_u`` marks, showing ``text_u``."""
        if not mask_u.any():
            return
        at = np.flatnonzero(mask_u[self.codes])
        for row, value in zip(rows.to_numpy()[at], text_u[self.codes[at]], strict=True):
            out.add(severity, tab, int(row), name, value, code, **params)


def _rows_of(frame: pd.DataFrame) -> tuple[list[str], pd.Index, list[_Column]]:
    """Headers, the sheet row numbers of the non-blank rows, and their columns."""
    if frame.shape[0] == 0:
        return [], pd.Index([], dtype="int64"), []
    headers = to_text(frame.iloc[0]).tolist()
    body = frame.iloc[1:]
    filled_any = np.zeros(len(body), dtype=bool)
    factorized = []
    for position in range(body.shape[1]):
        codes, uniques, text = factorize_text(body.iloc[:, position])
        filled_any |= (text != "").to_numpy()[codes]
        factorized.append((codes, uniques, text))
    rows = pd.Index(np.arange(2, 2 + len(body))[filled_any])
    columns = [_Column(codes[filled_any], uniques, text) for codes, uniques, text in factorized]
    return headers, rows, columns


def _parse_column(tab: str, column: schema.Column, cells: _Column, rows: pd.Index, out):
    """Parse one column; report error values, unparseable cells and missing required ones.

    Returns (the distinct cells' parsed values, mask of rows whose required value is missing
    or invalid). Checks run on the distinct values, and a finding's rows are looked up only
    when there is one. ``out`` None: the caller reports the problems itself.
    """
    errors_u = error_values.distinct(cells.text).to_numpy()
    text_u = cells.text.mask(errors_u, "") if errors_u.any() else cells.text
    blank_u = (text_u == "").to_numpy()
    invalid_u = blank_u if column.required else np.zeros(len(text_u), dtype=bool)
    kind = column.kind
    values_u, failed_u, code = text_u, None, None
    if kind in _PARSERS or kind in _VOCABULARIES or kind == schema.ACTOR_TYPE:
        raw_u = cells.uniques.mask(errors_u, "") if errors_u.any() else cells.uniques
        if kind in _PARSERS:
            parse, code = _PARSERS[kind]
            values_u, failed_u = parse(raw_u)
        elif kind in _VOCABULARIES:
            words, code = _VOCABULARIES[kind]
            values_u, failed_u = parse_vocabulary.distinct(raw_u, words)
        else:
            # A free list: known spellings get their key, anything else is kept as written.
            keys_u, _unknown = parse_vocabulary.distinct(raw_u, schema.ACTOR_TYPE_WORDS)
            values_u = keys_u.mask(keys_u == "", text_u)
    failed_u = None if failed_u is None else failed_u.to_numpy()
    if out is not None:
        report = functools.partial(cells.report, out, tab, column.name, rows)
        report(WARNING, errors_u, cells.text.to_numpy(), "error_value")
        if failed_u is not None:
            # A required column's bad value is an error (the row goes), an optional one's a
            # warning.
            report(ERROR if column.required else WARNING, failed_u, text_u.to_numpy(), code)
        if column.required:
            report(ERROR, blank_u, text_u.to_numpy(), "required_missing", column=column.name)
    if column.required and failed_u is not None:
        invalid_u = invalid_u | failed_u
    return values_u, invalid_u[cells.codes]


# Each column's cells reach its parser already distinct (see _Column).
_PARSERS = {
    schema.DATE: (parse_dates.distinct, "bad_date"),
    schema.STAGE: (parse_stages.distinct, "unknown_stage"),
    schema.BOOL: (parse_bools.distinct, "bad_bool"),
    schema.LEVER_LIST: (
        lambda cells: parse_lists.distinct(cells, schema.LEVER_WORDS, schema.LEVERS),
        "unknown_lever",
    ),
    schema.URL: (parse_urls.distinct, "bad_url"),
}


def _read_table(
    tab: schema.Tab, frame: pd.DataFrame | None, out: _Collector, kept=(), aside=None,
    distinct: dict[str, pd.Series] | None = None,
):  # fmt: skip
    """Parse a tab into canonical columns; rows with errors are left out.

    Returns the table with canonical + extra columns and ``row``, or None when the tab is
    missing or lacks a required column. A missing or bad value in a ``kept`` column neither
    sets the row aside nor is reported: the table gets the cells as text in ``<column>`` +
    ``_TEXT`` for the caller's own finding. The rows set aside are appended to ``aside``.
    For each column named in ``distinct``, its parsed distinct values are put there and the
    table gets each row's index into them in ``<column>`` + ``_CODES`` (see ``_coded``).
    """
    if frame is None:
        return None
    headers, rows, columns = _rows_of(frame)
    known, extra = _header_map(tab, headers, out)
    missing = [c for c in tab.required_columns if c not in known]
    if missing:
        for name in missing:
            out.add(ERROR, tab.name, 1, name, "", "missing_column", column=name, tab=tab.name)
        return None
    table = {}
    keep = np.ones(len(rows), dtype=bool)
    for column in tab.columns:
        if column.name not in known:
            table[column.name] = _default_for(column)
            continue
        own = column.name in kept
        cells = columns[known[column.name]]
        values, invalid = _parse_column(tab.name, column, cells, rows, None if own else out)
        table[column.name] = cells.spread(values, rows)
        if distinct is not None and column.name in distinct:
            distinct[column.name] = values
            table[column.name + _CODES] = cells.codes
        if own:
            table[column.name + _TEXT] = cells.spread_text(rows)
        else:
            keep &= ~invalid
    for header, position in extra.items():
        if header not in table:
            table[header] = columns[position].spread_text(rows)
    frame = pd.DataFrame(table, index=rows)
    frame.insert(0, "row", rows.to_numpy())
    if aside is not None:
        aside.append(frame[~keep])
    return frame[keep].copy()


def _default_for(column: schema.Column):
    if column.kind == schema.DATE:
        return pd.NaT
    if column.kind == schema.BOOL:
        return False
    if column.kind == schema.LEVER_LIST:
        return None  # filled with empty tuples by the coalitions step
    return ""


def _drop_duplicates(
    table, keys: pd.Series, tab: str, column: str, code: str, out: _Collector, aside=None
):
    """Keep the first row of each key; later repeats are errors and leave the table (and are
    appended to ``aside`` when given)."""
    repeated = keys.duplicated(keep="first")
    out.add_masked(ERROR, tab, table["row"], column, table[column], repeated, code)
    if aside is not None:
        aside.append(table[repeated.to_numpy()])
    return table[~repeated.to_numpy()].copy()


def _reference_index(coalitions: pd.DataFrame, aside: pd.DataFrame) -> dict:
    """How references are matched: an id or a name, as written or folded.

    An id wins over a name that folds like it, and of two names that fold alike the first
    row's wins, whatever the case the reference is written in: "Envdata" and "ENVDATA" must
    not name two different coalitions. ``ambiguous`` holds the folded spellings that could
    name more than one coalition (a reference written so is warned about). ``aside`` maps the
    folded names of the coalition rows set aside (no usable id) to their row, so the rows
    citing them are summed up in that row's finding.
    """
    ids, names = coalitions["id"], coalitions["name"]
    folded_ids, folded_names = fold_series(ids), fold_series(names)
    usable = ~folded_names.duplicated() & ~folded_names.isin(set(folded_ids))
    exact = dict(zip(names[usable], ids[usable], strict=True)) | dict(zip(ids, ids, strict=True))
    folded = dict(zip(folded_names[usable], ids[usable], strict=True))
    folded.update(zip(folded_ids, ids, strict=True))
    aside_names = fold_series(aside["name"])
    named = (aside_names != "") & ~aside_names.isin(set(folded)) & ~aside_names.duplicated()
    set_aside = dict(zip(aside_names[named], aside["row"][named].astype(int), strict=True))
    return {
        "exact": exact,
        "folded": folded,
        "ambiguous": _ambiguous_names(coalitions)[1],
        "aside": set_aside,
    }


def _ambiguous_names(coalitions: pd.DataFrame) -> tuple[pd.Series, set[str]]:
    """Rows whose name could also mean another coalition, and those folded names.

    A name is ambiguous when it folds like another coalition's id, or like the name of a row
    above it.
    """
    folded_ids, folded_names = fold_series(coalitions["id"]), fold_series(coalitions["name"])
    other_id = folded_names.isin(set(folded_ids)) & (folded_names != folded_ids)
    repeated = folded_names.duplicated(keep="first")
    rows = other_id | repeated
    return rows, set(folded_names[other_id | folded_names.duplicated(keep=False)])


@per_unique
def _matched(values: pd.Series, exact: dict[str, str], folded: dict[str, str]) -> pd.Series:
    """Look ``values`` up as written first; fold only the ones not found (usually few).

    Once per distinct value: 100,000 memberships cite some 1,000 coalitions."""
    found = values.map(exact)
    missing = found.isna() & (values != "")
    if missing.any():
        found[missing] = fold_series(values[missing]).map(folded)
    return found


def _coded(table: pd.DataFrame, column: str, distinct: dict[str, pd.Series] | None):
    """A column as (each row's code, the distinct values): from ``_read_table`` when it
    kept them (and the codes column is dropped), else by factorizing the column."""
    if distinct and distinct.get(column) is not None:
        return table.pop(column + _CODES).to_numpy(), distinct[column]
    return factorize_cells(table[column])


def _check_refs(table, tab: str, refs: dict, out: _Collector, required=True, distinct=None):
    codes, cited = _coded(table, "coalition", distinct)
    ids_u = _matched.distinct(cited, refs["exact"], refs["folded"])
    rows = table["row"].to_numpy()
    if refs["ambiguous"]:
        ambiguous_u = fold_series.distinct(cited).isin(refs["ambiguous"]).to_numpy()
        at = np.flatnonzero(ambiguous_u[codes])
        for row, code in zip(rows[at], codes[at], strict=True):
            out.add(WARNING, tab, int(row), "coalition", cited.iloc[code], "ambiguous_reference",
                    coalition=ids_u.iloc[code])  # fmt: skip
    dangling_u = ((cited != "") & ids_u.isna()).to_numpy()
    unknown_u = dangling_u
    if refs["aside"] and dangling_u.any():
        aside_u = fold_series.distinct(cited).map(refs["aside"]).where(dangling_u)
        at = np.flatnonzero(aside_u.notna().to_numpy()[codes])
        for row, code in zip(rows[at], codes[at], strict=True):
            out.cited.setdefault(int(aside_u.iloc[code]), []).append((tab, int(row)))
        unknown_u = dangling_u & aside_u.isna().to_numpy()
    severity = ERROR if required else WARNING
    at = np.flatnonzero(unknown_u[codes])
    for row, code in zip(rows[at], codes[at], strict=True):
        out.add(severity, tab, int(row), "coalition", cited.iloc[code], "unknown_coalition",
                coalitions_title=out.title("coalitions"))  # fmt: skip
    table = table.copy()
    table["coalition"] = ids_u.fillna("").to_numpy()[codes]
    return table[~dangling_u[codes]].copy() if required else table


def _coalitions(frame, out: _Collector) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The coalitions tab, and its rows set aside for want of a usable id (row, id, name).

    A row missing its name keeps it, named by its id; its stage is left as read (``<NA>``
    when unreadable or blank, with the cells as text) for ``_current_stages``.
    """
    aside: list[pd.DataFrame] = []
    table = _read_table(schema.COALITIONS, frame, out, kept=("name", "stage"), aside=aside)
    if table is None:
        empty = empty_table(["row", *_TABLE_COLUMNS["coalitions"]])
        return empty.assign(**{"stage" + _TEXT: ""}), empty_table(["row", "id", "name"])
    table = _drop_duplicates(
        table, fold_series(table["id"]), "coalitions", "id", "duplicate_id", out, aside
    )
    nameless = table["name"] == ""
    out.add_masked(WARNING, "coalitions", table["row"], "name", table["name" + _TEXT], nameless,
                   "name_missing")  # fmt: skip
    table["name"] = table["name"].mask(nameless, table["id"])
    ambiguous, _ = _ambiguous_names(table)
    out.add_masked(WARNING, "coalitions", table["row"], "name", table["name"], ambiguous,
                   "ambiguous_name")  # fmt: skip
    table["levers"] = table["levers"].map(lambda v: v if isinstance(v, tuple) else ())
    aside_rows = pd.concat(aside)[["row", "id", "name"]]
    return table.drop(columns="name" + _TEXT).reset_index(drop=True), aside_rows


def _actors(frame, out: _Collector) -> tuple[pd.DataFrame, dict[str, str]]:
    """The actors tab, and its names by folded spelling (for matching memberships)."""
    table = _read_table(schema.ACTORS, frame, out)
    if table is None:
        return empty_table(["row", *_TABLE_COLUMNS["actors"]]), {}
    keys = fold_series(table["name"])
    table = _drop_duplicates(table, keys, "actors", "name", "duplicate_actor", out)
    table["listed"] = True
    keys = keys[~keys.duplicated()]
    return table.reset_index(drop=True), dict(zip(keys, table["name"], strict=True))


def _memberships(frame, refs, actors, canonical, actors_tab: bool, out: _Collector):
    """Memberships with actor names matched to the actors tab; unlisted actors are added."""
    distinct = dict.fromkeys(("coalition", "actor"))
    read = _read_table(schema.MEMBERSHIPS, frame, out, distinct=distinct)
    if read is None:
        return empty_table(["row", *_TABLE_COLUMNS["memberships"]]), actors
    table = _check_refs(read, "memberships", refs, out, distinct=distinct)
    # Matched once per distinct name (100,000 memberships name some 20,000 actors). Most are
    # written as in the actors tab: fold and look up only the others.
    codes, names = _coded(table, "actor", distinct)
    exact = names.isin(set(canonical.values()))
    folded, matched = names.copy(), names.copy()
    if not exact.all():
        folded[~exact] = fold_series(names[~exact])
        matched[~exact] = folded[~exact].map(canonical)
    unlisted = matched.isna().to_numpy()[codes]
    table["actor"] = matched.fillna(names).to_numpy()[codes]
    # An actor is the same whether listed (its name) or not (its folded name).
    actor_keys = pd.factorize(matched.fillna(folded))[0][codes]
    coalition_keys = pd.factorize(table["coalition"])[0]
    pair = coalition_keys.astype(np.int64) * (actor_keys.max(initial=0) + 1) + actor_keys
    repeated = pd.Series(pair).duplicated(keep="first").to_numpy()
    if actors_tab:
        # A repeated row has its own finding: one per duplicate, not two.
        out.add_masked(
            WARNING, "memberships", table["row"], "actor", table["actor"],
            pd.Series(unlisted & ~repeated), "unknown_actor", actors_title=out.title("actors"),
        )  # fmt: skip
    if repeated.any():
        first = table["row"].groupby(pair).transform("first")
        for row, value, first_row in zip(
            table["row"][repeated], table["actor"][repeated], first[repeated], strict=True
        ):
            out.add(WARNING, "memberships", int(row), "actor", value, "duplicate_membership",
                    first=int(first_row))  # fmt: skip
    table["levers"] = table["levers"].map(lambda v: v if isinstance(v, tuple) else ())
    new = unlisted & ~repeated
    new_names = table.loc[new, "actor"]
    new_names = new_names[~pd.Series(actor_keys[new]).duplicated().to_numpy()]
    table = table[~repeated].copy()
    if len(new_names):
        added = pd.DataFrame(
            {"row": pd.NA, "name": new_names.to_numpy(), "type": "", "website": "", "listed": False}
        )
        actors = pd.concat([actors, added], ignore_index=True)
    return table.reset_index(drop=True), actors


def _events(frame, refs, out: _Collector) -> pd.DataFrame:
    distinct = dict.fromkeys(("coalition",))
    read = _read_table(schema.EVENTS, frame, out, distinct=distinct)
    if read is None:
        return empty_table(["row", *_TABLE_COLUMNS["events"]])
    table = _check_refs(read, "events", refs, out, required=False, distinct=distinct)
    backwards = table["end"].notna() & (table["end"] < table["date"])
    if backwards.any():  # dates are written as text only for a finding
        out.add_masked(
            WARNING, "events", table["row"], "end", _date_text(table["end"]), backwards,
            "end_before_start",
        )  # fmt: skip
    table.loc[backwards.to_numpy(), "end"] = pd.NaT
    table["kind"] = table["kind"].replace("", "other")
    return table.sort_values("date", kind="stable").reset_index(drop=True)


def _linked(tab: schema.Tab, frame, refs, out: _Collector) -> pd.DataFrame:
    distinct = dict.fromkeys(("coalition",))
    read = _read_table(tab, frame, out, distinct=distinct)
    if read is None:
        return empty_table(["row", *_TABLE_COLUMNS[tab.name]])
    table = _check_refs(read, tab.name, refs, out, distinct=distinct)
    if "stage" in table:
        table["stage"] = table["stage"].astype(int)
    sort = ["date", "row"] if tab.name in ("progress", "updates") else ["row"]
    return table.sort_values(sort, kind="stable").reset_index(drop=True)


def _settings(frame, out: _Collector) -> dict[str, str]:
    """Settings as {folded_key_with_underscores: value}."""
    if frame is None:
        return {}
    headers, rows, columns = _rows_of(frame)
    known, _ = _header_map(schema.SETTINGS, headers, out)
    key_at, value_at = known.get("key", 0), known.get("value", 1)
    if len(columns) <= max(key_at, value_at):
        return {}
    keys = fold_series(columns[key_at].spread_text(rows)).str.replace(" ", "_")
    values = columns[value_at].spread_text(rows)
    return {k: v for k, v in zip(keys, values, strict=True) if k}


def _pick_tabs(raw: RawWorkbook, out: _Collector) -> dict[str, pd.DataFrame]:
    picked: dict[str, pd.DataFrame] = {}
    for title, frame in raw.tabs.items():
        canonical = schema.match_tab(title)
        if canonical is None:
            continue
        if canonical in picked:
            out.add(WARNING, canonical, None, None, title, "duplicate_tab", other_title=title)
            continue
        picked[canonical] = frame
        out.titles[canonical] = " ".join(str(title).split())
    return picked


def _date_text(values: pd.Series) -> pd.Series:
    """Dates as a finding shows them: ``2021-05-28``, with the time only when there is one."""
    text = values.dt.strftime("%Y-%m-%d %H:%M")
    return text.str.removesuffix(" 00:00").fillna("")


def _current_stages(coalitions, progress, today: date, out: _Collector) -> pd.DataFrame:
    """Each coalition's stage on ``today``, as ``coalitions.history.timeline.stages_on`` gives it
    for every other day (a stage dated later is not reached yet: the report and the deck of today
    say the same); the tab's own stage stays in ``tab_stage`` for the timeline's other days.

    One finding per coalition: its stage unreadable (shown from the history, or unknown), or
    newer than the history and different from it (the history misses a change).
    """
    text = coalitions.pop("stage" + _TEXT)
    coalitions["tab_stage"] = coalitions["stage"].astype("Int64")
    if coalitions.empty:
        return coalitions.assign(stage=coalitions["stage"].astype("int64"))
    resolved = stages_on(coalitions, progress, today)
    coalitions["stage"] = resolved["stage"]
    sheet, history_stage = coalitions["tab_stage"], resolved["history_stage"]
    history_row = resolved["history_row"]
    readable, in_history = sheet.notna(), history_stage.notna()
    title = out.title("progress")
    for i in np.flatnonzero((~readable).to_numpy()):
        if in_history.iloc[i]:
            out.add(WARNING, "coalitions", int(coalitions["row"].iloc[i]), "stage", text.iloc[i],
                    "stage_from_history", history_title=title,
                    progress_row=int(history_row.iloc[i]))  # fmt: skip
        else:
            out.add(WARNING, "coalitions", int(coalitions["row"].iloc[i]), "stage", text.iloc[i],
                    "stage_unknown")  # fmt: skip
    differ = (resolved["from_tab"] & in_history & (sheet != history_stage)).fillna(False)
    for i in np.flatnonzero(differ.to_numpy()):
        out.add(WARNING, "coalitions", int(coalitions["row"].iloc[i]), "stage", text.iloc[i],
                "stage_mismatch", history_title=title, progress_row=int(history_row.iloc[i]),
                progress_stage=int(history_stage.iloc[i]))  # fmt: skip
    return coalitions


def _check_stage_moves(progress: pd.DataFrame, out: _Collector) -> None:
    """Warn about each move back to an earlier stage that has no note to say why."""
    ordered = progress.sort_values(["coalition", "date", "row"], kind="stable")
    before = ordered.groupby("coalition")["stage"].shift(1)
    back = before.notna() & (ordered["stage"] < before) & (ordered["note"] == "")
    for row, was, now in zip(ordered["row"][back], before[back], ordered["stage"][back],
                             strict=True):  # fmt: skip
        out.add(WARNING, "progress", int(row), "note", "", "stage_back_without_note",
                before=int(was), after=int(now))  # fmt: skip


def _deliverables(frame, refs, today: date, out: _Collector) -> pd.DataFrame:
    """The deliverables, one row per deliverable (same coalition and title): its latest row
    in ``coalitions.history.timeline.order_states``'s order, with its earlier rows in ``history``
    (tuples of ``timeline.STATE_FIELDS``, oldest first). A row marked done on a day after
    ``today`` is warned about."""
    table = _linked(schema.DELIVERABLES, frame, refs, out)
    dates = table["date"]
    future = (table["status"] == "done") & (dates.dt.normalize() > pd.Timestamp(today))
    if future.any():
        out.add_masked(WARNING, "deliverables", table["row"], "date", _date_text(dates), future,
                       "done_in_future")  # fmt: skip
    # A blank or unknown kind (the latter warned about when read) is « autre ».
    table["kind"] = table["kind"].replace("", "other")
    if table.empty:
        return table.assign(history=pd.Series(dtype=object))
    key = table["coalition"].astype(str) + "\x00" + fold_series(table["title"].astype(str))
    ordered = order_states(table.assign(_key=key))
    ordered = _carry_description(ordered)
    latest = ordered.drop_duplicates("_key", keep="last")
    if len(latest) == len(table):
        return table.assign(history=[()] * len(table))
    # Each deliverable's rows in order, in one pass (a groupby calls Python once a group).
    states: dict[str, list[tuple]] = {}
    fields = [ordered[f].tolist() for f in STATE_FIELDS]
    for key_value, *state in zip(ordered["_key"], *fields, strict=True):
        states.setdefault(key_value, []).append(tuple(state))
    latest = latest.assign(history=[tuple(states[k][:-1]) for k in latest["_key"]])
    return latest.drop(columns="_key").sort_values("row", kind="stable").reset_index(drop=True)


def _carry_description(ordered: pd.DataFrame) -> pd.DataFrame:
    """A deliverable's link and kind are those of its latest row that gives one: a row that
    only changes the status (as the dashboard appends them) keeps the link typed before."""
    url, kind = ordered["url"], ordered["kind"]
    grouped = ordered.assign(url=url.where(url != ""), kind=kind.where(kind != "other")).groupby(
        "_key", sort=False
    )[["url", "kind"]]
    carried = grouped.ffill()
    return ordered.assign(
        url=carried["url"].fillna("").to_numpy(), kind=carried["kind"].fillna("other").to_numpy()
    )


def build_dataset(raw: RawWorkbook, today: date | None = None) -> Dataset:
    """Validate a raw workbook against the contract and build the Dataset.

    Never raises on bad content: every problem becomes a Finding, and what can be read is
    read. Tabs are matched by name with aliases; unknown tabs and columns are ignored (unknown
    coalition columns are kept in the table under their header). ``today`` (default: the
    settings' ``reference_date``, else the real date) is when a deliverable done is "to come".
    """
    out = _Collector()
    tabs = _pick_tabs(raw, out)
    if "coalitions" not in tabs:
        out.add(ERROR, "coalitions", None, None, "", "missing_tab", tab="coalitions")
    settings = _settings(tabs.get("settings"), out)
    today = today or reference_date(settings, date.today())
    coalitions, aside = _coalitions(tabs.get("coalitions"), out)
    actors, canonical = _actors(tabs.get("actors"), out)
    refs = _reference_index(coalitions, aside)
    memberships, actors = _memberships(
        tabs.get("memberships"), refs, actors, canonical, "actors" in tabs, out
    )
    events = _events(tabs.get("events"), refs, out)
    progress = _linked(schema.PROGRESS, tabs.get("progress"), refs, out)
    deliverables = _deliverables(tabs.get("deliverables"), refs, today, out)
    updates = _linked(schema.UPDATES, tabs.get("updates"), refs, out)
    coalitions = _current_stages(coalitions, progress, today, out)
    _check_stage_moves(progress, out)
    return Dataset(
        coalitions=coalitions,
        actors=actors,
        memberships=memberships,
        events=events,
        progress=progress,
        deliverables=deliverables,
        updates=updates,
        settings=settings,
        findings=_sorted(out.placed()),
        tabs_present=frozenset(tabs),
    )


def _sorted(findings: Iterable[Finding]) -> list[Finding]:
    order = {t.name: i for i, t in enumerate(schema.TABS)}
    return sorted(
        findings,
        key=lambda f: (order.get(f.tab, 99), f.row if f.row is not None else 0, f.column or ""),
    )
