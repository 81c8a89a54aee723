"""The community as it stood on a date, over time: the history charts and the Reset Days past.

``as_of(data, day)`` (the dataset cut to what was known on ``day``) lives in
``coalitions.history.timeline``, the one owner of the rules of time; this module draws series from
it (the pipeline at each Reset Day, the network month by month) and reads ``?au=`` dates.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from coalitions.history.changes import changes_since_last_reset_day
from coalitions.history.resetdays import ResetDay, recurrence_from_settings, reset_days
from coalitions.history.timeline import coalitions_on, on_or_before
from coalitions.workbook.dataset import Dataset
from coalitions.workbook.stages import STAGES


def pipeline_over_time(data: Dataset, days: list[ResetDay]) -> pd.DataFrame:
    """Coalitions per stage at each Reset Day of ``days``, for the change-over-time chart.

    Columns: number, date, stage, count; one row per Reset Day and stage (0 where none), in
    date then stage order.
    """
    rows = []
    for reset_day in days:
        stages = coalitions_on(data, reset_day.date)["stage"]
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
    since = members["since"]
    first = since.min() if since.notna().any() else pd.Timestamp(until)
    months = pd.date_range(
        pd.Timestamp(first).to_period("M").to_timestamp(),
        pd.Timestamp(until).to_period("M").to_timestamp(),
        freq="MS",
    )
    rows = []
    for month in months:
        present = on_or_before(since, (month + pd.offsets.MonthEnd(0)).date(), undated=True)
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
            data.progress["date"],
            data.events["date"],
            data.memberships["since"],
        ]
    ).dropna()
    if dates.empty or dates.min().date() > today:
        return []
    recurrence = recurrence_from_settings(data.settings)
    return reset_days(recurrence, dates.min().date(), today, data.events)[::-1]


def arrivals_since_last_reset_day(data: Dataset, day: date) -> tuple[ResetDay | None, set[str]]:
    """The last Reset Day before ``day`` and the actors who joined a coalition since then (up
    to ``day``), for the network to highlight; (None, empty) before the first Reset Day."""
    found = changes_since_last_reset_day(data, day)
    if found is None:
        return None, set()
    return found.reset_day, set(found.changes.joined["actor"])
