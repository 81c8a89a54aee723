"""docs/guide-tenir-le-classeur.md: the keepers' guide covers every finding, every tab, and
reads as French written by hand."""

from __future__ import annotations

import re

import pytest

from coalitions.i18n.findings import MESSAGES as FINDINGS
from coalitions.workbook import schema
from data_sources.template import tab_title
from ui.guide import GUIDE

CODES = {key.removeprefix("finding.") for key in FINDINGS if key.count(".") == 1}


@pytest.fixture(scope="module")
def text() -> str:
    return GUIDE.read_text(encoding="utf-8")


def _section(text: str, heading: str) -> str:
    return text.split(f"\n## {heading}", 1)[1].split("\n## ", 1)[0]


def test_every_finding_has_its_line(text):
    section = _section(text, "Ce que veut dire chaque message")
    explained = set(re.findall(r"`\[([a-z_]+)\]`", section))
    missing = CODES - explained
    assert not missing, f"add a line to {GUIDE.name} for: {sorted(missing)}"
    assert not explained - CODES, "the guide explains findings the validator no longer gives"
    for line in re.split(r"\n- ", section)[1:]:
        assert line.startswith("**") and "\u00a0:" in line  # what it says, then what to do


def test_every_tab_is_explained_under_its_template_name(text):
    section = _section(text, "À quoi sert chaque onglet")
    for tab in schema.TABS:
        assert f"- **{tab_title(tab, 'fr')}**" in section, tab.name


def test_the_how_tos_a_keeper_needs(text):
    headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    for needed in ("Ajouter une coalition", "Noter un changement d'étape", "Publier des nouvelles",
                   "Avant et après chaque Reset Day"):  # fmt: skip
        assert needed in headings
    stage_change = _section(text, "Noter un changement d'étape")
    assert "avancement" in stage_change and "la plus récente l'emporte" in stage_change
    assert "reset-coalitions validate" in text and "python -m" not in text


def test_french_typography_outside_code(text):
    prose = re.sub(r"`[^`]*`", "", text)
    assert not re.search(r" [:;!?»]|« ", prose)  # no-break spaces, never plain ones
    assert "(s)" not in prose
    assert "<" not in prose  # plain Markdown: rendered as is on the data-quality page
