"""Findings in the sheet's own words: where each is and what it says, for every output.

The data-quality page, the command line and the report all name a finding's place the same
way: the tab and the column as the workbook writes them (« Membres », « Maturité »), the
sheet's row number, then the severity and the message in one language (``describe``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pandas as pd

from coalitions.escape import escape_text
from coalitions.i18n import translate
from coalitions.workbook.findings import Finding, column_title, quoted, tab_title
from coalitions.workbook.schema import TABS

_TAB_ORDER = [t.name for t in TABS]
# A cell's value is quoted in a one-line message: a long paragraph would drown the message.
VALUE_CHARS = 80


def severity_label(severity: str, lang: str = "fr") -> str:
    """« erreur » / « avertissement », or "error" / "warning"."""
    return translate(f"quality.severity.{severity}", lang)


def _plain(text: str) -> str:
    return escape_text(text, "plain")


def place(finding: Finding, lang: str = "fr", esc: Callable[[str], str] = _plain) -> str:
    """Where the finding is: « onglet « Membres », ligne 12, colonne « Maturité » ».

    ``esc`` escapes the sheet's own text (titles and headers) for where it is going."""
    parts = [translate("finding.place.tab", lang, tab=quoted(esc(tab_title(finding, lang)), lang))]
    if finding.row is not None:
        parts.append(translate("finding.place.row", lang, row=finding.row))
    if finding.column:
        header = quoted(esc(column_title(finding, lang)), lang)
        parts.append(translate("finding.place.column", lang, column=header))
    return ", ".join(parts)


def describe(finding: Finding, lang: str = "fr", esc: Callable[[str], str] = _plain) -> str:
    """One line for a finding, the same in every output: severity, place, value, message.

    ``Erreur · onglet « Membres », ligne 12, colonne « Coalition » · valeur « envdta » ·
    Coalition inconnue : …``. ``esc`` escapes sheet text (titles, headers, the value and the
    message, which may quote sheet text) for where the line goes; the default only removes
    control characters, for a terminal or a plain-text e-mail.
    """
    parts = [severity_label(finding.severity, lang).capitalize(), place(finding, lang, esc)]
    if finding.value:
        value = escape_text(finding.value, "plain", max_length=VALUE_CHARS)
        parts.append(translate("finding.place.value", lang, value=quoted(esc(value), lang)))
    parts.append(esc(finding.message(lang)))
    return " · ".join(parts)


def label_findings(findings: pd.DataFrame) -> pd.DataFrame:
    """The findings table for display: tab and column as the workbook writes them."""
    return findings.assign(tab=findings["tab_title"], column=findings["column_header"]).drop(
        columns=["tab_title", "column_header"]
    )


def count_findings(findings: pd.DataFrame) -> pd.DataFrame:
    """Errors and warnings per tab (columns: tab, tab_title, error, warning), in the workbook's
    tab order; ``tab_title`` is the tab as the workbook writes it."""
    counts = (
        findings.groupby(["tab", "severity"]).size().unstack(fill_value=0)
        .reindex(columns=["error", "warning"], fill_value=0)
    )  # fmt: skip
    order = {tab: i for i, tab in enumerate(_TAB_ORDER)}
    counts = counts.loc[sorted(counts.index, key=lambda tab: order.get(tab, len(order)))]
    counts = counts.reset_index().rename_axis(columns=None)
    titles = findings.drop_duplicates("tab").set_index("tab")["tab_title"]
    counts.insert(1, "tab_title", counts["tab"].map(titles))
    return counts


def filter_findings(
    findings: pd.DataFrame, severities: Iterable[str], tabs: Iterable[str]
) -> pd.DataFrame:
    """Findings of the chosen severities and tabs (no tab chosen means every tab)."""
    tabs = list(tabs)
    keep = findings["severity"].isin(list(severities))
    if tabs:
        keep &= findings["tab"].isin(tabs)
    return findings[keep].reset_index(drop=True)
