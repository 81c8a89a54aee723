"""Summaries of the validation findings for the data-quality page."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from coalitions.schema import TABS

_TAB_ORDER = [t.name for t in TABS]


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
