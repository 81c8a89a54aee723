"""How coalitions move through the maturity stages: history, time in stage, launch readiness.

The progress tab records "coalition X reached stage S on date D"; the coalitions table holds the
current stage, resolved by validation (the most recent information wins, so it is the latest
progress row's unless the coalitions tab was updated later). A coalition whose stage nothing
says is at ``UNKNOWN_STAGE``: it has a board column of its own, no closing point on the paths
and no launch-readiness score. The
community schedules launches by maturity, so ``launch_readiness`` ranks the coalitions not yet
launched by how close they are: stage reached, core group formed, shared foundation written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pandas as pd

from coalitions.workbook.dataset import Dataset
from coalitions.workbook.parsing import fold_series
from coalitions.workbook.stages import LAUNCHED, UNKNOWN_STAGE, shown_stages

# Roles that make up a coalition's core group (the glossary's "noyau d'acteurs").
CORE_ROLES = ("lead", "core")
# A core group is "formed" from three committed actors: a lead alone is a project, and the
# coalitions the Reset Day 14 report calls ready each had several (envdata had five). The
# settings tab can change it with ``core_group_min``.
CORE_GROUP_MIN = 3
# The shared-foundation deliverables the community expects before a launch (glossary, stage 1),
# matched on the folded title so "Cartographie des acteurs bretons" or "benchmark de la
# disponibilité des données" count.
FOUNDATION_DELIVERABLES: dict[str, re.Pattern[str]] = {
    "diagnostic": re.compile(r"\bdiagnos(?:tic|tics|is)\b"),
    "actor_mapping": re.compile(
        r"\bcartographie\b.*\bacteurs?\b|\bactors? mapping\b|\bmapping\b.*\bactors?\b"
    ),
    "benchmark": re.compile(r"\bbenchmarks?\b"),
}
# Readiness points: one per stage reached below launch (0-2), one for a formed core group,
# one per foundation deliverable done.
MAX_READINESS = (LAUNCHED - 1) + 1 + len(FOUNDATION_DELIVERABLES)
# Cards per column on the maturity board: a projected column stays readable; the rest is
# counted ("+N more") so a 1,000-coalition workbook draws a few dozen links, not a thousand.
BOARD_CAP = 12
# Paths drawn by default on the stage-path chart: one per colour of the colour-blind-safe
# series, and past that many step lines overlap into a blur.
PATH_LIMIT = 6


def _progress(data: Dataset) -> pd.DataFrame:
    """The progress tab ordered by coalition and date, with typed dates and stages."""
    progress = data.progress[["row", "date", "coalition", "stage", "note"]].copy()
    progress = progress[progress["date"].notna()]
    progress["stage"] = progress["stage"].astype(int)
    return progress.sort_values(["coalition", "date", "row"], kind="stable")


def stage_history(data: Dataset, coalition_ids: list[str] | None = None) -> pd.DataFrame:
    """Each coalition's moves between stages, from the progress tab.

    One row per move: the first entry of a coalition and every entry whose stage differs from
    the one before (repeated entries at the same stage are notes, not moves). Columns:
    coalition, name, date, from_stage (Int64, <NA> for the first entry), stage, note; sorted
    by coalition (in the order of ``coalition_ids``, else the coalitions tab) then date.
    """
    progress = _progress(data)
    if coalition_ids is not None:
        progress = progress[progress["coalition"].isin(coalition_ids)]
    previous = progress.groupby("coalition")["stage"].shift(1).astype("Int64")
    moves = progress.assign(from_stage=previous)
    moves = moves[moves["from_stage"].isna() | (moves["from_stage"] != moves["stage"])]
    order = list(coalition_ids) if coalition_ids is not None else list(data.coalitions["id"])
    position = {c: i for i, c in enumerate(order)}
    moves = moves.assign(_order=moves["coalition"].map(position))
    moves = moves.sort_values(["_order", "date", "row"], kind="stable")
    moves.insert(1, "name", moves["coalition"].map(data.coalition_names()))
    columns = ["coalition", "name", "date", "from_stage", "stage", "note"]
    return moves[columns].reset_index(drop=True)


def stage_paths(data: Dataset, today: date, coalition_ids: list[str]) -> pd.DataFrame:
    """The points of each coalition's path through the stages, ready for a step chart.

    The moves of ``stage_history`` plus a closing point with the coalition's current stage on
    ``today``, or on its latest entry if that is later, so every line reaches the present. A
    coalition with no history is a single point; one at the unknown stage gets no closing
    point (its line stops at its last known move). Columns: coalition, name, date, stage.
    """
    moves = stage_history(data, coalition_ids)[["coalition", "name", "date", "stage"]]
    current = data.coalitions[data.coalitions["id"].isin(coalition_ids)]
    current = current[current["stage"] != UNKNOWN_STAGE]
    last = moves.groupby("coalition")["date"].max()
    end = pd.Timestamp(today)
    closing = pd.DataFrame(
        {
            "coalition": current["id"].to_numpy(),
            "name": current["name"].to_numpy(),
            "date": current["id"].map(last).fillna(end).clip(lower=end).to_numpy(),
            "stage": current["stage"].astype(int).to_numpy(),
        }
    )
    position = {c: i for i, c in enumerate(coalition_ids)}
    paths = pd.concat([moves, closing], ignore_index=True)
    paths["date"] = paths["date"].astype("datetime64[ns]")  # the closing points' too
    paths = paths.assign(_order=paths["coalition"].map(position))
    paths = paths.sort_values(["_order", "date"], kind="stable").drop(columns="_order")
    # A closing point repeating the latest move (same day, same stage) adds nothing.
    paths = paths.drop_duplicates(["coalition", "date", "stage"])
    paths["stage"] = paths["stage"].astype(int)
    return paths.reset_index(drop=True)


def time_in_stage(
    data: Dataset, today: date, coalitions: pd.DataFrame | None = None
) -> pd.DataFrame:
    """How long each coalition has been at its current stage, as of ``today``.

    ``since`` is the first entry of the latest run of progress entries at the current stage
    (a coalition that went 1 -> 2 -> 1 has been at stage 1 since its second arrival); for a
    launched coalition without such an entry, its launch date; otherwise unknown (NaT).
    ``days`` counts from ``since`` to ``today`` and is 0 for an entry dated after ``today``.
    Columns: coalition, name, stage, since, days (Int64); longest first, unknown last.
    """
    coalitions = data.coalitions if coalitions is None else coalitions
    progress = _progress(data)
    progress = progress[progress["coalition"].isin(coalitions["id"])]
    previous = progress.groupby("coalition")["stage"].shift(1)
    progress = progress.assign(run=(previous != progress["stage"]).cumsum())
    current = coalitions.set_index("id")["stage"].astype(int)
    at_current = progress[progress["stage"] == progress["coalition"].map(current)]
    latest_run = at_current.groupby("coalition")["run"].transform("max")
    since = at_current[at_current["run"] == latest_run].groupby("coalition")["date"].min()
    table = pd.DataFrame(
        {
            "coalition": coalitions["id"].to_numpy(),
            "name": coalitions["name"].to_numpy(),
            "stage": coalitions["stage"].astype(int).to_numpy(),
        }
    )
    table["since"] = since.reindex(table["coalition"]).to_numpy()
    launched = table["since"].isna() & (table["stage"] == LAUNCHED)
    launch_dates = coalitions["launch_date"].to_numpy()
    table.loc[launched, "since"] = launch_dates[launched.to_numpy()]
    days = (pd.Timestamp(today) - table["since"].dt.normalize()).dt.days
    table["days"] = days.clip(lower=0).astype("Int64")
    table = table.sort_values("days", ascending=False, na_position="last", kind="stable")
    return table.reset_index(drop=True)


def core_group_min(data: Dataset) -> int:
    """Actors with role lead or core a formed core group needs: the settings'
    ``core_group_min`` if it is a positive whole number, else ``CORE_GROUP_MIN``."""
    try:
        value = int(str(data.settings.get("core_group_min", "")).strip())
    except ValueError:
        return CORE_GROUP_MIN
    return value if value > 0 else CORE_GROUP_MIN


def launch_readiness(
    data: Dataset, coalitions: pd.DataFrame | None = None, core_min: int | None = None
) -> pd.DataFrame:
    """Rank the coalitions not yet launched (stage 0-2; not an unknown stage) by readiness.

    Score = the stage reached (0, 1 or 2 points) + 1 if the core group is formed (at least
    ``core_min`` actors with role lead or core; default the settings' ``core_group_min``,
    else 3) + 1 for each shared-foundation deliverable done (diagnostic, actor mapping,
    benchmark: see ``FOUNDATION_DELIVERABLES``), out of ``MAX_READINESS`` (6). Ties are
    broken by stage, then core size, then name.

    Columns: rank, coalition, name, stage, core_actors, core_formed, diagnostic,
    actor_mapping, benchmark, foundations, score.
    """
    coalitions = data.coalitions if coalitions is None else coalitions
    core_min = core_group_min(data) if core_min is None else core_min
    stages = coalitions["stage"].astype(int)
    candidates = coalitions[(stages < LAUNCHED) & (stages != UNKNOWN_STAGE)]
    table = pd.DataFrame(
        {
            "coalition": candidates["id"].to_numpy(),
            "name": candidates["name"].to_numpy(),
            "stage": candidates["stage"].astype(int).to_numpy(),
        }
    )
    members = data.memberships
    core = members[members["role"].isin(CORE_ROLES)]
    core_counts = core.drop_duplicates(["coalition", "actor"]).groupby("coalition").size()
    table["core_actors"] = table["coalition"].map(core_counts).fillna(0).astype(int)
    table["core_formed"] = table["core_actors"] >= core_min
    deliverables = data.deliverables
    done = deliverables[deliverables["status"] == "done"]
    titles = fold_series(done["title"].astype(str))
    for key, pattern in FOUNDATION_DELIVERABLES.items():
        matching = set(done.loc[titles.str.contains(pattern).to_numpy(), "coalition"])
        table[key] = table["coalition"].isin(matching)
    table["foundations"] = table[list(FOUNDATION_DELIVERABLES)].sum(axis=1).astype(int)
    table["score"] = table["stage"] + table["core_formed"].astype(int) + table["foundations"]
    table["_name"] = fold_series(table["name"].astype(str))
    table = table.sort_values(
        ["score", "stage", "core_actors", "_name"],
        ascending=[False, False, False, True],
        kind="stable",
    ).drop(columns="_name")
    table.insert(0, "rank", range(1, len(table) + 1))
    return table.reset_index(drop=True)


def path_selection(coalitions: pd.DataFrame, limit: int = PATH_LIMIT) -> list[str]:
    """The coalitions whose paths the maturity chart shows by default: pilots first, then the
    most advanced, then by name, at most ``limit``."""
    ordered = coalitions.assign(
        _pilot=~coalitions["pilot"].astype(bool),
        _stage=-coalitions["stage"].astype(int),
        _name=fold_series(coalitions["name"].astype(str)),
    ).sort_values(["_pilot", "_stage", "_name"], kind="stable")
    return ordered["id"].head(limit).tolist()


@dataclass
class BoardColumn:
    """One stage's column on the maturity board: the cards shown and how many are not."""

    stage: int
    total: int
    cards: pd.DataFrame  # id, name, pilot
    more: int


def stage_board(coalitions: pd.DataFrame, cap: int = BOARD_CAP) -> list[BoardColumn]:
    """The coalitions by stage, one column per stage 0-5 (and one for the unknown stage when
    a coalition is at it), at most ``cap`` cards each.

    Within a column, pilot coalitions come first, then by name (case and accents folded);
    ``more`` counts the coalitions left off.
    """
    ordered = coalitions.assign(
        _stage=coalitions["stage"].astype(int),
        _pilot=~coalitions["pilot"].astype(bool),
        _name=fold_series(coalitions["name"].astype(str)),
    ).sort_values(["_pilot", "_name"], kind="stable")
    columns = []
    for stage in shown_stages(ordered["_stage"]):
        at_stage = ordered[ordered["_stage"] == stage.number]
        cards = at_stage.head(cap)[["id", "name", "pilot"]].reset_index(drop=True)
        columns.append(BoardColumn(stage.number, len(at_stage), cards, len(at_stage) - len(cards)))
    return columns
