"""Key figures, pipeline, changes since the last Reset Day, filters and the coalition sheet,
on hand-built workbooks (expected values worked out by hand from the rows below)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from coalitions.history.resetdays import ResetDay
from coalitions.views.overview import (
    filter_choices,
    filter_coalitions,
    key_figures,
    pipeline,
    recent_changes,
)
from coalitions.views.sheet import coalition_sheet, find_coalition
from tests.builders import dataset_from_rows

TODAY = date(2021, 5, 1)
COALITIONS = [
    ["identifiant", "nom", "famille", "maturité", "pilote", "leviers", "territoire", "exemple",
     "Contact"],
    ["a", "Alpha", "Env", "2", "oui", "offre; usages", "Bretagne", "non", "alice@example.org"],
    ["b", "Bravo", "Env", "1", "non", "commande", "National", "", ""],
    ["c", "Charlie", "Démo", "3", "non", "usages", "National", "", ""],
    ["d", "Delta", "", "0", "non", "", "", "", ""],
    ["e", "Écho", "Démo", "1", "oui", "commande; offre", "Bretagne", "oui", ""],
]  # fmt: skip
ACTORS = [
    ["nom", "catégorie", "site web"],
    ["X", "association", "https://x.example.org"],
    ["Y", "public", ""],
    ["Z", "Fablab", ""],
    ["W", "réseau", ""],
    ["Q", "entreprise", ""],
]
MEMBERSHIPS = [
    ["coalition", "acteur", "rôle", "depuis"],
    ["a", "Z", "noyau", "2021-01-05"],
    ["a", "W", "partenaire", "2021-04-25"],
    ["a", "X", "animateur", "2021-01-01"],
    ["a", "Y", "noyau", "2021-01-05"],
    ["b", "X", "animateur", "2021-01-10"],
    ["e", "U", "intéressé", "2021-04-30"],
]
EVENTS = [
    ["début", "titre", "type", "coalition", "lieu", "lien"],
    ["2021-04-25 14:00", "Atelier Alpha", "atelier", "a", "Rennes", "https://a.example.org"],
    ["2021-05-01 10:00", "Lancement Charlie", "lancement", "c", "En ligne", ""],
    ["2021-05-19 09:30", "Reset Day 14", "Reset Day", "", "En ligne", ""],
    ["2021-06-01", "Atelier Écho", "atelier", "e", "", "javascript:alert(1)"],
]
PROGRESS = [
    ["date", "coalition", "maturité"],
    ["2021-01-01", "a", "0"],
    ["2021-03-01", "a", "2"],
    ["2021-02-10", "b", "2"],
    ["2021-04-22", "b", "1"],
    ["2021-04-28", "c", "3"],
]
DELIVERABLES = [
    ["coalition", "livrable", "statut", "date"],
    ["a", "Cartographie des acteurs", "fait", "2021-04-28"],
    ["a", "Diagnostic", "fait", "2021-02-01"],
    ["a", "Benchmark", "prévu", ""],
]


dataset = dataset_from_rows


@pytest.fixture(scope="module")
def data():
    return dataset(
        coalitions=COALITIONS,
        acteurs=ACTORS,
        membres=MEMBERSHIPS,
        agenda=EVENTS,
        avancement=PROGRESS,
        livrables=DELIVERABLES,
    )


def test_key_figures(data):
    figures = key_figures(data, TODAY)
    assert figures.coalitions == 5
    assert figures.by_stage == {0: 1, 1: 2, 2: 1, 3: 1, 4: 0, 5: 0}
    assert figures.launched == 1
    assert figures.pilots == 2
    assert figures.families == 2  # Env, Démo; a blank family is not one
    assert figures.actors == 6  # five listed + U, only named in memberships
    assert figures.engaged_actors == 5  # Q is in no coalition
    assert figures.upcoming_events == 3  # today's launch counts, April's workshop does not
    # The events tab moves May's meeting from the 18th (third Tuesday) to the 19th.
    assert figures.next_reset_day == ResetDay(14, date(2021, 5, 19))


def test_pipeline_families_largest_first_blank_last(data):
    table = pipeline(data.coalitions)
    assert list(table.itertuples(index=False, name=None)) == [
        ("Démo", 1, 1),
        ("Démo", 3, 1),
        ("Env", 1, 1),
        ("Env", 2, 1),
        ("", 0, 1),
    ]
    bigger = pd.concat([data.coalitions, data.coalitions[data.coalitions["id"] == "a"]])
    assert list(pipeline(bigger)["family"]) == ["Env", "Env", "Démo", "Démo", ""]
    assert list(pipeline(bigger)["count"]) == [1, 2, 1, 1, 1]


def test_recent_changes(data):
    result = recent_changes(data, TODAY)
    assert result.reset_day == ResetDay(13, date(2021, 4, 20))
    assert result.next == ResetDay(14, date(2021, 5, 19))
    changes = result.changes
    assert changes.counts()["stage_changes"] == 2
    assert list(changes.stage_changes["coalition"]) == ["b", "c"]
    assert list(changes.stage_changes["direction"]) == [-1, 1]
    assert list(changes.joined["actor"]) == ["W", "U"]
    assert list(changes.deliverables_done["title"]) == ["Cartographie des acteurs"]
    assert list(changes.events_held["title"]) == ["Atelier Alpha", "Lancement Charlie"]


@pytest.mark.parametrize("rows", [COALITIONS, COALITIONS[:1]], ids=["coalitions-only", "empty"])
def test_partial_workbooks(rows):
    data = dataset(coalitions=rows)
    result = recent_changes(data, date(2021, 5, 21))
    assert result.reset_day == ResetDay(14, date(2021, 5, 18))
    counts = result.changes.counts()
    # With no history every coalition below impact counts as stalled; nothing else moved.
    assert counts.pop("stale") == len(rows) - 1
    assert set(counts.values()) == {0}
    figures = key_figures(data, date(2021, 5, 21))
    assert figures.coalitions == len(rows) - 1
    assert (figures.actors, figures.engaged_actors, figures.upcoming_events) == (0, 0, 0)
    assert figures.next_reset_day == ResetDay(15, date(2021, 6, 15))
    assert len(pipeline(data.coalitions)) == (5 if rows is COALITIONS else 0)


def test_filters(data):
    coalitions = data.coalitions

    def ids(**filters):
        return list(filter_coalitions(coalitions, **filters)["id"])

    assert ids() == ["a", "b", "c", "d", "e"]
    assert ids(families=[], territories=[], levers=[], pilot=None) == ["a", "b", "c", "d", "e"]
    assert ids(families=["Env"]) == ["a", "b"]
    assert ids(territories=["Bretagne"]) == ["a", "e"]
    assert ids(levers=["commande"]) == ["b", "e"]
    assert ids(levers=["offre", "commande"]) == ["a", "b", "e"]
    assert ids(pilot=True) == ["a", "e"]
    assert ids(pilot=False) == ["b", "c", "d"]
    assert ids(families=["Env"], levers=["usages"]) == ["a"]
    assert ids(families=["Démo"], pilot=False, territories=["National"]) == ["c"]
    assert ids(families=["Nowhere"]) == []


def test_filter_choices(data):
    assert filter_choices(data.coalitions) == {
        "family": ["Démo", "Env"],
        "territory": ["Bretagne", "National"],
    }


def test_find_coalition(data):
    coalitions = data.coalitions
    assert find_coalition(coalitions, "a") == "a"
    assert find_coalition(coalitions, "ALPHA") == "a"
    assert find_coalition(coalitions, "  echo ") == "e"
    assert find_coalition(coalitions, "E") == "e"
    assert find_coalition(coalitions, "zzz") is None
    assert find_coalition(coalitions, "") is None
    assert find_coalition(coalitions, None) is None


def test_coalition_sheet(data):
    sheet = coalition_sheet(data, "a", TODAY)
    assert sheet.record["name"] == "Alpha"
    assert sheet.illustrative is False
    assert sheet.extras == []
    assert sheet.record["contact"] == "alice@example.org"
    assert list(sheet.history["stage"]) == [0, 2]
    assert (sheet.since, sheet.days) == (pd.Timestamp("2021-03-01"), 61)
    assert list(sheet.actors["actor"]) == ["X", "Y", "Z", "W"]
    assert list(sheet.actors["role"]) == ["lead", "core", "core", "partner"]
    assert list(sheet.actors["type"]) == ["association", "public", "Fablab", "network"]
    assert sheet.actors["website"].iloc[0] == "https://x.example.org"
    assert sheet.count_by("role") == {"lead": 1, "core": 2, "partner": 1}
    assert sheet.count_by("type") == {"association": 1, "public": 1, "network": 1, "Fablab": 1}
    assert list(sheet.deliverables["title"]) == ["Diagnostic", "Cartographie des acteurs",
                                                 "Benchmark"]  # fmt: skip
    assert list(sheet.events["title"]) == ["Atelier Alpha"]
    assert list(sheet.events["upcoming"]) == [False]


def test_coalition_sheet_of_an_illustrative_coalition(data):
    sheet = coalition_sheet(data, "e", TODAY)
    assert sheet.illustrative is True
    assert sheet.extras == []
    assert list(sheet.actors["role"]) == ["interested"]
    assert list(sheet.actors["type"]) == [""]
    assert list(sheet.events["upcoming"]) == [True]
    assert sheet.history.empty and sheet.days is None


def test_coalition_sheet_without_the_other_tabs():
    data = dataset(coalitions=[r[:7] for r in COALITIONS])
    sheet = coalition_sheet(data, "b", TODAY)
    assert sheet.illustrative is False and sheet.extras == []
    assert sheet.actors.empty and sheet.deliverables.empty and sheet.events.empty
    assert sheet.count_by("role") == {}
    assert coalition_sheet(data, "zzz", TODAY) is None
