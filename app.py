"""RESET coalitions dashboard: the entry point (``streamlit run app.py``).

Sets up the page, reads the configured source (``--data``, ``RESET_DATA``, secrets or the
built-in sample) through the cached data layer, draws the sidebar and runs the chosen page.
"""

from __future__ import annotations

import streamlit as st

from coalitions.history.timeline import as_of
from data_sources.cache import cached_view, current_source, load_dataset, load_uploaded
from data_sources.reading.errors import SourceError
from data_sources.reading.files import MAX_UPLOAD_BYTES
from ui import context, sidebar, view_date
from ui.access import require_access
from ui.accessibility import render_document_settings
from ui.context import t
from ui.navigation import HOME, PAGES

st.set_page_config(
    page_title="RESET — coalitions",
    page_icon="🕸️",  # an emoji: a :material: icon is fetched from Google Fonts, offline it fails
    layout="wide",
    initial_sidebar_state="expanded",
)
# Nothing is read or drawn for a visitor who may not see the dashboard.
require_access()


def _navigation(area):
    """The chosen page. Streamlit's own sidebar menu is hidden: its markup is invalid (list
    items outside lists, flagged by axe-core), so ``sidebar.render_navigation`` draws the same
    links with ``st.page_link`` in ``area``, at the top of the sidebar."""
    sections = {
        t(section): [
            st.Page(path, title=t(title), icon=icon, url_path=url, default=url == HOME)
            for path, title, icon, url in pages
        ]
        for section, pages in PAGES.items()
    }
    page = st.navigation(sections, position="hidden")
    sidebar.render_navigation(area, sections)
    return page


def _load():
    """The dataset to show: this session's upload if any, else the configured source."""
    upload = st.session_state.get("upload")
    if upload is not None:
        if upload.size > MAX_UPLOAD_BYTES:
            st.error(t("app.upload_too_large", megabytes=MAX_UPLOAD_BYTES // (1024 * 1024)))
        else:
            try:
                return load_uploaded(upload.name, upload.getvalue())
            except SourceError as err:
                st.error(f"{t('app.upload_failed')} {err.message(context.lang())}")
    with st.spinner(t("app.loading")):
        return load_dataset(current_source())


navigation_area = st.sidebar.container()  # filled once the language is known
sidebar.render_language()
render_document_settings(context.lang())
page = _navigation(navigation_area)
try:
    data = _load()
except SourceError as err:
    st.error(t("app.unreadable"), icon="🚫")
    st.info(err.message(context.lang()))
    st.stop()
context.set_dataset(data)
try:
    # Every page computes from the dataset as it stood on the day shown, today included (a
    # row the sheet dates after today is not true yet, as in the report and the deck of
    # today): cut it once here, once per data version and day.
    today = context.today(data)
    shown = view_date.render_view_date(data, today)
    if shown is not None:
        context.set_view_day(shown)
    context.set_dataset(cached_view(data, as_of, shown or today))
    sidebar.render_source(data)
    if shown is not None:
        view_date.render_banner(shown)
    page.run()
finally:
    context.set_dataset(None)
    context.set_view_day(None)
