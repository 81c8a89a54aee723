"""The date pattern the browser tests match page text with, over every month of the year.

It failed in December, February and August once (Playwright runs it in JavaScript, where
``\\w`` does not match « é » or « û »): each month is checked here, in both languages, with a
day of one and of two digits and the French « 1er », as ``format_datetime`` writes them.
``tests/browser/test_patterns_in_javascript.py`` runs the same strings in Chromium.
"""

from __future__ import annotations

import ast
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from coalitions.format import LANGUAGES, format_date, format_datetime
from tests.patterns import js_portable, when_pattern

BROWSER_TESTS = Path(__file__).resolve().parents[1] / "browser"
# Keeps the old, ASCII-only pattern on purpose, to show that JavaScript misses the accents.
SHOWS_THE_TRAP = "test_patterns_in_javascript.py"


def written_days(lang: str) -> list[str]:
    """Every month's first, sixth and 25th, with no time, a time on the hour and minutes."""
    texts = []
    for month in range(1, 13):
        for day in (1, 6, 25):
            texts.append(format_date(date(2026, month, day), lang))
            texts.append(format_datetime(datetime(2026, month, day, 9, 0), lang))
            texts.append(format_datetime(datetime(2026, month, day, 18, 58), lang))
    return texts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_pattern_matches_every_month_as_written(lang):
    pattern = re.compile(when_pattern(lang))
    texts = written_days(lang)
    assert len(set(texts)) == 12 * 3 * 3
    assert [text for text in texts if not pattern.fullmatch(text)] == []


def test_the_french_pattern_reads_the_first_of_the_month_and_accents():
    pattern = re.compile(when_pattern("fr"))
    assert pattern.fullmatch("1er août 2026 à 9\u00a0h")
    assert pattern.fullmatch("6 décembre 2026 à 18\u00a0h\u00a058")
    assert pattern.fullmatch("28 février 2027")
    # Not any word: a month name is required, in the page's language.
    assert not pattern.fullmatch("6 December 2026")
    assert not pattern.fullmatch("6 mardi 2026")
    assert not re.compile(when_pattern("en")).fullmatch("6 décembre 2026")


def test_js_portable_names_what_javascript_reads_differently():
    assert js_portable(r"\d{1,2} \w+ \d{4}") == [r"\d", r"\w", r"\d"]
    assert js_portable(r"(?i)x\b") == ["(?i)", r"\b"]
    assert js_portable(r"(?P<day>[0-9]+)") == ["(?P<"]
    assert js_portable(r"^[0-9]+ / [0-9]+$\s") == []
    assert all(not js_portable(when_pattern(lang)) for lang in LANGUAGES)


# Playwright's calls that take a text or a pattern to match (locators and assertions).
PLAYWRIGHT_TEXT = frozenset(
    {
        "filter", "locator", "get_by_text", "get_by_label", "get_by_placeholder",
        "get_by_title", "get_by_alt_text", "get_by_role", "get_by_test_id",
        "to_have_text", "to_contain_text", "to_have_title", "to_have_url",
        "to_have_attribute", "to_have_accessible_name", "to_have_accessible_description",
        "to_have_value", "to_have_class", "wait_for_url", "expect_response", "route",
    }
)  # fmt: skip


def _playwright_fragments(tree: ast.Module) -> list[str]:
    """The literal text of every ``re.compile(...)`` pattern a module hands to Playwright:
    inline in a locator's or an assertion's arguments, or through a module-level name (its
    constants, f-string parts, and those of the names it is built from)."""
    assigned = {
        target.id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }

    def constants(expr: ast.AST, seen: frozenset[str]) -> list[str]:
        found = []
        for part in ast.walk(expr):
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                found.append(part.value)
            elif isinstance(part, ast.Name) and part.id in assigned and part.id not in seen:
                found += constants(assigned[part.id], seen | {part.id})
        return found

    def patterns(expr: ast.AST, seen: frozenset[str] = frozenset()) -> list[str]:
        found = []
        for part in ast.walk(expr):
            if (
                isinstance(part, ast.Call)
                and isinstance(part.func, ast.Attribute)
                and part.func.attr == "compile"
                and isinstance(part.func.value, ast.Name)
                and part.func.value.id == "re"
                and part.args
            ):
                found += constants(part.args[0], seen)
            elif isinstance(part, ast.Name) and part.id in assigned and part.id not in seen:
                found += patterns(assigned[part.id], seen | {part.id})
        return found

    return [
        fragment
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in PLAYWRIGHT_TEXT
        for argument in [*node.args, *(keyword.value for keyword in node.keywords)]
        for fragment in patterns(argument)
    ]


def test_patterns_handed_to_playwright_read_alike_in_javascript():
    """No pattern a browser test hands to Playwright may use \\w, \\d, \\b or Python-only
    syntax: Playwright runs it in JavaScript. (A pattern searched in Python is not concerned.)"""
    files = [path for path in sorted(BROWSER_TESTS.glob("*.py")) if path.name != SHOWS_THE_TRAP]
    assert len(files) > 10
    found = {
        path.name: bad
        for path in files
        if (
            bad := [
                c
                for f in _playwright_fragments(ast.parse(path.read_text()))
                for c in js_portable(f)
            ]
        )
    }
    assert found == {}


def test_the_sweep_finds_the_patterns_that_failed_in_december():
    """The check above, on the two browser tests as they were before the fix."""
    banner = (
        'WHEN = r"\\d{1,2}(er)? \\w+ \\d{4}"\n'
        'BANNER = re.compile(r"enregistrée le " + WHEN)\n'
        "def test(tab):\n"
        "    tab.page.locator('x').filter(has_text=BANNER)\n"
    )
    counter = 'def test(tab):\n    tab.page.get_by_text(re.compile(r"^\\d+ / \\d+$"))\n'
    python_only = (
        'WORD = re.compile(r"[^\\W\\d_]{3,}")\ndef words(t):\n    return WORD.findall(t)\n'
    )
    assert sorted(_playwright_fragments(ast.parse(banner))) == [
        r"\d{1,2}(er)? \w+ \d{4}",
        "enregistrée le ",
    ]
    assert [js_portable(f) for f in _playwright_fragments(ast.parse(counter))] == [[r"\d", r"\d"]]
    assert _playwright_fragments(ast.parse(python_only)) == []
