"""The changes engine on a small workbook whose month is known by heart.

The month under review runs from Reset Day 13 (2021-04-20, exclusive) to Reset Day 14
(2021-05-18, inclusive); what is coming runs to Reset Day 15 (2021-06-15, inclusive). The
workbook holds one case of each kind of change, plus rows on the window's edges.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from coalitions.history.changes import (
    DEFAULT_STALE_MONTHS,
    changes_between,
    changes_for_reset_day,
    stale_threshold,
)
from coalitions.history.resetdays import ResetDay
from coalitions.workbook.validation import build_dataset
from tests.builders import raw_workbook

RD13, RD14, RD15 = date(2021, 4, 20), date(2021, 5, 18), date(2021, 6, 15)

COALITIONS = [
    ["id", "name", "stage"],
    ["up", "Moves up", "2"],
    ["down", "Moves down", "1"],
    ["fresh", "New this month", "0"],
    ["quiet", "Quiet since January", "3"],
    ["recent", "Moved in March", "1"],
    ["same", "Confirmed its stage", "1"],
    ["impact", "At impact", "5"],
    ["nohistory", "No history", "0"],
    ["later", "Starts in June", "1"],
]
PROGRESS = [
    ["date", "coalition", "stage", "note"],
    ["2021-01-05", "up", "1", ""],
    ["2021-05-01", "up", "2", "core formed"],
    ["2021-02-01", "down", "2", ""],
    ["2021-05-10", "down", "1", "lead left"],
    ["2021-05-05", "fresh", "0", "topic chosen"],
    ["2021-01-10", "quiet", "3", ""],
    ["2021-03-01", "recent", "1", ""],
    ["2021-02-01", "same", "1", ""],
    ["2021-05-03", "same", "1", "still laying foundations"],
    ["2020-01-01", "impact", "5", ""],
    ["2021-06-01", "later", "1", ""],
]
ACTORS = [["name"], ["Ann"], ["Bob"], ["Cy"], ["Dee"], ["Eve"]]
MEMBERSHIPS = [
    ["coalition", "actor", "role", "since"],
    ["up", "Ann", "animateur", "2020-12-01"],
    ["up", "Bob", "noyau", "2021-05-02"],
    ["down", "Cy", "partenaire", "2021-04-20"],  # on the previous Reset Day: last month
    ["fresh", "Dee", "intéressé", "18/05/2021"],  # on the Reset Day itself: this month
    ["quiet", "Eve", "noyau", ""],
]
DELIVERABLES = [
    ["coalition", "title", "status", "date"],
    ["up", "diagnostic", "fait", "2021-05-03"],
    ["up", "guide", "en cours", "2021-05-04"],
    ["down", "benchmark", "fait", "2021-03-01"],
    ["fresh", "manifeste", "prévu", "2021-06-01"],
]
EVENTS = [
    ["date", "title", "kind", "coalition"],
    ["2021-05-18 09:30", "Reset Day 14", "Reset Day", ""],
    ["2021-05-04 14:00", "Up's workshop", "atelier", "up"],
    ["2021-04-20 14:00", "Down's workshop", "atelier", "down"],
    ["2021-05-19 10:00", "Fresh's launch", "lancement", "fresh"],
    ["2021-06-15 09:30", "Reset Day 15", "Reset Day", ""],
    ["2021-06-16", "After the next one", "autre", ""],
]


_workbook = raw_workbook


def _dataset(settings: list[list[str]] | None = None):
    data = build_dataset(
        _workbook(
            settings=settings,
            coalitions=COALITIONS,
            progress=PROGRESS,
            actors=ACTORS,
            memberships=MEMBERSHIPS,
            deliverables=DELIVERABLES,
            events=EVENTS,
        )
    )
    assert data.findings == []  # the fixture itself follows the contract
    return data


@pytest.fixture(scope="module")
def month():
    return changes_for_reset_day(_dataset(), ResetDay(14, RD14))


def _rows(table: pd.DataFrame, columns: list[str]) -> list[tuple]:
    return [
        tuple(None if pd.isna(v) else v for v in row)
        for row in table[columns].itertuples(index=False)
    ]


def test_window_runs_between_the_neighbouring_reset_days(month):
    assert month.reset_day == ResetDay(14, RD14)
    assert month.previous == ResetDay(13, RD13)
    assert month.next == ResetDay(15, RD15)
    assert (month.changes.since, month.changes.until, month.changes.next_until) == (
        RD13,
        RD14,
        RD15,
    )


def test_stage_changes_up_down_and_first_entry(month):
    moves = month.changes.stage_changes
    assert _rows(moves, ["coalition", "name", "from_stage", "to_stage", "direction", "note"]) == [
        ("up", "Moves up", 1, 2, 1, "core formed"),
        ("fresh", "New this month", None, 0, 1, "topic chosen"),
        ("down", "Moves down", 2, 1, -1, "lead left"),
    ]
    assert list(moves["date"]) == [
        pd.Timestamp("2021-05-01"),
        pd.Timestamp("2021-05-05"),
        pd.Timestamp("2021-05-10"),
    ]
    # "same" wrote its stage again: an entry, not a change.
    assert "same" not in set(moves["coalition"])


def test_new_coalition(month):
    assert _rows(month.changes.new_coalitions, ["coalition", "name", "date", "stage"]) == [
        ("fresh", "New this month", pd.Timestamp("2021-05-05"), 0)
    ]


def test_new_actors_by_membership_date(month):
    assert _rows(month.changes.joined, ["coalition", "name", "actor", "role", "since"]) == [
        ("up", "Moves up", "Bob", "core", pd.Timestamp("2021-05-02")),
        ("fresh", "New this month", "Dee", "interested", pd.Timestamp("2021-05-18")),
    ]


def test_deliverables_done_in_the_window_only(month):
    assert _rows(month.changes.deliverables_done, ["coalition", "name", "title", "date"]) == [
        ("up", "Moves up", "diagnostic", pd.Timestamp("2021-05-03"))
    ]


def test_events_held_and_coming(month):
    held = month.changes.events_held
    coming = month.changes.events_coming
    assert sorted(held["title"]) == ["Up's workshop"]  # Reset Day 14 is the meeting itself
    assert sorted(coming["title"]) == ["Fresh's launch", "Reset Day 15"]


def test_stale_with_the_default_threshold(month):
    stale = month.changes.stale
    # quiet: 4 months; nohistory: no dated move at all; impact is done; later did not exist.
    assert _rows(stale, ["coalition", "name", "stage", "months"]) == [
        ("nohistory", "No history", 0, None),
        ("quiet", "Quiet since January", 3, 4),
    ]
    assert list(stale["last_move"].iloc[1:]) == [pd.Timestamp("2021-01-10")]
    assert DEFAULT_STALE_MONTHS == 3


def test_counts(month):
    assert month.changes.counts() == {
        "stage_changes": 3,
        "stage_ups": 2,
        "stage_downs": 1,
        "new_coalitions": 1,
        "joined": 2,
        "interested": 1,  # Dee, of the two
        "deliverables_done": 1,
        "events_held": 1,
        "events_coming": 1,  # Reset Day 15 is listed, not counted
        "stale": 2,
    }


@pytest.mark.parametrize(
    ("months", "expected"),
    [
        ("2", ["nohistory", "quiet", "recent"]),  # longest stall first; recent: 2 months
        ("5", ["nohistory"]),  # quiet moved 4 months before
        ("trois", ["nohistory", "quiet"]),  # unreadable: the default, 3
    ],
)
def test_stale_threshold_from_settings(months, expected):
    data = _dataset([["stale_months", months]])
    stale = changes_for_reset_day(data, ResetDay(14, RD14)).changes.stale
    assert list(stale["coalition"]) == expected


def test_stale_threshold_reads_settings():
    assert stale_threshold({}) == 3
    assert stale_threshold({"stale_months": " 6 "}) == 6
    assert stale_threshold({"stale_months": "six"}) == 3


def test_an_explicit_threshold_wins_over_settings():
    data = _dataset([["stale_months", "1"]])
    changes = changes_between(data, RD13, RD14, RD15, stale_months=12)
    assert list(changes.stale["coalition"]) == ["nohistory"]


def test_the_following_month():
    month = changes_for_reset_day(_dataset(), ResetDay(15, RD15)).changes
    assert _rows(month.new_coalitions, ["coalition", "stage"]) == [("later", 1)]
    assert list(month.events_held["title"]) == ["Fresh's launch"]
    assert month.joined.empty and month.deliverables_done.empty
    # Reset Day 16 is on 2021-07-20: the event of 16 June comes before it.
    assert list(month.events_coming["title"]) == ["After the next one"]


def test_a_workbook_with_only_the_coalitions_tab():
    """Missing tabs give empty, untyped tables: the engine must still answer (it used to fail
    on ``.dt`` of an object column)."""
    data = build_dataset(_workbook(coalitions=COALITIONS[:3]))
    changes = changes_for_reset_day(data, ResetDay(14, RD14)).changes
    assert {k: v for k, v in changes.counts().items() if k != "stale"} == dict.fromkeys(
        ("stage_changes", "stage_ups", "stage_downs", "new_coalitions", "joined", "interested",
         "deliverables_done", "events_held", "events_coming"),
        0,
    )  # fmt: skip
    # Without any history a stall can't be dated, but it is listed.
    assert _rows(changes.stale, ["coalition", "months"]) == [("up", None), ("down", None)]
