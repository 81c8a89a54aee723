"""The community as it stood on a date: the dataset cut to what was known on that day.

Every page can look back ("where were we at the last Reset Day?") because the workbook is
dated history: stages reached on a date (progress), actors who joined on a date
(memberships' ``since``), deliverables and events dated, news dated. ``as_of(data, day)``
returns the same kind of ``Dataset`` with only what existed on ``day``, so every page, chart
and output computes "as of" that day with no code of its own.

Rules (also stated in docs/workbook.md):
- a row without a date counts as always present (an undated member was always there);
- a coalition whose first progress entry comes after ``day`` did not exist yet and is left
  out; one with no progress at all is always present;
- its stage is the latest progress entry on or before ``day``, unless the coalitions tab's
  ``updated`` date is later than that entry and on or before ``day`` (the contract's "most
  recent information wins", applied on that day);
- memberships, progress and updates dated after ``day`` are left out;
- a deliverable's status is that of its latest row dated on or before ``day``; one whose only
  rows are dated later is shown as it was known (planned or in progress), except that a
  deliverable done after ``day`` was not done yet: it shows as in progress;
- events are all kept: the agenda's "upcoming" is simply counted from ``day``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd

from coalitions.changes import changes_since_last_reset_day
from coalitions.dataset import Dataset
from coalitions.resetdays import ResetDay, recurrence_from_settings, reset_days
from coalitions.stages import STAGES


def _day_end(day: date) -> pd.Timestamp:
    # A row dated with a time on ``day`` (a launch at 10:00) happened on that day.
    return pd.Timestamp(day) + pd.Timedelta(days=1) - pd.Timedelta(microseconds=1)


def _on_or_before(values: pd.Series, day: date, undated: bool) -> pd.Series:
    """Mask of dates on or before ``day``; undated rows count as ``undated``."""
    dates = pd.to_datetime(values, errors="coerce")
    return (dates <= _day_end(day)) | (dates.isna() & undated)


def _coalitions_on(data: Dataset, day: date) -> pd.DataFrame:
    """The coalitions that existed on ``day``, each with its stage on that day."""
    coalitions = data.coalitions
    if coalitions.empty:
        return coalitions
    progress = data.progress.assign(_date=pd.to_datetime(data.progress["date"], errors="coerce"))
    progress = progress[progress["_date"].notna()]
    known = progress[progress["_date"] <= _day_end(day)]
    later_only = set(progress["coalition"]) - set(known["coalition"])
    latest = known.sort_values(["_date", "row"], kind="stable").groupby("coalition").last()
    kept = coalitions[~coalitions["id"].isin(later_only)].copy()
    stage_on = kept["id"].map(latest["stage"])
    moved_on = kept["id"].map(latest["_date"])
    updated = pd.to_datetime(kept["updated"], errors="coerce")
    # The coalitions tab's stage stands when it was written later than the last move known
    # on that day (and on or before it); otherwise the history says where it stood.
    tab_wins = stage_on.isna() | (
        updated.notna() & (updated <= _day_end(day)) & (updated > moved_on)
    )
    # A row written after the day shown was not known then.
    kept.loc[(updated > _day_end(day)).to_numpy(), "updated"] = pd.NaT
    history = (~tab_wins).to_numpy()
    kept.loc[history, "stage"] = stage_on[history].astype(int).to_numpy()
    return kept.reset_index(drop=True)


def _deliverables_on(deliverables: pd.DataFrame, day: date) -> pd.DataFrame:
    """Each deliverable's rows as known on ``day`` (see the module docstring)."""
    if deliverables.empty:
        return deliverables
    dated = pd.to_datetime(deliverables["date"], errors="coerce")
    later = dated > _day_end(day)
    # A title with a row known on the day keeps only those rows (its history up to then).
    key = deliverables["coalition"].astype(str) + "\x1f" + deliverables["title"].astype(str)
    known_keys = set(key[~later])
    keep = ~later | ~key.isin(known_keys)
    table = deliverables[keep].copy()
    done_later = later[keep] & table["status"].eq("done")
    table.loc[done_later.to_numpy(), "status"] = "in_progress"
    return table.reset_index(drop=True)


