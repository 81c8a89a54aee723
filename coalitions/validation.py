"""Validation: from a raw workbook to the Dataset, with a finding for every problem.

The contract's "Bad input" section is the rule: nothing is dropped silently. A cell that can't
be understood in an optional column is a warning and is left empty; a row missing a required
value, or pointing at an unknown coalition, or repeating a key, is an error and stays out of
the tables. A missing tab or required column is named, and everything else is still read.
Fully blank rows are not data (sheets end with many) and are skipped without a finding.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from coalitions import schema
from coalitions.dataset import ERROR, WARNING, Dataset, Finding, RawWorkbook, empty_table
from coalitions.parsing import (
    error_values,
    factorize_cells,
    fold_series,
    parse_bools,
    parse_dates,
    parse_lists,
    parse_stages,
    parse_urls,
    parse_vocabulary,
    to_text,
)

_VOCABULARIES = {
    schema.ROLE: (schema.ROLE_WORDS, "unknown_role"),
    schema.KIND: (schema.EVENT_KIND_WORDS, "unknown_kind"),
    schema.STATUS: (schema.STATUS_WORDS, "unknown_status"),
}
# The columns of each table: the schema's, plus ``listed`` on actors (an actor named only in
# memberships is added with listed=False).
_TABLE_COLUMNS = {
    tab.name: [c.name for c in tab.columns] + (["listed"] if tab.name == "actors" else [])
    for tab in schema.TABS
    if not tab.key_value
}


class _Collector:
    """Gathers findings; builds them only for the rows a mask selects (never per cell)."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []

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


def _rows_of(frame: pd.DataFrame) -> tuple[list[str], pd.Index, list[_Column]]:
    """Headers, the sheet row numbers of the non-blank rows, and their columns."""
    if frame.shape[0] == 0:
        return [], pd.Index([], dtype="int64"), []
    headers = to_text(frame.iloc[0]).tolist()
    body = frame.iloc[1:]
    filled_any = np.zeros(len(body), dtype=bool)
    factorized = []
    for position in range(body.shape[1]):
        codes, uniques = factorize_cells(body.iloc[:, position])
        text = to_text(uniques)
        filled_any |= (text != "").to_numpy()[codes]
        factorized.append((codes, uniques, text))
    rows = pd.Index(np.arange(2, 2 + len(body))[filled_any])
    columns = [_Column(codes[filled_any], uniques, text) for codes, uniques, text in factorized]
    return headers, rows, columns


def _parse_column(tab: str, column: schema.Column, cells: _Column, rows: pd.Index, out):
    """Parse one column; report error values, unparseable cells and missing required ones.

    Returns (parsed values, cells as text, mask of rows whose required value is missing or
    invalid), the Series indexed by sheet row. Checks run on the distinct values; only the
    results are spread to the rows.
    """
    row_series = rows.to_series()
    errors_u = error_values(cells.text)
    text_u = cells.text.mask(errors_u, "")
    text = pd.Series(text_u.to_numpy()[cells.codes], index=rows, dtype=object)
    if errors_u.any():
        errors = pd.Series(errors_u.to_numpy()[cells.codes], index=rows)
        out.add_masked(WARNING, tab, row_series, column.name, cells.spread_text(rows), errors,
                       "error_value")  # fmt: skip
    raw_u = cells.uniques.mask(errors_u, "")
    blank_u = (text_u == "").to_numpy()
    invalid_u = blank_u if column.required else np.zeros(len(text_u), dtype=bool)
    kind = column.kind
    if kind in _PARSERS:
        parse, code = _PARSERS[kind]
        values_u, failed_u = parse(raw_u)
    elif kind in _VOCABULARIES:
        words, code = _VOCABULARIES[kind]
        values_u, failed_u = parse_vocabulary(raw_u, words)
    elif kind == schema.ACTOR_TYPE:
        # A free list: known spellings get their key, anything else is kept as written.
        keys_u, _unknown = parse_vocabulary(raw_u, schema.ACTOR_TYPE_WORDS)
        values_u, failed_u, code = keys_u.mask(keys_u == "", text_u), None, None
    else:
        values_u, failed_u, code = text_u, None, None
    if failed_u is not None and failed_u.any():
        failed = pd.Series(failed_u.to_numpy()[cells.codes], index=rows)
        # A required column's bad value is an error (the row goes), an optional one's a warning.
        severity = ERROR if column.required else WARNING
        out.add_masked(severity, tab, row_series, column.name, text, failed, code)
        if column.required:
            invalid_u = invalid_u | failed_u.to_numpy()
    invalid = invalid_u[cells.codes]
    if column.required and blank_u.any():
        blank = pd.Series(blank_u[cells.codes], index=rows)
        out.add_masked(ERROR, tab, row_series, column.name, text, blank, "required_missing",
                       column=column.name)  # fmt: skip
    return cells.spread(values_u, rows), text, invalid


