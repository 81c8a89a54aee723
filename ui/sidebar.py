"""The sidebar: which source is shown and how fresh it is, refresh, upload, language."""

from __future__ import annotations

import streamlit as st

from coalitions.escape import escape_text
from coalitions.format import format_datetime
from coalitions.i18n import LANGUAGE_NAMES
from coalitions.workbook.dataset import Dataset
from data_sources.cache import clear_cache
from data_sources.reading.errors import fallback_key
from data_sources.reading.files import MAX_UPLOAD_BYTES
from ui.context import LANG_KEY, lang, t
from ui.widgets import labelled


def render_language() -> None:
    """The language switch; the choice is kept in the URL so shared links keep it."""
    current = lang()
    choice = st.sidebar.segmented_control(
        t("lang.label"),
        **labelled(LANGUAGE_NAMES),
        default=current,
        key="lang_choice",
    )
    choice = choice or current
    st.session_state[LANG_KEY] = choice
    if st.query_params.get("lang") != choice:
        st.query_params["lang"] = choice


def render_navigation(area, sections: dict[str, list[st.Page]]) -> None:
    """The pages as links in ``area``, each section under its name, in the table's order.

    Plain links are valid markup and are reached with Tab in reading order, before the
    language switch and the source's controls.
    """
    for section, pages in sections.items():
        area.markdown(f":small[**{escape_text(section, 'markdown')}**]")
        for page in pages:
            area.page_link(page)


def describe_source(data: Dataset) -> str:
    """ "Google Sheet «title», read at 14:02" in the current language (escaped for markdown)."""
    source = data.source
    if source is None:
        return ""
    label = escape_text(source.label, "markdown", max_length=60)
    when = format_datetime(source.read_at, lang())
    return t(f"sidebar.source.{source.kind}", label=label, time=when)


def render_source(data: Dataset) -> None:
    """Source, freshness, refresh button and the upload box."""
    sidebar = st.sidebar
    sidebar.caption(describe_source(data))
    # A callback runs before the rerun it triggers, so that rerun reads the source afresh.
    sidebar.button(t("sidebar.refresh"), icon=":material/refresh:", key="refresh",
                   on_click=clear_cache)  # fmt: skip
    if data.source and data.source.fallback_reason:
        time = format_datetime(data.source.read_at, lang())
        st.warning(t(fallback_key(data.source.fallback_reason), time=time), icon="⚠️")
    if data.errors:
        sidebar.page_link(
            "app_pages/data_quality.py",
            label=t("app.errors_banner", count=data.rows_left_out()),
            help=t("app.errors_banner.help"),
            icon=":material/error:",
        )
    sidebar.file_uploader(
        t("sidebar.upload"),
        type=["xlsx"],
        key="upload",
        help=t("sidebar.upload.help", megabytes=MAX_UPLOAD_BYTES // (1024 * 1024)),
    )