def as_of(data: Dataset, day: date) -> Dataset:
    """``data`` as it stood at the end of ``day`` (rules in the module docstring)."""
    coalitions = _coalitions_on(data, day)
    ids = set(coalitions["id"])

    def cut(table: pd.DataFrame, column: str, undated: bool = True) -> pd.DataFrame:
        keep = _on_or_before(table[column], day, undated)
        if "coalition" in table:
            keep &= table["coalition"].isin(ids) | table["coalition"].eq("")
        return table[keep.to_numpy()].reset_index(drop=True)

    memberships = cut(data.memberships, "since")
    actors = data.actors
    if "listed" in actors:
        # Actors named only in memberships exist through them: none left, no actor.
        named = set(memberships["actor"])
        actors = actors[actors["listed"].astype(bool) | actors["name"].isin(named)]
        actors = actors.reset_index(drop=True)
    events = data.events
    events = events[events["coalition"].isin(ids) | events["coalition"].eq("")]
    deliverables = data.deliverables[data.deliverables["coalition"].isin(ids)]
    return replace(
        data,
        coalitions=coalitions,
        actors=actors,
        memberships=memberships,
        events=events.reset_index(drop=True),
        progress=cut(data.progress, "date", undated=False),
        deliverables=_deliverables_on(deliverables.reset_index(drop=True), day),
        updates=cut(data.updates, "date", undated=False),
        as_of=day,
    )


def pipeline_over_time(data: Dataset, days: list[ResetDay]) -> pd.DataFrame:
    """Coalitions per stage at each Reset Day of ``days``, for the change-over-time chart.

    Columns: number, date, stage, count; one row per Reset Day and stage (0 where none), in
    date then stage order.
    """
    rows = []
    for reset_day in days:
        stages = _coalitions_on(data, reset_day.date)["stage"]
        counts = pd.to_numeric(stages, errors="coerce").value_counts()
        for stage in STAGES:
            rows.append(
                {
                    "number": reset_day.number,
                    "date": pd.Timestamp(reset_day.date),
                    "stage": stage.number,
                    "count": int(counts.get(stage.number, 0)),
                }
            )
    return pd.DataFrame(rows, columns=["number", "date", "stage", "count"])


def network_growth(data: Dataset, until: date) -> pd.DataFrame:
    """Actors and memberships at the end of each month, up to ``until``'s month.

    Columns: month (first day, Timestamp), actors (distinct actors in a coalition),
    memberships. Undated memberships count from the first month; the series starts at the
    month of the first dated membership (or ``until``'s month when none is dated).
    """
    members = data.memberships
    since = pd.to_datetime(members["since"], errors="coerce")
    first = since.min() if since.notna().any() else pd.Timestamp(until)
    months = pd.date_range(
        pd.Timestamp(first).to_period("M").to_timestamp(),
        pd.Timestamp(until).to_period("M").to_timestamp(),
        freq="MS",
    )
    rows = []
    for month in months:
        end = _day_end(month + pd.offsets.MonthEnd(0))
        present = since.isna() | (since <= end)
        rows.append(
            {
                "month": month,
                "actors": int(members.loc[present.to_numpy(), "actor"].nunique()),
                "memberships": int(present.sum()),
            }
        )
    return pd.DataFrame(rows, columns=["month", "actors", "memberships"])


def parse_day(value: object) -> date | None:
    """A ``?au=YYYY-MM-DD`` value as a date, or None when it is not one."""
    text = str(value or "").strip()
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def past_reset_days(data: Dataset, today: date) -> list[ResetDay]:
    """The Reset Days on or before ``today``, latest first, from the workbook's first dated
    record (progress, event or membership); none when nothing is dated."""
    dates = pd.concat(
        [
            pd.to_datetime(data.progress["date"], errors="coerce"),
            pd.to_datetime(data.events["date"], errors="coerce"),
            pd.to_datetime(data.memberships["since"], errors="coerce"),
        ]
    ).dropna()
    if dates.empty or dates.min().date() > today:
        return []
    recurrence = recurrence_from_settings(data.settings)
    typed_events = data.events.assign(date=pd.to_datetime(data.events["date"], errors="coerce"))
    return reset_days(recurrence, dates.min().date(), today, typed_events)[::-1]


def arrivals_since_last_reset_day(data: Dataset, day: date) -> tuple[ResetDay | None, set[str]]:
    """The last Reset Day before ``day`` and the actors who joined a coalition since then (up
    to ``day``), for the network to highlight; (None, empty) before the first Reset Day."""
    found = changes_since_last_reset_day(data, day)
    if found is None:
        return None, set()
    return found.reset_day, set(found.changes.joined["actor"])
