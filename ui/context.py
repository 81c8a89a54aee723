"""What every page needs during a script run: the dataset, the language, the reference day."""

from __future__ import annotations

import threading
from datetime import date

import streamlit as st

from coalitions.history.resetdays import reference_date
from coalitions.i18n import DEFAULT_LANGUAGE, LANGUAGES, translate
from coalitions.workbook.dataset import Dataset

# The dataset lives for one script run only, in the run's thread: kept in session state it
# would hold a copy per open browser session between reruns (hundreds of MB on a large
# workbook with a room full of viewers), while the cache already keeps one.
_run = threading.local()
LANG_KEY = "lang"


def lang() -> str:
    """The language chosen in the sidebar (kept in the URL as ``?lang=``), French by default."""
    chosen = st.session_state.get(LANG_KEY) or st.query_params.get("lang", DEFAULT_LANGUAGE)
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, **params: object) -> str:
    """The catalogue message ``key`` in the current language."""
    return translate(key, lang(), **params)


def set_dataset(dataset: Dataset | None) -> None:
    """Make ``dataset`` this run's dataset (app.py sets it before the page, clears it after)."""
    _run.dataset = dataset


def dataset() -> Dataset:
    """This run's dataset."""
    data = getattr(_run, "dataset", None)
    if data is None:
        raise RuntimeError("no dataset in this run: pages run through app.py")
    return data


def set_view_day(day: date | None) -> None:
    """Show this run as of ``day`` (the sidebar's « Afficher au »), or today with None."""
    _run.view_day = day


def view_day() -> date | None:
    """The past day this run shows, or None when it shows today."""
    return getattr(_run, "view_day", None)


def today(data: Dataset | None = None) -> date:
    """The day the dashboard treats as today: the day shown (« Afficher au ») if one is
    chosen, else ``coalitions.history.resetdays.reference_date``."""
    chosen = view_day()
    if chosen is not None:
        return chosen
    data = data or dataset()
    return reference_date(data.settings, date.today())
