"""Notes taken in the presenter view during a meeting, on a CSV copy of the sample: appended
once through the update path (audit columns, the ``meeting`` mark, dated the meeting's day),
even when pressed twice or after a timeout; offered only to whoever may write; listed under
« Dit en séance » in that Reset Day's report."""

from __future__ import annotations

import csv
from datetime import date

import pytest

import data_sources.writing.file_writers
import ui.meeting_notes_view
import ui.meetings
from coalitions.report import build_report, chosen_reset_day, report_markdown
from data_sources.reading.loader import SAMPLE_DIR, SourceSpec, load_local
from data_sources.writing.appending import WriteError
from tests.app.test_presenter_page import PAGE
from tests.app.test_presenter_view import positions  # noqa: F401 - the files in a tmp folder
from tests.app.test_update_form import LOCAL, workbook  # noqa: F401 - the CSV copy fixture

NOTE = "Atelier des terrains de jeux le 7 juin ; l'Ademe rejoint le noyau."
STEP = "Publier la cartographie en juin"


@pytest.fixture(autouse=True)
def _no_meetings():
    for code in list(ui.meetings.REGISTRY._meetings):
        ui.meetings.REGISTRY.close(code)


def presenter(app, folder, secrets=LOCAL):
    at = app(page=PAGE, data=folder, secrets=secrets, query={"vue": "animateur", "slide": "4"})
    assert not at.exception
    at.button(key="meeting_start").click().run()
    assert not at.exception and at.query_params["seance"]
    return at


def note(at, text=NOTE, step=STEP, name="Léa (FING)"):
    at.text_input(key=ui.meeting_notes_view.NOTE_NAME).input(name)
    at.text_area(key=ui.meeting_notes_view.NOTE_NEWS).input(text)
    at.text_input(key=ui.meeting_notes_view.NOTE_STEP).input(step)
    next(b for b in at.button if b.label == "Noter pour le compte-rendu").click()
    at.run()
    assert not at.exception
    return at


