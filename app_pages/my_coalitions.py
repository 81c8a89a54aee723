"""Mes coalitions: the coalitions the visitor may update, and what each misses before the
next Reset Day (news of the month, a recent next step)."""

import streamlit as st

from coalitions.updates.editors import editable_coalitions
from coalitions.views.reminders import reminders
from data_sources.writing.appending import WriteError
from ui.context import dataset, lang, t, today
from ui.progress_views import format_date
from ui.reminder_views import missing_lines
from ui.updates_view import current_author
from ui.widgets import coalition_link, empty_state

data = dataset()
day = today(data)
st.title(t("nav.my_coalitions"))

author = current_author()
if author is None:
    st.info(WriteError("disabled").message(lang()), icon=":material/edit_off:")
    st.stop()
ids = editable_coalitions(author, data.coalitions)
if not ids:
    empty_state("mine.none")
    st.stop()

st.caption(t("mine.intro"))
found = reminders(data, ids, day)
if found.next:
    st.markdown(t("mine.next", number=found.next.number, date=format_date(found.next.date)))
for item in found.items:
    with st.container(border=True):
        coalition_link(item.coalition, item.name)
        missing = missing_lines(item, found.last)
        if missing:
            st.markdown("\n".join(f"- {text}" for text in missing))
        else:
            st.success(t("mine.ready"), icon=":material/check_circle:")
