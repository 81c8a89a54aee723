"""The dashboard's home at a glance: key figures, the pipeline, what moved, and filters.

Everything here reads the Dataset only; the overview and maturity pages render the results.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import pandas as pd

from coalitions.history.changes import ResetDayChanges, changes_since_last_reset_day
from coalitions.history.resetdays import ResetDay, next_reset_day, recurrence_from_settings
from coalitions.workbook.dataset import Dataset
from coalitions.workbook.parsing import fold_series
from coalitions.workbook.stages import LAUNCHED, shown_stages


@dataclass(frozen=True)
class KeyFigures:
    """The numbers at the top of the overview.

    ``by_stage`` maps every stage 0-5 to its count of coalitions (and ``UNKNOWN_STAGE`` too
    when a coalition is at it); ``actors`` counts every
    known actor (the actors tab and those only named in memberships), ``engaged_actors`` those
    in at least one coalition; ``upcoming_events`` the events dated ``today`` or later.
    """

    coalitions: int
    by_stage: dict[int, int]
    launched: int
    pilots: int
    families: int
    actors: int
    engaged_actors: int
    upcoming_events: int
    next_reset_day: ResetDay | None


def key_figures(data: Dataset, today: date) -> KeyFigures:
    """Count coalitions (in all and by stage), pilots, actors and upcoming events; find the
    next Reset Day on or after ``today``."""
    coalitions = data.coalitions
    stages = coalitions["stage"].astype(int)
    counts = stages.value_counts()
    by_stage = {s.number: int(counts.get(s.number, 0)) for s in shown_stages(stages)}
    families = coalitions["family"].astype(str)
    event_days = data.events["date"].dt.normalize()
    upcoming = int((event_days >= pd.Timestamp(today)).sum())
    recurrence = recurrence_from_settings(data.settings)
    return KeyFigures(
        coalitions=len(coalitions),
        by_stage=by_stage,
        launched=int((stages >= LAUNCHED).sum()),
        pilots=int(coalitions["pilot"].astype(bool).sum()),
        families=int(families[families != ""].nunique()),
        actors=len(data.actors),
        engaged_actors=int(data.memberships["actor"].nunique()),
        upcoming_events=upcoming,
        next_reset_day=next_reset_day(recurrence, today, data.events),
    )


def pipeline(coalitions: pd.DataFrame) -> pd.DataFrame:
    """Coalitions counted by family of interest and stage, for the pipeline chart.

    One row per (family, stage) pair that has coalitions: family ("" where not given), stage,
    count. Families come largest first (ties by name), stages in order within a family.
    """
    if coalitions.empty:
        return pd.DataFrame(
            {"family": pd.Series(dtype=str), "stage": pd.Series(dtype=int),
             "count": pd.Series(dtype=int)}
        )  # fmt: skip
    table = pd.DataFrame(
        {"family": coalitions["family"].astype(str), "stage": coalitions["stage"].astype(int)}
    )
    counts = table.groupby(["family", "stage"]).size().rename("count").reset_index()
    totals = counts.groupby("family")["count"].transform("sum")
    counts = counts.assign(
        _total=totals, _blank=counts["family"] == "", _name=fold_series(counts["family"])
    )
    counts = counts.sort_values(
        ["_blank", "_total", "_name", "stage"], ascending=[True, False, True, True], kind="stable"
    )
    return counts[["family", "stage", "count"]].reset_index(drop=True)


def recent_changes(data: Dataset, today: date) -> ResetDayChanges | None:
    """What moved since the last Reset Day before ``today`` (see
    ``coalitions.history.changes.changes_since_last_reset_day``); the tables of a partial workbook's
    missing tabs are typed like the others (``coalitions.workbook.dataset.empty_table``)."""
    return changes_since_last_reset_day(data, today)


def filter_coalitions(
    coalitions: pd.DataFrame,
    families: Iterable[str] | None = None,
    territories: Iterable[str] | None = None,
    levers: Iterable[str] | None = None,
    pilot: bool | None = None,
) -> pd.DataFrame:
    """The coalitions matching every given filter; a filter left empty or None keeps all.

    ``families`` and ``territories`` keep the coalitions whose value is one of those given
    (as written in the sheet); ``levers`` (keys commande/offre/usages) keeps those acting on
    at least one of them; ``pilot`` True keeps the pilots, False the others.
    """
    keep = pd.Series(True, index=coalitions.index)
    families = list(families or ())
    if families:
        keep &= coalitions["family"].isin(families)
    territories = list(territories or ())
    if territories:
        keep &= coalitions["territory"].isin(territories)
    wanted = set(levers or ())
    if wanted:
        held = coalitions["levers"].explode()  # one row per (coalition, lever)
        keep &= held.isin(wanted).groupby(level=0).any().reindex(coalitions.index, fill_value=False)
    if pilot is not None:
        keep &= coalitions["pilot"].astype(bool) == pilot
    return coalitions[keep.to_numpy()]


def filter_choices(coalitions: pd.DataFrame) -> dict[str, list[str]]:
    """The values the filters offer: families and territories present, sorted by name
    (case and accents folded), blanks left out."""
    choices = {}
    for column in ("family", "territory"):
        values = pd.Series(coalitions[column].astype(str).unique())
        values = values[values != ""]
        order = fold_series(values).argsort(kind="stable")
        choices[column] = values.iloc[order].tolist()
    return choices
