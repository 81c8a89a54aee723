"""Closing a meeting: the button, and the summary shown after it (time, coalitions covered
with their time and notes, the way to the report of the day)."""

from __future__ import annotations

import streamlit as st

from coalitions.escape import escape_text
from coalitions.format import format_duration
from coalitions.report.meeting import Summary, meeting_budget, summarize
from ui import meetings
from ui.context import t
from ui.meetings import CODE_PARAM, current_code, presenting

_SUMMARY = "meeting_summary"


def _close(coalitions: dict[int, tuple[str, str]]) -> None:
    code = current_code()
    meeting = meetings.close_meeting(code) if code else None
    if meeting is not None:
        st.session_state[_SUMMARY] = summarize(meeting, coalitions, meetings.clock())
    del st.query_params[CODE_PARAM]


def _reopen() -> None:
    st.session_state.pop(_SUMMARY, None)


def closing_summary() -> Summary | None:
    """The summary of the meeting this session just closed, until it goes back to the deck."""
    found = st.session_state.get(_SUMMARY)
    return found if isinstance(found, Summary) and presenting() else None


def render_summary(summary: Summary, settings: dict) -> None:
    """The closing summary: how long, the coalitions covered with their time and notes, the
    notes taken, the way to the report of the day."""
    budget = meeting_budget(settings)
    st.title(t("meeting.summary.title", number=summary.reset_day))
    lines = [
        t("meeting.total", spent=format_duration(summary.seconds), budget=budget.meeting),
        t("meeting.summary.covered", shown=len(summary.covered), total=summary.coalitions),
        t("meeting.summary.notes", count=summary.notes)
        if summary.notes
        else t("meeting.summary.notes.none"),
    ]
    st.markdown("\n".join(f"- {line}" for line in lines))
    items = []
    for item in summary.covered:
        name = escape_text(item.name, "markdown", max_length=120)
        line = t("meeting.summary.item", name=name, spent=format_duration(item.seconds))
        if item.seconds > budget.per_coalition * 60:
            line += f" — **{t('meeting.over')}**"
        notes = "".join(
            f"\n  - {escape_text(text, 'markdown', max_length=300)}" for text in item.notes
        )
        items.append(f"- {line}{notes}")
    if items:
        st.markdown("\n".join(items))
    with st.container(key="meeting_summary_links"):
        st.page_link(
            "app_pages/report.py",
            label=t("meeting.summary.report", number=summary.reset_day),
            icon=":material/article:",
            query_params={"rd": str(summary.reset_day)},
        )
        st.button(t("meeting.summary.back"), key="meeting_back", on_click=_reopen)


def render_close_button(coalitions: dict[int, tuple[str, str]]) -> None:
    """« Clore la séance »; ``coalitions`` maps the deck's coalition slides to (id, name)."""
    st.button(
        t("meeting.close"),
        key="meeting_close",
        icon=":material/stop_circle:",
        on_click=_close,
        args=(coalitions,),
        width="stretch",
    )
