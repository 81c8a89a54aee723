"""Which Reset Day a report or a deck shows, and the ones one may choose from."""

from __future__ import annotations

from datetime import date

import pandas as pd

from coalitions.history.resetdays import (
    ResetDay,
    next_reset_day,
    previous_reset_day,
    recurrence_from_settings,
    reset_day_by_number,
    reset_days,
)
from coalitions.workbook.dataset import Dataset

# How far back the Reset Day choice goes when the workbook has no date at all.
_DEFAULT_HISTORY_MONTHS = 12


def reset_day_choices(data: Dataset, today: date) -> list[ResetDay]:
    """The Reset Days one may present: from the workbook's first dated record to the next one.

    The first dated record is the earliest progress entry or event; with none, the choice
    starts a year before ``today``. The list ends with the first Reset Day after ``today``.
    """
    recurrence = recurrence_from_settings(data.settings)
    dates = pd.concat([data.progress["date"], data.events["date"]]).dropna()
    start = dates.min().date() if len(dates) else None
    if start is None or start > today:
        start = (pd.Timestamp(today) - pd.DateOffset(months=_DEFAULT_HISTORY_MONTHS)).date()
    following = next_reset_day(recurrence, today + pd.Timedelta(days=1), data.events)
    end = following.date if following else today
    return reset_days(recurrence, start, end, data.events)


def default_reset_day(data: Dataset, today: date) -> ResetDay | None:
    """The last Reset Day on or before ``today`` (the one a meeting is presenting)."""
    recurrence = recurrence_from_settings(data.settings)
    return previous_reset_day(recurrence, today + pd.Timedelta(days=1), data.events)


def find_reset_day(data: Dataset, number: object) -> ResetDay | None:
    """The Reset Day numbered ``number`` (text from a URL is fine), or None."""
    try:
        wanted = int(str(number).strip())
    except (TypeError, ValueError):
        return None
    if wanted < 1:
        return None
    recurrence = recurrence_from_settings(data.settings)
    return reset_day_by_number(recurrence, wanted, data.events)


def chosen_reset_day(
    data: Dataset, today: date, requested: object = None
) -> tuple[ResetDay | None, list[ResetDay]]:
    """The Reset Day to show and the ones to choose from.

    ``requested`` is a number (from ``?rd=`` in the URL); when it names no Reset Day in the
    choices, the last one on or before ``today`` is shown, else the latest choice.
    """
    choices = reset_day_choices(data, today)
    wanted = find_reset_day(data, requested) if requested is not None else None
    reset_day = wanted if wanted in choices else default_reset_day(data, today)
    if reset_day not in choices:
        reset_day = choices[-1] if choices else None
    return reset_day, choices
