"""The keepers' guide (docs/guide-tenir-le-classeur.md), one click away on the data-quality page."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ui.accessibility import language_part
from ui.context import t

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "guide-tenir-le-classeur.md"


def render_guide() -> None:
    """The guide in an expander; its title is left out, the expander's label says it. It is
    written in French only: on the English page it is a French part, marked so."""
    with st.expander(t("quality.guide"), icon=":material/menu_book:"), language_part("fr", "guide"):
        st.markdown(GUIDE.read_text(encoding="utf-8").split("\n", 1)[1])
