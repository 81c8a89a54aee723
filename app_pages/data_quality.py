"""Data quality: every finding of the validation, filterable, counted by tab and severity; tabs
and columns named as the workbook writes them."""

import streamlit as st

from coalitions.workbook.quality import count_findings, filter_findings, label_findings
from data_sources.template import build_template
from ui.context import dataset, lang, t
from ui.guide import render_guide
from ui.widgets import download_csv, empty_state, show_table

data = dataset()
st.title(t("nav.data_quality"))
st.caption(t("quality.intro"))

language = lang()
# Built only when asked for, not on every rerun of the page.
st.download_button(
    t("quality.template"),
    data=lambda: build_template(language),
    file_name="modele-coalitions.xlsx" if lang() == "fr" else "coalitions-template.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    help=t("quality.template.help"),
    icon=":material/download:",
    key="template",
    on_click="ignore",
)
render_guide()
findings = data.findings_frame(lang())
if findings.empty:
    st.success(t("quality.none"), icon=":material/check_circle:")
    st.stop()

errors, warnings = len(data.errors), len(data.warnings)
col1, col2, col3 = st.columns(3)
col1.metric(t("quality.errors"), errors)
col2.metric(t("quality.warnings"), warnings)
col3.metric(t("quality.tabs"), findings["tab"].nunique())

counts = count_findings(findings)
st.subheader(t("quality.by_tab"))
show_table(
    counts.drop(columns="tab").rename(
        columns={"tab_title": t("quality.col.tab"), "error": t("quality.errors"),
                 "warning": t("quality.warnings")}
    ),
    hide_index=True,
)  # fmt: skip

left, right = st.columns(2)
# Options are the labels themselves: multiselect values travel as their displayed text.
labels = {t(f"quality.severity.{s}"): s for s in ("error", "warning")}
chosen = left.multiselect(
    t("quality.severity"), list(labels), default=list(labels), placeholder=t("quality.none_chosen")
)
tab_labels = dict(zip(counts["tab_title"], counts["tab"], strict=True))
chosen_tabs = right.multiselect(
    t("quality.col.tab"), list(tab_labels), placeholder=t("quality.all_tabs")
)
shown = filter_findings(
    findings, [labels[label] for label in chosen], [tab_labels[label] for label in chosen_tabs]
)
if shown.empty:
    empty_state("quality.filtered_out")
else:
    show_table(
        label_findings(shown).assign(
            severity=shown["severity"].map(lambda s: t(f"quality.severity.{s}"))
        ),
        hide_index=True,
        column_config={
            "severity": t("quality.severity"),
            "tab": t("quality.col.tab"),
            "row": st.column_config.NumberColumn(t("quality.col.row"), format="%d"),
            "column": t("quality.col.column"),
            "value": t("quality.col.value"),
            "message": t("quality.col.message"),
        },
    )
    download_csv(
        label_findings(shown),
        "findings",
        "qualite-donnees" if lang() == "fr" else "data-quality",
    )
