"""docs/workbook.md states the contract of coalitions.workbook.schema: checked here so it cannot
drift.

Every tab, column, alias and required flag of ``schema.TABS``, every stage label, every
accepted vocabulary spelling and the settings keys with their defaults must be documented, and
the rules of time of ``coalitions.history.timeline`` each have their paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coalitions.history import timeline
from coalitions.history.changes import DEFAULT_STALE_MONTHS
from coalitions.history.resetdays import Recurrence, recurrence_from_settings
from coalitions.i18n import translate
from coalitions.report.meeting import Budget, meeting_budget
from coalitions.workbook import schema, vocabularies
from coalitions.workbook.stages import STAGES
from data_sources.template import column_header, tab_title

DOC = Path(__file__).resolve().parents[2] / "docs" / "workbook.md"
SETTINGS_KEYS = (
    "reset_day_weekday",
    "reset_day_week",
    "reset_day_anchor_number",
    "reset_day_anchor_date",
    "reset_day_skip_months",
    "stale_months",
    "report_recipients",
    "report_sender_name",
    "report_sender_email",
    "report_sender_role",
    "report_greeting",
    "report_signoff",
    "report_about",
    "reference_date",
    "meeting_minutes_per_coalition",
    "meeting_minutes",
)


@pytest.fixture(scope="module")
def text() -> str:
    return DOC.read_text(encoding="utf-8")


def _sections(text: str) -> dict[str, str]:
    """Level-3 sections by heading; a heading's last backticked name is the tab it documents
    (``### `membres` (`memberships`)``: French name first, English second), the heading
    itself kept at the start of the body."""
    parts = re.split(r"^### (.+)$", text, flags=re.MULTILINE)
    sections = {}
    for heading, body in zip(parts[1::2], parts[2::2], strict=True):
        names = re.findall(r"`([^`]+)`", heading)
        sections[names[-1] if names else heading.strip()] = heading + "\n" + body
    return sections


def _rows(body: str) -> dict[str, list[str]]:
    """Table rows keyed by their first cell's backticked name, cells stripped."""
    rows = {}
    for line in body.splitlines():
        match = re.match(r"^\| `([^`]+)` \|(.*)\|$", line)
        if match:
            rows[match.group(1)] = [cell.strip() for cell in match.group(2).split("|")]
    return rows


def _columns(body: str) -> dict[str, list[str]]:
    """A tab's column rows keyed by English name: [French name, other names, required, ...]."""
    columns = {}
    for french, cells in _rows(body).items():
        english = _backticked(cells[0])
        if len(english) == 1:
            columns[english.pop()] = [french, *cells[1:]]
    return columns


def _backticked(cell: str) -> set[str]:
    return set(re.findall(r"`([^`]+)`", cell))


@pytest.mark.parametrize("tab", schema.TABS, ids=lambda t: t.name)
def test_every_tab_has_its_section_with_aliases(text, tab):
    sections = _sections(text)
    assert tab.name in sections, f"no section '### `{tab.name}`'"
    intro = sections[tab.name].split("\n|", 1)[0]
    assert _backticked(intro) >= set(tab.aliases)


@pytest.mark.parametrize("tab", schema.TABS, ids=lambda t: t.name)
def test_every_column_french_name_first_then_english_and_required_flag(text, tab):
    rows = _columns(_sections(text)[tab.name])
    for column in tab.columns:
        assert column.name in rows, f"{tab.name}.{column.name} not documented"
        french, others, required = rows[column.name][:3]
        assert french == column_header(column, "fr"), (tab.name, column.name)
        assert {french} | _backticked(others) == set(column.aliases) | (
            {column.name} if not column.aliases else set()
        ), (tab.name, column.name)
        assert required == ("oui" if column.required else ""), (tab.name, column.name)
    documented = set(rows) - {c.name for c in tab.columns}
    assert not documented, f"documented but not in the schema: {documented}"


@pytest.mark.parametrize("tab", schema.TABS, ids=lambda t: t.name)
def test_every_tab_heading_french_name_first(text, tab):
    assert f"### `{tab_title(tab, 'fr')}`" in text


def test_every_stage_label_in_both_languages(text):
    for stage in STAGES:
        row = re.search(rf"^\| {stage.number} \| (.+?) \| (.+?) \|", text, flags=re.MULTILINE)
        assert row, f"stage {stage.number} missing"
        assert (row.group(1), row.group(2)) == (stage.fr, stage.en)


@pytest.mark.parametrize(
    "words",
    [
        vocabularies.LEVER_WORDS,
        vocabularies.ROLE_WORDS,
        vocabularies.EVENT_KIND_WORDS,
        vocabularies.STATUS_WORDS,
        vocabularies.DELIVERABLE_KIND_WORDS,
        vocabularies.ACTOR_TYPE_WORDS,
        vocabularies.BOOL_WORDS,
        {v: v for v in vocabularies.ERROR_VALUES},
    ],
    ids=[
        "levers",
        "roles",
        "kinds",
        "statuses",
        "deliverable_kinds",
        "actor_types",
        "bools",
        "error_values",
    ],
)
def test_every_accepted_spelling_is_documented(text, words):
    documented = {schema.fold(w) for w in _backticked(text)}
    missing = {w for w in words if schema.fold(w) not in documented}
    assert not missing


def test_settings_keys_and_their_defaults(text):
    section = text.split("\n## Paramètres", 1)[1].split("\n## ", 1)[0]
    rows = _rows(section)
    assert set(SETTINGS_KEYS) <= set(rows)
    defaults = {key: (_backticked(cells[0]) or {""}).pop() for key, cells in rows.items()}
    # The documented defaults, fed back as settings, give the code's defaults.
    recurrence_keys = {k: v for k, v in defaults.items() if k.startswith("reset_day_")}
    assert recurrence_from_settings(recurrence_keys) == Recurrence()
    assert rows["reset_day_skip_months"][0] == "aucun"
    assert int(defaults["stale_months"]) == DEFAULT_STALE_MONTHS
    # The letter's defaults, as the catalogue writes them.
    for key, name in (("greeting", "greeting"), ("signoff", "signoff"), ("sender_name", "team"),
                      ("about", "about")):  # fmt: skip
        assert f"« {translate('report.letter.' + name, 'fr')} »" in rows[f"report_{key}"][0]
    assert meeting_budget(defaults) == Budget()


def test_the_tools_named_in_the_docs_exist(text):
    root = DOC.parents[1]
    assert "reset-coalitions template" in text and "reset-coalitions validate" in text
    assert (root / "reset_cli" / "template.py").exists()
    assert (root / "reset_cli" / "validate.py").exists()
    assert (root / "data_sources" / "sample" / "coalitions.csv").exists()


def test_the_rules_of_time_are_those_of_the_timeline(text):
    """Each rule of ``coalitions.history.timeline``'s docstring (``- *key*: ...``) has its paragraph
    in the « as of a date » section, named by the same key (``(*key*)``), and no other."""
    rules = set(re.findall(r"^- \*([a-z ]+)\*:", timeline.__doc__, re.M))
    section = text.split("## Revoir une date passée")[1].split("\n", 1)[1].split("\n## ")[0]
    documented = set(re.findall(r"\(\*([a-z ]+)\*\)", section))
    assert len(rules) == 6
    assert documented == rules
