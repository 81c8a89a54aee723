"""Maturity: the board of coalitions by stage, their paths through the stages, time in the
current stage and the launch-readiness ranking, all under the same filters."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from coalitions.format import format_number
from coalitions.history.progress import (
    FOUNDATION_DELIVERABLES,
    MAX_READINESS,
    core_group_min,
    launch_readiness,
    path_selection,
    stage_board,
    stage_paths,
    time_in_stage,
)
from coalitions.palette import stage_colour
from coalitions.views.chart_alt import describe_paths, describe_time_in_stage
from coalitions.views.overview import filter_choices, filter_coalitions
from coalitions.workbook.examples import example_names, mark_examples
from coalitions.workbook.schema import LEVERS
from data_sources.cache import cached_view
from ui.context import dataset, lang, t, today
from ui.progress_views import chart_names, chart_text, stage_heading_html, stage_path_figure
from ui.widgets import (
    chart_with_data,
    coalition_link,
    empty_state,
    filter_multiselect,
    labelled,
    show_table,
    wrap_links_css,
)

# Most paths one can pick at once: beyond this the step lines can't be told apart.
PATH_MAX = 15
# Bars on the time-in-stage chart (the longest stays); the full list is in its data table.
TIME_CAP = 25
# Ranked coalitions shown as links above the full readiness table.
READY_LINKS = 5
PILOT_MARK = "★ "
# Characters of a name on a board card: two lines of a third of the page at 1280 px (the
# card's links wrap); longer names are cut on a word, the full name is in the tooltip.
CARD_LENGTH = 60
BOARD_KEY = "maturity-board"
# The pilot filter's column is wider than the others: its three options sit side by side.
FILTER_WIDTHS = (3, 3, 3, 4)

data = dataset()
day = today(data)
st.title(t("nav.maturity"))
st.caption(t("maturity.intro"))

if data.coalitions.empty:
    empty_state("maturity.empty")
    st.stop()

choices = filter_choices(data.coalitions)
lever_labels = {k: t(f"lever.{k}") for k in LEVERS}
pilot_labels = {k: t(f"maturity.filter.pilot.{k}") for k in ("all", "pilots", "others")}
f1, f2, f3, f4 = st.columns(FILTER_WIDTHS)
families = f1.multiselect(
    t("maturity.filter.family"),
    choices["family"],
    key="mat-family",
    placeholder=t("maturity.filter.any"),
)
territories = f2.multiselect(
    t("maturity.filter.territory"),
    choices["territory"],
    key="mat-territory",
    placeholder=t("maturity.filter.any"),
)
levers = filter_multiselect(
    f3, t("maturity.filter.lever"), lever_labels, "mat-lever", t("maturity.filter.any")
)
pilot_choice = f4.segmented_control(
    t("maturity.filter.pilot"),
    **labelled(pilot_labels),
    default="all",
    key="mat-pilot",
    # On a narrow screen the options go onto a second row rather than out of sight.
    wrap=True,
)
pilot = {"pilots": True, "others": False}.get(pilot_choice or "all")
shown = filter_coalitions(data.coalitions, families, territories, levers, pilot)
st.caption(t("maturity.shown", count=len(shown), total=format_number(len(data.coalitions), lang())))
if shown.empty:
    empty_state("maturity.filtered_out")
    st.stop()

# The board.
st.subheader(t("maturity.board"))
st.caption(t("maturity.board.help"))
board = stage_board(shown)
st.html(wrap_links_css(BOARD_KEY))
# Rows of three stages: six columns would cut names to a few words on a projector (a third
# row holds the unknown stage's column, when a coalition is at it).
with st.container(key=BOARD_KEY):
    for start in range(0, len(board), 3):
        for column, stage_column in zip(st.columns(3), board[start : start + 3], strict=False):
            with column:
                st.html(stage_heading_html(stage_column.stage, stage_column.total))
                for card in stage_column.cards.itertuples(index=False):
                    mark = PILOT_MARK if card.pilot else ""
                    coalition_link(card.id, card.name, CARD_LENGTH, prefix=mark)
                if stage_column.more:
                    st.caption(t("maturity.more", count=stage_column.more))

# Paths through the stages.
st.subheader(t("maturity.paths"))
if "progress" not in data.tabs_present or data.progress.empty:
    empty_state("maturity.paths.none")
else:
    names = example_names(shown, lang())
    picked = st.multiselect(
        t("maturity.paths.pick"),
        **labelled(names),
        default=path_selection(shown),
        max_selections=PATH_MAX,
        key="mat-paths",
        placeholder=t("maturity.paths.placeholder"),
    )
    if not picked:
        empty_state("maturity.paths.pick_some")
    else:
        paths = cached_view(data, stage_paths, day, picked)
        fig = stage_path_figure(chart_names(paths, data.coalitions))
        paths = mark_examples(paths, data.coalitions, lang())
        fig.update_layout(height=520)
        table = pd.DataFrame(
            {
                t("maturity.col.coalition"): paths["name"],
                t("maturity.col.date"): paths["date"].dt.date,
                t("stage"): paths["stage"].map(lambda s: t(f"stage.{s}")),
            }
        )
        alt = describe_paths(paths, lang())
        chart_with_data(fig, table, "paths", t("maturity.paths.file"), alt)

# Time in the current stage.
st.subheader(t("maturity.time"))
stay = cached_view(data, time_in_stage, day, shown)
known = stay[stay["days"].notna()]
if known.empty:
    empty_state("maturity.time.none")
else:
    st.caption(
        t(
            "maturity.time.help",
            count=min(len(known), TIME_CAP),
            total=format_number(len(stay), lang()),
        )
    )
    top = chart_names(known.head(TIME_CAP).iloc[::-1], data.coalitions)
    stay = mark_examples(stay, data.coalitions, lang())
    fig = go.Figure(
        go.Bar(
            x=top["days"].astype(int),
            y=[chart_text(n) for n in top["name"]],
            orientation="h",
            marker_color=[stage_colour(s) for s in top["stage"]],
            customdata=[t(f"stage.{s}") for s in top["stage"]],
            hovertemplate="%{y}<br>%{customdata}" + t("chart.label_sep") + "%{x}<extra></extra>",
        )
    )
    fig.update_layout(height=max(300, 60 + 32 * len(top)), xaxis_title=t("maturity.time.days"))
    table = pd.DataFrame(
        {
            t("maturity.col.coalition"): stay["name"],
            t("stage"): stay["stage"].map(lambda s: t(f"stage.{s}")),
            t("maturity.col.since"): stay["since"].dt.date,
            t("maturity.time.days"): stay["days"],
        }
    )
    alt = describe_time_in_stage(
        mark_examples(known.head(TIME_CAP), data.coalitions, lang()), lang()
    )
    chart_with_data(fig, table, "time-in-stage", t("maturity.time.file"), alt)

# Launch readiness.
st.subheader(t("maturity.readiness"))
core_min = core_group_min(data)
st.markdown(t("maturity.readiness.explain", core_min=core_min, max=MAX_READINESS))
ranking = cached_view(data, launch_readiness, shown, core_min)
if ranking.empty:
    empty_state("maturity.readiness.none")
    st.stop()
if data.memberships.empty or data.deliverables.empty:
    st.caption(t("maturity.readiness.partial"))
for record in ranking.head(READY_LINKS).itertuples(index=False):
    coalition_link(record.coalition, record.name)
    st.caption(
        t(
            "maturity.readiness.line",
            rank=record.rank,
            score=record.score,
            max=MAX_READINESS,
            stage=t(f"stage.{record.stage}"),
            core=record.core_actors,
            foundations=record.foundations,
        )
    )
readiness_table = mark_examples(ranking, data.coalitions, lang()).assign(
    stage=ranking["stage"].map(lambda s: t(f"stage.{s}"))
)
show_table(
    readiness_table.drop(columns="coalition"),
    hide_index=True,
    key="table-readiness",
    column_config={
        "rank": st.column_config.NumberColumn(t("maturity.col.rank"), format="%d"),
        "name": t("maturity.col.coalition"),
        "stage": t("stage"),
        "core_actors": st.column_config.NumberColumn(t("maturity.col.core"), format="%d"),
        "core_formed": st.column_config.CheckboxColumn(t("maturity.col.core_formed")),
        **{
            key: st.column_config.CheckboxColumn(t(f"maturity.col.{key}"))
            for key in FOUNDATION_DELIVERABLES
        },
        "foundations": None,
        "score": st.column_config.ProgressColumn(
            t("maturity.col.score"), min_value=0, max_value=MAX_READINESS, format="%d"
        ),
    },
)
