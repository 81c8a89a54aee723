"""The template workbook: generated from the schema, guiding, readable back, valid as it stands."""

from __future__ import annotations

import io
from datetime import datetime

import pandas as pd
import pytest
from openpyxl import load_workbook

from coalitions.i18n import CATALOGUE, translate
from coalitions.workbook import matching, schema, vocabularies
from coalitions.workbook.dataset import RawWorkbook
from coalitions.workbook.stages import STAGE_WORDS, STAGES
from coalitions.workbook.validation import build_dataset
from data_sources.reading.files import read_xlsx
from data_sources.template import README_TITLE, build_template

LANGS = ("fr", "en")
# What each drop-down's choices must parse as, per value kind.
CHOICE_WORDS = {
    schema.STAGE: STAGE_WORDS,
    schema.ROLE: vocabularies.ROLE_WORDS,
    schema.KIND: vocabularies.EVENT_KIND_WORDS,
    schema.STATUS: vocabularies.STATUS_WORDS,
    schema.DELIVERABLE_KIND: vocabularies.DELIVERABLE_KIND_WORDS,
    schema.BOOL: vocabularies.BOOL_WORDS,
}
CANONICAL = {
    schema.STAGE: {s.number for s in STAGES},
    schema.ROLE: set(schema.ROLES),
    schema.KIND: set(schema.EVENT_KINDS),
    schema.STATUS: set(schema.STATUSES),
    schema.DELIVERABLE_KIND: set(schema.DELIVERABLE_KINDS),
    schema.BOOL: {True, False},
}


@pytest.fixture(scope="module", params=LANGS)
def book(request):
    return request.param, load_workbook(io.BytesIO(build_template(request.param)))


def _headers(sheet) -> list[str]:
    return [c.value for c in sheet[1] if c.value is not None]


def _tabs(wb):
    return zip(schema.TABS, (wb[t] for t in wb.sheetnames[1:]), strict=True)


def _validations(sheet) -> dict[str, object]:
    """Each validation by the first cell of its range (one range per column)."""
    found = {}
    for validation in sheet.data_validations.dataValidation:
        for cells in str(validation.sqref).split():
            first, last = cells.split(":")
            assert first[1:] == "2" and last[1:] == "1001", cells
            found[first[0]] = validation
    return found


def _readme_rows(wb) -> list[tuple]:
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    return [tuple("" if v is None else v for v in row) for row in rows]


def _column_rows(wb, lang: str) -> dict[tuple[str, str], tuple]:
    """The read-me's column table: (tab title, header) -> (required, meaning, example, others)."""
    rows = _readme_rows(wb)
    header = tuple(translate("workbook.readme.header", lang).split("|"))
    start = rows.index(header) + 1
    table = {}
    for row in rows[start:]:
        if not row[0]:
            break
        table[(row[0], row[1])] = row[2:6]
    return table


def test_readme_first_then_one_tab_per_schema_tab(book):
    lang, wb = book
    assert wb.sheetnames[0] == README_TITLE[lang]
    assert matching.match_tab(wb.sheetnames[0]) is None  # the dashboard ignores it
    assert [matching.match_tab(t) for t in wb.sheetnames[1:]] == [t.name for t in schema.TABS]
    readme = "\n".join(str(v) for row in _readme_rows(wb) for v in row)
    for tab in schema.TABS:
        assert tab.name in readme or tab.aliases[0] in readme
        for column in tab.columns:
            assert column.name in readme and all(a in readme for a in column.aliases)


def test_readme_gives_every_column_a_meaning_and_an_example(book):
    lang, wb = book
    table = _column_rows(wb, lang)
    assert len(table) == sum(len(tab.columns) for tab in schema.TABS)
    meanings = set()
    for tab, sheet in _tabs(wb):
        for column, header in zip(tab.columns, _headers(sheet), strict=True):
            required, meaning, example, _ = table[(sheet.title, header)]
            assert required == (translate("yes", lang) if column.required else "")
            # A real sentence from the catalogue, not the key echoed back.
            assert meaning and not meaning.startswith("workbook.") and meaning.endswith((".", "…"))
            assert example, (tab.name, column.name)
            meanings.add(meaning)
    assert len(meanings) > 40  # written for each column, not one text for all


