"""The dataset as of a date, on a small dated workbook (expected values worked out by hand)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from coalitions.history.asof import (
    arrivals_since_last_reset_day,
    network_growth,
    parse_day,
    past_reset_days,
    pipeline_over_time,
)
from coalitions.history.resetdays import ResetDay
from coalitions.history.timeline import as_of
from tests.builders import dataset_from_rows

COALITIONS = [
    ["identifiant", "nom", "maturité", "mis à jour"],
    ["a", "Alpha", "3", "2021-05-20"],  # launched 19 May (progress)
    ["b", "Bravo", "2", "2021-04-01"],  # tab written after its last move: the tab wins then
    ["c", "Charlie", "1", ""],  # no history at all: always present
    ["d", "Delta", "0", ""],  # first appears on 1 June
]
PROGRESS = [
    ["date", "coalition", "maturité"],
    ["2021-01-01", "a", "1"],
    ["2021-03-01", "a", "2"],
    ["2021-05-19 10:00", "a", "3"],
    ["2021-02-01", "b", "1"],
    ["2021-06-01", "d", "0"],
]
MEMBERSHIPS = [
    ["coalition", "acteur", "rôle", "depuis"],
    ["a", "X", "animateur", "2021-01-01"],
    ["a", "Y", "noyau", "2021-05-10"],
    ["a", "Z", "partenaire", ""],  # undated: always there
    ["b", "X", "animateur", "2021-06-10"],
    ["d", "W", "noyau", "2021-06-01"],
]
DELIVERABLES = [
    ["coalition", "livrable", "statut", "date"],
    ["a", "diagnostic", "en cours", "2021-02-01"],
    ["a", "diagnostic", "fait", "2021-04-15"],
    ["a", "benchmark", "fait", "2021-05-28"],  # done after 18 May
    ["a", "guide", "prévu", "2021-09-01"],  # a due date, known in advance
    ["b", "manifeste", "fait", ""],
]
UPDATES = [
    ["date", "coalition", "nouvelles"],
    ["2021-05-12", "a", "Préparation du lancement."],
    ["2021-05-25", "a", "Lancement réussi."],
]
EVENTS = [
    ["début", "titre", "type", "coalition"],
    ["2021-05-19 10:00", "Lancement Alpha", "lancement", "a"],
    ["2021-06-05", "Atelier Delta", "atelier", "d"],
]


@pytest.fixture(scope="module")
def data():
    return dataset_from_rows(
        coalitions=COALITIONS,
        progress=PROGRESS,
        membres=MEMBERSHIPS,
        livrables=DELIVERABLES,
        nouvelles=UPDATES,
        événements=EVENTS,
    )


def _stages(data) -> dict[str, int]:
    return dict(zip(data.coalitions["id"], data.coalitions["stage"], strict=True))


@pytest.mark.parametrize(
    ("day", "stages"),
    [
        (date(2020, 12, 31), {"c": 1}),
        (date(2021, 2, 15), {"a": 1, "b": 1, "c": 1}),
        (date(2021, 4, 1), {"a": 2, "b": 2, "c": 1}),  # b's tab written that day wins
        (date(2021, 5, 18), {"a": 2, "b": 2, "c": 1}),
        (date(2021, 5, 19), {"a": 3, "b": 2, "c": 1}),  # a move at 10:00 counts on its day
        (date(2021, 6, 1), {"a": 3, "b": 2, "c": 1, "d": 0}),
    ],
)
def test_each_coalition_at_its_stage_of_the_day(data, day, stages):
    assert _stages(as_of(data, day)) == stages


def test_a_coalition_row_written_later_was_not_known_then(data):
    record = as_of(data, date(2021, 5, 18)).coalitions.set_index("id")
    assert pd.isna(record.loc["a", "updated"])  # written on 20 May
    assert record.loc["b", "updated"] == pd.Timestamp("2021-04-01")


def test_memberships_of_the_day_undated_ones_always(data):
    on = as_of(data, date(2021, 5, 18))
    assert sorted(zip(on.memberships["coalition"], on.memberships["actor"], strict=True)) == [
        ("a", "X"),
        ("a", "Y"),
        ("a", "Z"),
    ]
    assert sorted(as_of(data, date(2021, 2, 1)).memberships["actor"]) == ["X", "Z"]
    # Actors named only in memberships exist through them.
    assert "W" not in set(on.actors["name"])
    assert "W" in set(as_of(data, date(2021, 6, 1)).actors["name"])


def test_deliverable_status_as_known_that_day(data):
    def status(day):
        table = as_of(data, day).deliverables
        return sorted(zip(table["title"], table["status"], strict=True))

    assert status(date(2021, 3, 1)) == [
        ("benchmark", "in_progress"),
        ("diagnostic", "in_progress"),
        ("guide", "planned"),
        ("manifeste", "done"),  # undated: always as written
    ]
    assert ("diagnostic", "done") in status(date(2021, 5, 18))
    assert ("benchmark", "in_progress") in status(date(2021, 5, 18))
    assert ("benchmark", "done") in status(date(2021, 5, 28))


def test_news_and_history_up_to_the_day(data):
    on = as_of(data, date(2021, 5, 18))
    assert list(on.updates["news"]) == ["Préparation du lancement."]
    assert len(on.progress) == 3
    assert list(as_of(data, date(2021, 5, 31)).updates["news"]) == [
        "Préparation du lancement.",
        "Lancement réussi.",
    ]


def test_events_kept_for_existing_coalitions(data):
    assert list(as_of(data, date(2021, 5, 18)).events["title"]) == ["Lancement Alpha"]
    assert len(as_of(data, date(2021, 6, 1)).events) == 2


def test_today_changes_nothing_that_existed(data):
    on = as_of(data, date(2030, 1, 1))
    assert _stages(on) == _stages(data)
    assert len(on.memberships) == len(data.memberships)
    assert on.deliverables["status"].tolist() == data.deliverables["status"].tolist()


def test_pipeline_at_each_reset_day(data):
    days = [ResetDay(13, date(2021, 4, 20)), ResetDay(14, date(2021, 5, 18)),
            ResetDay(15, date(2021, 6, 15))]  # fmt: skip
    table = pipeline_over_time(data, days)
    counts = {(r.number, r.stage): r.count for r in table.itertuples() if r.count}
    assert counts == {
        (13, 1): 1, (13, 2): 2,
        (14, 1): 1, (14, 2): 2,
        (15, 0): 1, (15, 1): 1, (15, 2): 1, (15, 3): 1,
    }  # fmt: skip
    assert len(table) == 3 * 6


def test_network_growth_per_month(data):
    growth = network_growth(data, date(2021, 6, 15))
    assert list(growth["month"].dt.strftime("%Y-%m")) == [
        "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06",
    ]  # fmt: skip
    assert list(growth["memberships"]) == [2, 2, 2, 2, 3, 5]
    assert list(growth["actors"]) == [2, 2, 2, 2, 3, 4]


@pytest.mark.parametrize(
    ("text", "day"),
    [("2021-05-18", date(2021, 5, 18)), ("2021-02-30", None), ("18/05/2021", None), ("", None),
     (None, None), ("2021-5-18", None)],
)  # fmt: skip
def test_the_url_date(text, day):
    assert parse_day(text) == day


def test_past_reset_days_latest_first(data):
    days = past_reset_days(data, date(2021, 5, 18))
    assert [(d.number, d.date) for d in days[:2]] == [(14, date(2021, 5, 18)),
                                                      (13, date(2021, 4, 20))]  # fmt: skip
    assert days[-1].date >= date(2021, 1, 1)
    assert past_reset_days(data, date(2020, 1, 1)) == []


def test_arrivals_since_the_last_reset_day(data):
    # Y joined a on 10 May, after Reset Day 13 (20 April) and before 18 May.
    reset_day, actors = arrivals_since_last_reset_day(data, date(2021, 5, 18))
    assert (reset_day.number, actors) == (13, {"Y"})
    assert arrivals_since_last_reset_day(data, date(2020, 1, 1)) == (None, set())
