"""A Reset Day run from the presenter page: the presenter view's side (next slide, notes,
clock and timer, the meeting's code) and the follower view.

One server process holds the meetings (``REGISTRY``, in memory, see ``coalitions.meeting``):
a follower reaches the same process as its presenter, and after a restart the presenter
view's URL (``?vue=animateur&seance=CODE&slide=N``) starts the meeting again at its slide.
Followers ask the registry every ``FOLLOW_POLL_SECONDS`` from a fragment: only that fragment
reruns, the page is not reloaded.
"""

from __future__ import annotations

import time
from datetime import datetime

import streamlit as st

from coalitions.dataset import Dataset
from coalitions.format import format_date, format_duration, format_time
from coalitions.meeting import (
    CoalitionNotes,
    MeetingRegistry,
    Position,
    coalition_notes,
    meeting_budget,
    meeting_deck,
    valid_code,
)
from coalitions.report.model import Report
from coalitions.resetdays import ResetDay
from coalitions.slides import Slide, slide_html
from data_sources.cache import cached_view
from ui.context import lang, t, today
from ui.reminder_views import missing_lines

PRESENTER_VIEW = "animateur"  # ?vue=animateur
VIEW_PARAM = "vue"
CODE_PARAM = "seance"  # the presenter view's meeting
FOLLOW_PARAM = "suivre"  # a follower's meeting
# A follower asks where the meeting is twice a second: a move reaches it within half a second
# plus a fragment's run, inside the one second promised. Measured by the browser test and the
# benchmark (CPU per follower).
FOLLOW_POLL_SECONDS = 0.5
TIMER_SECONDS = 1.0  # the clock and the timers tick every second

REGISTRY = MeetingRegistry()
# Streamlit fades the elements of a run in progress ("stale"); a follower's fragment reruns
# twice a second, so on a busy server the projected slide would flicker, its text at a third
# of its contrast. The follower's elements keep their full colours.
FOLLOW_CSS = (
    "<style>"
    '[data-testid="stElementContainer"][data-stale="true"]'
    " { opacity: 1 !important; filter: none !important; transition: none !important; }"
    "</style>"
)


def clock() -> float:
    """Seconds of a monotonic clock: the timers must not jump with the wall clock. Tests
    replace this function to control time."""
    return time.monotonic()


def wall_clock() -> datetime:
    """The time of day shown to the presenter (the server's local time)."""
    return datetime.now()


def presenting() -> bool:
    """Whether the presenter page shows the presenter view (``?vue=animateur``)."""
    return st.query_params.get(VIEW_PARAM) == PRESENTER_VIEW


def following() -> bool:
    """Whether the presenter page follows a meeting (``?suivre=CODE``)."""
    return FOLLOW_PARAM in st.query_params


def current_code() -> str | None:
    """The meeting of this presenter view (``?seance=``), None before it starts."""
    return valid_code(st.query_params.get(CODE_PARAM))


def sync_meeting(position: Position) -> None:
    """Tell the registry where this presenter view is (a button's move, from its callback;
    every run: a new choice of Reset Day or order, a reload); starts the meeting again after
    a restart. Nothing outside the presenter view, which alone runs meetings."""
    code = current_code()
    if code is not None and presenting():
        REGISTRY.show(code, position, clock())


def _start(position: Position) -> None:
    st.query_params[CODE_PARAM] = REGISTRY.start(position, clock())


def _follow_link(code: str) -> str:
    # The page's own address as the browser sees it; AppTest has none.
    base = st.context.url or "/presenter"
    return f"{base}?{FOLLOW_PARAM}={code}"


def _meeting_part(position: Position) -> None:
    code = current_code()
    if code is None:
        st.button(
            t("meeting.start"),
            key="meeting_start",
            icon=":material/cast:",
            help=t("meeting.start.help"),
            on_click=_start,
            args=(position,),
            width="stretch",
        )
        return
    link = _follow_link(code)
    with st.container(key="meeting_code"):
        st.markdown(t("meeting.code", code=f"**{code}**"))
        st.markdown(t("meeting.follow_link", link=f"[{link}]({link})"))


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
    now = clock()
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
    _meeting_part(position)
    slide = slides[number - 1]
    _timer(current_code(), dict(data.settings), slide.kind == "coalition")
    _notes_part(data, slide, report.reset_day)
    st.markdown(f"**{t('meeting.next_slide')}**")
    if number < len(slides):
        with st.container(key="meeting_next_slide"):
            st.html(slide_html(report, slides[number]))
    else:
        st.caption(t("meeting.last_slide"))


@st.fragment(run_every=FOLLOW_POLL_SECONDS)
def _followed(data: Dataset, code: str) -> None:
    position = REGISTRY.position(code)
    if position is None:
        st.info(t("meeting.follow.waiting", code=code), icon=":material/hourglass_empty:")
        return
    # Every slide of the deck drawn once for all the meeting's followers; a move only picks
    # another one (and each poll only reads the kept copy).
    deck = cached_view(
        data, meeting_deck, today(data), position.reset_day, position.order, position.only, lang()
    )
    if not deck:
        st.info(t("meeting.follow.waiting", code=code), icon=":material/hourglass_empty:")
        return
    number = min(max(position.slide, 1), len(deck))
    with st.container(key="follow_slide"):
        st.html(deck[number - 1])
        st.caption(t("meeting.follow.caption", code=code, number=number, total=len(deck)))


def render_follower(data: Dataset) -> None:
    """The follower view: the slide the meeting shows, redrawn when it moves, no control."""
    st.html(FOLLOW_CSS)
    code = valid_code(st.query_params.get(FOLLOW_PARAM))
    if code is None:
        st.error(t("meeting.follow.bad_code"), icon=":material/error:")
        return
    _followed(data, code)
