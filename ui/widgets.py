"""Widgets every page uses the same way: charts with their data, links, empty states."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from coalitions.escape import escape_text
from ui.context import t

COALITION_PAGE = "app_pages/coalition.py"
# Projector-friendly chart text: readable from the back of a meeting room.
CHART_FONT = {"size": 16}


def style_figure(fig: go.Figure, height: int | None = None) -> go.Figure:
    """Apply the dashboard's chart style (large fonts, no clutter) to a Plotly figure."""
    fig.update_layout(
        font=CHART_FONT,
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        legend={"font": CHART_FONT},
        hoverlabel={"font_size": 15},
    )
    if height:
        fig.update_layout(height=height)
    return fig


def chart_with_data(fig: go.Figure, data: pd.DataFrame, key: str, filename: str) -> None:
    """A Plotly chart, then its data as a table and a CSV download (every chart offers both)."""
    st.plotly_chart(style_figure(fig), key=f"chart-{key}", config={"displaylogo": False})
    with st.expander(t("widget.data"), icon=":material/table:"):
        st.dataframe(data, hide_index=True, key=f"table-{key}")
        download_csv(data, key, filename)


def download_csv(data: pd.DataFrame, key: str, filename: str) -> None:
    """A download button for ``data`` as UTF-8 CSV (with BOM, so Excel reads accents)."""
    st.download_button(
        t("widget.download_csv"),
        data=data.to_csv(index=False).encode("utf-8-sig"),
        file_name=f"{escape_text(filename, 'filename')}.csv",
        mime="text/csv",
        key=f"csv-{key}",
        icon=":material/download:",
    )


def coalition_link(coalition_id: str, name: str, key: str | None = None) -> None:
    """A link to the coalition's sheet (``?coalition=<id>``); the name shows as plain text."""
    st.page_link(
        COALITION_PAGE,
        label=escape_text(name, "markdown", max_length=90),
        query_params={"coalition": coalition_id},
        icon=":material/arrow_forward:",
    )


def empty_state(message_key: str, **params: object) -> None:
    """A calm, helpful message where a page has nothing to show."""
    st.info(t(message_key, **params), icon=":material/info:")
