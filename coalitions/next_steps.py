"""A coalition's next step and obstacles as of a day: the one rule every page and output uses.

The coalitions tab holds each coalition's ``next_step`` and ``obstacles``; a row of the
updates tab with that text replaces it (the sheet contract), the latest one winning. The
coalition sheet and the reminders read them as of today, the report as of its Reset Day.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from coalitions.dataset import Dataset

TEXTS = ("next_step", "obstacles")


def _day(value: object) -> date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()


def latest_texts(data: Dataset, day: date | None = None) -> pd.DataFrame:
    """Every coalition's ``next_step`` and ``obstacles`` as of ``day`` (every update when
    None), with the day each was written: ``next_step_on``, ``obstacles_on`` (date or None).

    Indexed by coalition id, in the coalitions tab's order. The latest updates row with a
    non-blank text wins: latest date, then latest ``entered_at`` (hand-typed rows have none
    and come first), then the lower row. Rows dated after ``day`` don't count; an undated row
    counts whatever the day, before every dated one, and has no date. Without such a row the
    coalitions tab's own text stays, dated by its ``updated`` column.
    """
    coalitions = data.coalitions
    ids = pd.Index(coalitions["id"].astype(str), name="id")
    updates = data.updates
    written = updates["date"].dt.normalize()
    counted = written.isna()
    counted |= True if day is None else written <= pd.Timestamp(day)
    known = updates[counted.to_numpy()].assign(
        _d=written[counted.to_numpy()], _e=updates["entered_at"]
    )
    known = known.sort_values(["_d", "_e", "row"], kind="stable", na_position="first")
    own_days = coalitions["updated"].map(_day).to_numpy()
    result = pd.DataFrame(index=ids)
    for column in TEXTS:
        texts = known[column].fillna("").astype(str).str.strip()
        latest = (
            known.assign(_t=texts)[(texts != "").to_numpy()]
            .drop_duplicates("coalition", keep="last")
            .set_index("coalition")
            .reindex(ids)
        )
        posted = latest["_t"].notna().to_numpy()
        own = coalitions[column].fillna("").astype(str).str.strip().to_numpy()
        result[column] = latest["_t"].where(posted, own).to_numpy()
        result[f"{column}_on"] = [
            _day(d) if p else o for d, p, o in zip(latest["_d"], posted, own_days, strict=True)
        ]
    return result
