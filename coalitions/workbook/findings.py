"""A finding of the workbook's validation, and how it names places in the sheet's own words.

A finding renders itself (``Finding.message``) with nothing but the schema and the catalogue:
the tab and the column as the workbook writes them, else as the template does. The dataset
holds findings; ``coalitions.workbook.quality`` lays them out for the outputs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coalitions.i18n import translate
from coalitions.workbook.schema import TABS_BY_NAME

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem found in the workbook.

    ``tab`` and ``column`` are canonical names (for filters and tests); ``tab_title`` and
    ``column_header`` are the same as the workbook writes them (None when the workbook lacks
    them: a missing tab or column). ``row`` is the sheet's row number. ``code`` is a catalogue
    key (``finding.<code>``) and ``params`` its placeholders, so the message can be shown in
    either language. ``dependants`` are the rows that share this finding's fate without a
    finding of their own: ``(tab, tab title, row)`` of each row citing a coalition set aside.
    """

    severity: str
    tab: str
    row: int | None
    column: str | None
    value: str
    code: str
    params: tuple[tuple[str, str], ...] = ()
    tab_title: str | None = None
    column_header: str | None = None
    dependants: tuple[tuple[str, str, int], ...] = ()

    def message(self, lang: str = "fr") -> str:
        """The plain-language message in ``lang``, naming tabs and columns as the workbook
        writes them (as the template does when the workbook lacks them)."""
        params = dict(self.params)
        tab = params.get("tab", self.tab)
        if "column" in params:
            same = params["column"] == self.column and tab == self.tab and self.column_header
            header = self.column_header if same else column_label(tab, params["column"], lang)
            params["column"] = quoted(header, lang)
        if "tab" in params:
            same = params["tab"] == self.tab and self.tab_title
            params["tab"] = quoted(self.tab_title if same else tab_label(params["tab"], lang), lang)
        for key in [k for k in params if k.endswith("_title")]:
            params[key] = quoted(params[key], lang)  # another tab, named as the workbook does
        text = translate(f"finding.{self.code}", lang, **params)
        return f"{text} {cited_text(self.dependants, lang)}" if self.dependants else text


def tab_label(tab: str, lang: str = "fr") -> str:
    """A tab as the template names it: its French name, or the English one."""
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


def quoted(text: str, lang: str = "fr") -> str:
    """``text`` in the language's quotation marks: « text » (no-break spaces) or “text”."""
    return f"«\u00a0{text}\u00a0»" if lang != "en" else f"“{text}”"


def tab_title(finding: Finding, lang: str = "fr") -> str:
    """The finding's tab as the workbook writes it (as the template does if it is missing)."""
    return finding.tab_title or tab_label(finding.tab, lang)


def column_title(finding: Finding, lang: str = "fr") -> str:
    """The finding's column as the workbook writes it (the template's header if the workbook
    lacks it); ``""`` for a finding about a whole row or tab."""
    if not finding.column:
        return ""
    return finding.column_header or column_label(finding.tab, finding.column, lang)


def cited_text(dependants: Iterable[tuple[str, str, int]], lang: str = "fr") -> str:
    """The sentence summing up the rows that cite a coalition set aside, with their tabs."""
    dependants = list(dependants)
    titles = dict.fromkeys(title for _tab, title, _row in dependants)
    tabs = ", ".join(quoted(title, lang) for title in titles)
    return translate("finding.cited.rows", lang, count=len(dependants), tabs=tabs)