_PARSERS = {
    schema.DATE: (parse_dates, "bad_date"),
    schema.STAGE: (parse_stages, "unknown_stage"),
    schema.BOOL: (parse_bools, "bad_bool"),
    schema.LEVER_LIST: (
        lambda cells: parse_lists(cells, schema.LEVER_WORDS, schema.LEVERS),
        "unknown_lever",
    ),
    schema.URL: (parse_urls, "bad_url"),
}


def _read_table(tab: schema.Tab, frame: pd.DataFrame | None, out: _Collector):
    """Parse a tab into canonical columns; rows with errors are left out.

    Returns the table with canonical + extra columns and ``row``, or None when the tab is
    missing or lacks a required column.
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
        values, _text, invalid = _parse_column(
            tab.name, column, columns[known[column.name]], rows, out
        )
        table[column.name] = values
        keep &= ~invalid
    for header, position in extra.items():
        if header not in table:
            table[header] = columns[position].spread_text(rows)
    frame = pd.DataFrame(table, index=rows)
    frame.insert(0, "row", rows.to_numpy())
    return frame[keep].copy()


def _default_for(column: schema.Column):
    if column.kind == schema.DATE:
        return pd.NaT
    if column.kind == schema.BOOL:
        return False
    if column.kind == schema.LEVER_LIST:
        return None  # filled with empty tuples by the coalitions step
    return ""


def _drop_duplicates(table, keys: pd.Series, tab: str, column: str, code: str, out: _Collector):
    """Keep the first row of each key; later repeats are errors and leave the table."""
    repeated = keys.duplicated(keep="first")
    out.add_masked(ERROR, tab, table["row"], column, table[column], repeated, code)
    return table[~repeated.to_numpy()].copy()


def _reference_index(coalitions: pd.DataFrame) -> dict:
    """How references are matched: an id or a name, as written or folded.

    An id wins over a name that folds like it, and of two names that fold alike the first
    row's wins, whatever the case the reference is written in: "Envdata" and "ENVDATA" must
    not name two different coalitions. ``ambiguous`` holds the folded spellings that could
    name more than one coalition (a reference written so is warned about).
    """
    ids, names = coalitions["id"], coalitions["name"]
    folded_ids, folded_names = fold_series(ids), fold_series(names)
    usable = ~folded_names.duplicated() & ~folded_names.isin(set(folded_ids))
    exact = dict(zip(names[usable], ids[usable], strict=True)) | dict(zip(ids, ids, strict=True))
    folded = dict(zip(folded_names[usable], ids[usable], strict=True))
    folded.update(zip(folded_ids, ids, strict=True))
    return {"exact": exact, "folded": folded, "ambiguous": _ambiguous_names(coalitions)[1]}


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


def _matched(values: pd.Series, exact: dict[str, str], folded: dict[str, str]) -> pd.Series:
    """Look ``values`` up as written first; fold only the ones not found (usually few)."""
    found = values.map(exact)
    missing = found.isna() & (values != "")
    if missing.any():
        found[missing] = fold_series(values[missing]).map(folded)
    return found


def _check_refs(table, tab: str, refs: dict, out: _Collector, required: bool = True):
    ids = _matched(table["coalition"], refs["exact"], refs["folded"])
    if refs["ambiguous"]:
        ambiguous = fold_series(table["coalition"]).isin(refs["ambiguous"])
        for row, value, chosen in zip(
            table["row"][ambiguous], table["coalition"][ambiguous], ids[ambiguous], strict=True
        ):
            out.add(WARNING, tab, int(row), "coalition", value, "ambiguous_reference",
                    coalition=chosen)  # fmt: skip
    filled = table["coalition"] != ""
    dangling = filled & ids.isna()
    severity = ERROR if required else WARNING
    out.add_masked(
        severity, tab, table["row"], "coalition", table["coalition"], dangling,
        "unknown_coalition",
    )  # fmt: skip
    table = table.copy()
    table["coalition"] = ids.fillna("")
    return table[~dangling.to_numpy()].copy() if required else table


def _coalitions(frame, out: _Collector) -> pd.DataFrame:
    table = _read_table(schema.COALITIONS, frame, out)
    if table is None:
        return empty_table(["row", *_TABLE_COLUMNS["coalitions"]])
    table = _drop_duplicates(
        table, fold_series(table["id"]), "coalitions", "id", "duplicate_id", out
    )
    ambiguous, _ = _ambiguous_names(table)
    out.add_masked(WARNING, "coalitions", table["row"], "name", table["name"], ambiguous,
                   "ambiguous_name")  # fmt: skip
    table["levers"] = table["levers"].map(lambda v: v if isinstance(v, tuple) else ())
    table["stage"] = table["stage"].astype(int)
    return table.reset_index(drop=True)


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
    read = _read_table(schema.MEMBERSHIPS, frame, out)
    if read is None:
        return empty_table(["row", *_TABLE_COLUMNS["memberships"]]), actors
    table = _check_refs(read, "memberships", refs, out)
    # Most names are written as in the actors tab: fold and look up only the others.
    exact = table["actor"].isin(set(canonical.values()))
    folded, matched = table["actor"].copy(), table["actor"].copy()
    if not exact.all():
        folded[~exact] = fold_series(table["actor"][~exact])
        matched[~exact] = folded[~exact].map(canonical)
    unlisted = matched.isna()
    if actors_tab:
        out.add_masked(
            WARNING, "memberships", table["row"], "actor", table["actor"], unlisted,
            "unknown_actor",
        )  # fmt: skip
    table["actor"] = matched.fillna(table["actor"])
    pair = pd.DataFrame({"coalition": table["coalition"], "actor": matched.fillna(folded)})
    repeated = pair.duplicated(keep="first")
    out.add_masked(
        WARNING, "memberships", table["row"], "actor", table["actor"], repeated,
        "duplicate_membership",
    )  # fmt: skip
    table = table[~repeated.to_numpy()].copy()
    new = (unlisted & ~repeated).to_numpy()
    new_names = table.loc[unlisted[~repeated].to_numpy(), "actor"]
    new_names = new_names[~folded[new].duplicated().to_numpy()]
    if len(new_names):
        added = pd.DataFrame(
            {"row": pd.NA, "name": new_names.to_numpy(), "type": "", "website": "", "listed": False}
        )
        actors = pd.concat([actors, added], ignore_index=True)
    return table.reset_index(drop=True), actors


def _events(frame, refs, out: _Collector) -> pd.DataFrame:
    read = _read_table(schema.EVENTS, frame, out)
    if read is None:
        return empty_table(["row", *_TABLE_COLUMNS["events"]])
    table = _check_refs(read, "events", refs, out, required=False)
    backwards = table["end"].notna() & (table["end"] < table["date"])
    out.add_masked(
        WARNING, "events", table["row"], "end", table["end"].astype(str), backwards,
        "end_before_start",
    )  # fmt: skip
    table.loc[backwards.to_numpy(), "end"] = pd.NaT
    table["kind"] = table["kind"].replace("", "other")
    return table.sort_values("date", kind="stable").reset_index(drop=True)


def _linked(tab: schema.Tab, frame, refs, out: _Collector) -> pd.DataFrame:
    read = _read_table(tab, frame, out)
    if read is None:
        return empty_table(["row", *_TABLE_COLUMNS[tab.name]])
    table = _check_refs(read, tab.name, refs, out)
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
            out.add(WARNING, canonical, None, None, title, "duplicate_tab", title=title)
            continue
        picked[canonical] = frame
    return picked


def _check_stage_history(coalitions, progress, out: _Collector) -> None:
    """Warn when a coalition's latest progress stage differs from its current stage."""
    if progress.empty or coalitions.empty:
        return
    latest = progress.groupby("coalition")["stage"].last()
    current = coalitions.set_index("id")["stage"]
    both = latest.index.intersection(current.index)
    differ = both[(latest[both] != current[both]).to_numpy()]
    rows = coalitions.set_index("id")["row"]
    for coalition_id in differ:
        out.add(
            WARNING, "progress", None, "stage", str(latest[coalition_id]), "stage_mismatch",
            coalition=coalition_id, current=int(current[coalition_id]),
            row=int(rows[coalition_id]),
        )  # fmt: skip


