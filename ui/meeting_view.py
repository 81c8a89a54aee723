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
from datetime import UTC, date, datetime

import streamlit as st

from coalitions.dataset import Dataset
from coalitions.editors import NAME, Author
from coalitions.escape import escape_text
from coalitions.format import format_date, format_duration, format_time
from coalitions.meeting import (
    CoalitionNotes,
    MeetingRegistry,
    Position,
    Summary,
    coalition_notes,
    meeting_budget,
    meeting_deck,
    note_ref,
    summarize,
    valid_code,
)
from coalitions.report.model import Report
from coalitions.report.sentences import display_name
from coalitions.resetdays import ResetDay
from coalitions.slides import Slide, slide_html
from coalitions.updates import MAX_LINE_LENGTH, MAX_TEXT_LENGTH, UpdateForm, prepare_update
from data_sources.appending import WriteError
from data_sources.cache import cached_view, submit_update
from ui.access import user_claim
from ui.context import lang, t, today
from ui.reminder_views import missing_lines
from ui.updates_view import posting_author

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
NOTE_FORM = "meeting_note"
NOTE_NEWS = "meeting_note_news"
NOTE_STEP = "meeting_note_next_step"
NOTE_NAME = "meeting_note_name"
_NOTE_RESULT = "meeting_note_result"
_SUMMARY = "meeting_summary"
_FOLLOWED = "meeting_followed"  # (code, position, language) -> the slide drawn
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


def move_meeting(position: Position) -> None:
    """A move in the presenter view (a button's callback, before the rerun): the meeting
    shows ``position``. Nothing outside the presenter view, which alone runs meetings."""
    code = current_code()
    if code is not None and presenting():
        REGISTRY.show(code, position, clock())


def keep_meeting(position: Position) -> None:
    """Every run of the presenter view: the meeting exists (after a restart it starts again
    at this URL's slide) and shows this view's deck (a new Reset Day, order or subset)."""
    code = current_code()
    if code is not None and presenting():
        REGISTRY.keep(code, position, clock())


def _start(position: Position) -> None:
    st.query_params[CODE_PARAM] = REGISTRY.start(position, clock())


def _follow_link(code: str) -> str:
    # The page's own address as the browser sees it; AppTest has none.
    base = st.context.url or "/presenter"
    return f"{base}?{FOLLOW_PARAM}={code}"


def _close(coalitions: dict[int, tuple[str, str]]) -> None:
    code = current_code()
    meeting = REGISTRY.close(code) if code else None
    if meeting is not None:
        st.session_state[_SUMMARY] = summarize(meeting, coalitions, clock())
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


def _meeting_part(position: Position, coalitions: dict[int, tuple[str, str]]) -> None:
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
    st.button(
        t("meeting.close"),
        key="meeting_close",
        icon=":material/stop_circle:",
        on_click=_close,
        args=(coalitions,),
        width="stretch",
    )


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


def _note_result() -> dict:
    return st.session_state.setdefault(_NOTE_RESULT, {})


def _save_note(data: Dataset, coalition: str, day: date, author: Author, code: str) -> None:
    news = st.session_state.get(NOTE_NEWS) or ""
    step = st.session_state.get(NOTE_STEP) or ""
    name = st.session_state.get(NOTE_NAME) or ""
    if author.mode != NAME:
        claimed = user_claim("name")
        name = claimed if isinstance(claimed, str) else ""
    form = UpdateForm(coalition, news=news, next_step=step, name=name, meeting=True)
    ref = note_ref(code, coalition, news, step)
    prepared = prepare_update(form, author, data, day, datetime.now(UTC), new_ref=lambda: ref)
    result = _note_result()
    result.clear()
    result["coalition"] = coalition
    if prepared.problems:
        result["problems"] = [p.message(lang()) for p in prepared.problems]
        return
    try:
        result["status"] = submit_update(prepared.rows)
    except WriteError as err:
        result["failure"] = err.message(lang())
        return
    REGISTRY.noted(code, coalition, " ".join((news or step).split()))
    st.session_state[NOTE_NEWS] = ""
    st.session_state[NOTE_STEP] = ""


