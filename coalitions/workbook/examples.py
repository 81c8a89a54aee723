"""Invented example coalitions, marked wherever they are named.

The sheet contract: a coalition whose ``exemple`` cell says « oui » is labelled « exemple »
wherever it appears (pages, charts, CSV downloads, deck, report, e-mail), so a newcomer can
tell the built-in sample's invented coalitions from the real ones. Every output names them
through these helpers: « Nom (exemple) », « Name (example) ».
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from coalitions.i18n import translate


def example_name(name: str, example: bool, lang: str = "fr") -> str:
    """``name``, followed by « (exemple) » when it is an invented example's."""
    return translate("report.name.example", lang, name=name) if example else name


def example_names(coalitions: pd.DataFrame, lang: str = "fr") -> dict[str, str]:
    """Coalition id -> its name as the outputs show it (marked when an invented example)."""
    return {
        cid: example_name(str(name), bool(example), lang)
        for cid, name, example in zip(
            coalitions["id"], coalitions["name"], coalitions["example"], strict=True
        )
    }


def mark_examples(
    table: pd.DataFrame, coalitions: pd.DataFrame, lang: str = "fr", column: str = "name",
    by: str = "coalition", cut: Callable[[str], str] | None = None,
) -> pd.DataFrame:  # fmt: skip
    """``table`` with its ``column`` of coalition names marked where the coalition (id in
    ``by``) is an invented example. ``cut`` shortens an example's name before its mark (give
    it the room left by ``mark_length``), so a label cut later keeps the mark."""
    if table.empty:
        return table
    examples = set(coalitions.loc[coalitions["example"].astype(bool), "id"])
    marked = table[by].isin(examples)
    names = table[column].astype(str)
    mark = (lambda n: example_name(cut(n), True, lang)) if cut else (
        lambda n: example_name(n, True, lang)
    )  # fmt: skip
    return table.assign(**{column: names.where(~marked, names.map(mark))})


def mark_length(lang: str = "fr") -> int:
    """How many characters the mark adds to a name (« (exemple) » and its space)."""
    return len(example_name("", True, lang))
