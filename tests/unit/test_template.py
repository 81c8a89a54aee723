"""The template workbook: generated from the schema, readable back, valid as it stands."""

from __future__ import annotations

import io
from datetime import datetime

import pandas as pd
import pytest
from openpyxl import load_workbook

from coalitions import schema
from coalitions.dataset import RawWorkbook
from coalitions.stages import STAGE_WORDS
from coalitions.validation import build_dataset
from data_sources.files import read_xlsx
from data_sources.template import README_TITLE, build_template

LANGS = ("fr", "en")
# What each drop-down's choices must parse as, per value kind.
CHOICE_WORDS = {
    schema.STAGE: STAGE_WORDS,
    schema.ROLE: schema.ROLE_WORDS,
    schema.KIND: schema.EVENT_KIND_WORDS,
    schema.STATUS: schema.STATUS_WORDS,
    schema.BOOL: schema.BOOL_WORDS,
}


@pytest.fixture(scope="module", params=LANGS)
def book(request):
    return request.param, load_workbook(io.BytesIO(build_template(request.param)))


def _headers(sheet) -> list[str]:
    return [c.value for c in sheet[1] if c.value is not None]


def test_readme_first_then_one_tab_per_schema_tab(book):
    lang, wb = book
    assert wb.sheetnames[0] == README_TITLE[lang]
    assert schema.match_tab(wb.sheetnames[0]) is None  # the dashboard ignores it
    assert [schema.match_tab(t) for t in wb.sheetnames[1:]] == [t.name for t in schema.TABS]
    readme = "\n".join(str(v) for row in wb.worksheets[0].iter_rows(values_only=True) for v in row)
    for tab in schema.TABS:
        assert tab.name in readme or tab.aliases[0] in readme
        for column in tab.columns:
            assert column.name in readme and all(a in readme for a in column.aliases)


def test_french_names_for_fr_canonical_for_en(book):
    lang, wb = book
    for tab, title in zip(schema.TABS, wb.sheetnames[1:], strict=True):
        headers = _headers(wb[title])
        if lang == "en":
            assert title == tab.name
            assert headers == [c.name for c in tab.columns]
        else:
            assert title == (tab.aliases[0] if tab.aliases else tab.name)
            assert headers == [c.aliases[0] if c.aliases else c.name for c in tab.columns]


def test_every_header_matches_the_schema_and_required_ones_are_bold(book):
    _, wb = book
    for tab, title in zip(schema.TABS, wb.sheetnames[1:], strict=True):
        sheet = wb[title]
        matched = [schema.match_column(tab.name, h) for h in _headers(sheet)]
        assert matched == [c.name for c in tab.columns]
        assert set(tab.required_columns) <= set(matched)
        for cell, name in zip(sheet[1], matched, strict=True):
            assert bool(cell.font.b) == tab.column(name).required, (title, name)
        assert sheet.freeze_panes == "A2"
        assert all(sheet.column_dimensions[c.column_letter].width >= 12 for c in sheet[1])


def test_example_row_comes_from_the_schema(book):
    lang, wb = book
    coalitions = wb[wb.sheetnames[1]]
    row = {
        c.name: cell.value for c, cell in zip(schema.COALITIONS.columns, coalitions[2], strict=True)
    }
    assert row["id"] == schema.COALITIONS.column("id").example
    assert row["stage"] == 3
    assert row["launch_date"] == datetime(2021, 5, 19)
    assert row["pilot"] == ("oui" if lang == "fr" else "yes")
    assert row["levers"] == ("offre; usages" if lang == "fr" else "supply; uses")
    events = wb[wb.sheetnames[4]]
    assert events["A2"].value == datetime(2021, 6, 7, 14, 0)
    assert events["D2"].value == row["id"]  # references point at the example coalition


def test_drop_down_lists_for_vocabulary_columns(book):
    lang, wb = book
    for tab, title in zip(schema.TABS, wb.sheetnames[1:], strict=True):
        sheet = wb[title]
        lists = {}
        for validation in sheet.data_validations.dataValidation:
            assert validation.type == "list"
            options = validation.formula1.strip('"').split(",")
            for cells in str(validation.sqref).split():
                lists[cells.split(":")[0]] = options
        expected = {}
        for position, column in enumerate(tab.columns, start=1):
            if column.kind in CHOICE_WORDS:
                expected[sheet.cell(row=2, column=position).coordinate] = column.kind
        assert set(lists) == set(expected), title
        for start, kind in expected.items():
            options = lists[start]
            assert options, (title, start)
            keys = {CHOICE_WORDS[kind][schema.fold(o)] for o in options}
            # Every canonical value is offered exactly once.
            assert len(keys) == len(options)
            if kind == schema.STAGE:
                assert keys == set(range(6))
    roles = wb[wb.sheetnames[3]].data_validations.dataValidation[0].formula1
    assert ("Animateur" if lang == "fr" else "Lead") in roles


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


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="de"):
        build_template("de")
