"""The meetings of this server process and where a presenter page stands in one.

One server process holds the meetings (``REGISTRY``, in memory, see ``coalitions.report.meeting``):
a follower reaches the same process as its presenter, and after a restart the presenter
view's URL (``?vue=animateur&seance=CODE&slide=N``) starts the meeting again at its slide.
Every change of a meeting goes through the functions below, which also write its position
for the followers' browsers (``POSITIONS``, see ``data_sources.meeting_position``).
The views (``ui.meeting_view``, ``ui.follow_view``, ``ui.meeting_notes_view``,
``ui.meeting_summary_view``) read the time through ``clock``, which tests replace.
"""

from __future__ import annotations

import time

import streamlit as st

from coalitions.report.meeting import Meeting, MeetingRegistry, Position, valid_code
from coalitions.workbook.dataset import Dataset
from data_sources.cache import dataset_version
from data_sources.meeting_position import PositionFiles, deck_key

PRESENTER_VIEW = "animateur"  # ?vue=animateur
VIEW_PARAM = "vue"
CODE_PARAM = "seance"  # the presenter view's meeting
FOLLOW_PARAM = "suivre"  # a follower's meeting

REGISTRY = MeetingRegistry()
POSITIONS = PositionFiles()
# Streamlit fades the elements of a run in progress ("stale"). The presenter's clock reruns
# every second, and a follower reruns when its meeting changes deck: on a busy server the
# projected slide and the timer would flicker, their text at a third of its contrast. Both
# views keep their elements at full colour.
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


def meeting_deck_key(data: Dataset, position: Position) -> str:
    """The key of the deck a meeting at ``position`` shows with ``data`` (see ``deck_key``)."""
    return deck_key(position.reset_day, position.order, position.only, dataset_version(data))


def _publish(code: str, position: Position, deck: str) -> None:
    POSITIONS.publish(code, position.slide, position.version, deck)


def start_meeting(position: Position, deck: str) -> str:
    """A new meeting at ``position`` showing the deck ``deck``; its code."""
    code = REGISTRY.start(position, clock())
    _publish(code, position, deck)
    return code


def move_meeting(position: Position, deck: str) -> None:
    """A move in the presenter view (a button's callback, before the rerun): the meeting
    shows ``position``, and its followers learn it at their next poll. Nothing outside the
    presenter view, which alone runs meetings."""
    code = current_code()
    if code is not None and presenting():
        _publish(code, REGISTRY.show(code, position, clock()), deck)


def keep_meeting(position: Position, deck: str) -> None:
    """Every run of the presenter view: the meeting exists (after a restart it starts again
    at this URL's slide) and shows this view's deck (a new Reset Day, order or subset, or a
    new version of the data)."""
    code = current_code()
    if code is not None and presenting():
        _publish(code, REGISTRY.keep(code, position, clock()), deck)


def close_meeting(code: str) -> Meeting | None:
    """End the meeting ``code``: forgotten, its followers told (its file removed); its last
    state, None if this process did not hold it."""
    meeting = REGISTRY.close(code)
    POSITIONS.withdraw(code)
    return meeting