def test_readme_defines_stages_roles_levers_kinds_statuses_and_a_checklist(book):
    lang, wb = book
    rows = _readme_rows(wb)
    defined = {row[0]: row[1] for row in rows if row[0] and row[1] and not row[2]}
    words = {
        "fr": ["Sujet identifié", "Impact", "animateur", "noyau", "partenaire", "intéressé",
               "commande", "offre", "usages", "prévu", "en cours", "fait", "atelier"],
        "en": ["Topic identified", "Impact", "lead", "core", "partner", "interested",
               "demand", "supply", "uses", "planned", "in progress", "done", "workshop"],
    }[lang]  # fmt: skip
    for word in words:
        assert defined.get(word), word
    titles = [row[0] for row in rows]
    checklist = titles.index(translate("workbook.readme.checklist", lang))
    steps = [t for t in titles[checklist + 1 :] if t]
    before, after = ("Avant", "Après") if lang == "fr" else ("Before", "After")
    assert sum(s.startswith(f"☐ {before}") for s in steps) >= 4
    assert sum(s.startswith(f"☐ {after}") for s in steps) >= 3
    # Not « les étapes franchies annoncées » / "the stages reached announced".
    # The catalogue's typographic apostrophe (this said « changements d'étape »).
    stage_step = {
        "fr": "les changements d’étape annoncés pendant la réunion (onglet avancement)",
        "en": "the changes of stage announced during the meeting (progress tab)",
    }
    assert any(stage_step[lang] in s for s in steps)


def test_french_names_for_fr_canonical_for_en(book):
    lang, wb = book
    for tab, sheet in _tabs(wb):
        headers = _headers(sheet)
        if lang == "en":
            assert sheet.title == tab.name
            assert headers == [c.name for c in tab.columns]
        else:
            assert sheet.title == (tab.aliases[0] if tab.aliases else tab.name)
            assert headers == [c.aliases[0] if c.aliases else c.name for c in tab.columns]


def test_every_header_matches_the_schema_required_ones_bold_each_with_its_meaning(book):
    lang, wb = book
    table = _column_rows(wb, lang)
    for tab, sheet in _tabs(wb):
        matched = [matching.match_column(tab.name, h) for h in _headers(sheet)]
        assert matched == [c.name for c in tab.columns]
        assert set(tab.required_columns) <= set(matched)
        for cell, name in zip(sheet[1], matched, strict=True):
            assert bool(cell.font.b) == tab.column(name).required, (sheet.title, name)
            assert cell.comment.text == table[(sheet.title, cell.value)][1]
        assert sheet.freeze_panes == "A2"
        assert all(sheet.column_dimensions[c.column_letter].width >= 12 for c in sheet[1])


def test_example_row_comes_from_the_schema(book):
    lang, wb = book
    coalitions = wb[wb.sheetnames[1]]
    row = {
        c.name: cell.value for c, cell in zip(schema.COALITIONS.columns, coalitions[2], strict=True)
    }
    assert row["id"] == schema.COALITIONS.column("id").example
    assert row["stage"] == ("Lancée" if lang == "fr" else "Launched")
    assert row["launch_date"] == datetime(2021, 5, 19)
    assert row["pilot"] == ("oui" if lang == "fr" else "yes")
    assert row["levers"] == ("offre; usages" if lang == "fr" else "supply; uses")
    events = wb[wb.sheetnames[4]]
    assert events["A2"].value == datetime(2021, 6, 7, 14, 0)
    assert events["D2"].value == row["id"]  # references point at the example coalition
    for tab, sheet in _tabs(wb):
        for position, column in enumerate(tab.columns, start=1):
            if column in schema.AUDIT_COLUMNS:  # filled by the dashboard, blank by hand
                assert sheet.cell(row=2, column=position).value is None


def test_rejecting_drop_down_on_every_vocabulary_column(book):
    lang, wb = book
    for tab, sheet in _tabs(wb):
        found = _validations(sheet)
        for position, column in enumerate(tab.columns, start=1):
            if column.kind not in CHOICE_WORDS:
                continue
            letter = sheet.cell(row=1, column=position).column_letter
            validation = found[letter]
            assert validation.type == "list"
            assert validation.showErrorMessage and validation.errorStyle == "stop"
            assert validation.error and validation.errorTitle
            options = validation.formula1.strip('"').split(",")
            keys = [CHOICE_WORDS[column.kind][schema.fold(o)] for o in options]
            assert set(keys) == CANONICAL[column.kind] and len(keys) == len(options)
            # The example agrees with the list, to the letter.
            example = sheet.cell(row=2, column=position).value
            assert example is None or example in options, (tab.name, column.name, example)
    roles = _validations(wb[wb.sheetnames[3]])["C"].formula1
    assert roles == ('"animateur,noyau,partenaire,intéressé"' if lang == "fr"
                     else '"lead,core,partner,interested"')  # fmt: skip


