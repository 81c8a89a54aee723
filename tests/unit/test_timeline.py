"""One answer to « what was true on day D »: the timeline's rules, and the issue's case read
through the report, the deck and the command line (the page at ``?au=`` is checked in
tests/app/test_timeline_views.py).

The case: a copy of the sample whose coalitions tab says ``achat`` is at stage 3 (Lancée),
``mis à jour`` 2021-05-10, while its last progress row (2021-04-13) says Noyau d'acteurs; and
a deliverable of ``achat`` entered « prévu » on 2021-04-01, « en cours » on 2021-05-01, made
« fait » on 2021-05-20.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from coalitions.history.resetdays import ResetDay
from coalitions.history.timeline import as_of, deliverables_on
from coalitions.report import build_report
from coalitions.report.deck import build_slides, slide_html
from coalitions.workbook.dataset import RawWorkbook
from coalitions.workbook.validation import build_dataset
from data_sources.reading.loader import SAMPLE_DIR, SourceSpec, load_local

ROOT = Path(__file__).resolve().parents[2]
RD13, RD14 = ResetDay(13, date(2021, 4, 20)), ResetDay(14, date(2021, 5, 18))
TODAY = date(2021, 5, 21)  # the sample's reference_date
GUIDE = "charte des achats responsables"


def _rewrite(path: Path, edit) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows = edit(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


def issue_case(folder: Path) -> Path:
    """The sample with the issue's achat row and three-state deliverable (see docstring)."""
    shutil.copytree(SAMPLE_DIR, folder)

    def coalitions(rows):
        header = rows[0]
        for row in rows[1:]:
            if row[0] == "achat":
                row[header.index("maturité")] = "3"
                row[header.index("mis à jour")] = "2021-05-10"
        return rows

    def deliverables(rows):
        rows = [[*row, ""] for row in rows]
        rows[0][-1] = "saisi le"
        # Each cell under its header, whatever other columns the sample has (type, lien).
        where = [rows[0].index(h) for h in ("coalition", "livrable", "statut", "date", "saisi le")]

        def row(*cells):
            placed = [""] * len(rows[0])
            for at, cell in zip(where, cells, strict=True):
                placed[at] = cell
            return placed

        rows += [
            row("achat", GUIDE, "prévu", "2021-09-30", "2021-04-01"),
            row("achat", GUIDE, "en cours", "2021-09-30", "2021-05-01"),
            row("achat", GUIDE, "fait", "2021-05-20", ""),
        ]
        return rows

    _rewrite(folder / "coalitions.csv", coalitions)
    _rewrite(folder / "deliverables.csv", deliverables)
    return folder


@pytest.fixture(scope="module")
def case_folder(tmp_path_factory) -> Path:
    return issue_case(tmp_path_factory.mktemp("case") / "sample")


@pytest.fixture(scope="module")
def case(case_folder):
    return load_local(SourceSpec("csv", str(case_folder)))


def _section(report, cid):
    return next(s for s in report.sections if s.id == cid)


def _guide(entries) -> list[str]:
    return [e.kind for e in entries if e.title == GUIDE]


def test_achat_is_launched_on_reset_day_14_in_the_report_and_the_deck(case):
    report = build_report(case, RD14)
    assert _section(report, "achat").stage == 3
    slides = build_slides(report, only=["achat"])
    slide = next(s for s in slides if s.section is not None)
    page = slide_html(report, slide)
    current = page.split("rs-current")[1]
    assert "Lancée" in current.split("</li>")[0]


def test_achat_still_had_its_core_group_on_reset_day_13(case):
    assert _section(build_report(case, RD13), "achat").stage == 2
    assert _section(build_report(case, RD14), "achat").stage == 3


def test_the_dashboard_cut_agrees_with_the_report(case):
    for day in (RD13.date, RD14.date):
        shown = as_of(case, day).coalitions.set_index("id")["stage"]
        report = build_report(case, ResetDay(0, day))
        assert {s.id: s.stage for s in report.sections} == shown.to_dict()


def test_a_deliverable_reads_as_its_history_says(case):
    assert _guide(_section(build_report(case, RD13), "achat").planned) == ["planned"]
    assert _guide(_section(build_report(case, RD14), "achat").planned) == ["in_progress"]
    today = case.deliverables.set_index("title")
    assert today.loc[GUIDE, "status"] == "done"
    on = as_of(case, TODAY).deliverables.set_index("title")
    assert on.loc[GUIDE, "status"] == "done"


