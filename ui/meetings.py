"""The meetings of this server process and where a presenter page stands in one.

One server process holds the meetings (``REGISTRY``, in memory, see ``coalitions.report.meeting``):
a follower reaches the same process as its presenter, and after a restart the presenter
view's URL (``?vue=animateur&seance=CODE&slide=N``) starts the meeting again at its slide.
The views (``ui.meeting_view``, ``ui.follow_view``, ``ui.meeting_notes_view``,
``ui.meeting_summary_view``) read the time through ``clock``, which tests replace.
"""

from __future__ import annotations

import time

import streamlit as st

from coalitions.report.meeting import MeetingRegistry, Position, valid_code

PRESENTER_VIEW = "animateur"  # ?vue=animateur
VIEW_PARAM = "vue"
CODE_PARAM = "seance"  # the presenter view's meeting
FOLLOW_PARAM = "suivre"  # a follower's meeting

REGISTRY = MeetingRegistry()
# Streamlit fades the elements of a run in progress ("stale"). A follower's fragment reruns
# twice a second and the presenter's clock every second: on a busy server the projected slide
# and the timer would flicker, their text at a third of its contrast. Both views keep their
# elements at full colour.
NO_FADE_CSS = (
    "<style>"
    '[data-testid="stElementContainer"][data-stale="true"],'
    ' [data-testid="stElementContainer"][data-stale="false"]'
    " { opacity: 1 !important; filter: none !important; transition: none !important; }"
    "</style>"
)


def clock() -> float:
    """Seconds of a monotonic clock: the timers must not jump with the wall clock. Tests
    replace this function to control time."""
    return time.monotonic()


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
