"""The coalitions' work: every deliverable of every coalition, and the calls that need people.

The Reset Day 14 report asks to « produire et rendre visible les pré-travaux des coalitions »
(issue 24). This module answers the library page (« Travaux des coalitions »), the overview's
and the report's calls for contributions: what was produced, of which kind, how far it has
come, where to open it. It reads the dataset it is given: « Afficher au » has already cut it
to a day (``coalitions.history.timeline.as_of``), so the statuses are those of that day.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from coalitions.escape import safe_link, safe_url
from coalitions.i18n import translate
from coalitions.workbook.dataset import Dataset
from coalitions.workbook.examples import example_names
from coalitions.workbook.schema import CALL_KIND, DELIVERABLE_KINDS, OPEN_STATUS, STATUSES

# The library's columns, in the order the table and its CSV show them.
COLUMNS = ("date", "title", "kind", "status", "coalition_name", "family", "url")


def open_calls(deliverables: pd.DataFrame) -> pd.Series:
    """Mask of the calls for contributions still open (« appel à contribution », « en
    cours »): where a newcomer can help."""
    return deliverables["kind"].eq(CALL_KIND) & deliverables["status"].eq(OPEN_STATUS)


def library(data: Dataset, lang: str = "fr") -> pd.DataFrame:
    """Every deliverable, newest first (undated last, then in the sheet's order).

    Columns: ``coalition`` (id), ``coalition_name`` (marked when an invented example),
    ``family``, ``title``, ``kind``, ``status``, ``date``, ``url`` (the link to draw: an
    http(s) URL through ``safe_url``, or ``""``) and ``row``.
    """
    deliverables = data.deliverables
    coalitions = data.coalitions
    if deliverables.empty:
        return pd.DataFrame(
            {
                "coalition": pd.Series(dtype=object),
                **{c: pd.Series(dtype=object) for c in COLUMNS if c != "date"},
                "date": pd.Series(dtype="datetime64[ns]"),
                "row": pd.Series(dtype="int64"),
            }
        )
    names = example_names(coalitions, lang)
    families = dict(zip(coalitions["id"], coalitions["family"].fillna(""), strict=True))
    urls = deliverables["url"].fillna("")
    table = pd.DataFrame(
        {
            "coalition": deliverables["coalition"].to_numpy(),
            "coalition_name": deliverables["coalition"].map(names).fillna("").to_numpy(),
            "family": deliverables["coalition"].map(families).fillna("").to_numpy(),
            "title": deliverables["title"].to_numpy(),
            "kind": deliverables["kind"].to_numpy(),
            "status": deliverables["status"].to_numpy(),
            "date": deliverables["date"].to_numpy(),
            # Distinct links only: 10,000 deliverables share far fewer addresses.
            "url": urls.map(dict(zip(u := urls.unique(), map(safe_url, u), strict=True))),
            "row": deliverables["row"].to_numpy(),
        }
    )
    ordered = table.sort_values(
        ["date", "row"], ascending=[False, True], na_position="last", kind="stable"
    )
    return ordered.reset_index(drop=True)


def filter_library(
    table: pd.DataFrame,
    families: Iterable[str] = (),
    coalitions: Iterable[str] = (),
    kinds: Iterable[str] = (),
    statuses: Iterable[str] = (),
) -> pd.DataFrame:
    """The rows matching every filter given (an empty filter keeps everything)."""
    keep = pd.Series(True, index=table.index)
    for column, wanted in (("family", families), ("coalition", coalitions), ("kind", kinds),
                           ("status", statuses)):  # fmt: skip
        wanted = list(wanted)
        if wanted:
            keep &= table[column].isin(wanted)
    return table[keep.to_numpy()]


def count_kinds(table: pd.DataFrame) -> pd.Series:
    """How many deliverables of each kind, in the contract's order, kinds present only."""
    counts = table["kind"].value_counts()
    return counts.reindex([k for k in DELIVERABLE_KINDS if k in counts.index]).astype(int)


def filter_options(table: pd.DataFrame) -> dict[str, list[str]]:
    """The values each filter offers: families and coalitions by name, kinds and statuses in
    the contract's order; only those the library holds."""
    names = dict(zip(table["coalition"], table["coalition_name"], strict=True))
    present = {column: set(table[column]) for column in ("family", "kind", "status")}
    return {
        "family": sorted(present["family"] - {""}, key=str.casefold),
        "coalition": sorted(names, key=lambda c: names[c].casefold()),
        "kind": [k for k in DELIVERABLE_KINDS if k in present["kind"]],
        # A row with no status (the column is optional) is filtered as « sans statut ».
        "status": [s for s in (*STATUSES, "") if s in present["status"]],
    }


def status_label(status: str, lang: str = "fr") -> str:
    """A deliverable's status as the library writes it; a blank one is « Sans statut »."""
    return translate(f"status.{status}" if status else "library.no_status", lang)


def calls_for_contributions(data: Dataset, lang: str = "fr") -> pd.DataFrame:
    """The open calls for contributions, newest first, each with its coalition's contact:
    ``contact`` as the sheet writes it and ``contact_link`` (http(s) or ``mailto:``, else
    ``""``), besides the library's columns."""
    calls = library(data, lang)
    calls = calls[open_calls(calls).to_numpy()]
    coalitions = data.coalitions
    contacts = dict(zip(coalitions["id"], coalitions["contact"].fillna(""), strict=True))
    contact = calls["coalition"].map(contacts).fillna("").astype(str).str.strip()
    return calls.assign(contact=contact, contact_link=contact.map(safe_link)).reset_index(drop=True)


def library_table(table: pd.DataFrame, lang: str = "fr") -> pd.DataFrame:
    """The library as its table and CSV show it: headers, kinds and statuses in ``lang``,
    days as dates."""
    return pd.DataFrame(
        {
            translate("library.col.date", lang): table["date"].dt.date,
            translate("library.col.title", lang): table["title"],
            translate("library.col.kind", lang): table["kind"].map(
                lambda k: translate(f"deliverable_kind.{k}", lang)
            ),
            translate("library.col.status", lang): table["status"].map(
                lambda s: status_label(s, lang)
            ),
            translate("library.col.coalition", lang): table["coalition_name"],
            translate("library.col.family", lang): table["family"],
            translate("library.col.link", lang): table["url"],
        }
    )
