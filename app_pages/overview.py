"""Overview (home): key figures, the pipeline by family and stage, what moved since the last
Reset Day and the change over time."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from coalitions.palette import stage_colour
from coalitions.views.chart_alt import describe_pipeline
from coalitions.views.overview import key_figures, pipeline
from coalitions.workbook.stages import UNKNOWN_STAGE, shown_stages
from ui.calls_view import render_calls
from ui.context import dataset, lang, t, today
from ui.history_views import render_history
from ui.overview_views import render_since
from ui.progress_views import chart_text, format_date, stage_name
from ui.widgets import chart_with_data, empty_state

# Up to this many coalitions in a family, the pipeline's axis ticks every single coalition.
FINE_TICKS = 12
# Key figures' column widths: the last two labels ("Événements à venir", "Prochain Reset
# Day" and its help icon) are the longest and get the room the short ones do not need.
FIGURE_WIDTHS = (1, 1, 1, 1, 1.25, 1.5)
OVERVIEW_CALLS = 3  # the open calls shown here; the library page lists them all

data = dataset()
day = today(data)
st.title(t("nav.overview"))
st.caption(t("overview.intro"))

if data.coalitions.empty:
    empty_state("overview.empty")
    st.stop()

figures = key_figures(data, day)
row = st.columns(FIGURE_WIDTHS)
row[0].metric(t("overview.coalitions"), figures.coalitions)
row[1].metric(t("overview.launched"), figures.launched, help=t("overview.launched.help"))
row[2].metric(t("overview.pilots"), figures.pilots, help=t("overview.pilots.help"))
row[3].metric(t("overview.actors"), figures.actors)
row[4].metric(t("overview.upcoming_events"), figures.upcoming_events)
reset_day = figures.next_reset_day
row[5].metric(
    t("overview.next_reset_day"),
    t("overview.reset_day_number", number=reset_day.number) if reset_day else t("none"),
    help=t("overview.next_reset_day.help"),
)
if reset_day:
    row[5].caption(format_date(reset_day.date))

st.subheader(t("overview.by_stage"))
# The six stages share one row; an unknown stage (unreadable in the sheet) goes on a row of
# its own, since a seventh column cuts the stage names at 1280 px.
known = [(stage, count) for stage, count in figures.by_stage.items() if stage != UNKNOWN_STAGE]
for column, (stage, count) in zip(st.columns(len(known)), known, strict=True):
    column.metric(stage_name(stage), count)
if UNKNOWN_STAGE in figures.by_stage:
    st.columns(len(known))[0].metric(stage_name(UNKNOWN_STAGE), figures.by_stage[UNKNOWN_STAGE])

st.subheader(t("overview.pipeline"))
counts = pipeline(data.coalitions)
family_label = counts["family"].where(counts["family"] != "", t("overview.no_family"))
families = list(dict.fromkeys(family_label))
fig = go.Figure()
for stage in shown_stages(counts["stage"]):
    at_stage = counts["stage"] == stage.number
    fig.add_trace(
        go.Bar(
            y=[chart_text(f) for f in family_label[at_stage]],
            x=counts.loc[at_stage, "count"],
            name=t(f"stage.{stage.number}"),
            orientation="h",
            marker_color=stage_colour(stage.number),
            hovertemplate="%{y}"
            + t("chart.label_sep")
            + "%{x}<extra>"
            + t(f"stage.{stage.number}")
            + "</extra>",
        )
    )
fig.update_layout(
    barmode="stack",
    height=max(300, 60 + 45 * len(families)),
    # Above the bars: below them the legend met the axis title whatever the chart's height.
    legend={
        "orientation": "h",
        "x": 0,
        "xanchor": "left",
        "y": 1.02,
        "yanchor": "bottom",
        "traceorder": "normal",
    },
    xaxis_title=t("overview.coalitions"),
)
if counts.groupby("family")["count"].sum().max() <= FINE_TICKS:
    fig.update_xaxes(dtick=1)  # whole coalitions: no 0.5 ticks on a small workbook
fig.update_yaxes(categoryorder="array", categoryarray=[chart_text(f) for f in families][::-1])
chart_with_data(
    fig,
    pd.DataFrame(
        {
            t("overview.col.family"): family_label,
            t("stage"): counts["stage"].map(lambda s: t(f"stage.{s}")),
            t("overview.col.count"): counts["count"],
        }
    ),
    "pipeline",
    t("overview.pipeline.file"),
    describe_pipeline(counts, lang()),
)

# Where a newcomer can help, then what moved since the last Reset Day and over time.
render_calls(data, OVERVIEW_CALLS, more_on_library=True)
render_since(data, day)
render_history(data, day)
