"""What a coalition lead still has to post before the next Reset Day (page « Mes coalitions »).

Two things make a coalition ready for the meeting: news posted since the last Reset Day
(they become its "news of the month"), and a next step written recently enough to still be
the plan. No Streamlit here.
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
from coalitions.history.timeline import latest_texts
from coalitions.workbook.dataset import Dataset

# A next step not rewritten for a quarter is probably no longer the plan: the community's
# rule of thumb, the same quarter after which a coalition that hasn't moved counts as stalled.
STEP_MAX_AGE_MONTHS = 3


@dataclass(frozen=True)
class Reminder:
    """One coalition's state before the next Reset Day.

    ``news_missing``: no news dated after the last Reset Day; ``step_written``: when its
    current next step was last written (an update's date, else the coalitions tab's
    ``updated``; None when unknown or when there is no next step); ``step_missing`` /
    ``step_old``: no next step at all / one written more than ``STEP_MAX_AGE_MONTHS`` ago
    (or at an unknown date).
    """

    coalition: str
    name: str
    news_missing: bool
    step_missing: bool
    step_old: bool
    step_written: date | None

    @property
    def ready(self) -> bool:
        return not (self.news_missing or self.step_missing or self.step_old)


@dataclass(frozen=True)
class Reminders:
    """The Reset Days around ``today`` and a reminder per coalition asked for."""

    last: ResetDay | None
    next: ResetDay | None
    items: tuple[Reminder, ...]


def reminders(data: Dataset, coalitions: list[str], today: date) -> Reminders:
    """What each of ``coalitions`` (ids, in that order) misses before the next Reset Day."""
    recurrence = recurrence_from_settings(data.settings)
    last = previous_reset_day(recurrence, today, data.events)
    coming = next_reset_day(recurrence, today, data.events)
    updates = data.updates
    dates = updates["date"].dt.normalize()
    window = dates <= pd.Timestamp(today)
    if last is not None:
        window &= dates > pd.Timestamp(last.date)
    has_news = updates["news"].astype(str).str.strip() != ""
    with_news = set(updates.loc[(window & has_news).to_numpy(), "coalition"])
    names = data.coalition_names()
    too_old = (pd.Timestamp(today) - pd.DateOffset(months=STEP_MAX_AGE_MONTHS)).date()
    items = []
    texts = latest_texts(data, today)
    for coalition in (c for c in coalitions if c in names):
        step, written = texts.at[coalition, "next_step"], texts.at[coalition, "next_step_on"]
        items.append(
            Reminder(
                coalition=coalition,
                name=str(names[coalition]),
                news_missing=coalition not in with_news,
                step_missing=not step,
                step_old=bool(step) and (written is None or written < too_old),
                step_written=written if step else None,
            )
        )
    return Reminders(last, coming, tuple(items))
