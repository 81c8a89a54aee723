"""Widgets every page uses the same way: charts with their data, links, empty states."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from coalitions.escape import csv_safe, escape_text
from coalitions.format import chart_locale, format_number
from coalitions.workbook.examples import example_name
from ui.context import dataset, lang, t

COALITION_PAGE = "app_pages/coalition.py"
# Projector-friendly chart text: readable from the back of a meeting room.
CHART_FONT = {"size": 16}
# Characters of a coalition name on a link: two lines of a third of the page once wrapped
# (see ``wrap_links_css``); the full name is in the link's tooltip.
LINK_LENGTH = 70
# A cut falls back to the middle of a word only when the last space is this early in the
# text (one very long word): cutting at the space would leave almost nothing.
MIN_KEPT = 0.5
ELLIPSIS = "…"
# Punctuation left dangling before an ellipsis reads as a typo ("achat public, …").
_DANGLING = " ,;:.!?-–—(/'’"


def _one_line(value: object) -> str:
    return " ".join(escape_text(value, "plain").split())


def shorten(value: object, length: int) -> str:
    """Sheet text cut to at most ``length`` characters on a word boundary, ending with "…".

    Control and bidi characters go first (``escape_text``'s ``plain`` context) and runs of
    whitespace become one space; the result is plain text, still to be escaped for where it
    goes. A single word longer than half of ``length`` is cut inside.
    """
    text = _one_line(value)
    if len(text) <= length:
        return text
    room = max(length - len(ELLIPSIS), 0)
    cut = text[:room]
    # A space right after the cut means the cut already ends a word.
    space = room if text[room : room + 1] == " " else cut.rfind(" ")
    if space >= room * MIN_KEPT:
        cut = cut[:space]
    return cut.rstrip(_DANGLING) + ELLIPSIS


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


def chart_with_data(fig: go.Figure, data: pd.DataFrame, key: str, filename: str, alt: str) -> None:
    """A Plotly chart, then its data as a table and a CSV download (every chart offers both).

    ``alt`` (from ``coalitions.views.chart_alt``) says in a sentence what the chart shows; it comes
    first, as a caption, so a screen reader hears it before the chart's loose labels.
    """
    st.caption(escape_text(alt, "markdown"))
    st.plotly_chart(
        style_figure(fig),
        key=f"chart-{key}",
        config={"displaylogo": False, **chart_locale(lang())},
    )
    with st.expander(t("widget.data"), icon=":material/table:"):
        show_table(data, hide_index=True, key=f"table-{key}")
        download_csv(data, key, filename)


def day_column(label: str) -> st.column_config.Column:
    """A table column of days written as the page's language writes them (« 17/03/2020 »),
    still sorted as dates; Streamlit's default is ISO (« 2020-03-17 »)."""
    return st.column_config.DateColumn(label, format=t("agenda.date_format"))


def decimals_as_text(values: pd.Series, decimals: int) -> pd.Series:
    """Numbers written as the page's language writes them (« 0,653 », « 0.653 »), for a table.

    Streamlit's number columns write « 0.653 » whatever the page's language. The text still
    sorts as the numbers do while they share their integer part's width (the network's
    indicators stay below 10). Show it in a ``decimal_column``.
    """
    language = lang()
    return values.map(lambda value: format_number(value, language, decimals=decimals))


def decimal_column(label: str, help: str | None = None) -> st.column_config.Column:
    """The column of a ``decimals_as_text`` series: right-aligned, as numbers are."""
    return st.column_config.TextColumn(label, help=help, alignment="right")


def download_csv(data: pd.DataFrame, key: str, filename: str) -> None:
    """A download button for ``data`` as UTF-8 CSV (with BOM, so Excel reads accents); no
    cell of it runs as a formula when the file is opened (``csv_safe``)."""
    st.download_button(
        t("widget.download_csv"),
        data=csv_safe(data).to_csv(index=False).encode("utf-8-sig"),
        file_name=f"{escape_text(filename, 'filename')}.csv",
        mime="text/csv",
        key=f"csv-{key}",
        icon=":material/download:",
    )


def coalition_link(
    coalition_id: str, name: str, length: int = LINK_LENGTH, prefix: str = ""
) -> None:
    """A link to the coalition's sheet (``?coalition=<id>``); the name shows as plain text,
    cut on a word to ``length`` characters, with the full name as the link's tooltip.

    ``prefix`` (a mark such as "★ ") goes before the name and is not counted in ``length``;
    an invented example's name is marked after it (``coalitions.workbook.examples``), never cut off.
    """
    coalitions = dataset().coalitions
    example = coalitions.loc[coalitions["id"] == coalition_id, "example"].astype(bool).any()
    label = example_name(shorten(name, length), example, lang())
    name = example_name(name, example, lang())
    # The tooltip is markdown too; an empty one keeps Streamlit's default (none here).
    tooltip = escape_text(_one_line(name), "markdown") if label != _one_line(name) else ""
    st.page_link(
        COALITION_PAGE,
        label=escape_text(prefix + label, "markdown"),
        query_params={"coalition": coalition_id},
        icon=":material/arrow_forward:",
        help=tooltip,
    )


def wrap_links_css(key: str) -> str:
    """A style letting page links inside the container keyed ``key`` wrap onto more lines.

    Streamlit keeps a page link's label on one line and clips it; in a narrow column a name
    that wraps reads better. Only the container's own links are touched (its ``st-key-``
    class); the page adds the style with ``st.html``, which takes no room for a lone style.
    """
    return (
        f'<style>.st-key-{key} [data-testid="stPageLink-NavLink"] span'
        "{white-space:normal;overflow-wrap:anywhere;line-height:1.35}</style>"
    )


def empty_state(message_key: str, **params: object) -> None:
    """A calm, helpful message where a page has nothing to show."""
    st.info(t(message_key, **params), icon=":material/info:")


def labelled(labels: Mapping[Hashable, str], typed: bool = False) -> dict[str, Any]:
    """``options`` and ``format_func`` for a widget choosing among ``labels``' keys, each
    shown by its label: ``st.selectbox(t("…"), **labelled(labels), key=…)``; with ``typed``,
    a value the user typed (``accept_new_options``) shows as typed.

    The labels are a dict filled during the run because Streamlit (and AppTest) may call a
    widget's ``format_func`` outside the script run, where the page's language is unknown: it
    must only look a label up, never call ``t()``.
    """
    return {
        "options": list(labels),
        "format_func": (lambda key: labels.get(key, key)) if typed else labels.__getitem__,
    }


def filter_multiselect(
    container: Any,
    label: str,
    labels: Mapping[Hashable, str],
    key: str,
    placeholder: str,
    **kwargs: Any,
) -> list:
    """One of a page's filters: a multiselect over ``labels`` (``labelled``), nothing chosen
    meaning everything; returns the chosen keys."""
    return container.multiselect(
        label, **labelled(labels), placeholder=placeholder, key=key, **kwargs
    )


def show_table(data: Any, **kwargs: Any) -> Any:
    """``st.dataframe`` as every page draws a table: a missing value is an empty cell, not
    Streamlit's English « None » (drawn on a canvas, in French pages too)."""
    return st.dataframe(data, placeholder="", **kwargs)
