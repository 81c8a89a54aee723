"""Summaries of the validation findings for the data-quality page."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from coalitions.schema import TABS, TABS_BY_NAME

_TAB_ORDER = [t.name for t in TABS]


def tab_label(tab: str, lang: str = "fr") -> str:
    """A tab as the people keeping the sheet call it: its French name, or the English one."""
    known = TABS_BY_NAME.get(tab)
    if known is None or lang == "en" or not known.aliases:
        return tab
    return known.aliases[0]


def column_label(tab: str, column: str, lang: str = "fr") -> str:
    """A column's header as the template writes it: French alias first, else its name."""
    known = TABS_BY_NAME.get(tab)
    if known is None or lang == "en":
        return column
    match = [c for c in known.columns if c.name == column]
    return match[0].aliases[0] if match and match[0].aliases else column


def label_findings(findings: pd.DataFrame, lang: str = "fr") -> pd.DataFrame:
    """Findings with their tab and column named as in the workbook, for display."""
    return findings.assign(
        tab=findings["tab"].map(lambda tab: tab_label(tab, lang)),
        column=[column_label(tab, col, lang) if col else "" for tab, col in
                zip(findings["tab"], findings["column"], strict=True)],
    )  # fmt: skip


def count_findings(findings: pd.DataFrame) -> pd.DataFrame:
    """Errors and warnings per tab (columns: tab, error, warning), in the workbook's tab order."""
    counts = (
        findings.groupby(["tab", "severity"]).size().unstack(fill_value=0)
        .reindex(columns=["error", "warning"], fill_value=0)
    )  # fmt: skip
    order = {tab: i for i, tab in enumerate(_TAB_ORDER)}
    counts = counts.loc[sorted(counts.index, key=lambda tab: order.get(tab, len(order)))]
    return counts.reset_index().rename_axis(columns=None)


def filter_findings(
    findings: pd.DataFrame, severities: Iterable[str], tabs: Iterable[str]
) -> pd.DataFrame:
    """Findings of the chosen severities and tabs (no tab chosen means every tab)."""
    tabs = list(tabs)
    keep = findings["severity"].isin(list(severities))
    if tabs:
        keep &= findings["tab"].isin(tabs)
    return findings[keep].reset_index(drop=True)
