"""The sheet's text as the report's sentences carry it: cleaned of control characters
(``cleaned``), marked with the sheet's language in a report in another one (``marked``; the
writers drop the marks with ``unmarked`` or make them spans), made a sentence
(``as_sentence``), and compared with what the section already said (``repeats``).
"""

from __future__ import annotations

import re

from coalitions.escape import escape_text
from coalitions.format import apostrophes, typography
from coalitions.workbook.schema import fold


def cleaned(value: object) -> str:
    """Sheet text, cleaned of control and bidi-override characters."""
    return escape_text(value, "plain").strip()


# The workbook is written in French (the community's language, sheet-contract.md): in a report
# in another language, its text is marked so the HTML outputs say « lang="fr" » around it and
# a screen reader reads it in French. The marks are private-use characters the sheet's text
# never holds (``escape_text`` would keep them, so they are taken out of it first); the
# writers turn them into a span (HTML) or drop them (``unmarked``).
SHEET_LANGUAGE = "fr"
SHEET_OPEN, SHEET_CLOSE = "\ue000", "\ue001"
MARKS = str.maketrans("", "", SHEET_OPEN + SHEET_CLOSE)


def sheet_apostrophes(text: str) -> str:
    """The sheet's text with the typographic apostrophes of its language (« l’offre »), as a
    report sets it in any language: what a line of another language does to the sheet's
    words it quotes (« Deliverable planned: parcours d’engagement »)."""
    return apostrophes(text, SHEET_LANGUAGE)


def marked(text: str, lang: str) -> str:
    """Sheet text marked as the sheet's language when the report is in another one."""
    text = text.translate(MARKS)
    if not text or lang == SHEET_LANGUAGE:
        return text
    # The sheet's French is edited as in a French report: « l’offre », « terrains de jeux »
    # held together by their no-break spaces.
    edited = sheet_apostrophes(typography(text, SHEET_LANGUAGE))
    return f"{SHEET_OPEN}{edited}{SHEET_CLOSE}"


def unmarked(text: str) -> str:
    """Text without the sheet-language marks (every output but HTML)."""
    return text.translate(MARKS)


def _stems(text: str) -> set[str]:
    """The words that carry a text's meaning, cut to their stem (« ministère » and
    « ministérielle » alike): words of four letters or more, and numbers."""
    return {w[:5] for w in re.findall(r"\w+", fold(text)) if len(w) >= 4 or w.isdigit()}


def repeats(text: str, said: str, share: float) -> bool:
    """Whether at least ``share`` of ``text``'s meaning words are already in ``said``."""
    stems = _stems(text)
    return bool(stems) and len(stems & _stems(said)) >= share * len(stems)


def as_sentence(text: str) -> str:
    """Sheet text as a sentence of a paragraph: ending in a full stop unless it has one."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."
