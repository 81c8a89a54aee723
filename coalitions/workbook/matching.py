"""A sheet's tab titles and column headers matched to the contract's canonical names
(``coalitions.workbook.schema``), aliases included, as folded.
"""

from __future__ import annotations

from coalitions.workbook.schema import TABS, fold


def _alias_index(names_and_aliases: list[tuple[str, tuple[str, ...]]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for canonical, aliases in names_and_aliases:
        for alias in (canonical, *aliases):
            index[fold(alias)] = canonical
    return index


_TAB_INDEX = _alias_index([(t.name, t.aliases) for t in TABS])
_COLUMN_INDEX = {t.name: _alias_index([(c.name, c.aliases) for c in t.columns]) for t in TABS}


def match_tab(title: str) -> str | None:
    """The canonical tab a sheet tab title stands for, or None for an unknown tab."""
    return _TAB_INDEX.get(fold(title))


def match_column(tab: str, header: str) -> str | None:
    """The canonical column a header stands for in ``tab``, or None for an unknown column."""
    return _COLUMN_INDEX[tab].get(fold(header))
