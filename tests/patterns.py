"""Regular expressions the tests match page text with, safe in Python and in JavaScript.

A pattern handed to Playwright (``has_text=``, ``get_by_text``, ``to_have_text``…) runs in
the browser as a JavaScript ``RegExp`` built from the Python pattern's source, without the
``u`` flag. There ``\\w`` and ``\\b`` know ASCII letters only, so ``\\w+`` matched « novembre »
but not « décembre », « février » or « août »: a test that passed in November failed in three
months of the year. Letters a test expects are spelt out instead (the month names come from
the project's formatting module), and ``js_portable`` names the constructs whose meaning
differs between the two engines, for the test that keeps them out of the browser tests.
"""

from __future__ import annotations

import re

from coalitions.format import month_name

# Constructs a pattern must not use when JavaScript runs it: their meaning differs there.
# \w \W \b \B: ASCII-only in JavaScript, Unicode-aware in Python (str patterns).
# \d \D: Unicode digits in Python, ASCII in JavaScript.
# (?P<…>, (?P=…), inline flags such as (?i) or (?x), \A \Z: Python-only syntax.
_NOT_PORTABLE = re.compile(r"\\[wWbBdDAZ]|\(\?P[<=]|\(\?[aiLmsux]+[):]")


def js_portable(pattern: str) -> list[str]:
    """The constructs of ``pattern`` that JavaScript reads differently (empty: portable)."""
    return _NOT_PORTABLE.findall(pattern)


def _months(lang: str) -> str:
    names = sorted((month_name(month, lang) for month in range(1, 13)), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(name) for name in names) + ")"


# A space as the formatting module writes it: plain, no-break or narrow no-break.
SPACE = "[ \u00a0\u202f]"
_TIME = {
    "fr": f"{SPACE}à{SPACE}[0-9]{{1,2}}{SPACE}h(?:{SPACE}[0-9]{{2}})?",
    "en": f"{SPACE}at{SPACE}[0-9]{{2}}:[0-9]{{2}}",
}


def when_pattern(lang: str = "fr") -> str:
    """A day, and optionally its time, as ``format_datetime`` writes them in ``lang``:
    « 1er août 2026 à 9 h », « 6 décembre 2026 à 18 h 58 », « 6 December 2026 at 18:58 »."""
    first = "(?:er)?" if lang == "fr" else ""
    day = f"[0-9]{{1,2}}{first}{SPACE}{_months(lang)}{SPACE}[0-9]{{4}}"
    return f"{day}(?:{_TIME[lang]})?"