def rows(folder) -> list[dict]:
    with (folder / "updates.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_note_on_envdatas_slide_is_appended_once(app, workbook):  # noqa: F811
    before = rows(workbook)
    at = presenter(app, workbook)
    at = note(at)
    assert "Dit en séance" in at.success[0].value
    # The box is emptied for the next note.
    assert at.text_area(key=ui.meeting_notes_view.NOTE_NEWS).value == ""
    # Pressed again with the same text (a double click sends the fields twice).
    note(at)
    added = rows(workbook)[len(before) :]
    assert len(added) == 1, added
    row = added[0]
    assert (row["date"], row["coalition"], row["nouvelles"]) == ("2021-05-18", "envdata", NOTE)
    assert row["prochaine étape"] == STEP and row["auteur"] == "Léa (FING)"
    assert row["en séance"] == "oui"
    assert row["saisi par"] == "Léa (FING)"  # no login here: the name given signs it
    assert row["saisi le"].endswith("Z") and row["réf."].startswith("seance-")
    # The rows before are untouched (the header only gained the new columns, at its end).
    kept = [{k: r[k] for k in before[0]} for r in rows(workbook)[: len(before)]]
    assert kept == before


def test_a_note_that_times_out_once_is_still_written_once(app, workbook, monkeypatch):  # noqa: F811
    real = data_sources.writing.file_writers.CsvWriter.append
    calls = []

    def times_out_once(self, new_rows):
        calls.append(len(new_rows))
        if len(calls) == 1:
            raise WriteError("timeout", "the workbook did not answer")
        return real(self, new_rows)

    monkeypatch.setattr(data_sources.writing.file_writers.CsvWriter, "append", times_out_once)
    before = len(rows(workbook))
    at = note(presenter(app, workbook))
    assert "Note gardée en attente d’envoi" in at.warning[0].value
    assert len(rows(workbook)) == before  # kept in the outbox
    note(at)  # pressed again: the outbox sends both copies, the ref is written once
    added = rows(workbook)[before:]
    assert [r["nouvelles"] for r in added] == [NOTE]
    assert len(calls) >= 2


def test_without_write_rights_no_note_box(app, workbook):  # noqa: F811
    for secrets in ({}, {"updates": {"enabled": True}}):
        at = app(
            page=PAGE,
            data=workbook,
            secrets=secrets,
            query={"vue": "animateur", "slide": "4"},
        )
        at.button(key="meeting_start").click().run()
        assert not at.exception
        assert ui.meeting_notes_view.NOTE_NEWS not in [w.key for w in at.text_area]
        assert "Noter pour le compte-rendu" not in [b.label for b in at.button]
    # The built-in sample is read-only: no box either.
    at = app(page=PAGE, data=SAMPLE_DIR, secrets=LOCAL, query={"vue": "animateur", "slide": "4"})
    at.button(key="meeting_start").click().run()
    assert any("Notes" in m.value for m in at.markdown)  # the presenter view, drawn
    assert "Noter pour le compte-rendu" not in [b.label for b in at.button]
    # Before the meeting starts, no box.
    at = app(page=PAGE, data=workbook, secrets=LOCAL, query={"vue": "animateur", "slide": "4"})
    assert "Noter pour le compte-rendu" not in [b.label for b in at.button]


def test_the_report_of_the_day_lists_the_note_under_envdata(app, workbook):  # noqa: F811
    note(presenter(app, workbook))
    data = load_local(SourceSpec("csv", str(workbook)))
    reset_day = chosen_reset_day(data, date(2021, 5, 21), "14")[0]
    text = report_markdown(build_report(data, reset_day, "fr"))
    envdata = text.split("Pour des données environnementales", 1)[1].split("\n## ", 1)[0]
    envdata = envdata.split("\n### ", 1)[0]
    said = envdata.split("Dit en séance", 1)[1]
    assert "Atelier des terrains de jeux le 7 juin" in said
    assert "Publier la cartographie en juin" in said
    # Not among the month's news.
    month = envdata.split("Ce mois-ci", 1)[1].split("Dit en séance", 1)[0]
    assert "Atelier des terrains de jeux" not in month
    english = report_markdown(build_report(data, reset_day, "en"))
    assert "Said at the meeting" in english


def test_closing_the_meeting_sums_it_up(app, workbook, monkeypatch):  # noqa: F811
    class Clock:
        now = 1000.0

    monkeypatch.setattr(ui.meetings, "clock", lambda: Clock.now)
    at = presenter(app, workbook)  # envdata's slide (4) from 1000 s
    code = at.query_params["seance"]
    at = note(at)
    Clock.now += 200
    at.button(key="slide_next").click().run()  # civictech, 200 s later
    Clock.now += 400
    at.button(key="meeting_close").click().run()
    assert not at.exception
    assert at.title[0].value == "Bilan de la séance du Reset Day 14"
    text = "\n".join(m.value for m in at.markdown)
    nbsp = "\u00a0"
    assert f"Séance{nbsp}: 10{nbsp}min{nbsp}00{nbsp}s sur 120 min" in text
    assert f"Coalitions présentées{nbsp}: 2 sur 11" in text
    assert "1 note prise" in text
    assert (
        "- Pour des données environnementales d'intérêt général actionnables par les acteurs "
        f"du territoire{nbsp}: 3{nbsp}min{nbsp}20{nbsp}s\n  - {NOTE}"
    ) in text.replace("\\", "")
    assert f"{nbsp}: 6{nbsp}min{nbsp}40{nbsp}s — **temps dépassé**" in text
    links = [(link.proto.page, link.proto.query_string) for link in at.get("page_link")]
    assert ("report", "rd=14") in links
    # The meeting is over: its followers are told, the code is out of the URL.
    assert ui.meetings.REGISTRY.position(code) is None
    assert "seance" not in at.query_params
    at.button(key="meeting_back").click().run()
    assert not at.exception and not at.title
    assert at.button(key="meeting_start")
