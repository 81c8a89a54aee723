"""The overview's « since the last Reset Day » section: the month's tallies and, per kind of
change, the first few with their coalition's link."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from coalitions.escape import escape_text
from coalitions.format import mid_sentence
from coalitions.history.changes import arrivals
from coalitions.views.overview import recent_changes
from coalitions.workbook.dataset import Dataset
from coalitions.workbook.examples import mark_examples
from data_sources.cache import cached_view
from ui.context import lang, t
from ui.progress_views import format_date
from ui.widgets import coalition_link, empty_state, show_table

# Rows listed per "since the last Reset Day" block; the rest is in the block's full table,
# so a busy month on a big workbook does not draw hundreds of links.
LIST_CAP = 8
# Characters of a coalition name in a half-width list: one line at 1280 px (a page link does
# not wrap); longer names are cut on a word, the full name is in the link's tooltip.
LINK_LENGTH = 60


def _block(
    title_key: str, table: pd.DataFrame, describe, full: pd.DataFrame, key: str, names: dict
) -> None:
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
            show_table(full, hide_index=True, key=f"since-{key}")


def _stage_move(record) -> str:
    before = "" if pd.isna(record.from_stage) else t(f"stage.{int(record.from_stage)}") + " → "
    return f"{before}{t(f'stage.{int(record.to_stage)}')} ({format_date(record.date)})"


def render_since(data: Dataset, day: date) -> None:
    """What moved since the last Reset Day before ``day``, up to ``day``."""
    result = cached_view(data, recent_changes, day)
    if result is None:
        st.subheader(t("overview.since.title_none"))
        empty_state("overview.since.none")
        return
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
    # The report and the deck tell members and the merely interested apart: the help gives
    # their two numbers in the deck's words, so the page's total is found in both.
    members, interested = arrivals(tallies)
    told_apart = " · ".join(
        f"{n} {mid_sentence(t(f'report.figure.{key}', count=n))}"
        for key, n in (("joined", members), ("interested", interested))
    )
    tally_row[1].metric(t("overview.since.joined"), tallies["joined"], help=told_apart)
    tally_row[2].metric(t("overview.since.deliverables"), tallies["deliverables_done"])
    tally_row[3].metric(t("overview.since.events"), tallies["events_held"])
    names = data.coalition_names()  # coalition_link marks the examples itself
    left, right = st.columns(2)
    with left:
        moves = mark_examples(changes.stage_changes, data.coalitions, lang())
        _block(
            "overview.since.stage_changes",
            moves,
            _stage_move,
            moves,
            "stages",
            names,
        )
        done = mark_examples(changes.deliverables_done, data.coalitions, lang())
        _block(
            "overview.since.deliverables",
            done,
            lambda r: f"{r.title} ({format_date(r.date)})",
            done,
            "deliverables",
            names,
        )
    with right:
        joined = mark_examples(changes.joined, data.coalitions, lang())
        _block(
            "overview.since.joined",
            joined,
            lambda r: f"{r.actor} — {mid_sentence(t(f'role.{r.role}'))} ({format_date(r.since)})",
            joined,
            "joined",
            names,
        )
        held = changes.events_held
        _block(
            "overview.since.events",
            held,
            lambda r: f"{r.title} — {mid_sentence(t(f'kind.{r.kind}'))} ({format_date(r.date)})",
            held[["date", "title", "kind", "coalition", "location"]],
            "events",
            names,
        )
