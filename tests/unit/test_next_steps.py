"""The latest next step and obstacles as of a day: one rule for the sheet, reminders, report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd

from coalitions.history.resetdays import previous_reset_day, recurrence_from_settings
from coalitions.history.timeline import latest_texts
from coalitions.report import build_report
from coalitions.views.sheet import coalition_sheet

SHEET_TEXT = "Relancer les partenaires après le lancement."  # mediation's next step in the tab
SHEET_DAY = date(2021, 1, 27)  # its « mis à jour » date


def _with_updates(sample, *rows: dict):
    """The sample with updates rows for « mediation » (which has none of its own)."""
    base = {"coalition": "mediation", "news": "", "next_step": "", "obstacles": "",
            "author": "", "entered_by": "", "entered_at": pd.NaT, "ref": ""}  # fmt: skip
    added = pd.DataFrame([{**base, "row": 100 + i, **row} for i, row in enumerate(rows)]).astype(
        {"date": "datetime64[ns]", "entered_at": "datetime64[ns]"}
    )
    return replace(sample, updates=pd.concat([sample.updates, added], ignore_index=True))


def _mediation(data, day=None):
    row = latest_texts(data, day).loc["mediation"]
    return row["next_step"], row["next_step_on"]


def test_without_an_update_the_coalitions_tab_text_stays_dated_by_its_updated_column(sample):
    assert _mediation(sample) == (SHEET_TEXT, SHEET_DAY)
    assert list(latest_texts(sample).index) == list(sample.coalitions["id"])


def test_the_latest_dated_update_wins_and_later_ones_wait_for_their_day(sample):
    data = _with_updates(
        sample,
        {"date": pd.Timestamp("2021-05-10"), "next_step": "Étape de mai"},
        {"date": pd.Timestamp("2021-06-01"), "next_step": "Étape de juin"},
        {"date": pd.Timestamp("2021-05-12"), "next_step": "  "},  # blank: doesn't count
    )
    assert _mediation(data) == ("Étape de juin", date(2021, 6, 1))
    assert _mediation(data, date(2021, 5, 18)) == ("Étape de mai", date(2021, 5, 10))
    assert _mediation(data, date(2021, 5, 10)) == ("Étape de mai", date(2021, 5, 10))


def test_a_day_before_any_update_keeps_the_tab_text(sample):
    data = _with_updates(sample, {"date": pd.Timestamp("2021-05-10"), "next_step": "Étape"})
    assert _mediation(data, date(2021, 5, 9)) == (SHEET_TEXT, SHEET_DAY)


def test_ties_on_a_day_go_to_the_latest_entered_then_to_the_lower_row(sample):
    day = pd.Timestamp("2021-05-10")
    data = _with_updates(
        sample,
        {"date": day, "next_step": "Postée à 9 h", "entered_at": pd.Timestamp("2021-05-10 09:00")},
        {"date": day, "next_step": "Saisie à la main"},  # no entered_at: comes first
        {"date": day, "next_step": "Postée à 8 h", "entered_at": pd.Timestamp("2021-05-10 08:00")},
    )
    assert _mediation(data)[0] == "Postée à 9 h"
    by_row = _with_updates(
        sample, {"date": day, "next_step": "Ligne 100"}, {"date": day, "next_step": "Ligne 101"}
    )
    assert _mediation(by_row)[0] == "Ligne 101"


def test_an_undated_update_counts_on_any_day_but_loses_to_a_dated_one(sample):
    undated = {"date": pd.NaT, "next_step": "Sans date"}
    alone = _with_updates(sample, undated)
    assert _mediation(alone, date(2020, 1, 1)) == ("Sans date", None)
    data = _with_updates(
        sample, {"date": pd.Timestamp("2021-05-10"), "next_step": "Datée"}, undated
    )
    assert _mediation(data) == ("Datée", date(2021, 5, 10))
    assert _mediation(data, date(2021, 5, 1)) == ("Sans date", None)


def test_next_step_and_obstacles_are_each_the_latest_of_their_own(sample):
    data = _with_updates(
        sample,
        {"date": pd.Timestamp("2021-05-10"), "obstacles": "Frein de mai"},
        {"date": pd.Timestamp("2021-05-12"), "next_step": "Étape du 12"},
    )
    row = latest_texts(data).loc["mediation"]
    assert (row["obstacles"], row["obstacles_on"]) == ("Frein de mai", date(2021, 5, 10))
    assert (row["next_step"], row["next_step_on"]) == ("Étape du 12", date(2021, 5, 12))


def test_the_sheet_reads_today_and_the_report_reads_its_reset_day(sample):
    data = _with_updates(
        sample,
        {"date": pd.Timestamp("2021-05-10"), "next_step": "Étape de mai"},
        {"date": pd.Timestamp("2021-06-01"), "next_step": "Étape de juin"},
    )
    assert coalition_sheet(data, "mediation", date(2021, 5, 20)).record["next_step"] == (
        "Étape de mai"
    )
    assert coalition_sheet(data, "mediation", date(2021, 6, 2)).record["next_step"] == (
        "Étape de juin"
    )
    rd14 = previous_reset_day(
        recurrence_from_settings(data.settings), date(2021, 5, 19), data.events
    )
    (section,) = [s for s in build_report(data, rd14, "fr").sections if s.id == "mediation"]
    assert section.next_step == "Étape de mai"
