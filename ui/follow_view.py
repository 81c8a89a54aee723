"""The follower view (``/presenter?suivre=CODE``): the slide a meeting shows, redrawn when it
moves, without controls. A fragment asks the registry every ``FOLLOW_POLL_SECONDS``: only it
reruns, the page is not reloaded."""

from __future__ import annotations

import streamlit as st

from coalitions.report.meeting import Position, meeting_deck, valid_code
from coalitions.workbook.dataset import Dataset
from data_sources.cache import cached_view
from ui.context import lang, t, today
from ui.meetings import FOLLOW_PARAM, NO_FADE_CSS, REGISTRY

# A follower asks where the meeting is twice a second: a move reaches it within half a second
# plus a fragment's run. Measured by tests/browser/test_meeting.py and python -m bench.meeting
# (CPU per follower; see the README).
FOLLOW_POLL_SECONDS = 0.5
_FOLLOWED = "meeting_followed"  # (code, position, language) -> the slide drawn


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
    st.html(NO_FADE_CSS)
    code = valid_code(st.query_params.get(FOLLOW_PARAM))
    if code is None:
        st.error(t("meeting.follow.bad_code"), icon=":material/error:")
        return
    _followed(data, code)
