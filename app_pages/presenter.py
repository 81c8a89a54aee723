"""Presenter mode: the Reset Day as a deck, one idea per slide, for the meeting room.

The place is kept in the URL (``?rd=14&slide=3``) so a reload stays on the slide. With
``?vue=animateur`` the page is the presenter view (the next slide, notes, clock and timer, a
meeting that other windows follow); with ``?suivre=CODE`` it follows that meeting (see
``ui.meetings``). ← and → are
the buttons' own shortcuts; PageUp/PageDown (what presentation clickers send) are passed to
the same buttons by a small constant script.
"""

from dataclasses import replace

import streamlit as st

from coalitions.escape import escape_text
from coalitions.format import format_date
from coalitions.report import ORDERS, build_report
from coalitions.report.deck import SLIDE_CSS, build_slides, deck_html, slide_html
from coalitions.report.meeting import Position
from coalitions.workbook.examples import example_names
from data_sources.cache import cached_view
from ui.context import dataset, lang, t
from ui.follow_view import render_follower
from ui.meeting_summary_view import closing_summary, render_summary
from ui.meeting_view import render_presenter_side
from ui.meetings import (
    PRESENTER_VIEW,
    VIEW_PARAM,
    following,
    keep_meeting,
    meeting_deck_key,
    move_meeting,
    presenting,
)
from ui.reset_day import reset_day_or_stop
from ui.widgets import labelled

# The slide takes the screen: Streamlit's sidebar, header and toolbar are hidden on this page
# only (the CSS leaves with the page). Below the slide, one row of buttons (previous, counter,
# settings, next) and nothing else, so the page never scrolls on a projector: the slide's
# height leaves --rs-reserve for the top padding (.6rem), the gap (1rem), the row (2.5rem) and
# the bottom padding (.6rem), with .5rem to spare. The keys script's block is hidden: shown,
# it would add an empty element and a gap.
PAGE_CSS = (
    "<style>"
    '[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],'
    '[data-testid="stExpandSidebarButton"], [data-testid="stHeader"],'
    '[data-testid="stToolbar"], [data-testid="stDecoration"],'
    ' [data-testid="stLayoutWrapper"]:has(> .st-key-slide_keys) { display: none !important; }'
    '[data-testid="stMainBlockContainer"] { padding: .6rem 1.2rem .6rem !important;'
    " max-width: none !important; }"
    ".rs-frame { --rs-reserve: 5.2rem; }"
    ".st-key-slide_counter p { font-size: 1rem; text-align: center; }" + SLIDE_CSS + "</style>"
)
# Clickers send PageDown/PageUp: click the Next/Previous buttons (found by their keys). No
# sheet text ever goes in here; the guard keeps one listener however often the page reruns.
KEYS_SCRIPT = """<script>
(function () {
  if (window.__resetSlideKeys) { return; }
  window.__resetSlideKeys = true;
  document.addEventListener("keydown", function (event) {
    var key = {PageDown: "slide_next", PageUp: "slide_prev"}[event.key];
    if (!key || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var target = event.target || {};
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName || "") || target.isContentEditable) {
      return;
    }
    var button = document.querySelector(".st-key-" + key + " button");
    if (!button || button.disabled) { return; }
    event.preventDefault();
    button.click();
  });
})();
</script>"""


def _go(slide: int, position: Position, deck: str) -> None:
    st.query_params["slide"] = str(slide)
    # Before the rerun draws anything: followers move while this window redraws.
    move_meeting(replace(position, slide=slide), deck)


def _choose_reset_day() -> None:
    st.query_params["rd"] = str(st.session_state["presenter_rd"].number)
    st.query_params["slide"] = "1"


data = dataset()
st.html(PAGE_CSS)
if following():
    render_follower(data)
    st.stop()
reset_day, choices = reset_day_or_stop(data)
language = lang()

order = st.session_state.get("presenter_order") or ORDERS[0]
only = st.session_state.get("presenter_only") or None
report = cached_view(data, build_report, reset_day, language)
slides = build_slides(report, only, order)
total = len(slides)
try:
    current = int(st.query_params.get("slide", "1"))
except ValueError:
    current = 1
current = min(max(current, 1), total)
if st.query_params.get("rd") != str(reset_day.number):
    st.query_params["rd"] = str(reset_day.number)
if st.query_params.get("slide") != str(current):
    st.query_params["slide"] = str(current)

position = Position(reset_day.number, order, tuple(only or ()), current)
deck = meeting_deck_key(data, position)
summary = closing_summary()
if summary is not None:
    render_summary(summary, dict(data.settings))
    st.stop()
if presenting():
    keep_meeting(position, deck)
    slide_col, side_col = st.columns([2.4, 1])
    slide_col.html(slide_html(report, slides[current - 1]))
    with side_col:
        render_presenter_side(data, report, slides, current, position)
else:
    st.html(slide_html(report, slides[current - 1]))
with st.container(key="slide_keys"):
    st.html(KEYS_SCRIPT, unsafe_allow_javascript=True)

rd_labels = {
    d: t("report.reset_day.option", number=d.number, date=format_date(d.date, language))
    for d in choices
}
order_labels = {o: t(f"report.order.{o}") for o in ORDERS}
names = example_names(data.coalitions, language)

previous_col, counter_col, settings_col, next_col = st.columns(
    [3, 1, 1.4, 3], vertical_alignment="center"
)
previous_col.button(
    t("presenter.prev"),
    key="slide_prev",
    icon=":material/arrow_back:",
    shortcut="Left",
    disabled=current <= 1,
    on_click=_go,
    args=(current - 1, position, deck),
    width="stretch",
)
counter_col.container(key="slide_counter").caption(f"{current} / {total}")
# The settings float over the slide when opened, so they take no room below it.
with settings_col.popover(
    t("presenter.settings.button"),
    icon=":material/tune:",
    key="presenter_settings",
    width="stretch",
):
    st.markdown(f"**{t('presenter.settings')}**")
    st.selectbox(
        t("report.reset_day"),
        **labelled(rd_labels),
        index=choices.index(reset_day),
        key="presenter_rd",
        on_change=_choose_reset_day,
    )
    st.segmented_control(
        t("report.order"),
        **labelled(order_labels),
        default=ORDERS[0],
        key="presenter_order",
    )
    st.multiselect(
        t("presenter.subset"),
        **labelled({cid: escape_text(name, "plain", max_length=80) for cid, name in names.items()}),
        key="presenter_only",
        placeholder=t("presenter.subset.all"),
    )
    st.download_button(
        t("presenter.download"),
        data=lambda: deck_html(report, slides),
        file_name=escape_text(t("presenter.filename", number=reset_day.number), "filename")
        + ".html",
        mime="text/html",
        key="deck_download",
        icon=":material/download:",
        on_click="ignore",
    )
    st.caption(t("presenter.keys"))
    if not presenting():
        st.page_link(
            "app_pages/presenter.py",
            label=t("meeting.view"),
            icon=":material/co_present:",
            query_params={VIEW_PARAM: PRESENTER_VIEW, "rd": str(reset_day.number)},
        )
    st.page_link("app_pages/overview.py", label=t("presenter.exit"), icon=":material/close:")
next_col.button(
    t("presenter.next"),
    key="slide_next",
    icon=":material/arrow_forward:",
    icon_position="right",
    shortcut="Right",
    disabled=current >= total,
    on_click=_go,
    args=(current + 1, position, deck),
    width="stretch",
    type="primary",
)
