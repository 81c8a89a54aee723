"""Change over time on the overview: the pipeline at each Reset Day, the network's growth, and
two Reset Days compared (built on the changes engine)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from coalitions.format import format_date, format_list, format_month
from coalitions.history.asof import network_growth, past_reset_days, pipeline_over_time
from coalitions.history.changes import changes_between
from coalitions.palette import stage_colour
from coalitions.views.chart_alt import describe_growth, describe_pipeline_history
from coalitions.workbook.dataset import Dataset
from coalitions.workbook.examples import mark_examples
from coalitions.workbook.stages import STAGES
from data_sources.cache import cached_view
from ui.context import lang, t
from ui.widgets import chart_with_data, empty_state, labelled, show_table

# Reset Days drawn on the pipeline chart: two years of monthly meetings read well on a
# projector; older ones are in the data table of a longer workbook's history anyway.
HISTORY_RESET_DAYS = 24


def render_history(data: Dataset, today: date) -> None:
    """The overview's « Évolution »: stages at each Reset Day, the network's growth, and two
    Reset Days compared; one calm message when the workbook has too little dated history."""
    st.subheader(t("history.title"))
    days = cached_view(data, past_reset_days, today)
    if len(days) < 2:
        empty_state("history.too_short")
        return
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{t('history.pipeline')}**")
        _pipeline_history(data, days[:HISTORY_RESET_DAYS][::-1])
    with right:
        st.markdown(f"**{t('history.growth')}**")
        _network_growth(data, today)
    with st.expander(t("history.compare"), icon=":material/compare_arrows:"):
        _comparison(data, days)


def _pipeline_history(data: Dataset, days: list) -> None:
    """Coalitions per stage at each of ``days`` (oldest first), as stacked areas."""
    table = cached_view(data, pipeline_over_time, days)
    fig = go.Figure()
    for stage in STAGES:
        rows = table[table["stage"] == stage.number]
        fig.add_trace(
            go.Scatter(
                x=rows["date"],
                y=rows["count"],
                name=t(f"stage.{stage.number}"),
                mode="lines",
                stackgroup="stages",
                line={"color": stage_colour(stage.number), "shape": "hv"},
                hovertemplate="%{y}<extra>" + t(f"stage.{stage.number}") + "</extra>",
            )
        )
    fig.update_layout(
        height=380,
        hovermode="x unified",
        legend={"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"},
        yaxis_title=t("overview.coalitions"),
    )
    chart_with_data(
        fig,
        pd.DataFrame(
            {
                t("history.col.reset_day"): table["number"],
                t("history.col.date"): table["date"].map(lambda d: format_date(d, lang())),
                t("stage"): table["stage"].map(lambda s: t(f"stage.{s}")),
                t("overview.col.count"): table["count"],
            }
        ),
        "pipeline-history",
        t("history.pipeline.file"),
        describe_pipeline_history(table, lang()),
    )


def _network_growth(data: Dataset, today: date) -> None:
    """Actors and memberships at the end of each month."""
    growth = cached_view(data, network_growth, today)
    fig = go.Figure()
    for column, dash in (("actors", "solid"), ("memberships", "dash")):
        fig.add_trace(
            go.Scatter(
                x=growth["month"],
                y=growth[column],
                name=t(f"history.{column}"),
                mode="lines+markers",
                line={"dash": dash},
            )
        )
    fig.update_layout(
        height=380,
        hovermode="x unified",
        legend={"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"},
    )
    chart_with_data(
        fig,
        pd.DataFrame(
            {
                t("history.col.month"): growth["month"].map(lambda m: format_month(m, lang())),
                t("history.actors"): growth["actors"],
                t("history.memberships"): growth["memberships"],
            }
        ),
        "network-growth",
        t("history.growth.file"),
        describe_growth(growth, lang()),
    )


def _comparison(data: Dataset, days: list) -> None:
    """Two of ``days`` (latest first) side by side: what moved between them."""
    labels = {
        d.number: t("view.reset_day", number=d.number, date=format_date(d.date, lang()))
        for d in days
    }
    by_number = {d.number: d for d in days}
    left, right = st.columns(2)
    older = left.selectbox(
        t("history.compare.from"), **labelled(labels), index=min(1, len(days) - 1),
        key="compare-from",
        placeholder=t("history.compare.placeholder"),
    )  # fmt: skip
    newer = right.selectbox(
        t("history.compare.to"), **labelled(labels), index=0,
        key="compare-to", placeholder=t("history.compare.placeholder"),
    )  # fmt: skip
    start, end = sorted((by_number[older].date, by_number[newer].date))
    if start == end:
        st.caption(t("history.compare.same"))
        return
    changes = cached_view(data, changes_between, start, end)
    tallies = changes.counts()
    parts = [
        t(f"history.count.{name}", count=tallies[name])
        for name in ("stage_changes", "new_coalitions", "joined", "deliverables_done")
    ]
    st.markdown(t("history.compare.summary", changes=format_list(parts, lang())))
    moves = mark_examples(changes.stage_changes, data.coalitions, lang())
    if not moves.empty:
        show_table(
            pd.DataFrame(
                {
                    t("history.col.coalition"): moves["name"],
                    t("history.col.date"): moves["date"].map(lambda d: format_date(d, lang())),
                    t("history.col.from"): moves["from_stage"].map(
                        lambda s: "" if pd.isna(s) else t(f"stage.{int(s)}")
                    ),
                    t("history.col.to"): moves["to_stage"].map(lambda s: t(f"stage.{int(s)}")),
                }
            ),
            hide_index=True,
            key="compare-moves",
        )
