"""Coalition work (« Travaux des coalitions »): every deliverable, linked, and the calls for
contributions where a newcomer can help."""

import streamlit as st

from coalitions.escape import escape_text
from coalitions.format import format_date
from coalitions.views import library
from data_sources.cache import cached_view
from ui.calls_view import linked_title, render_calls
from ui.context import dataset, lang, t, today
from ui.widgets import day_column, download_csv, empty_state, filter_multiselect, show_table

MAX_CALLS = 6  # open calls drawn as cards; the others are one filter away
MAX_LISTED = 60  # works listed with their links; the table below holds them all
# Four filters on one row; the coalition's names are the longest.
FILTER_WIDTHS = (2, 3, 2, 2)

data = dataset()
day = today(data)
language = lang()
st.title(t("nav.library"))
st.caption(t("library.intro", today=format_date(day, language)))

if "deliverables" not in data.tabs_present:
    empty_state("library.no_tab")
    st.stop()
works = cached_view(data, library.library, lang=language)
if works.empty:
    empty_state("library.none")
    st.stop()


# Calls for contributions first: where a newcomer can help.
render_calls(data, MAX_CALLS)

st.subheader(t("library.works"))
options = library.filter_options(works)
names = dict(zip(works["coalition"], works["coalition_name"], strict=True))
coalition_labels = {c: names[c] for c in options["coalition"]}
kind_labels = {k: t(f"deliverable_kind.{k}") for k in options["kind"]}
status_labels = {s: library.status_label(s, language) for s in options["status"]}
columns = st.columns(FILTER_WIDTHS)
families = columns[0].multiselect(
    t("library.filter.family"), options["family"], placeholder=t("library.filter.all_f"),
    key="library-families",
)  # fmt: skip
coalitions = filter_multiselect(
    columns[1], t("library.filter.coalition"), coalition_labels, "library-coalitions",
    t("library.filter.all_f"),
)  # fmt: skip
kinds = filter_multiselect(
    columns[2], t("library.filter.kind"), kind_labels, "library-kinds", t("library.filter.all")
)
statuses = filter_multiselect(
    columns[3], t("library.filter.status"), status_labels, "library-statuses",
    t("library.filter.all"),
)  # fmt: skip
shown = library.filter_library(works, families, coalitions, kinds, statuses)
if shown.empty:
    empty_state("library.none_filtered")
    st.stop()

st.markdown(f"**{t('library.count', count=len(shown))}**")
counts = library.count_kinds(shown)
st.caption(
    t("library.by_kind")
    + " — "
    + " · ".join(t("library.kind_count", kind=kind_labels[k], count=n) for k, n in counts.items())
)
lines = []
for work in shown.head(MAX_LISTED).itertuples(index=False):
    when = format_date(work.date, language)
    lines.append(
        "- "
        + t(
            "library.item",
            title=f"**{linked_title(work.title, work.url)}**",
            kind=kind_labels[work.kind],
            status=status_labels[work.status],
            date=t("library.item.date", date=when) if when else "",
            coalition=escape_text(work.coalition_name, "markdown"),
        )
    )
st.markdown("\n".join(lines))
if len(shown) > MAX_LISTED:
    st.caption(t("library.more", count=len(shown) - MAX_LISTED))

table = library.library_table(shown, language)
date_header, link_header = t("library.col.date"), t("library.col.link")
show_table(
    table,
    hide_index=True,
    key="table-library",
    column_config={
        date_header: day_column(date_header),
        link_header: st.column_config.LinkColumn(link_header),
    },
)
download_csv(table, "library", t("library.file"))
