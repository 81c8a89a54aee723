"""Agenda: the next Reset Days, upcoming and past events, and an .ics file for calendars."""

import plotly.graph_objects as go
import streamlit as st

from coalitions.escape import escape_text
from coalitions.format import format_date, format_datetime, format_number
from coalitions.history.resetdays import recurrence_from_settings
from coalitions.palette import COALITION_NODE_COLOUR
from coalitions.views import agenda
from coalitions.views.chart_alt import describe_timeline
from coalitions.workbook.examples import example_names
from coalitions.workbook.schema import EVENT_KINDS
from data_sources.cache import cached_view
from ui.context import dataset, lang, t, today
from ui.widgets import (
    chart_with_data,
    coalition_link,
    download_csv,
    empty_state,
    filter_multiselect,
    show_table,
)

NEXT_RESET_DAYS = 4  # one season ahead, what a meeting's closing slide announces
MAX_CARDS = 8  # upcoming events shown in full with their links; the table has them all
# Two filters and the past-events toggle, whose label needs about a third of a filter.
FILTER_WIDTHS = (2, 2, 1.3)
# Kinds told apart by shape as well as by row, so the timeline reads in greyscale too.
KIND_SYMBOLS = {
    "reset_day": "star",
    "launch": "triangle-up",
    "workshop": "circle",
    "report_back": "diamond",
    "other": "square",
}

data = dataset()
day = today(data)
language = lang()
st.title(t("nav.agenda"))
st.caption(t("agenda.intro", today=format_date(day, language, weekday=True)))

recurrence = recurrence_from_settings(data.settings)
events = cached_view(data, agenda.agenda_events, day, lang=language, recurrence=recurrence)
if "events" not in data.tabs_present:
    st.info(t("agenda.no_events_tab"), icon=":material/info:")
elif data.events.empty:
    st.info(t("agenda.events_empty"), icon=":material/info:")

st.subheader(t("agenda.next_reset_days"))
st.caption(
    agenda.describe_recurrence(recurrence, language), help=t("agenda.recurrence.help")
)  # fmt: skip
meetings = events[(events["kind"] == "reset_day") & events["number"].notna() & ~events["past"]]
meetings = meetings.head(NEXT_RESET_DAYS)
if meetings.empty:
    empty_state("agenda.no_reset_day")
else:
    # Bordered cards rather than st.metric: a metric cuts a written-out date short.
    # The cards stretch to the row's tallest: a long month ("septembre") wraps one more line.
    for column, meeting in zip(
        st.columns(NEXT_RESET_DAYS), meetings.itertuples(index=False), strict=False
    ):
        card_key = f"agenda-reset-day-{int(meeting.number)}"
        with column.container(border=True, key=card_key, height="stretch"):
            st.markdown(
                f"**{t('agenda.reset_day_title', number=int(meeting.number))}**",
                help=t("agenda.meeting.computed" if meeting.computed else "agenda.meeting.written"),
            )
            st.subheader(format_date(meeting.date, language, weekday=True), anchor=False)

names = example_names(data.coalitions, language)
plain_names = data.coalition_names()  # coalition_link marks the examples itself
coalition_options = [""] + sorted(
    set(events["coalition"]) - {""}, key=lambda c: names.get(c, c).casefold()
)
coalition_labels = {c: names.get(c, c) if c else t("agenda.community") for c in coalition_options}
kind_options = [k for k in EVENT_KINDS if k in set(events["kind"])]
kind_labels = {k: t(f"kind.{k}") for k in kind_options}
col1, col2, col3 = st.columns(FILTER_WIDTHS, vertical_alignment="bottom")
coalitions = filter_multiselect(
    col1, t("agenda.filter.coalition"), coalition_labels, "agenda-coalitions",
    t("agenda.filter.all"),
)  # fmt: skip
kinds = filter_multiselect(
    col2, t("agenda.filter.kind"), kind_labels, "agenda-kinds", t("agenda.filter.all")
)
# The label wraps onto a second line in a narrow column instead of being cut.
show_past = col3.toggle(t("agenda.show_past"), key="agenda-past", wrap=True)
shown = agenda.filter_events(events, coalitions, kinds)
coming = agenda.upcoming(shown)

