"""The note box of the presenter view: what was said about a coalition at the meeting,
appended through the update path (same rule of who may post, same writer and outbox),
dated the meeting's day and marked ``meeting``, so the report lists it under « Dit en séance »."""

from __future__ import annotations

from datetime import UTC, date, datetime

import streamlit as st

from coalitions.report.deck import Slide
from coalitions.report.meeting import note_ref
from coalitions.updates.editors import NAME, Author
from coalitions.updates.update import MAX_LINE_LENGTH, MAX_TEXT_LENGTH, UpdateForm, prepare_update
from coalitions.workbook.dataset import Dataset
from data_sources.cache import submit_update
from data_sources.writing.appending import WriteError
from ui.access import user_claim
from ui.context import lang, t
from ui.meetings import REGISTRY, current_code
from ui.updates_view import posting_author

NOTE_FORM = "meeting_note"
NOTE_NEWS = "meeting_note_news"
NOTE_STEP = "meeting_note_next_step"
NOTE_NAME = "meeting_note_name"
_NOTE_RESULT = "meeting_note_result"


def _note_result() -> dict:
    return st.session_state.setdefault(_NOTE_RESULT, {})


def _save_note(data: Dataset, coalition: str, day: date, author: Author, code: str) -> None:
    news = st.session_state.get(NOTE_NEWS) or ""
    step = st.session_state.get(NOTE_STEP) or ""
    name = st.session_state.get(NOTE_NAME) or ""
    if author.mode != NAME:
        claimed = user_claim("name")
        name = claimed if isinstance(claimed, str) else ""
    form = UpdateForm(coalition, news=news, next_step=step, name=name, meeting=True)
    ref = note_ref(code, coalition, news, step)
    prepared = prepare_update(form, author, data, day, datetime.now(UTC), new_ref=lambda: ref)
    result = _note_result()
    result.clear()
    result["coalition"] = coalition
    if prepared.problems:
        result["problems"] = [p.message(lang()) for p in prepared.problems]
        return
    try:
        result["status"] = submit_update(prepared.rows)
    except WriteError as err:
        result["failure"] = err.message(lang())
        return
    REGISTRY.noted(code, coalition, " ".join((news or step).split()))
    st.session_state[NOTE_NEWS] = ""
    st.session_state[NOTE_STEP] = ""


def render_note_box(data: Dataset, slide: Slide, day: date) -> None:
    """The note box of a coalition's slide during a meeting, for whoever may post its news
    (the form « Mettre à jour »'s rules); nothing for others."""
    code = current_code()
    if code is None or slide.kind != "coalition" or slide.section is None:
        return
    coalition = slide.section.id
    author, refusal = posting_author(data, coalition)
    if author is None or refusal:
        return
    result = _note_result()
    if result.get("coalition") == coalition:
        if result.get("status") == "sent":
            st.success(t("meeting.note.sent"), icon=":material/check_circle:")
        elif "status" in result:
            st.warning(t("meeting.note.queued"), icon=":material/schedule_send:")
        for message in result.get("problems", ()):
            st.error(message, icon=":material/error:")
        if "failure" in result:
            st.error(result["failure"], icon=":material/error:")
    with st.form(NOTE_FORM, border=True):
        if author.mode == NAME:
            st.text_input(t("updates.name"), max_chars=MAX_LINE_LENGTH, key=NOTE_NAME)
        st.text_area(t("meeting.note.news"), max_chars=MAX_TEXT_LENGTH, height=80, key=NOTE_NEWS)
        st.text_input(t("meeting.note.next_step"), max_chars=MAX_LINE_LENGTH, key=NOTE_STEP)
        st.form_submit_button(
            t("meeting.note.submit"),
            icon=":material/edit_note:",
            on_click=_save_note,
            args=(data, coalition, day, author, code),
        )
