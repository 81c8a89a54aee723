"""Stage history, paths, time in stage, launch readiness and the board, on a hand-built workbook.

Five coalitions whose histories cover the cases: a plain climb with a repeated entry (a), a
fall back (b), no history but a launch date (c), nothing at all (d), a second arrival at the
same stage (e). Expected values are worked out by hand from the rows below.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from coalitions.history.progress import (
    MAX_READINESS,
    core_group_min,
    launch_readiness,
    path_selection,
    stage_board,
    stage_history,
    stage_paths,
    time_in_stage,
)
from tests.builders import dataset_from_rows

TODAY = date(2021, 5, 1)
COALITIONS = [
    ["identifiant", "nom", "famille", "maturité", "pilote", "leviers", "territoire", "lancement"],
    ["a", "Alpha", "Env", "2", "oui", "offre; usages", "Bretagne", ""],
    ["b", "Bravo", "Env", "1", "non", "commande", "National", ""],
    ["c", "Charlie", "Démo", "3", "non", "usages", "National", "2021-03-01"],
    ["d", "Delta", "", "0", "non", "", "", ""],
    ["e", "Écho", "Démo", "1", "oui", "commande; offre", "Bretagne", ""],
]
PROGRESS = [
    ["date", "coalition", "maturité", "commentaire"],
    ["2021-01-01", "a", "0", "sujet retenu"],
    ["2021-02-01", "a", "1", ""],
    ["2021-02-15", "a", "1", "socle réécrit"],
    ["2021-03-01", "a", "2", "noyau"],
    ["2021-01-10", "b", "0", ""],
    ["2021-02-10", "b", "2", ""],
    ["2021-04-22", "b", "1", "le noyau se défait"],
    ["2021-01-05", "e", "0", ""],
    ["2021-02-05", "e", "1", ""],
    ["2021-03-05", "e", "2", ""],
    ["2021-04-01", "e", "1", ""],
    ["2021-04-20", "e", "1", "toujours au socle"],
]
ACTORS = [["nom", "catégorie"], ["X", "association"], ["Y", "public"], ["Z", "entreprise"],
          ["W", "réseau"], ["V", "académique"]]  # fmt: skip
MEMBERSHIPS = [
    ["coalition", "acteur", "rôle"],
    ["a", "X", "animateur"],
    ["a", "Y", "noyau"],
    ["a", "Z", "noyau"],
    ["a", "W", "partenaire"],
    ["b", "X", "animateur"],
    ["b", "Y", "noyau"],
    ["e", "X", "animateur"],
    ["e", "Y", "noyau"],
    ["e", "Z", "noyau"],
    ["e", "V", "noyau"],
]
DELIVERABLES = [
    ["coalition", "livrable", "statut", "date"],
    ["a", "Diagnostic partagé", "fait", "2021-01-20"],
    ["a", "Cartographie des acteurs bretons", "terminé", "2021-02-20"],
    ["a", "Benchmark", "en cours", ""],
    ["e", "diagnostics", "fait", "2021-02-01"],
    ["e", "cartographie d'acteurs", "fait", "2021-02-02"],
    ["e", "Benchmark des outils", "fait", "2021-02-03"],
    ["b", "Actor mapping", "done", "2021-02-11"],
    ["d", "Plaidoyer", "fait", "2021-01-01"],
]


dataset = dataset_from_rows


@pytest.fixture(scope="module")
def data():
    built = dataset(
        coalitions=COALITIONS,
        avancement=PROGRESS,
        acteurs=ACTORS,
        membres=MEMBERSHIPS,
        livrables=DELIVERABLES,
    )
    assert [f.code for f in built.errors] == []
    return built


def test_history_keeps_moves_only(data):
    history = stage_history(data, ["a", "b"])
    assert list(history["coalition"]) == ["a", "a", "a", "b", "b", "b"]
    assert [d.date() for d in history["date"]] == [
        date(2021, 1, 1), date(2021, 2, 1), date(2021, 3, 1),
        date(2021, 1, 10), date(2021, 2, 10), date(2021, 4, 22),
    ]  # fmt: skip
    assert list(history["stage"]) == [0, 1, 2, 0, 2, 1]
    assert list(history["from_stage"].astype(object)) == [pd.NA, 0, 1, pd.NA, 0, 2]
    assert list(history["name"]) == ["Alpha"] * 3 + ["Bravo"] * 3
    assert history["note"].iloc[5] == "le noyau se défait"


def test_history_follows_the_coalitions_tab_order_by_default(data):
    history = stage_history(data)
    assert list(dict.fromkeys(history["coalition"])) == ["a", "b", "e"]
    assert len(history) == 3 + 3 + 4  # e: 0, 1, 2, 1 (its repeated 1 is a note)


def test_paths_close_on_today_with_the_current_stage(data):
    paths = stage_paths(data, TODAY, ["c", "b"])
    assert list(paths["coalition"]) == ["c", "b", "b", "b", "b"]
    assert [d.date() for d in paths["date"]] == [
        TODAY,
        date(2021, 1, 10),
        date(2021, 2, 10),
        date(2021, 4, 22),
        TODAY,
    ]
    assert list(paths["stage"]) == [3, 0, 2, 1, 1]


def test_paths_do_not_repeat_a_latest_move_after_today(data):
    paths = stage_paths(data, date(2021, 4, 22), ["b"])
    assert list(paths["stage"]) == [0, 2, 1]


def test_time_in_stage(data):
    stay = time_in_stage(data, TODAY)
    # a: at 2 since 1 March (61 days); c: no history, launched on 1 March (61);
    # e: back at 1 since 1 April (30); b: at 1 since 22 April (9); d: unknown.
    assert list(stay["coalition"]) == ["a", "c", "e", "b", "d"]
    assert list(stay["days"].astype(object)) == [61, 61, 30, 9, pd.NA]
    assert [None if pd.isna(d) else d.date() for d in stay["since"]] == [
        date(2021, 3, 1), date(2021, 3, 1), date(2021, 4, 1), date(2021, 4, 22), None
    ]  # fmt: skip
    assert list(stay["stage"]) == [2, 3, 1, 1, 0]


def test_time_in_stage_never_negative_and_limited_to_given_coalitions(data):
    stay = time_in_stage(data, date(2021, 4, 1), data.coalitions[data.coalitions["id"] == "b"])
    assert list(stay["coalition"]) == ["b"]
    assert list(stay["days"]) == [0]  # its entry (22 April) is after that day


def test_launch_readiness_scores_and_order(data):
    ranking = launch_readiness(data)
    # a: stage 2 + core (3 >= 3) + diagnostic and mapping (benchmark not done) = 5
    # e: stage 1 + core (4) + all three foundations = 5, after a on stage
    # b: stage 1 + no core (2) + mapping = 2; d: 0 (a plea is not a foundation). c is launched.
    assert list(ranking["coalition"]) == ["a", "e", "b", "d"]
    assert list(ranking["rank"]) == [1, 2, 3, 4]
    assert list(ranking["score"]) == [5, 5, 2, 0]
    assert list(ranking["core_actors"]) == [3, 4, 2, 0]
    assert list(ranking["core_formed"]) == [True, True, False, False]
    assert list(ranking["diagnostic"]) == [True, True, False, False]
    assert list(ranking["actor_mapping"]) == [True, True, True, False]
    assert list(ranking["benchmark"]) == [False, True, False, False]
    assert list(ranking["foundations"]) == [2, 3, 1, 0]
    assert MAX_READINESS == 6


def test_launch_readiness_core_threshold_from_settings():
    data = dataset(
        settings=[["core_group_min", "4"]],
        coalitions=COALITIONS,
        membres=MEMBERSHIPS,
        livrables=DELIVERABLES,
    )
    assert core_group_min(data) == 4
    ranking = launch_readiness(data)
    assert list(ranking["coalition"]) == ["e", "a", "b", "d"]
    assert list(ranking["score"]) == [5, 4, 2, 0]
    assert list(launch_readiness(data, core_min=2)["score"]) == [5, 5, 3, 0]


def test_core_group_min_ignores_unreadable_settings():
    for value in ("", "zéro", "0", "-2"):
        data = dataset(settings=[["core_group_min", value]], coalitions=COALITIONS)
        assert core_group_min(data) == 3


def test_launch_readiness_of_a_selection(data):
    selected = data.coalitions[data.coalitions["id"].isin(["b", "c"])]
    assert list(launch_readiness(data, selected)["coalition"]) == ["b"]


def test_board_caps_columns_pilots_first(data):
    board = stage_board(data.coalitions, cap=1)
    assert [c.stage for c in board] == [0, 1, 2, 3, 4, 5]
    assert [c.total for c in board] == [1, 2, 1, 1, 0, 0]
    assert [list(c.cards["id"]) for c in board] == [["d"], ["e"], ["a"], ["c"], [], []]
    assert [c.more for c in board] == [0, 1, 0, 0, 0, 0]
    assert list(stage_board(data.coalitions)[1].cards["id"]) == ["e", "b"]


def test_path_selection_pilots_then_most_advanced(data):
    assert path_selection(data.coalitions, limit=3) == ["a", "e", "c"]
    assert path_selection(data.coalitions) == ["a", "e", "c", "b", "d"]


def test_everything_works_with_the_coalitions_tab_only():
    data = dataset(coalitions=COALITIONS)
    assert stage_history(data).empty
    assert list(stage_paths(data, TODAY, ["a"])["stage"]) == [2]
    stay = time_in_stage(data, TODAY)
    assert list(stay["coalition"]) == ["c", "a", "b", "d", "e"]
    assert list(stay["days"].astype(object)) == [61, pd.NA, pd.NA, pd.NA, pd.NA]
    ranking = launch_readiness(data)
    assert list(ranking["score"]) == [2, 1, 1, 0]
    assert list(ranking["coalition"]) == ["a", "b", "e", "d"]


def test_everything_works_with_no_coalition():
    data = dataset(coalitions=[COALITIONS[0]])
    assert stage_history(data).empty
    assert time_in_stage(data, TODAY).empty
    assert launch_readiness(data).empty
    assert [c.total for c in stage_board(data.coalitions)] == [0] * 6
    assert path_selection(data.coalitions) == []
