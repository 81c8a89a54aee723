"""What every page needs during a script run: the dataset, the language, the reference day."""

from __future__ import annotations

from datetime import date

import streamlit as st

from coalitions.dataset import Dataset
from coalitions.i18n import DEFAULT_LANGUAGE, LANGUAGES, translate
from coalitions.resetdays import reference_date

_DATASET_KEY = "_dataset"
LANG_KEY = "lang"


def lang() -> str:
    """The language chosen in the sidebar (kept in the URL as ``?lang=``), French by default."""
    chosen = st.session_state.get(LANG_KEY) or st.query_params.get("lang", DEFAULT_LANGUAGE)
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, **params: object) -> str:
    """The catalogue message ``key`` in the current language."""
    return translate(key, lang(), **params)


def set_dataset(dataset: Dataset) -> None:
    """Make ``dataset`` this run's dataset (app.py does it before running the page)."""
    st.session_state[_DATASET_KEY] = dataset


def dataset() -> Dataset:
    """This run's dataset."""
    return st.session_state[_DATASET_KEY]


def today(data: Dataset | None = None) -> date:
    """The day the dashboard treats as today (see ``coalitions.resetdays.reference_date``)."""
    data = data or dataset()
    return reference_date(data.settings, date.today())
