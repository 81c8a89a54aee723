"""One reference date for the whole dashboard: « Afficher au » in the sidebar, ``?au=`` in the
URL, and a banner on every page while it is not today.

The date is kept in the session (so it follows the visitor from page to page) and written back
to the URL on every run (so a copied link shows the same past). app.py cuts the dataset to that
date (``coalitions.history.timeline.as_of``) before the page runs: the pages themselves know
nothing of it.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from coalitions.format import format_date
from coalitions.history.asof import parse_day, past_reset_days
from coalitions.workbook.dataset import Dataset
from data_sources.cache import cached_view
from ui.context import lang, t
from ui.widgets import labelled

URL_KEY = "au"
_CHOICE = "view_choice"  # selectbox: "" (today), a Reset Day's ISO date, or "other"
_OTHER_DAY = "view_other_day"  # the date picker shown with "other"
_OTHER = "other"


def _adopt_url(options: list[str], today: date) -> None:
    """On a visitor's first run, take the date from the URL (a shared link)."""
    if _CHOICE in st.session_state:
        return
    day = parse_day(st.query_params.get(URL_KEY))
    if day is None or day >= today:
        st.session_state[_CHOICE] = ""
    elif day.isoformat() in options:
        st.session_state[_CHOICE] = day.isoformat()
    else:
        st.session_state[_CHOICE] = _OTHER
        st.session_state[_OTHER_DAY] = day


def _back_to_today() -> None:
    st.session_state[_CHOICE] = ""


def render_view_date(data: Dataset, today: date) -> date | None:
    """The sidebar's « Afficher au » control; returns the chosen past day, None for today."""
    reset_days = cached_view(data, past_reset_days, today)
    if not reset_days:
        # Nothing dated before today: there is no past to show, so no control either.
        st.query_params.pop(URL_KEY, None)
        return None
    labels = {"": t("view.today"), _OTHER: t("view.other")}
    for reset_day in reset_days:
        labels[reset_day.date.isoformat()] = t(
            "view.reset_day", number=reset_day.number, date=format_date(reset_day.date, lang())
        )
    options = ["", *[d.date.isoformat() for d in reset_days if d.date < today], _OTHER]
    _adopt_url(options, today)
    if st.session_state.get(_CHOICE) not in options:
        st.session_state[_CHOICE] = ""
    choice = st.sidebar.selectbox(
        t("view.label"), **labelled({o: labels[o] for o in options}), key=_CHOICE,
        help=t("view.help"),
    )  # fmt: skip
    day = None
    if choice == _OTHER:
        day = st.sidebar.date_input(
            t("view.pick"),
            value=st.session_state.get(_OTHER_DAY, today),
            max_value=today,
            key=_OTHER_DAY,
            format=t("agenda.date_format"),
        )
        day = day if isinstance(day, date) and day < today else None
    elif choice:
        day = date.fromisoformat(choice)
    if day is None:
        st.query_params.pop(URL_KEY, None)
    elif st.query_params.get(URL_KEY) != day.isoformat():
        st.query_params[URL_KEY] = day.isoformat()
    return day


def render_banner(day: date) -> None:
    """« Situation au mardi 18 mai 2021 » and a way back to today, on top of every page."""
    left, right = st.columns([3, 1], vertical_alignment="center")
    left.info(
        t("view.banner", date=format_date(day, lang(), weekday=True)),
        icon=":material/history:",
    )
    right.button(t("view.back"), key="view_back", on_click=_back_to_today, icon=":material/today:")
