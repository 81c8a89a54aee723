"""What happened between two Reset Days: the engine behind "since the last Reset Day".

A window runs from the previous meeting (exclusive) to the chosen one (inclusive); what is
"coming" runs from the chosen meeting (exclusive) to the next one (inclusive).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from coalitions.history.resetdays import (
    ResetDay,
    next_reset_day,
    previous_reset_day,
    recurrence_from_settings,
)
from coalitions.history.timeline import as_of, first_moves, latest_moves
from coalitions.workbook.dataset import Dataset

DEFAULT_STALE_MONTHS = 3  # the community's rule of thumb: a quarter without a move is a stall


@dataclass
class Changes:
    """Everything that moved in ``(since, until]`` and what comes in ``(until, next_until]``.

    Tables (DataFrames, each with ``coalition`` (id) and ``name`` (coalition name)):
    - ``stage_changes``: date, from_stage (Int64, <NA> for a first entry), to_stage, direction
      (+1 up, -1 down), note;
    - ``new_coalitions``: coalitions whose first progress entry falls in the window (date,
      stage);
    - ``joined``: actor, role, since (memberships whose ``since`` falls in the window);
    - ``deliverables_done``: title, date (status done, dated in the window);
    - ``events_held``: the coalitions' events in the window (the Reset Days are not theirs);
    - ``events_coming``: the events tab's rows after it, the next Reset Day included (it is
      listed, not counted);
    - ``stale``: stage, last_move (date of the latest progress entry, NaT if none), months
      (whole months from last_move to ``until``), for coalitions below the impact stage
      that have not moved for ``stale_months`` or more.
    """

    since: date
    until: date
    next_until: date | None
    stage_changes: pd.DataFrame
    new_coalitions: pd.DataFrame
    joined: pd.DataFrame
    deliverables_done: pd.DataFrame
    events_held: pd.DataFrame
    events_coming: pd.DataFrame
    stale: pd.DataFrame

    def counts(self) -> dict[str, int]:
        """The month at a glance: how many of each kind of change."""
        ups = int((self.stage_changes["direction"] > 0).sum()) if len(self.stage_changes) else 0
        return {
            "stage_changes": len(self.stage_changes),
            "stage_ups": ups,
            "stage_downs": len(self.stage_changes) - ups,
            "new_coalitions": len(self.new_coalitions),
            "joined": len(self.joined),
            # Of them, those who came only as interested, not as members (the report and the
            # deck tell them apart: « trois autres acteurs ont manifesté leur intérêt »).
            "interested": int(self.joined["role"].eq("interested").sum())
            if len(self.joined)
            else 0,
            "deliverables_done": len(self.deliverables_done),
            "events_held": len(self.events_held),
            "events_coming": int((self.events_coming["kind"] != "reset_day").sum()),
            "stale": len(self.stale),
        }


def arrivals(counts: dict[str, int]) -> tuple[int, int]:
    """The arrivals of ``Changes.counts()`` (or a report's figures, which are the same counts)
    told apart: ``(members, interested)``, those who joined a coalition as members and those
    who only showed interest. The overview, the summary and the deck's tiles say these two."""
    return counts["joined"] - counts["interested"], counts["interested"]


def _in(dates: pd.Series, start: date, end: date | None) -> pd.Series:
    """Mask of dates in ``(start, end]`` (``end`` None: no upper bound)."""
    days = dates.dt.normalize()
    mask = days > pd.Timestamp(start)
    if end is not None:
        mask &= days <= pd.Timestamp(end)
    return mask


def _named(table: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    table = table.copy()
    table.insert(table.columns.get_loc("coalition") + 1, "name", table["coalition"].map(names))
    return table


def _stage_changes(progress: pd.DataFrame, since: date, until: date) -> pd.DataFrame:
    ordered = progress.sort_values(["coalition", "date", "row"], kind="stable")
    previous = ordered.groupby("coalition")["stage"].shift(1).astype("Int64")
    ordered = ordered.assign(from_stage=previous)
    moved = ordered[_in(ordered["date"], since, until)]
    moved = moved[moved["from_stage"].isna() | (moved["from_stage"] != moved["stage"])]
    moved = moved.rename(columns={"stage": "to_stage"})
    moved["direction"] = (
        (moved["to_stage"] - moved["from_stage"].fillna(-1)).clip(-1, 1).astype(int)
    )
    columns = ["coalition", "date", "from_stage", "to_stage", "direction", "note"]
    return moved[columns].sort_values(["date", "coalition"], kind="stable")


def _stale(day: Dataset, until: date, stale_months: int) -> pd.DataFrame:
    """Coalitions below impact whose latest move (as of ``until``) is old enough; ``day`` is
    the dataset as of ``until`` (its stages those of that day)."""
    table = day.coalitions[["id", "stage"]].rename(columns={"id": "coalition"})
    table = table.set_index("coalition")
    table["last_move"] = latest_moves(day.progress, until)["date"].reindex(table.index)
    table = table[table["stage"] < 5].reset_index()
    end = pd.Timestamp(until)
    last = table["last_move"]
    months = (end.year - last.dt.year) * 12 + (end.month - last.dt.month)
    months -= (end.day < last.dt.day).astype(int)
    table["months"] = months.astype("Int64")
    # With no progress entry at all we can't date the stall, but it is one: list it.
    stale = table[table["months"].isna() | (table["months"] >= stale_months)]
    return stale.sort_values("last_move", na_position="first").reset_index(drop=True)


def changes_between(
    data: Dataset,
    since: date,
    until: date,
    next_until: date | None = None,
    stale_months: int | None = None,
) -> Changes:
    """Everything that happened in ``(since, until]`` and is planned in ``(until, next_until]``.

    Read from the dataset as it stood on ``until`` (``coalitions.history.timeline.as_of``): the
    stages, deliverables and events of that day. ``stale_months`` defaults to the settings'
    ``stale_months``, else 3.
    """
    if stale_months is None:
        stale_months = stale_threshold(data.settings)
    data = as_of(data, until)
    names = data.coalition_names()
    progress = data.progress
    changes = _stage_changes(progress, since, until)
    first = first_moves(progress).reset_index()
    new = first[_in(first["date"], since, until)][["coalition", "date", "stage"]]
    members = data.memberships
    joined = members[_in(members["since"], since, until)][["coalition", "actor", "role", "since"]]
    deliverables = data.deliverables
    done = deliverables[
        (deliverables["status"] == "done") & _in(deliverables["date"], since, until)
    ]
    events = data.events
    # A Reset Day is the community's meeting that closes the window, not a coalition's event:
    # « events held » are the coalitions' own, on the page, in the report and on the deck.
    held = events[_in(events["date"], since, until) & (events["kind"] != "reset_day")]
    coming = events[_in(events["date"], until, next_until)] if next_until else events.iloc[0:0]
    return Changes(
        since=since,
        until=until,
        next_until=next_until,
        stage_changes=_named(changes, names).reset_index(drop=True),
        new_coalitions=_named(new, names).reset_index(drop=True),
        joined=_named(joined, names).reset_index(drop=True),
        deliverables_done=_named(done[["coalition", "title", "date", "url"]], names).reset_index(
            drop=True
        ),
        events_held=held.reset_index(drop=True),
        events_coming=coming.reset_index(drop=True),
        stale=_named(_stale(data, until, stale_months), names),
    )


def stale_threshold(settings: dict[str, str]) -> int:
    """Months without a move after which a coalition is stale: settings ``stale_months``, else 3."""
    return _int(settings.get("stale_months"), DEFAULT_STALE_MONTHS)


def _int(value: str | None, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


@dataclass
class ResetDayChanges:
    """A Reset Day, its neighbours, and the changes of its month."""

    reset_day: ResetDay
    previous: ResetDay | None
    next: ResetDay | None
    changes: Changes


def changes_for_reset_day(data: Dataset, reset_day: ResetDay) -> ResetDayChanges:
    """The changes since the Reset Day before ``reset_day``, up to it, and what comes next."""
    recurrence = recurrence_from_settings(data.settings)
    previous = previous_reset_day(recurrence, reset_day.date, data.events)
    following = next_reset_day(recurrence, reset_day.date + pd.Timedelta(days=1), data.events)
    since = previous.date if previous else date.min
    changes = changes_between(data, since, reset_day.date, following.date if following else None)
    return ResetDayChanges(reset_day, previous, following, changes)


def changes_since_last_reset_day(data: Dataset, today: date) -> ResetDayChanges | None:
    """What happened since the last Reset Day before ``today``, up to ``today``.

    On a Reset Day itself, that is the month the meeting reviews (since the one before).
    """
    recurrence = recurrence_from_settings(data.settings)
    last = previous_reset_day(recurrence, today, data.events)
    if last is None:
        return None
    following = next_reset_day(recurrence, today + pd.Timedelta(days=1), data.events)
    changes = changes_between(data, last.date, today, following.date if following else None)
    return ResetDayChanges(last, previous_reset_day(recurrence, last.date, data.events),
                           following, changes)  # fmt: skip
