"""The presenter view's side (``/presenter?vue=animateur``): the meeting's code and follow
link (or the button starting it), the clock and the timers, the slide's notes, the note box,
the next slide small. The meetings themselves: ``ui.meetings``."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from coalitions.format import format_date, format_duration, format_time
from coalitions.history.resetdays import ResetDay
from coalitions.report.coalition_text import display_name
from coalitions.report.deck import Slide, slide_html
from coalitions.report.meeting import CoalitionNotes, Position, coalition_notes, meeting_budget
from coalitions.report.model import Report
from coalitions.workbook.dataset import Dataset
from ui import meetings
from ui.context import lang, t
from ui.meeting_notes_view import render_note_box
from ui.meeting_summary_view import render_close_button
from ui.meetings import CODE_PARAM, FOLLOW_PARAM, NO_FADE_CSS, REGISTRY, current_code
from ui.reminder_views import missing_lines

TIMER_SECONDS = 1.0  # the clock and the timers tick every second


def wall_clock() -> datetime:
    """The time of day shown to the presenter (the server's local time)."""
    return datetime.now()


def _start(position: Position, deck: str) -> None:
    st.query_params[CODE_PARAM] = meetings.start_meeting(position, deck)


def _follow_link(code: str) -> str:
    # The page's own address as the browser sees it; AppTest has none.
    base = st.context.url or "/presenter"
    return f"{base}?{FOLLOW_PARAM}={code}"


def _meeting_part(position: Position, deck: str, coalitions: dict[int, tuple[str, str]]) -> None:
    code = current_code()
    if code is None:
        st.button(
            t("meeting.start"),
            key="meeting_start",
            icon=":material/cast:",
            help=t("meeting.start.help"),
            on_click=_start,
            args=(position, deck),
            width="stretch",
        )
        return
    link = _follow_link(code)
    with st.container(key="meeting_code"):
        st.markdown(t("meeting.code", code=f"**{code}**"))
        st.markdown(t("meeting.follow_link", link=f"[{link}]({link})"))
    render_close_button(coalitions)


def _notes_lines(notes: CoalitionNotes) -> list[str]:
    """The notes as markdown list lines (what was missing as a nested list)."""
    names = ", ".join(notes.leads)
    lines = [t("meeting.leads", names=names) if names else t("meeting.leads.none")]
    missing = missing_lines(notes.reminder, notes.previous) if notes.reminder else []
    if missing:
        lines.append(t("meeting.missing") + "".join(f"\n  - {text}" for text in missing))
    elif notes.reminder is not None:
        lines.append(t("meeting.ready"))
    lines.append(
        t("meeting.last_news", date=format_date(notes.last_news, lang()))
        if notes.last_news
        else t("meeting.last_news.none")
    )
    return lines


def _notes_part(data: Dataset, slide: Slide, reset_day: ResetDay) -> None:
    st.markdown(f"**{t('meeting.notes')}**")
    if slide.kind != "coalition" or slide.section is None:
        st.caption(t("meeting.notes.none"))
        return
    notes = coalition_notes(data, slide.section, reset_day.date)
    with st.container(key="meeting_notes"):
        st.markdown("\n".join(f"- {line}" for line in _notes_lines(notes)))


def _timer_lines(code: str | None, settings: dict, coalition: bool) -> list[str]:
    budget = meeting_budget(settings)
    now = meetings.clock()
    timing = REGISTRY.timing(code, now, budget, coalition) if code else None
    lines = [t("meeting.clock", time=format_time(wall_clock(), lang()))]
    if timing is None:
        return lines
    over = f" — **{t('meeting.over')}**"
    spent = format_duration(timing.slide_seconds)
    if timing.slide_budget is None:
        lines.append(t("meeting.on_slide", spent=spent))
    else:
        line = t("meeting.on_slide.budget", spent=spent, budget=timing.slide_budget)
        lines.append(line + (over if timing.slide_over else ""))
    total = t(
        "meeting.total",
        spent=format_duration(timing.meeting_seconds),
        budget=timing.meeting_budget,
    )
    lines.append(total + (over if timing.meeting_over else ""))
    return lines


@st.fragment(run_every=TIMER_SECONDS)
def _timer(code: str | None, settings: dict, coalition: bool) -> None:
    # Reruns alone every second: the clock and the time spent tick without a page rerun.
    with st.container(key="meeting_timer"):
        lines = _timer_lines(code, settings, coalition)
        st.markdown("\n".join(f"- {line}" for line in lines))


def render_presenter_side(
    data: Dataset, report: Report, slides: list[Slide], number: int, position: Position
) -> None:
    """The presenter view's column beside the slide: the meeting's code and link (or the
    button starting it), the timer, the next slide small, the slide's notes."""
    coalitions = {
        n: (s.section.id, display_name(s.section, lang()))
        for n, s in enumerate(slides, 1)
        if s.kind == "coalition" and s.section is not None
    }
    st.html(NO_FADE_CSS)
    _meeting_part(position, meetings.meeting_deck_key(data, position), coalitions)
    slide = slides[number - 1]
    _timer(current_code(), dict(data.settings), slide.kind == "coalition")
    _notes_part(data, slide, report.reset_day)
    render_note_box(data, slide, report.reset_day.date)
    st.markdown(f"**{t('meeting.next_slide')}**")
    if number < len(slides):
        with st.container(key="meeting_next_slide"):
            st.html(slide_html(report, slides[number]))
    else:
        st.caption(t("meeting.last_slide"))
