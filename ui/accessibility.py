"""What every page needs for the RGAA (WCAG 2.1 AA) beyond its own content: the document's
language and a focus that stays visible.

Streamlit serves ``<html lang="en">`` whatever the app says (streamlit/streamlit#15726, no
``set_page_config`` option in 1.67), so screen readers would read French with an English
voice. A small constant script sets ``lang`` to the language shown; it runs again when the
language changes (its text changes with it, so Streamlit draws a new element).
"""

from __future__ import annotations

import json

import streamlit as st

from coalitions.i18n import LANGUAGES

DOCUMENT_KEY = "document_settings"
# Keyboard users must see where they are (WCAG 2.4.7): a thick outline in the theme's teal
# (7:1 on white) on whatever has the keyboard focus, Streamlit's own ring being faint or
# absent on links. The script's block is hidden: shown, it would add an empty gap.
PAGE_CSS = (
    "<style>"
    ":focus-visible { outline: 3px solid #1F6173 !important; outline-offset: 2px; }"
    f'[data-testid="stLayoutWrapper"]:has(> .st-key-{DOCUMENT_KEY}),'
    f" .st-key-{DOCUMENT_KEY} {{ display: none !important; }}"
    "</style>"
)


def document_language_script(lang: str) -> str:
    """A script setting the page's ``<html lang>`` to ``lang`` (one of the catalogue's)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    return f"<script>document.documentElement.lang = {json.dumps(lang)};</script>"


def render_document_settings(lang: str) -> None:
    """Set the document language and the focus style; takes no room on the page.

    Both go in the sidebar, so a page's own main area holds only what it draws (the
    presenter hides the sidebar, but its elements still run and apply there).
    """
    st.sidebar.html(PAGE_CSS)
    with st.sidebar.container(key=DOCUMENT_KEY):
        st.html(document_language_script(lang), unsafe_allow_javascript=True)
