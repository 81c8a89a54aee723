"""Validation: from a raw workbook to the Dataset, with a finding for every problem.

The contract's "Bad input" section is the rule: nothing is dropped silently. A cell that can't
be understood in an optional column is a warning and is left empty; a row missing a required
value, or pointing at an unknown coalition, or repeating a key, is an error and stays out of
the tables. A missing tab or required column is named, and everything else is still read.
Fully blank rows are not data (sheets end with many) and are skipped without a finding.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from coalitions import schema
from coalitions.dataset import ERROR, WARNING, Dataset, Finding, RawWorkbook, empty_table
from coalitions.parsing import (
    error_values,
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
_TABLE_COLUMNS = {
    "coalitions": [c.name for c in schema.COALITIONS.columns],
    "actors": ["name", "type", "website", "listed"],
    "memberships": ["coalition", "actor", "role", "since"],
    "events": ["date", "end", "title", "kind", "coalition", "location", "url"],
    "progress": ["date", "coalition", "stage", "note"],
    "deliverables": ["coalition", "title", "status", "date"],
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


def _rows_of(frame: pd.DataFrame) -> tuple[list[str], pd.DataFrame]:
    """Headers and the non-blank data rows, indexed by sheet row number."""
    if frame.shape[0] == 0:
        return [], frame
    headers = to_text(frame.iloc[0]).tolist()
    body = frame.iloc[1:].copy()
    body.index = pd.RangeIndex(2, 2 + len(body))
    texts = body.apply(to_text) if len(body) else body
    not_blank = (texts != "").any(axis=1) if len(body) else pd.Series(dtype=bool)
    return headers, body[not_blank]


def _parse_column(tab: str, column: schema.Column, cells: pd.Series, out: _Collector):
    """Parse one column; report error values and unparseable cells."""
    rows = cells.index.to_series()
    text = to_text(cells)
    errors = error_values(text)
    out.add_masked(WARNING, tab, rows, column.name, text, errors, "error_value")
    cells = cells.astype(object).mask(errors, "")
    text = text.mask(errors, "")
    kind = column.kind
    if kind == schema.DATE:
        values, failed = parse_dates(cells)
        code = "bad_date"
    elif kind == schema.STAGE:
        values, failed = parse_stages(cells)
        code = "unknown_stage"
    elif kind == schema.BOOL:
        values, failed = parse_bools(cells)
        code = "bad_bool"
    elif kind == schema.LEVER_LIST:
        values, failed = parse_lists(cells, schema.LEVER_WORDS, schema.LEVERS)
        code = "unknown_lever"
    elif kind == schema.URL:
        values, failed = parse_urls(cells)
        code = "bad_url"
    elif kind in _VOCABULARIES:
        words, code = _VOCABULARIES[kind]
        values, failed = parse_vocabulary(cells, words)
    elif kind == schema.ACTOR_TYPE:
        # A free list: known spellings get their key, anything else is kept as written.
        keys, _unknown = parse_vocabulary(cells, schema.ACTOR_TYPE_WORDS)
        return keys.mask(keys == "", text), text
    else:
        return text, text
    # A required column's bad value is an error (the row goes), an optional one's a warning.
    severity = ERROR if column.required else WARNING
    out.add_masked(severity, tab, rows, column.name, text, failed, code)
    if column.required:
        values = values.mask(failed)
    return values, text


def _read_table(tab: schema.Tab, frame: pd.DataFrame | None, out: _Collector):
    """Parse a tab into canonical columns; rows with errors are left out.

    Returns (table with canonical + extra columns and ``row``, raw text per column) or None
    when the tab is missing or lacks a required column.
    """
    if frame is None:
        return None
    headers, body = _rows_of(frame)
    known, extra = _header_map(tab, headers, out)
    missing = [c for c in tab.required_columns if c not in known]
    if missing:
        for name in missing:
            out.add(ERROR, tab.name, 1, name, "", "missing_column", column=name, tab=tab.name)
        return None
    table = pd.DataFrame(index=body.index)
    raw_text = pd.DataFrame(index=body.index)
    keep = pd.Series(True, index=body.index)
    for column in tab.columns:
        if column.name not in known:
            table[column.name] = _default_for(column)
            raw_text[column.name] = ""
            continue
        values, text = _parse_column(tab.name, column, body.iloc[:, known[column.name]], out)
        table[column.name] = values
        raw_text[column.name] = text
        if column.required:
            blank = text == ""
            out.add_masked(
                ERROR, tab.name, body.index.to_series(), column.name, text, blank,
                "required_missing", column=column.name,
            )  # fmt: skip
            keep &= ~blank & pd.Series(values, index=body.index).notna()
    for header, position in extra.items():
        if header not in table.columns:
            table[header] = to_text(body.iloc[:, position])
    table.insert(0, "row", body.index.to_numpy())
    return table[keep.to_numpy()].copy(), raw_text[keep.to_numpy()]


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


def _resolve_refs(values: pd.Series, coalitions: pd.DataFrame) -> pd.Series:
    """Coalition ids for references given as an id or a name (matched like headers)."""
    index = dict(zip(fold_series(coalitions["name"]), coalitions["id"], strict=True))
    index.update(zip(fold_series(coalitions["id"]), coalitions["id"], strict=True))
    return fold_series(values.astype(str)).map(index)


def _check_refs(table, tab: str, coalitions, out: _Collector, required: bool = True):
    ids = _resolve_refs(table["coalition"], coalitions)
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
    read = _read_table(schema.COALITIONS, frame, out)
    if read is None:
        return empty_table(["row", *_TABLE_COLUMNS["coalitions"]])
    table, _ = read
    table = _drop_duplicates(
        table, fold_series(table["id"]), "coalitions", "id", "duplicate_id", out
    )
    table["levers"] = table["levers"].map(lambda v: v if isinstance(v, tuple) else ())
    table["stage"] = table["stage"].astype(int)
    return table.reset_index(drop=True)


def _actors(frame, out: _Collector) -> pd.DataFrame:
    read = _read_table(schema.ACTORS, frame, out)
    if read is None:
        return empty_table(["row", *_TABLE_COLUMNS["actors"]])
    table, _ = read
    table = _drop_duplicates(
        table, fold_series(table["name"]), "actors", "name", "duplicate_actor", out
    )
    table["listed"] = True
    return table.reset_index(drop=True)


def _memberships(frame, coalitions, actors, actors_tab: bool, out: _Collector):
    """Memberships with actor names matched to the actors tab; unlisted actors are added."""
    read = _read_table(schema.MEMBERSHIPS, frame, out)
    if read is None:
        return empty_table(["row", *_TABLE_COLUMNS["memberships"]]), actors
    table = _check_refs(read[0], "memberships", coalitions, out)
    canonical = dict(zip(fold_series(actors["name"]), actors["name"], strict=True))
    folded = fold_series(table["actor"])
    matched = folded.map(canonical)
    unlisted = matched.isna()
    if actors_tab:
        out.add_masked(
            WARNING, "memberships", table["row"], "actor", table["actor"], unlisted,
            "unknown_actor",
        )  # fmt: skip
    table["actor"] = matched.fillna(table["actor"])
    pair = fold_series(table["coalition"]) + "\x00" + fold_series(table["actor"])
    repeated = pair.duplicated(keep="first")
    out.add_masked(
        WARNING, "memberships", table["row"], "actor", table["actor"], repeated,
        "duplicate_membership",
    )  # fmt: skip
    table = table[~repeated.to_numpy()].copy()
    new_names = table.loc[unlisted[~repeated].to_numpy(), "actor"]
    new_names = new_names[~fold_series(new_names).duplicated()]
    if len(new_names):
        added = pd.DataFrame(
            {"row": pd.NA, "name": new_names.to_numpy(), "type": "", "website": "", "listed": False}
        )
        actors = pd.concat([actors, added], ignore_index=True)
    return table.reset_index(drop=True), actors


def _events(frame, coalitions, out: _Collector) -> pd.DataFrame:
    read = _read_table(schema.EVENTS, frame, out)
    if read is None:
        return empty_table(["row", *_TABLE_COLUMNS["events"]])
    table = _check_refs(read[0], "events", coalitions, out, required=False)
    backwards = table["end"].notna() & (table["end"] < table["date"])
    out.add_masked(
        WARNING, "events", table["row"], "end", table["end"].astype(str), backwards,
        "end_before_start",
    )  # fmt: skip
    table.loc[backwards.to_numpy(), "end"] = pd.NaT
    table["kind"] = table["kind"].replace("", "other")
    return table.sort_values("date", kind="stable").reset_index(drop=True)


def _linked(tab: schema.Tab, frame, coalitions, out: _Collector) -> pd.DataFrame:
    read = _read_table(tab, frame, out)
    if read is None:
        return empty_table(["row", *_TABLE_COLUMNS[tab.name]])
    table = _check_refs(read[0], tab.name, coalitions, out)
    if "stage" in table:
        table["stage"] = table["stage"].astype(int)
    sort = ["date", "row"] if tab.name == "progress" else ["row"]
    return table.sort_values(sort, kind="stable").reset_index(drop=True)


def _settings(frame, out: _Collector) -> dict[str, str]:
    """Settings as {folded_key_with_underscores: value}."""
    if frame is None:
        return {}
    headers, body = _rows_of(frame)
    known, _ = _header_map(schema.SETTINGS, headers, out)
    key_at, value_at = known.get("key", 0), known.get("value", 1)
    if body.shape[1] <= max(key_at, value_at):
        return {}
    keys = fold_series(to_text(body.iloc[:, key_at])).str.replace(" ", "_")
    values = to_text(body.iloc[:, value_at])
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
    actors = _actors(tabs.get("actors"), out)
    memberships, actors = _memberships(
        tabs.get("memberships"), coalitions, actors, "actors" in tabs, out
    )
    events = _events(tabs.get("events"), coalitions, out)
    progress = _linked(schema.PROGRESS, tabs.get("progress"), coalitions, out)
    deliverables = _linked(schema.DELIVERABLES, tabs.get("deliverables"), coalitions, out)
    _check_stage_history(coalitions, progress, out)
    return Dataset(
        coalitions=coalitions,
        actors=actors,
        memberships=memberships,
        events=events,
        progress=progress,
        deliverables=deliverables,
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