def test_the_command_line_report_says_the_same(case_folder, tmp_path):
    out = tmp_path / "rd14.md"
    subprocess.run(
        [sys.executable, "-m", "reset_cli", "report", "--date", "2021-05-18", "--format", "md",
         "--out", str(out), "--data", str(case_folder)],
        check=True, cwd=ROOT, capture_output=True,
    )  # fmt: skip
    text = out.read_text(encoding="utf-8")
    achat = text.split("Pour un achat public")[1].split("\n## ")[0]
    assert "**Étape** : Lancée" in achat.replace("\u00a0", " ")
    assert "Noyau d'acteurs" not in achat.split("**Étape**")[1].split("\n")[0]


# ------------------------------------------------------------------- the rules, hand-worked

COALITIONS = [
    ["identifiant", "nom", "maturité", "mis à jour"],
    ["a", "Alpha", "3", "2021-05-10"],  # written after its last move, before the next one
    ["b", "Bravo", "?", "2021-05-10"],  # unreadable: the history says it
    ["c", "Charlie", "1", "2021-06-10"],  # no history: always there, at the tab's stage
]
PROGRESS = [
    ["date", "coalition", "maturité"],
    ["2021-04-13", "a", "2"],
    ["2021-06-01", "a", "4"],
    ["2021-03-01", "b", "1"],
    ["2021-06-01", "b", "2"],
]
DELIVERABLES = [
    ["coalition", "livrable", "statut", "date", "saisi le"],
    ["a", "guide", "prévu", "2021-09-30", "2021-04-01"],
    ["a", "guide", "en cours", "2021-09-30", "2021-05-01"],
    ["a", "guide", "fait", "2021-05-20", ""],  # by hand: known from its date
    ["a", "charte", "fait", "2021-05-20", "2021-05-25 09:00"],  # entered later: unknown before
    ["a", "étude", "fait", "", ""],  # undated and done: always done
    ["a", "bilan", "fait", "2021-06-01", ""],  # done later by hand: « en cours » before
    ["a", "atlas", "en cours", "2021-12-01", ""],  # a due date, known from the start
]


@pytest.fixture(scope="module")
def small():
    tabs = {"coalitions": COALITIONS, "progress": PROGRESS, "livrables": DELIVERABLES}
    raw = RawWorkbook("t", {name: pd.DataFrame(rows) for name, rows in tabs.items()})
    return build_dataset(raw, today=date(2021, 7, 1))


@pytest.mark.parametrize(
    ("day", "stages"),
    [
        (date(2021, 3, 1), {"b": 1, "c": 1}),  # a did not exist yet
        (date(2021, 5, 9), {"a": 2, "b": 1, "c": 1}),
        (date(2021, 5, 10), {"a": 3, "b": 1, "c": 1}),  # the tab written that day wins
        (date(2021, 6, 1), {"a": 4, "b": 2, "c": 1}),  # a later move wins over the tab
    ],
)
def test_stage_and_existence_on_a_day(small, day, stages):
    on = as_of(small, day).coalitions
    assert dict(zip(on["id"], on["stage"], strict=True)) == stages


def test_the_current_stage_is_the_timeline_with_every_row(small):
    assert dict(zip(small.coalitions["id"], small.coalitions["stage"], strict=True)) == {
        "a": 4, "b": 2, "c": 1,
    }  # fmt: skip


OPEN = {"étude": "done", "bilan": "in_progress", "atlas": "in_progress"}


@pytest.mark.parametrize(
    ("day", "statuses"),
    [
        # Nothing of the guide entered yet, but its hand-typed « fait » is to come: being made.
        (date(2021, 3, 1), {"guide": "in_progress", **OPEN}),
        (date(2021, 4, 20), {"guide": "planned", **OPEN}),
        (date(2021, 5, 18), {"guide": "in_progress", **OPEN}),
        (date(2021, 5, 20), {"guide": "done", **OPEN}),
        (date(2021, 6, 1), {"guide": "done", **OPEN, "charte": "done", "bilan": "done"}),
    ],
)
def test_deliverable_status_on_a_day(small, day, statuses):
    on = deliverables_on(small.deliverables, day)
    assert dict(zip(on["title"], on["status"], strict=True)) == statuses


def test_cutting_twice_changes_nothing(small):
    for day in (date(2021, 3, 1), date(2021, 5, 18), date(2021, 6, 1)):
        once = as_of(small, day)
        twice = as_of(once, day)
        pd.testing.assert_frame_equal(once.coalitions, twice.coalitions)
        pd.testing.assert_frame_equal(once.deliverables, twice.deliverables)
