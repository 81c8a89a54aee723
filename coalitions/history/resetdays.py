"""The monthly Reset Days: recurrence, numbering and the meetings of the events tab.

By default a Reset Day falls on the third Tuesday of every month, and no. 14 was held on
18 May 2021. The settings tab may change the weekday, the week of the month, the anchor
(number and date) and months to skip (summer); a ``Reset Day`` event in the events tab moves
that month's meeting to the event's date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

import pandas as pd

from coalitions.workbook.schema import fold

_WEEKDAYS = {
    **{fold(n): i for i, n in enumerate(calendar.day_name)},
    **{
        n: i
        for i, n in enumerate(
            ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
        )
    },
}
_MONTHS = {
    **{fold(n): i for i, n in enumerate(calendar.month_name) if n},
    **{
        fold(n): i + 1
        for i, n in enumerate(
            (
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            )
        )  # fmt: skip
    },
}


@dataclass(frozen=True)
class Recurrence:
    """When Reset Days fall: ``week``-th (1-4, or -1 for last) ``weekday`` (0 = Monday)."""

    weekday: int = 1  # Tuesday
    week: int = 3
    skip_months: frozenset[int] = frozenset()
    anchor_number: int = 14
    anchor_date: date = date(2021, 5, 18)


@dataclass(frozen=True)
class ResetDay:
    """One Reset Day: its number and date."""

    number: int
    date: date


def recurrence_from_settings(settings: dict[str, str]) -> Recurrence:
    """The recurrence given by the settings tab, defaults for what is absent or unreadable."""
    default = Recurrence()
    weekday = _WEEKDAYS.get(fold(settings.get("reset_day_weekday", "")), default.weekday)
    if settings.get("reset_day_weekday", "").strip().isdigit():
        weekday = (int(settings["reset_day_weekday"]) - 1) % 7  # ISO: 1 = Monday
    week = _int(settings.get("reset_day_week"), default.week)
    if week not in (1, 2, 3, 4, -1):
        week = default.week
    skips = set()
    for word in re.split(r"[,;/\s]+", settings.get("reset_day_skip_months", "")):
        month = int(word) if word.isdigit() else _MONTHS.get(fold(word))
        if month and 1 <= month <= 12:
            skips.add(month)
    anchor_number = _int(settings.get("reset_day_anchor_number"), default.anchor_number)
    anchor = pd.to_datetime(settings.get("reset_day_anchor_date", ""), errors="coerce")
    anchor_date = anchor.date() if not pd.isna(anchor) else default.anchor_date
    return Recurrence(weekday, week, frozenset(skips), anchor_number, anchor_date)


def _int(value: str | None, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def nth_weekday(year: int, month: int, weekday: int, week: int) -> date:
    """The ``week``-th ``weekday`` of a month (``week=-1``: the last one)."""
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month]
    matching = [d for d in days if d.weekday() == weekday]
    return matching[week - 1] if week > 0 else matching[-1]


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def reset_days(
    recurrence: Recurrence, start: date, end: date, events: pd.DataFrame | None = None
) -> list[ResetDay]:
    """Every Reset Day from ``start`` to ``end`` (inclusive), numbered from the anchor.

    Skipped months have no meeting and take no number; a ``reset_day`` event in the events
    table replaces the computed date of its month (a meeting moved by a week, say).
    """
    moved = _moved_meetings(events)
    anchor_month = _month_index(recurrence.anchor_date)
    first, last = _month_index(start), _month_index(end)
    number = recurrence.anchor_number
    numbers: dict[int, int] = {}
    # Walk from the anchor month outwards so numbering stays anchored whatever the range.
    for month in range(anchor_month, max(last, anchor_month) + 1):
        if (month % 12) + 1 in recurrence.skip_months:
            continue
        numbers[month] = number
        number += 1
    number = recurrence.anchor_number - 1
    for month in range(anchor_month - 1, min(first, anchor_month) - 1, -1):
        if (month % 12) + 1 in recurrence.skip_months:
            continue
        numbers[month] = number
        number -= 1
    days = []
    for month in range(first, last + 1):
        if month not in numbers or numbers[month] < 1:
            continue
        year, month0 = divmod(month, 12)
        when = moved.get(month) or nth_weekday(
            year, month0 + 1, recurrence.weekday, recurrence.week
        )
        if start <= when <= end:
            days.append(ResetDay(numbers[month], when))
    return days


def _moved_meetings(events: pd.DataFrame | None) -> dict[int, date]:
    if events is None or events.empty:
        return {}
    meetings = events[events["kind"] == "reset_day"]
    return {_month_index(ts.date()): ts.date() for ts in meetings["date"] if not pd.isna(ts)}


def next_reset_day(
    recurrence: Recurrence, today: date, events: pd.DataFrame | None = None
) -> ResetDay | None:
    """The first Reset Day on or after ``today`` (within the coming 14 months)."""
    end = date(today.year + 1, today.month, 28) + pd.DateOffset(months=2)
    upcoming = reset_days(recurrence, today, end.date(), events)
    return upcoming[0] if upcoming else None


def previous_reset_day(
    recurrence: Recurrence, before: date, events: pd.DataFrame | None = None
) -> ResetDay | None:
    """The last Reset Day strictly before ``before`` (within the past 14 months)."""
    start = (pd.Timestamp(before) - pd.DateOffset(months=14)).date()
    past = [d for d in reset_days(recurrence, start, before, events) if d.date < before]
    return past[-1] if past else None


def reset_day_by_number(
    recurrence: Recurrence, number: int, events: pd.DataFrame | None = None
) -> ResetDay | None:
    """The Reset Day with this number, or None if it does not exist."""
    offset = number - recurrence.anchor_number
    # Skipped months stretch the calendar: search a window wide enough for one skip a year.
    months = abs(offset) + abs(offset) // 6 + 3
    centre = pd.Timestamp(recurrence.anchor_date)
    start = (centre - pd.DateOffset(months=months if offset < 0 else 1)).date()
    end = (centre + pd.DateOffset(months=months if offset > 0 else 1)).date()
    for day in reset_days(recurrence, start, end, events):
        if day.number == number:
            return day
    return None


def reference_date(settings: dict[str, str], fallback: date) -> date:
    """The day the dashboard treats as today: ``reference_date`` in settings, else ``fallback``.

    The built-in sample fixes it (to Reset Day 14) so that its 2021 agenda reads as upcoming;
    a live sheet normally leaves it out.
    """
    fixed = pd.to_datetime(settings.get("reference_date", ""), errors="coerce")
    return fallback if pd.isna(fixed) else fixed.date()
