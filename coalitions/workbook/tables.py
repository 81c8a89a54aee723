"""One tab of the raw workbook read into a table of canonical columns, for the validation.

Headers are matched to the contract's columns (``matching.match_column``); each column is
factorized so that every distinct cell is parsed once (``_Column``), its bad cells reported
as findings, and the rows missing a required value set aside. Fully blank rows are skipped.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import pandas as pd

from coalitions.workbook import matching, schema, vocabularies
from coalitions.workbook.collector import Collector
from coalitions.workbook.findings import ERROR, WARNING
from coalitions.workbook.parsing import (
    error_values,
    factorize_text,
    parse_bools,
    parse_dates,
    parse_lists,
    parse_stages,
    parse_urls,
    parse_vocabulary,
    to_text,
)

_VOCABULARIES = {
    schema.ROLE: (vocabularies.ROLE_WORDS, "unknown_role"),
    schema.KIND: (vocabularies.EVENT_KIND_WORDS, "unknown_kind"),
    schema.STATUS: (vocabularies.STATUS_WORDS, "unknown_status"),
    schema.DELIVERABLE_KIND: (vocabularies.DELIVERABLE_KIND_WORDS, "unknown_deliverable_kind"),
}

# Suffix of the cells-as-text column kept beside a column whose bad values don't set the row
# aside (the coalitions' stage and name), for the finding the caller writes about them.
TEXT = "\x00text"

# Suffix of the column of each row's index into a column's distinct values, so that checks
# on 100,000 rows citing a few thousand names work once per name (see coded).
CODES = "\x00codes"


def header_map(tab: schema.Tab, headers: list[str], out: Collector):
    """Canonical column -> position, and unknown headers -> position."""
    known: dict[str, int] = {}
    written = out.headers.setdefault(tab.name, {})
    extra: dict[str, int] = {}
    for position, header in enumerate(headers):
        if header == "":
            continue
        canonical = matching.match_column(tab.name, header)
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


def rows_of(frame: pd.DataFrame) -> tuple[list[str], pd.Index, list[_Column]]:
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
            keys_u, _unknown = parse_vocabulary.distinct(raw_u, vocabularies.ACTOR_TYPE_WORDS)
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
        lambda cells: parse_lists.distinct(cells, vocabularies.LEVER_WORDS, schema.LEVERS),
        "unknown_lever",
    ),
    schema.URL: (parse_urls.distinct, "bad_url"),
}


def read_table(
    tab: schema.Tab, frame: pd.DataFrame | None, out: Collector, kept=(), aside=None,
    distinct: dict[str, pd.Series] | None = None,
):  # fmt: skip
    """Parse a tab into canonical columns; rows with errors are left out.

    Returns the table with canonical + extra columns and ``row``, or None when the tab is
    missing or lacks a required column. A missing or bad value in a ``kept`` column neither
    sets the row aside nor is reported: the table gets the cells as text in ``<column>`` +
    ``TEXT`` for the caller's own finding. The rows set aside are appended to ``aside``.
    For each column named in ``distinct``, its parsed distinct values are put there and the
    table gets each row's index into them in ``<column>`` + ``CODES`` (see ``coded``).
    """
    if frame is None:
        return None
    headers, rows, columns = rows_of(frame)
    known, extra = header_map(tab, headers, out)
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
            table[column.name + CODES] = cells.codes
        if own:
            table[column.name + TEXT] = cells.spread_text(rows)
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
