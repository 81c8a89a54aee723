"""The date pattern as Playwright runs it: in Chromium's JavaScript, not in Python.

Each month's days, as the formatting module writes them, are put on a blank page and
filtered with ``has_text=`` the way the Google Sheet banner test does. The old pattern
(``\\w+`` for the month) is kept here to show the trap: it misses the accented months.
"""

from __future__ import annotations

import html
import re

import pytest

from bench.harness import new_page
from coalitions.format import LANGUAGES
from tests.patterns import when_pattern
from tests.unit.test_patterns import written_days

pytestmark = pytest.mark.browser

OLD_WHEN = r"\d{1,2}(er)? \w+ \d{4}( à \d{1,2}\s?h(\s?\d{2})?)?"


def matched_in_chromium(chromium, texts: list[str], pattern: re.Pattern) -> list[str]:
    """The texts whose paragraph Playwright's ``has_text=pattern`` finds in Chromium."""
    page = new_page(chromium)
    try:
        paragraphs = "".join(f"<p>{html.escape(text)}</p>" for text in texts)
        page.set_content(f'<html lang="fr"><body>{paragraphs}</body></html>')
        return page.locator("p").filter(has_text=pattern).all_inner_texts()
    finally:
        page.context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_month_matches_in_javascript(chromium, lang):
    texts = written_days(lang)
    pattern = re.compile("^" + when_pattern(lang) + "$")
    matched = matched_in_chromium(chromium, texts, pattern)
    assert len(matched) == len(texts), sorted(set(texts) - set(matched))


def test_the_old_pattern_missed_december_february_and_august_in_javascript(chromium):
    texts = written_days("fr")
    matched = matched_in_chromium(chromium, texts, re.compile("^" + OLD_WHEN + "$"))
    missed = {text.split()[1] for text in texts if text not in matched}
    assert missed == {"décembre", "février", "août"}
