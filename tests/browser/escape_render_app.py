"""A Streamlit script showing every hostile text of tests/unit/test_escape.py, escaped for
markdown, on each surface the pages use for sheet text (markdown, alerts, captions,
expander and button labels). tests/browser/test_escape_render.py checks what Chromium shows.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "unit")]

import streamlit as st  # noqa: E402
from test_escape import HOSTILE  # noqa: E402

from coalitions.escape import escape_text  # noqa: E402

# The longest payloads are cut: the point is the markup, and a 100,000-character label
# only slows the browser down.
SHOWN_LENGTH = 2000

for i, value in enumerate(HOSTILE):
    text = escape_text(value, "markdown", max_length=SHOWN_LENGTH)
    with st.container(key=f"markdown{i}"):
        st.markdown(text)
    with st.container(key=f"info{i}"):
        st.info(text)
    with st.container(key=f"caption{i}"):
        st.caption(text)
    with st.container(key=f"expander{i}"):
        st.expander(text or "-")
    with st.container(key=f"button{i}"):
        st.button(text or "-", key=f"b{i}")
st.markdown("END")
