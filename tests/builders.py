"""The one way tests build data: a workbook from lists of rows, the Dataset the real validator
makes of it, and the built-in sample read once per test session.

Rows are lists whose first row is the header, as a keeper types them; a tab is named by its
keyword argument, ``_`` standing for a space (``dates_clés`` is the tab « dates clés »), so
the validator's tab and header aliases are exercised as on a real sheet::

    data = dataset_from_rows(coalitions=[["id", "nom"], ["a", "A"]], avancement=[...])
"""

from __future__ import annotations

from datetime import date
from functools import cache

import pandas as pd

from coalitions.workbook.dataset import Dataset, RawWorkbook
from coalitions.workbook.validation import build_dataset
from data_sources.reading.loader import SAMPLE_DIR, SourceSpec, load_local

SETTINGS_HEADER = ["clé", "valeur"]  # the settings tab's French headers, as the template has


def raw_workbook(
    title: str = "test", settings: list[list[str]] | None = None, **tabs: list[list]
) -> RawWorkbook:
    """A workbook of these tabs; ``settings`` rows (key, value) go under the settings tab's
    headers."""
    frames = {
        name.replace("_", " "): pd.DataFrame(rows, dtype=object) for name, rows in tabs.items()
    }
    if settings:
        frames["paramètres"] = pd.DataFrame([SETTINGS_HEADER, *settings], dtype=object)
    return RawWorkbook(title, frames)


def dataset_from_rows(
    today: date | None = None, settings: list[list[str]] | None = None, **tabs: list[list]
) -> Dataset:
    """The Dataset the real validator builds from these tabs (``raw_workbook``)."""
    return build_dataset(raw_workbook(settings=settings, **tabs), today=today)


@cache
def sample_dataset() -> Dataset:
    """The built-in sample as the dashboard reads it, once per session. Shared: a test that
    needs it changed builds a copy (``dataclasses.replace``), never edits its tables."""
    return load_local(SourceSpec("sample", str(SAMPLE_DIR)))