def _note_part(data: Dataset, slide: Slide, day: date) -> None:
    """The note box of a coalition's slide during a meeting, for whoever may post its news
    (the form « Mettre à jour »'s rules); nothing for others."""
    code = current_code()
    if code is None or slide.kind != "coalition" or slide.section is None:
        return
    coalition = slide.section.id
    author, refusal = posting_author(data, coalition)
    if author is None or refusal:
        return
    result = _note_result()
    if result.get("coalition") == coalition:
        if result.get("status") == "sent":
            st.success(t("meeting.note.sent"), icon=":material/check_circle:")
        elif "status" in result:
            st.warning(t("meeting.note.queued"), icon=":material/schedule_send:")
        for message in result.get("problems", ()):
            st.error(message, icon=":material/error:")
        if "failure" in result:
            st.error(result["failure"], icon=":material/error:")
    with st.form(NOTE_FORM, border=True):
        if author.mode == NAME:
            st.text_input(t("updates.name"), max_chars=MAX_LINE_LENGTH, key=NOTE_NAME)
        st.text_area(t("meeting.note.news"), max_chars=MAX_TEXT_LENGTH, height=80, key=NOTE_NEWS)
        st.text_input(t("meeting.note.next_step"), max_chars=MAX_LINE_LENGTH, key=NOTE_STEP)
        st.form_submit_button(
            t("meeting.note.submit"),
            icon=":material/edit_note:",
            on_click=_save_note,
            args=(data, coalition, day, author, code),
        )


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
    coalitions = {
        n: (s.section.id, display_name(s.section, lang()))
        for n, s in enumerate(slides, 1)
        if s.kind == "coalition" and s.section is not None
    }
    _meeting_part(position, coalitions)
    slide = slides[number - 1]
    _timer(current_code(), dict(data.settings), slide.kind == "coalition")
    _notes_part(data, slide, report.reset_day)
    _note_part(data, slide, report.reset_day.date)
    st.markdown(f"**{t('meeting.next_slide')}**")
    if number < len(slides):
        with st.container(key="meeting_next_slide"):
            st.html(slide_html(report, slides[number]))
    else:
        st.caption(t("meeting.last_slide"))


def _shown(data: Dataset, code: str, position: Position) -> tuple[str, int, int] | None:
    """The slide to draw at ``position`` (HTML, number, deck size), None if the deck can't
    be drawn. Kept in the session until the meeting moves: most polls find no move, and then
    cost neither a cache lookup nor a copy of the deck."""
    key = (code, position, lang())
    kept = st.session_state.get(_FOLLOWED)
    if kept is not None and kept[0] == key:
        return kept[1]
    # Every slide of the deck drawn once for all the meeting's followers (per dataset
    # version); a move only picks another one.
    deck = cached_view(
        data, meeting_deck, today(data), position.reset_day, position.order, position.only, lang()
    )
    number = min(max(position.slide, 1), len(deck))
    shown = (deck[number - 1], number, len(deck)) if deck else None
    st.session_state[_FOLLOWED] = (key, shown)
    return shown


@st.fragment(run_every=FOLLOW_POLL_SECONDS)
def _followed(data: Dataset, code: str) -> None:
    position = REGISTRY.position(code)
    shown = _shown(data, code, position) if position is not None else None
    if shown is None:
        st.info(t("meeting.follow.waiting", code=code), icon=":material/hourglass_empty:")
        return
    html, number, total = shown
    with st.container(key="follow_slide"):
        st.html(html)
        st.caption(t("meeting.follow.caption", code=code, number=number, total=total))


def render_follower(data: Dataset) -> None:
    """The follower view: the slide the meeting shows, redrawn when it moves, no control."""
    st.html(FOLLOW_CSS)
    code = valid_code(st.query_params.get(FOLLOW_PARAM))
    if code is None:
        st.error(t("meeting.follow.bad_code"), icon=":material/error:")
        return
    _followed(data, code)
