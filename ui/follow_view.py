"""The follower view (``/presenter?suivre=CODE``): the slide a meeting shows, moved when it
moves, without controls.

The page is drawn once with every slide of the meeting's deck; its script (``follow.js``)
then reads the meeting's position file (``data_sources.meeting_position``, written by the
presenter's moves through ``ui.meetings``) every ``FOLLOW_POLL_MS`` and shows the slide it
names: a move costs the server a static file read per follower and poll, no Python run. Only
when the meeting shows another deck (another Reset Day, order, subset or version of the data),
or starts after the page was drawn, does the script ask for one rerun (the hidden button
below), which draws the new deck.
"""

from __future__ import annotations

import streamlit as st
from markupsafe import Markup

from coalitions.report.meeting import meeting_deck, valid_code
from coalitions.report.templating import TEMPLATES
from coalitions.workbook.dataset import Dataset
from data_sources.cache import cached_view
from ui import meetings
from ui.context import lang, t, today
from ui.meetings import FOLLOW_PARAM, NO_FADE_CSS, REGISTRY, meeting_deck_key

# A follower's browser asks where the meeting is four times a second: a move shows within a
# quarter of a second plus the request (measured by tests/browser/test_meeting.py and
# python -m bench.meeting, see the README).
FOLLOW_POLL_MS = 250
# The rerun button the script presses is never shown (nor reachable by the keyboard): the
# follower has no control. The waiting message is drawn like Streamlit's info box.
FOLLOW_CSS = (
    "<style>"
    '[data-testid="stLayoutWrapper"]:has(> .st-key-follow_rerun),'
    " .st-key-follow_rerun { display: none !important; }"
    ".rs-follow-caption { font-size: 1rem; text-align: center; margin: .6rem 0 0;"
    " color: #3d3d3d; }"
    ".rs-follow-waiting { background: #e8f1fb; color: #0d3c6e; border-radius: .5rem;"
    " padding: 1rem; margin: 0; }"
    "</style>"
)


def follow_html(data: Dataset, code: str) -> str:
    """The follower page's HTML: the meeting's deck (none before it starts), the slide it shows
    visible, the captions and the waiting message in the page's language, and the script."""
    position = REGISTRY.position(code)
    slides: tuple[str, ...] = ()
    number, deck = 1, ""
    if position is not None:
        # Every slide drawn once for all the meeting's followers (per dataset version).
        args = (position.reset_day, position.order, position.only, lang())
        slides = cached_view(data, meeting_deck, today(data), *args)
        number = min(max(position.slide, 1), max(len(slides), 1))
        deck = meeting_deck_key(data, position)
    total = len(slides)
    return TEMPLATES.get_template("follow.html.j2").render(
        position_url=meetings.POSITIONS.url(code),
        deck=deck,
        poll_ms=FOLLOW_POLL_MS,
        number=number,
        # Drawn by slide_html, which escaped the sheet's text: not escaped a second time.
        slides=[Markup(html) for html in slides],  # noqa: S704
        captions=[
            t("meeting.follow.caption", code=code, number=n, total=total)
            for n in range(1, total + 1)
        ],
        waiting=t("meeting.follow.waiting", code=code),
    )


def render_follower(data: Dataset) -> None:
    """The follower view: the slide the meeting shows, moved by the page's script, no
    control."""
    st.html(NO_FADE_CSS + FOLLOW_CSS)
    code = valid_code(st.query_params.get(FOLLOW_PARAM))
    if code is None:
        st.error(t("meeting.follow.bad_code"), icon=":material/error:")
        return
    with st.container(key="follow_slide"):
        st.html(follow_html(data, code), unsafe_allow_javascript=True)
    with st.container(key="follow_rerun"):
        # Pressed by the script only: a click reruns the page, which draws the new deck.
        st.button(t("meeting.follow.rerun"), key="follow_rerun_button")
