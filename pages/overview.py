"""Placeholder while the page is being written (replaced in this session)."""

import streamlit as st

from ui.context import t

st.title(t("nav.overview"))
