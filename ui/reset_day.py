"""What the presenter and report pages share: which Reset Day to show, or why none."""

from __future__ import annotations

import streamlit as st

from coalitions.history.resetdays import ResetDay
from coalitions.report import chosen_reset_day
from coalitions.workbook.dataset import Dataset
from data_sources.cache import cached_view
from ui.context import t, today
from ui.widgets import empty_state


def reset_day_or_stop(data: Dataset) -> tuple[ResetDay, list[ResetDay]]:
    """The Reset Day asked for in ``?rd=`` (else the last one held) and the choices.

    With no coalition, or no Reset Day to show, the page says so and stops here.
    """
    if data.coalitions.empty:
        empty_state("report.no_coalitions")
        st.page_link(
            "app_pages/data_quality.py", label=t("nav.data_quality"), icon=":material/rule:"
        )
        st.stop()
    requested = st.query_params.get("rd")
    reset_day, choices = cached_view(data, chosen_reset_day, today(data), requested)
    if reset_day is None:
        empty_state("report.no_reset_day")
        st.stop()
    return reset_day, choices