headers = {
    c: t(f"agenda.col.{c}")
    for c in ("date", "time", "until", "title", "kind", "coalition", "location", "link",
              "reset_day")
}  # fmt: skip
date_format = t("agenda.date_format")
column_config = {
    **headers,
    "date": st.column_config.DateColumn(headers["date"], format=date_format),
    "until": st.column_config.DateColumn(headers["until"], format=date_format),
    "link": st.column_config.LinkColumn(headers["link"]),
}


def readable(table):
    """The table as shown: Reset Day numbers as text, blank for the other events (Streamlit
    writes « None » in an empty number cell), and no "until" column when no event lasts
    several days."""
    table = table.assign(reset_day=table["reset_day"].map(lambda n: format_number(n, language)))
    return table.drop(columns="until") if table["until"].isna().all() else table


st.subheader(t("agenda.upcoming"))
if coming.empty:
    empty_state("agenda.none_upcoming")
else:
    st.caption(t("agenda.upcoming.count", count=len(coming)))
    table = agenda.agenda_table(coming, language)
    for event, time in zip(
        coming.head(MAX_CARDS).itertuples(index=False), table["time"], strict=False
    ):
        with st.container(border=True):
            when, what = st.columns([1, 3])
            hour = time or t("agenda.all_day")
            when.markdown(f"**{format_date(event.date, language, weekday=True)}**  \n{hour}")
            details = " · ".join(
                escape_text(part, "markdown", max_length=80)
                for part in (t(f"kind.{event.kind}"), event.location)
                if part
            )
            what.markdown(
                f"**{escape_text(event.title, 'markdown', max_length=160)}**  \n{details}"
            )
            if event.coalition:
                with what:
                    coalition_link(
                        event.coalition, plain_names.get(event.coalition, event.coalition)
                    )
            if event.url:
                what.link_button(t("agenda.open_link"), event.url, icon=":material/open_in_new:")
    if len(coming) > MAX_CARDS:
        st.caption(t("agenda.more", count=len(coming) - MAX_CARDS))

    fig = go.Figure()
    for kind in [k for k in EVENT_KINDS if k in set(coming["kind"])]:
        group = coming[coming["kind"] == kind]
        hover = (
            group["date"].map(lambda d: format_datetime(d, language))
            + "<br>"
            + group["title"].map(lambda s: escape_text(s, "chart", max_length=80))
            + "<br>"
            + group["coalition_name"].map(lambda s: escape_text(s, "chart", max_length=80))
        )
        fig.add_trace(
            go.Scatter(
                x=group["date"], y=[kind_labels[kind]] * len(group), mode="markers",
                name=kind_labels[kind], text=hover,
                marker={"symbol": KIND_SYMBOLS.get(kind, "circle"), "size": 18,
                        "color": COALITION_NODE_COLOUR},
                hovertemplate="%{text}<extra></extra>",
            )
        )  # fmt: skip
    fig.update_layout(
        title=t("agenda.timeline"), showlegend=False, height=120 + 60 * len(fig.data),
        xaxis={"type": "date"}, yaxis={"type": "category"},
    )  # fmt: skip
    chart_with_data(
        fig, table.rename(columns=headers), "agenda-timeline", t("agenda.file.upcoming"),
        describe_timeline(coming, language),
    )  # fmt: skip
    show_table(readable(table), hide_index=True, column_config=column_config, key="agenda-upcoming")

exported = shown if show_past else coming
st.download_button(
    t("agenda.download_ics"),
    # Built on click only: a big agenda's file takes a moment and most visits don't want it.
    data=lambda: agenda.build_ics(exported, language),
    file_name=agenda.ics_filename(day, language),
    mime="text/calendar",
    on_click="ignore",
    icon=":material/calendar_month:",
    key="agenda-ics",
    disabled=exported.empty,
)
st.caption(t("agenda.ics_help", count=len(exported)))

if show_past:
    st.subheader(t("agenda.past"))
    before = agenda.past(shown)
    if before.empty:
        empty_state("agenda.none_past")
    else:
        past_table = agenda.agenda_table(before, language)
        show_table(
            readable(past_table),
            hide_index=True,
            column_config=column_config,
            key="agenda-past-table",
        )
        download_csv(past_table, "agenda-past", t("agenda.file.past"))
