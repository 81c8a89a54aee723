"""Overview (home): key figures, the pipeline by family and stage, and what moved since the
last Reset Day."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from coalitions.escape import escape_text
from coalitions.format import mid_sentence
from coalitions.overview import key_figures, pipeline, recent_changes
from coalitions.palette import stage_colour
from coalitions.stages import shown_stages
from ui.context import dataset, t, today
from ui.history_views import render_comparison, render_network_growth, render_pipeline_history
from ui.progress_views import chart_text, format_date, stage_name
from ui.widgets import chart_with_data, coalition_link, empty_state

# Rows listed per "since the last Reset Day" block; the rest is in the block's full table,
# so a busy month on a big workbook does not draw hundreds of links.
LIST_CAP = 8
# Up to this many coalitions in a family, the pipeline's axis ticks every single coalition.
FINE_TICKS = 12
# Characters of a coalition name in a half-width list: one line at 1280 px (a page link does
# not wrap); longer names are cut on a word, the full name is in the link's tooltip.
LINK_LENGTH = 60
# Key figures' column widths: the last two labels ("Événements à venir", "Prochain Reset
# Day" and its help icon) are the longest and get the room the short ones do not need.
FIGURE_WIDTHS = (1, 1, 1, 1, 1.25, 1.5)

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
stage_row = st.columns(len(figures.by_stage))
for column, (stage, count) in zip(stage_row, figures.by_stage.items(), strict=True):
    column.metric(stage_name(stage), count)

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
            hovertemplate="%{y}: %{x}<extra>" + t(f"stage.{stage.number}") + "</extra>",
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
)

# Since the last Reset Day.
result = recent_changes(data, day)
if result is None:
    st.subheader(t("overview.since.title_none"))
    empty_state("overview.since.none")
    st.stop()
changes = result.changes
st.subheader(
    t(
        "overview.since.title",
        number=result.reset_day.number,
        date=format_date(result.reset_day.date),
    )
)
st.caption(t("overview.since.window", start=format_date(changes.since), end=format_date(day)))
tallies = changes.counts()
tally_row = st.columns(4)
tally_row[0].metric(t("overview.since.stage_changes"), tallies["stage_changes"])
tally_row[1].metric(t("overview.since.joined"), tallies["joined"])
tally_row[2].metric(t("overview.since.deliverables"), tallies["deliverables_done"])
tally_row[3].metric(t("overview.since.events"), tallies["events_held"])
names = data.coalition_names()


def _block(title_key: str, table: pd.DataFrame, describe, full: pd.DataFrame, key: str) -> None:
    """One kind of change: up to LIST_CAP rows with their coalition's link, then the rest."""
    st.markdown(f"**{t(title_key)}**")
    if table.empty:
        st.caption(t("overview.since.nothing"))
        return
    for record in table.head(LIST_CAP).itertuples(index=False):
        coalition = getattr(record, "coalition", "")
        if coalition:
            coalition_link(coalition, names.get(coalition, coalition), LINK_LENGTH)
        st.caption(escape_text(describe(record), "markdown"))
    if len(table) > LIST_CAP:
        with st.expander(t("overview.more", count=len(table) - LIST_CAP)):
            st.dataframe(full, hide_index=True, key=f"since-{key}")


def _stage_move(record) -> str:
    before = "" if pd.isna(record.from_stage) else t(f"stage.{int(record.from_stage)}") + " → "
    return f"{before}{t(f'stage.{int(record.to_stage)}')} ({format_date(record.date)})"


left, right = st.columns(2)
with left:
    moves = changes.stage_changes
    _block(
        "overview.since.stage_changes",
        moves,
        _stage_move,
        moves,
        "stages",
    )
    done = changes.deliverables_done
    _block(
        "overview.since.deliverables",
        done,
        lambda r: f"{r.title} ({format_date(r.date)})",
        done,
        "deliverables",
    )
with right:
    joined = changes.joined
    _block(
        "overview.since.joined",
        joined,
        lambda r: f"{r.actor} — {mid_sentence(t(f'role.{r.role}'))} ({format_date(r.since)})",
        joined,
        "joined",
    )
    held = changes.events_held
    _block(
        "overview.since.events",
        held,
        lambda r: f"{r.title} — {mid_sentence(t(f'kind.{r.kind}'))} ({format_date(r.date)})",
        held[["date", "title", "kind", "coalition", "location"]],
        "events",
    )

# Change over time: where the community stood at each Reset Day, and how the network grew.
st.subheader(t("history.title"))
history_left, history_right = st.columns(2)
with history_left:
    st.markdown(f"**{t('history.pipeline')}**")
    render_pipeline_history(data, day)
with history_right:
    st.markdown(f"**{t('history.growth')}**")
    render_network_growth(data, day)
with st.expander(t("history.compare"), icon=":material/compare_arrows:"):
    render_comparison(data, day)
