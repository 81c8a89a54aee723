"""The open calls for contributions, drawn the same way on the library and the overview:
each call's title (linked when it has a link), its coalition's sheet and how to join."""

from __future__ import annotations

import streamlit as st

from coalitions.escape import escape_text
from coalitions.views import library
from coalitions.workbook.dataset import Dataset
from data_sources.cache import cached_view
from ui.context import lang, t
from ui.widgets import coalition_link, empty_state

LIBRARY_PAGE = "app_pages/library.py"


def linked_title(title: str, url: str, length: int = 160) -> str:
    """A work's title for markdown: a link when it has one (already checked by
    ``safe_url``), plain text otherwise."""
    text = escape_text(title, "markdown", max_length=length)
    return f"[{text}]({url})" if url else text


def render_calls(data: Dataset, limit: int, more_on_library: bool = False) -> None:
    """The subheader, then up to ``limit`` calls as cards; the others are counted. On the
    overview (``more_on_library``) a link leads to the library page, and nothing is drawn
    when no call is open: the library says how to open one."""
    calls = cached_view(data, library.calls_for_contributions, lang=lang())
    if calls.empty and more_on_library:
        return
    st.subheader(t("library.calls"))
    if calls.empty:
        empty_state("library.calls.none")
        return
    st.caption(t("library.calls.intro"))
    names = data.coalition_names()  # coalition_link marks the examples itself
    for call in calls.head(limit).itertuples(index=False):
        with st.container(border=True):
            st.markdown(f"**{linked_title(call.title, call.url)}**")
            coalition_link(call.coalition, names.get(call.coalition, call.coalition))
            if call.contact:
                shown = escape_text(call.contact, "markdown", max_length=120)
                contact = f"[{shown}]({call.contact_link})" if call.contact_link else shown
                st.markdown(t("library.join", contact=contact))
            else:
                st.caption(t("library.no_contact"))
    if len(calls) > limit:
        if more_on_library:
            st.page_link(
                LIBRARY_PAGE,
                label=t("library.calls.all", count=len(calls)),
                icon=":material/arrow_forward:",
            )
        else:
            st.caption(t("library.calls.more", count=len(calls) - limit))
