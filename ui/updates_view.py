"""Updates posted from the dashboard: who may write in this run, the form « Mettre à jour »
and its confirmation, and the coalition's news on its sheet.

The domain decides (``coalitions.updates.editors``, ``coalitions.updates.update``); the data layer
writes (``data_sources.cache.submit_update``, through the outbox). The form's submit button runs a
callback: it checks and writes before the rerun, so the rerun draws each problem under its
field and the confirmation above a cleared form.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime

import streamlit as st

from coalitions.escape import escape_text
from coalitions.updates.access import access_policy
from coalitions.updates.appends import AUDIT, NewRow
from coalitions.updates.editors import NAME, Author, may_update, posting_mode, signed_in_author
from coalitions.updates.update import (
    MAX_LINE_LENGTH,
    MAX_TEXT_LENGTH,
    Problem,
    UpdateForm,
    prepare_update,
)
from coalitions.workbook import schema
from coalitions.workbook.dataset import Dataset
from coalitions.workbook.findings import tab_label
from coalitions.workbook.stages import STAGES
from data_sources.cache import (
    current_update_settings,
    current_writer,
    pending_updates,
    secrets_dict,
    submit_update,
)
from data_sources.writing.appending import WriteError
from ui.access import user_claim
from ui.context import lang, t
from ui.progress_views import format_date, stage_name
from ui.widgets import labelled

FORM_KEY = "update_form"
_RESULT_KEY = "update_result"
# Characters of a written row's text in the confirmation: enough to recognise it.
SUMMARY_LENGTH = 160
NEWS_SHOWN = 5  # the latest news on the sheet; older ones stay in the sheet


def field_key(field: str) -> str:
    """The widget key of a form field (the same name as ``UpdateForm``'s attribute)."""
    return f"update_{field}"


@dataclass(frozen=True)
class _Result:
    coalition: str
    status: str = ""  # "sent" or "queued" once written
    rows: tuple[NewRow, ...] = ()
    problems: tuple[Problem, ...] = ()
    failure: str = ""  # why the source refused the update (WriteError's message)


def current_author() -> Author | None:
    """Who this run may write as, None when no update may be written here."""
    settings = current_update_settings()
    mode = posting_mode(
        settings.enabled, settings.allow_without_login, access_policy(secrets_dict()).mode
    )
    return signed_in_author(
        mode, user_claim("email"), user_claim("email_verified"), settings.editors
    )


# Why this run may not post a coalition's news (``posting_author``), "" when it may.
OFF, UNKNOWN, NOT_EDITOR, UPLOAD, READ_ONLY = "off", "unknown", "not_editor", "upload", "read_only"


def posting_author(data: Dataset, coalition: str) -> tuple[Author | None, str]:
    """Who may post ``coalition``'s news from this run to this source, and else why not
    (one of the reasons above): the rule of the form « Mettre à jour » and of the notes
    taken in a meeting."""
    author = current_author()
    if author is None:
        return None, OFF
    record = data.coalitions[data.coalitions["id"] == coalition]
    if record.empty:
        return None, UNKNOWN
    if not may_update(author, record["editors"].iloc[0]):
        return None, NOT_EDITOR
    if data.source is not None and data.source.kind == "upload":
        return None, UPLOAD
    if not current_writer().can_write:
        return None, READ_ONLY
    return author, ""


def _form_from_state(coalition: str) -> UpdateForm:
    values = {}
    for spec in fields(UpdateForm):
        if spec.name == "coalition":
            continue
        value = st.session_state.get(field_key(spec.name))
        values[spec.name] = "" if value is None and spec.type == "str" else value
    return UpdateForm(coalition=coalition, **values)


def _submit(data: Dataset, coalition: str, today: date, author: Author) -> None:
    form = _form_from_state(coalition)
    if author.mode != NAME:
        # Signed in: the news are signed with the name the identity provider gives.
        claimed = user_claim("name")
        form = replace(form, name=claimed if isinstance(claimed, str) else "")
    prepared = prepare_update(form, author, data, today, datetime.now(UTC))
    if prepared.problems:
        st.session_state[_RESULT_KEY] = _Result(coalition, problems=prepared.problems)
        return
    try:
        status = submit_update(prepared.rows)
    except WriteError as err:
        st.session_state[_RESULT_KEY] = _Result(coalition, failure=err.message(lang()))
        return
    st.session_state[_RESULT_KEY] = _Result(coalition, status, prepared.rows)
    # Emptied by setting each value (forgetting the keys would leave the browser's copy):
    # the form is ready for the next update; the name given stays, to sign it again.
    for spec in fields(UpdateForm):
        if spec.name not in ("coalition", "name"):
            st.session_state[field_key(spec.name)] = spec.default


def _result(coalition: str) -> _Result | None:
    result = st.session_state.get(_RESULT_KEY)
    return result if isinstance(result, _Result) and result.coalition == coalition else None


def _problems_at(result: _Result | None, field: str) -> None:
    for problem in result.problems if result else ():
        if problem.field == field:
            st.error(problem.message(lang()), icon=":material/error:")


def _summary(row: NewRow) -> str:
    skipped = {*AUDIT, "coalition"}
    text = " · ".join(value for name, value in row.values if name not in skipped)
    return escape_text(text, "markdown", max_length=SUMMARY_LENGTH)


def _confirmation(result: _Result) -> None:
    lines = [
        "- " + t("updates.written_row", tab=tab_label(row.tab, lang()), summary=_summary(row))
        for row in result.rows
    ]
    body = t(f"updates.{result.status}") + "\n\n" + "\n".join(lines)
    if result.status == "sent":
        st.success(body, icon=":material/check_circle:")
    else:
        st.warning(body, icon=":material/schedule_send:")


def _line(result: _Result | None, field: str, **options) -> None:
    """A one-line text field of the form, its problems under it."""
    st.text_input(t(f"updates.{field}"), max_chars=MAX_LINE_LENGTH, key=field_key(field), **options)
    _problems_at(result, field)


def _choice(
    result: _Result | None, field: str, kind: str, keys: tuple, placeholder: str = "", **options
) -> None:
    """A drop-down of a vocabulary (``kind``: its catalogue prefix), nothing chosen at first."""
    labels = {key: t(f"{kind}.{key}") for key in keys}
    st.selectbox(
        t(f"updates.{field}"), **labelled(labels, typed=True), index=None,
        placeholder=placeholder or t("updates.choose"), key=field_key(field), **options,
    )  # fmt: skip
    _problems_at(result, field)


def _day(result: _Result | None, field: str, **options) -> None:
    st.date_input(
        t(f"updates.{field}"),
        value=None,
        format=t("agenda.date_format"),
        key=field_key(field),
        **options,
    )
    _problems_at(result, field)


def _stage_part(result: _Result | None, today: date) -> None:
    with st.expander(t("updates.stage.section")):
        labels = {s.number: stage_name(s.number) for s in STAGES}
        st.selectbox(
            t("updates.stage"), **labelled(labels), index=None,
            placeholder=t("updates.choose"), key=field_key("stage"),
        )  # fmt: skip
        _problems_at(result, "stage")
        _day(result, "stage_date", max_value=today)
        _line(result, "stage_note")


def _deliverable_part(result: _Result | None, titles: list[str]) -> None:
    with st.expander(t("updates.deliverable.section")):
        st.selectbox(
            t("updates.deliverable"), titles, index=None, accept_new_options=True,
            placeholder=t("updates.deliverable.placeholder"), key=field_key("deliverable"),
        )  # fmt: skip
        _problems_at(result, "deliverable")
        _choice(result, "deliverable_status", "status", schema.STATUSES)


def _event_part(result: _Result | None) -> None:
    with st.expander(t("updates.event.section")):
        _line(result, "event_title")
        when, at = st.columns(2)
        with when:
            _day(result, "event_date")
        at.time_input(t("updates.event_time"), value=None, step=900, key=field_key("event_time"))
        _choice(result, "event_kind", "kind", schema.EVENT_KINDS)
        _line(result, "event_location")
        _line(result, "event_url")


def _actor_part(result: _Result | None) -> None:
    with st.expander(t("updates.actor.section")):
        _line(result, "actor")
        kind, role = st.columns(2)
        with kind:
            _choice(
                result, "actor_type", "actor_type", schema.ACTOR_TYPES,
                placeholder=t("updates.choose_or_type"), accept_new_options=True,
            )  # fmt: skip
        with role:
            _choice(result, "actor_role", "role", schema.ROLES)


def render_update_form(data: Dataset, coalition: str, today: date) -> None:
    """The form « Mettre à jour » for whoever may update ``coalition``; nothing for others
    (a signed-in person who isn't one of its editors is told whom to ask)."""
    author, refusal = posting_author(data, coalition)
    if refusal in (OFF, UNKNOWN):
        return
    if refusal == NOT_EDITOR:
        st.caption(t("updates.not_editor"))
        return
    st.subheader(t("updates.form"), anchor="mettre-a-jour")
    if refusal == UPLOAD:
        st.info(t("updates.upload"), icon=":material/edit_off:")
        return
    if refusal == READ_ONLY:
        writer = current_writer()
        error = WriteError(writer.refusal or "read_only", getattr(writer, "detail", ""))
        st.info(error.message(lang()), icon=":material/edit_off:")
        return
    assert author is not None
    result = _result(coalition)
    if result and result.rows:
        _confirmation(result)
    elif result and result.failure:
        st.error(result.failure, icon=":material/error:")
    elif result and result.problems:
        st.error(t("updates.error.summary"), icon=":material/error:")
        _problems_at(result, "coalition")
    titles = data.deliverables.loc[data.deliverables["coalition"] == coalition, "title"]
    with st.form(FORM_KEY, border=True):
        st.caption(t("updates.form.intro"))
        if author.mode == NAME:
            _line(result, "name", help=t("updates.name.help"))
        st.text_area(
            t("updates.news"),
            max_chars=MAX_TEXT_LENGTH,
            help=t("updates.news.help"),
            key=field_key("news"),
        )
        _problems_at(result, "news")
        for field in ("next_step", "obstacles"):
            st.text_area(
                t(f"updates.{field}"), max_chars=MAX_TEXT_LENGTH, height=80, key=field_key(field)
            )
            _problems_at(result, field)
        st.caption(t("updates.optional"))
        _stage_part(result, today)
        _deliverable_part(result, list(dict.fromkeys(titles.astype(str))))
        _event_part(result)
        _actor_part(result)
        st.form_submit_button(
            t("updates.submit"),
            type="primary",
            icon=":material/save:",
            on_click=_submit,
            args=(data, coalition, today, author),
        )


def render_news(data: Dataset, coalition: str) -> None:
    """The coalition's latest news, newest first, and its updates waiting to be sent."""
    st.subheader(t("updates.sheet.news"))
    for waiting in pending_updates(coalition):
        news = next((r.as_dict().get("news", "") for r in waiting.rows if r.tab == "updates"), "")
        text = t("updates.pending", when=format_date(waiting.created_at))
        if news:
            text += "  \n" + escape_text(news, "markdown", max_length=SUMMARY_LENGTH)
        st.warning(text, icon=":material/schedule_send:")
    updates = data.updates[data.updates["coalition"] == coalition]
    updates = updates[updates["news"].astype(str).str.strip() != ""]
    if updates.empty:
        st.info(t("updates.sheet.news.none"), icon=":material/info:")
        return
    for row in updates.iloc[::-1].head(NEWS_SHOWN).itertuples():
        # The author as written, never entered_by: an e-mail address is not for display.
        author = escape_text(row.author, "markdown", max_length=MAX_LINE_LENGTH)
        when = format_date(row.date)
        with st.container(border=True):
            st.caption(t("updates.sheet.news.item", date=when, author=author) if author else when)
            st.markdown(escape_text(row.news, "markdown"))