def test_reference_drop_down_on_every_coalition_column(book):
    lang, wb = book
    coalitions_ids = "'coalitions'!$A$2:$A$1001"
    references = 0
    for tab, sheet in _tabs(wb):
        found = _validations(sheet)
        for position, column in enumerate(tab.columns, start=1):
            letter = sheet.cell(row=1, column=position).column_letter
            if column.kind == schema.REF:
                validation = found[letter]
                assert validation.type == "list" and validation.formula1 == coalitions_ids
                assert validation.showErrorMessage and validation.errorStyle == "stop"
                references += 1
            elif (tab.name, column.name) == ("memberships", "actor"):
                actors = wb.sheetnames[2]
                assert found[letter].formula1 == f"'{actors}'!$A$2:$A$1001"
                assert found[letter].errorStyle == "warning"  # an unlisted actor is allowed
            elif column.kind not in CHOICE_WORDS:
                assert letter not in found, (tab.name, column.name)
    assert references == 5  # memberships, events, progress, deliverables, updates
    assert wb["coalitions"]["A1"].value in ("identifiant", "id")


def test_date_columns_are_formatted_as_dates(book):
    lang, wb = book
    day = "dd/mm/yyyy" if lang == "fr" else "yyyy-mm-dd"
    for tab, sheet in _tabs(wb):
        for position, column in enumerate(tab.columns, start=1):
            if column.kind != schema.DATE:
                continue
            letter = sheet.cell(row=1, column=position).column_letter
            assert sheet.column_dimensions[letter].number_format.startswith(day)
            example = sheet.cell(row=2, column=position)
            if example.value is not None:
                assert example.is_date and example.number_format.startswith(day)


@pytest.mark.parametrize("lang", LANGS)
def test_template_validates_without_findings(lang):
    wb = load_workbook(io.BytesIO(build_template(lang)), data_only=True)
    tabs = {s.title: pd.DataFrame(list(s.iter_rows(values_only=True))) for s in wb.worksheets}
    dataset = build_dataset(RawWorkbook(title="template.xlsx", tabs=tabs))
    assert [(f.tab, f.row, f.code, f.value) for f in dataset.findings] == []
    assert dataset.tabs_present == frozenset(t.name for t in schema.TABS)
    assert list(dataset.coalitions["id"]) == ["envdata"]
    assert len(dataset.memberships) == len(dataset.events) == len(dataset.progress) == 1
    assert dataset.settings == {"reset_day_weekday": "mardi"}


def test_template_reads_through_the_xlsx_reader():
    dataset = build_dataset(read_xlsx(build_template("fr")))
    assert dataset.findings == []
    assert len(dataset.deliverables) == 1


def test_the_english_readme_explains_in_english():
    wb = load_workbook(io.BytesIO(build_template("en")))
    cells = {str(v) for row in _readme_rows(wb) for v in row if v}
    for key, texts in CATALOGUE.items():
        if key.startswith("workbook.") and texts["fr"] != texts["en"]:
            assert not any(line in cells for line in texts["fr"].splitlines()), key
    assert "Maturity stages" in cells and "Before and after each Reset Day" in cells


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="de"):
        build_template("de")


def test_the_lever_finding_names_the_separator_the_template_asks_for():
    """The template says « séparés par des points-virgules »; the finding said « virgules »."""
    for lang, word in (("fr", "points-virgules"), ("en", "semicolons")):
        assert word in translate("workbook.column.coalitions.levers", lang)
        assert word in translate("finding.unknown_lever", lang)


def test_the_readme_sends_a_keeper_to_the_guide_where_they_can_open_it():
    """It named docs/guide-tenir-le-classeur.md, a path in the code a keeper never sees."""
    for lang in ("fr", "en"):
        intro = translate("workbook.readme.intro", lang)
        assert "docs/" not in intro
        assert translate("nav.data_quality", lang) in intro
        assert "Guide" in intro  # the expander « Guide : tenir le classeur… »
        assert translate("quality.guide", lang).startswith("Guide")


def test_the_settings_example_is_one_the_meaning_names(book):
    """The English read-me said "for example Tuesday" beside an example cell « mardi »."""
    lang, wb = book
    rows = _column_rows(wb, lang)
    (meaning,) = [meaning for _, meaning, example, _ in rows.values() if example == "mardi"]
    assert "mardi" in meaning
