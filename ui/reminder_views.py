"""What a coalition still misses before a Reset Day, in words: « Mes coalitions » and the
presenter view's notes say it the same way."""

from __future__ import annotations

from coalitions.history.resetdays import ResetDay
from coalitions.views.reminders import Reminder
from ui.context import t
from ui.progress_views import format_date


def missing_lines(item: Reminder, last: ResetDay | None) -> list[str]:
    """One sentence per thing ``item`` misses (news since ``last``, a recent next step);
    none when it is ready."""
    missing = []
    if item.news_missing:
        missing.append(
            t("mine.news_missing", date=format_date(last.date))
            if last
            else t("mine.news_missing.ever")
        )
    if item.step_missing:
        missing.append(t("mine.step_missing"))
    elif item.step_old and item.step_written:
        missing.append(t("mine.step_old", date=format_date(item.step_written)))
    elif item.step_old:
        missing.append(t("mine.step_undated"))
    return missing
