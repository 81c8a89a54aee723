"""A coalition whose stage can't be read stays on every page, at the unknown stage, with its
members and events (issue 10: no cascade)."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from coalitions.workbook.validation import build_dataset
from data_sources.reading.files import read_csv_folder
from tests.conftest import SAMPLE
from ui.navigation import page_scripts

COALITION = "communs"
NAME = "Communs numériques territoriaux"
EVENTS = ["Atelier des communs", "Restitution des communs"]


def _rewrite(path: Path, change) -> None:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(change(rows))
    path.write_text(out.getvalue(), encoding="utf-8")


def unknown_stage_workbook(folder: Path) -> Path:
    """The sample, where « communs » has an unreadable stage, no history, and is cited by 12
    more rows than in the sample (10 members, 2 events to come)."""
    shutil.copytree(SAMPLE, folder)
    _rewrite(
        folder / "coalitions.csv",
        lambda rows: [[*r[:3], "bientôt", *r[4:]] if r[0] == COALITION else r for r in rows],
    )
    _rewrite(folder / "progress.csv", lambda rows: [r for r in rows if r[1] != COALITION])
    actors = [r[0] for r in csv.reader(io.StringIO((SAMPLE / "actors.csv").read_text("utf-8")))]
    members = (SAMPLE / "memberships.csv").read_text("utf-8")
    taken = {r[1] for r in csv.reader(io.StringIO(members)) if r[0] == COALITION}
    new = [a for a in actors[1:] if a not in taken][:10]
    _rewrite(
        folder / "memberships.csv", lambda rows: rows + [[COALITION, a, "noyau", ""] for a in new]
    )
    _rewrite(
        folder / "events.csv",
        lambda rows: rows
        + [[f"2021-06-2{k}", title, "atelier", COALITION] + [""] * (len(rows[0]) - 4)
           for k, title in enumerate(EVENTS)],
    )  # fmt: skip
    return folder


@pytest.fixture
def workbook(tmp_path):
    return unknown_stage_workbook(tmp_path / "book")


def test_one_finding_for_the_root_cause(workbook):
    data = build_dataset(read_csv_folder(workbook))
    assert [(f.tab, f.column_header, f.value, f.code) for f in data.findings] == [
        ("coalitions", "maturité", "bientôt", "stage_unknown")
    ]
    assert (data.memberships["coalition"] == COALITION).sum() == 12


def test_the_coalition_sheet_shows_its_members_and_events(app, workbook):
    at = app(page="app_pages/coalition.py", data=workbook, query={"coalition": COALITION})
    assert not at.exception
    assert at.header[0].value == NAME
    assert {m.label: m.value for m in at.metric}["Maturité"] == "Étape inconnue"
    actors = next(d.value for d in at.dataframe if "actor" in d.value.columns)
    assert len(actors) == 12
    events = [d.value for d in at.dataframe if "title" in d.value.columns]
    assert [title for table in events for title in table["title"]] == EVENTS


def test_the_maturity_board_has_an_unknown_stage_column(app, workbook):
    at = app(page="app_pages/maturity.py", data=workbook)
    assert not at.exception
    headings = [h.body for h in at.get("html")]
    assert any("Étape inconnue (1)" in body for body in headings)


def test_the_overview_counts_it_at_the_unknown_stage(app, workbook):
    at = app(page="app_pages/overview.py", data=workbook, lang="en")
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Unknown stage"] == "1"


@pytest.mark.parametrize("page", page_scripts())
def test_every_page_renders_it(app, workbook, page):
    at = app(page=page, data=workbook)
    assert not at.exception, page
    assert not at.error, page