def build_dataset(raw: RawWorkbook) -> Dataset:
    """Validate a raw workbook against the contract and build the Dataset.

    Never raises on bad content: every problem becomes a Finding, and what can be read is
    read. Tabs are matched by name with aliases; unknown tabs and columns are ignored (unknown
    coalition columns are kept in the table under their header).
    """
    out = _Collector()
    tabs = _pick_tabs(raw, out)
    if "coalitions" not in tabs:
        out.add(ERROR, "coalitions", None, None, "", "missing_tab", tab="coalitions")
    coalitions = _coalitions(tabs.get("coalitions"), out)
    actors, canonical = _actors(tabs.get("actors"), out)
    refs = _reference_index(coalitions)
    memberships, actors = _memberships(
        tabs.get("memberships"), refs, actors, canonical, "actors" in tabs, out
    )
    events = _events(tabs.get("events"), refs, out)
    progress = _linked(schema.PROGRESS, tabs.get("progress"), refs, out)
    deliverables = _linked(schema.DELIVERABLES, tabs.get("deliverables"), refs, out)
    updates = _linked(schema.UPDATES, tabs.get("updates"), refs, out)
    _check_stage_history(coalitions, progress, out)
    return Dataset(
        coalitions=coalitions,
        actors=actors,
        memberships=memberships,
        events=events,
        progress=progress,
        deliverables=deliverables,
        updates=updates,
        settings=_settings(tabs.get("settings"), out),
        findings=_sorted(out.findings),
        tabs_present=frozenset(tabs),
    )


def _sorted(findings: Iterable[Finding]) -> list[Finding]:
    order = {t.name: i for i, t in enumerate(schema.TABS)}
    return sorted(
        findings,
        key=lambda f: (order.get(f.tab, 99), f.row if f.row is not None else 0, f.column or ""),
    )
