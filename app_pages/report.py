"""The Reset Day report (compte-rendu): choose the meeting, read it, download it.

Markdown, plain text, a standalone HTML page that the browser prints to PDF, a Word file to
edit and a ready-to-send e-mail (.eml). The chosen Reset Day is kept in the URL (``?rd=14``).
"""

import streamlit as st

from coalitions.escape import escape_text
from coalitions.format import format_date
from coalitions.i18n import LANGUAGE_NAMES
from coalitions.report import FORMATS, MIME_TYPES, ORDERS, build_report, render, report_markdown
from data_sources.cache import cached_view
from ui.context import dataset, lang, t
from ui.reset_day import reset_day_or_stop
from ui.widgets import labelled

# The preview shows this many coalitions: enough for the sample's twenty, light for a browser
# when a workbook has hundreds (the downloads have them all).
PREVIEW_SECTIONS = 40
ICONS = {
    "md": ":material/download:",
    "txt": ":material/notes:",
    "html": ":material/print:",
    "docx": ":material/edit_document:",
    "eml": ":material/mail:",
}


def _choose_reset_day() -> None:
    st.query_params["rd"] = str(st.session_state["report_rd"].number)


data = dataset()
st.title(t("nav.report"))
st.caption(t("report.page.intro"))
reset_day, choices = reset_day_or_stop(data)
language = lang()
if st.query_params.get("rd") != str(reset_day.number):
    st.query_params["rd"] = str(reset_day.number)

rd_labels = {
    d: t("report.reset_day.option", number=d.number, date=format_date(d.date, language))
    for d in choices
}
order_labels = {o: t(f"report.order.{o}") for o in ORDERS}
pick, language_col, order_col = st.columns([2, 1, 1])
pick.selectbox(
    t("report.reset_day"),
    **labelled(rd_labels),
    index=choices.index(reset_day),
    key="report_rd",
    on_change=_choose_reset_day,
)
report_lang = (
    language_col.segmented_control(
        t("report.page.language"),
        **labelled(LANGUAGE_NAMES),
        default=language,
        key="report_lang",
    )
    or language
)
order = order_col.selectbox(t("report.order"), **labelled(order_labels), key="report_order")

report = cached_view(data, build_report, reset_day, report_lang, order)
name = escape_text(t("report.filename", number=reset_day.number), "filename")

# The files are written only when asked for: the Word one takes seconds on a large workbook.
for column, extension in zip(st.columns(len(FORMATS)), FORMATS, strict=True):
    column.download_button(
        t(f"report.download.{extension}"),
        help=t(f"report.download.{extension}.help"),
        data=lambda extension=extension: render(report, extension),
        file_name=f"{name}.{extension}",
        mime=MIME_TYPES[extension],
        key=f"report_{extension}",
        icon=ICONS[extension],
        on_click="ignore",
        width="stretch",
    )

st.divider()
with st.container(border=True, key="report_preview"):
    # Every piece of sheet text in it went through escape_text(..., "markdown").
    st.markdown(report_markdown(report, max_sections=PREVIEW_SECTIONS, context="markdown"))
