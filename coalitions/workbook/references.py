"""References between tabs: the rows of the other tabs citing a coalition, by id or by name,
as written or folded; an unknown, ambiguous or set-aside coalition is a finding.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coalitions.workbook.collector import Collector
from coalitions.workbook.findings import ERROR, WARNING
from coalitions.workbook.parsing import factorize_cells, fold_series, per_unique
from coalitions.workbook.tables import CODES


def reference_index(coalitions: pd.DataFrame, aside: pd.DataFrame) -> dict:
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
        "ambiguous": ambiguous_names(coalitions)[1],
        "aside": set_aside,
    }


def ambiguous_names(coalitions: pd.DataFrame) -> tuple[pd.Series, set[str]]:
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


def coded(table: pd.DataFrame, column: str, distinct: dict[str, pd.Series] | None):
    """A column as (each row's code, the distinct values): from ``read_table`` when it
    kept them (and the codes column is dropped), else by factorizing the column."""
    if distinct and distinct.get(column) is not None:
        return table.pop(column + CODES).to_numpy(), distinct[column]
    return factorize_cells(table[column])


def check_refs(table, tab: str, refs: dict, out: Collector, required=True, distinct=None):
    codes, cited = coded(table, "coalition", distinct)
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
