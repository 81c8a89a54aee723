"""What was true on a day D: the one owner of time in the domain.

The workbook is dated history, and every view asks this module what it said on a day: the
dashboard (« Afficher au », today's pages through validation), the « since the last Reset
Day » changes, the report and its deck, the reminders. The rules, in plain words (the sheet
contract's « One source of truth, history kept »; docs/workbook.md says the same):

- *existed*: a coalition existed on D unless its first progress row is dated after D; a
  coalition with no progress row at all was always there.
- *stage*: its stage on D is that of its latest progress row dated on or before D, unless the
  coalitions tab's ``updated`` date (a day) is later than that row's day and not after D:
  then the tab's own stage stands (the most recent information wins). The tab's stage also
  stands for a coalition with no progress row. A tab stage that cannot be read never wins; a
  coalition whose stage nothing says is at ``UNKNOWN_STAGE``. Without a day (validation's
  current stage), every row counts.
- *deliverable status*: a deliverable's rows (same coalition and title) are its history. A
  row is known from its ``entered_at`` when it has one; without it, a row « fait » is known
  from its date (undated: always), and a row « prévu » or « en cours » from the start (its
  date is a due date). On D the latest row known (in that order of knowing, then by date,
  then row order) gives the status and date. A deliverable none of whose rows is known on D
  is left out, except one marked « fait » on a later date with no ``entered_at``: it was
  being made, so it reads « en cours ».
- *dated rows*: memberships count from their ``since`` (undated: always there); progress and
  updates rows from their date; the coalitions tab's ``updated`` is blank on a day before it.
- *events*: kept for the coalitions that existed (and those of no coalition); the agenda
  counts « upcoming » from D.
- *next step*: a coalition's next step and obstacles on D are the latest non-blank ones of
  the updates tab dated on or before D (latest date, then latest ``entered_at``, hand-typed
  rows first, then the lower row; an undated row counts whatever the day, before every dated
  one), else the coalitions tab's own, dated by its ``updated`` (``latest_texts``).

``as_of(data, day)`` applies these rules to a whole ``Dataset``; applying it twice with the
same day changes nothing more.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd

from coalitions.workbook.dataset import Dataset
from coalitions.workbook.stages import UNKNOWN_STAGE

# The columns of a deliverable's earlier states in ``history`` (oldest first).
STATE_FIELDS = ("row", "status", "date", "entered_at")
# The coalitions' texts an update replaces (the sheet contract).
TEXTS = ("next_step", "obstacles")


def day_end(day: date) -> pd.Timestamp:
    """The last instant of ``day``: a row dated with a time on ``day`` happened on that day."""
    return pd.Timestamp(day) + pd.Timedelta(days=1) - pd.Timedelta(microseconds=1)


def on_or_before(dates: pd.Series, day: date | None, undated: bool) -> pd.Series:
    """Mask of ``dates`` on or before ``day`` (all when None); undated rows count as
    ``undated``."""
    if day is None:
        return dates.notna() | undated
    return (dates <= day_end(day)) | (dates.isna() & undated)


def first_moves(progress: pd.DataFrame) -> pd.DataFrame:
    """Each coalition's first progress row, the day it came to exist: indexed by coalition
    id, with ``date``, ``stage`` and ``row``."""
    ordered = progress.sort_values(["date", "row"], kind="stable")
    return ordered.drop_duplicates("coalition").set_index("coalition")


def existed(coalition_ids: pd.Series, progress: pd.DataFrame, day: date | None) -> pd.Series:
    """Mask of the coalitions (ids) that existed on ``day``: no progress row at all, or a
    first one on or before it."""
    first = first_moves(progress)["date"].reindex(coalition_ids.to_numpy())
    return pd.Series(on_or_before(first, day, undated=True).to_numpy(), coalition_ids.index)


def latest_moves(progress: pd.DataFrame, day: date | None = None) -> pd.DataFrame:
    """Each coalition's latest progress row dated on or before ``day`` (every row when
    None): indexed by coalition id, with ``stage``, ``date`` and ``row``."""
    known = progress[on_or_before(progress["date"], day, undated=False).to_numpy()]
    known = known.sort_values(["date", "row"], kind="stable")
    return known.drop_duplicates("coalition", keep="last").set_index("coalition")


def stages_on(coalitions: pd.DataFrame, progress: pd.DataFrame, day: date | None = None):
    """Each coalition's stage on ``day`` (rules in the module docstring).

    ``coalitions`` needs ``id``, ``tab_stage`` (the tab's own stage, <NA> when unreadable)
    and ``updated``. Returns a DataFrame aligned with ``coalitions``: ``stage`` (int,
    ``UNKNOWN_STAGE`` when nothing says it), ``from_tab`` (the tab's stage stands),
    ``history_stage`` (Int64) and ``history_row`` of the latest move on that day.
    """
    latest = latest_moves(progress, day)
    ids = coalitions["id"]
    history_stage = ids.map(latest["stage"]).astype("Int64")
    history_day = latest["date"].reindex(ids).dt.normalize().to_numpy()
    tab_stage = coalitions["tab_stage"].astype("Int64")
    updated = coalitions["updated"].where(on_or_before(coalitions["updated"], day, False))
    from_tab = tab_stage.notna() & (
        history_stage.isna() | (updated.notna() & (updated.dt.normalize() > history_day))
    )
    stage = tab_stage.where(from_tab, history_stage).fillna(UNKNOWN_STAGE).astype("int64")
    return pd.DataFrame(
        {
            "stage": stage.to_numpy(),
            "from_tab": from_tab.fillna(False).astype(bool).to_numpy(),
            "history_stage": history_stage.to_numpy(),
            "history_row": ids.map(latest["row"]).to_numpy(),
        },
        index=coalitions.index,
    )


def coalitions_on(data: Dataset, day: date) -> pd.DataFrame:
    """The coalitions that existed on ``day``, each with its stage on that day."""
    coalitions = data.coalitions
    if coalitions.empty:
        return coalitions
    kept = coalitions[existed(coalitions["id"], data.progress, day).to_numpy()].copy()
    kept["stage"] = stages_on(kept, data.progress, day)["stage"]
    # A row written after the day shown was not known then.
    kept["updated"] = kept["updated"].where(on_or_before(kept["updated"], day, True))
    return kept.reset_index(drop=True)


def known_from(status: pd.Series, dates: pd.Series, entered_at: pd.Series) -> pd.Series:
    """When each deliverable row became known (NaT: from the start); see the module
    docstring."""
    done_on = dates.where(status.eq("done"))
    return entered_at.where(entered_at.notna(), done_on)


def order_states(table: pd.DataFrame) -> pd.DataFrame:
    """Deliverable rows in the order they became known (then date, then row): the last row
    of a deliverable gives its status."""
    moment = known_from(table["status"], table["date"], table["entered_at"])
    ordered = table.assign(_known=moment).sort_values(
        ["_known", "date", "row"], na_position="first", kind="stable"
    )
    return ordered.drop(columns="_known")


def _states(deliverables: pd.DataFrame) -> pd.DataFrame:
    """Every row of every deliverable, grouped by deliverable, oldest state first, with
    ``_id`` the deliverable's position in ``deliverables``."""
    earlier = [
        {"_id": i, **dict(zip(STATE_FIELDS, state, strict=True))}
        for i, history in enumerate(deliverables["history"])
        for state in history
    ]
    states = deliverables[list(STATE_FIELDS)].assign(_id=range(len(deliverables)))
    if earlier:
        states = pd.concat([pd.DataFrame(earlier, columns=["_id", *STATE_FIELDS]), states])
    # The history's tuples hold Timestamps and NaT: back to datetime columns.
    states = states.astype({"date": "datetime64[ns]", "entered_at": "datetime64[ns]"})
    return states.sort_values("_id", kind="stable").reset_index(drop=True)


def deliverables_on(deliverables: pd.DataFrame, day: date) -> pd.DataFrame:
    """Each deliverable as known on ``day``: status and date of its latest row known then,
    ``history`` the earlier rows known then (rules in the module docstring)."""
    if deliverables.empty:
        return deliverables
    states = _states(deliverables)
    moment = known_from(states["status"], states["date"], states["entered_at"])
    known = on_or_before(moment, day, undated=True)
    seen = states[known.to_numpy()]
    latest = seen.drop_duplicates("_id", keep="last")
    # Done on a later date, typed by hand, and nothing else known: it was being made.
    making = ~known & states["entered_at"].isna() & states["status"].eq("done")
    making &= ~states["_id"].isin(latest["_id"])
    being_made = states[making.to_numpy()].drop_duplicates("_id").assign(status="in_progress")
    now = pd.concat([latest, being_made]).sort_values("_id", kind="stable")
    # Each deliverable's earlier known rows, in one pass (a groupby calls Python per group).
    earlier = seen.drop(index=latest.index)
    history: dict[int, list[tuple]] = {}
    for ident, *state in zip(earlier["_id"].tolist(), *(earlier[f].tolist() for f in STATE_FIELDS),
                             strict=True):  # fmt: skip
        history.setdefault(ident, []).append(tuple(state))
    table = deliverables.iloc[now["_id"].to_numpy()].reset_index(drop=True)
    for column in STATE_FIELDS:
        table[column] = now[column].to_numpy()
    table["history"] = [tuple(history.get(i, ())) for i in now["_id"].tolist()]
    return table.astype({"date": "datetime64[ns]", "entered_at": "datetime64[ns]"})


def as_of(data: Dataset, day: date) -> Dataset:
    """``data`` as it stood at the end of ``day`` (rules in the module docstring)."""
    coalitions = coalitions_on(data, day)
    ids = set(coalitions["id"])

    def cut(table: pd.DataFrame, column: str, undated: bool = True) -> pd.DataFrame:
        keep = on_or_before(table[column], day, undated)
        if "coalition" in table:
            keep &= table["coalition"].isin(ids) | table["coalition"].eq("")
        return table[keep.to_numpy()].reset_index(drop=True)

    memberships = cut(data.memberships, "since")
    actors = data.actors
    if "listed" in actors:
        # Actors named only in memberships exist through them: none left, no actor.
        named = set(memberships["actor"])
        actors = actors[actors["listed"].astype(bool) | actors["name"].isin(named)]
        actors = actors.reset_index(drop=True)
    events = data.events
    events = events[events["coalition"].isin(ids) | events["coalition"].eq("")]
    deliverables = data.deliverables[data.deliverables["coalition"].isin(ids)]
    return replace(
        data,
        coalitions=coalitions,
        actors=actors,
        memberships=memberships,
        events=events.reset_index(drop=True),
        progress=cut(data.progress, "date", undated=False),
        deliverables=deliverables_on(deliverables.reset_index(drop=True), day),
        updates=cut(data.updates, "date", undated=False),
        as_of=day,
    )


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
    counted = on_or_before(written, day, undated=True)
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
