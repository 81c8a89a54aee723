"""Everything about one coalition, gathered from every tab for its sheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from coalitions.history.progress import stage_history, time_in_stage
from coalitions.history.timeline import TEXTS, latest_texts
from coalitions.workbook import schema
from coalitions.workbook.dataset import Dataset
from coalitions.workbook.parsing import fold_series

_ROLE_ORDER = {role: i for i, role in enumerate(schema.ROLES)}
# The columns validation gives every coalition (``tab_stage``: the tab's own stage, which the
# timeline needs): the others are the sheet's unknown columns, shown as written.
_CANONICAL = {"row", "tab_stage", *(c.name for c in schema.COALITIONS.columns)}


@dataclass
class CoalitionSheet:
    """One coalition's sheet.

    - ``record``: the coalition's canonical columns (see ``coalitions.workbook.dataset``), its next
      step and obstacles as of ``today`` (``coalitions.history.timeline.latest_texts``);
    - ``illustrative``: True for an invented example row (the ``example`` column), so the
      sheet says so plainly and nobody quotes an illustration as a fact;
    - ``extras``: the other unknown columns of the coalitions tab, (header, text) where filled;
    - ``history``: its moves between stages (``coalitions.history.progress.stage_history``);
    - ``since`` / ``days``: when it reached its current stage and for how many days;
    - ``actors``: actor, role, type, website, since, levers (the levers it acts on here, a
      tuple); by role (lead, core, partner, interested, not given) then name;
    - ``deliverables``: title, kind, status, date, url, by date (undated last);
    - ``events``: date, end, title, kind, location, url, upcoming (dated ``today`` or later).
    """

    id: str
    record: dict[str, object]
    illustrative: bool
    extras: list[tuple[str, str]]
    history: pd.DataFrame
    since: pd.Timestamp | None
    days: int | None
    actors: pd.DataFrame
    deliverables: pd.DataFrame
    events: pd.DataFrame

    def count_by(self, column: str) -> dict[str, int]:
        """Its actors counted by ``role`` or ``type`` (keys as in the table): the vocabulary's
        keys in their order (``schema.ROLES`` / ``schema.ACTOR_TYPES``), then any other value
        (free text, ``""`` for not given) by count."""
        counts = self.actors[column].astype(str).value_counts(sort=True)
        known = schema.ROLES if column == "role" else schema.ACTOR_TYPES
        ordered = {k: int(counts[k]) for k in known if k in counts.index}
        ordered.update({str(k): int(v) for k, v in counts.items() if k not in ordered})
        return ordered

    def actors_by_lever(self) -> dict[str, list[str]]:
        """Who acts on what (the seed's « couples acteurs/leviers »): each lever, in the
        vocabulary's order, with its actors in the table's order; levers nobody acts on are
        left out."""
        return {
            lever: names
            for lever in schema.LEVERS
            if (
                names := [
                    a
                    for a, ls in zip(self.actors["actor"], self.actors["levers"], strict=True)
                    if lever in ls
                ]
            )  # fmt: skip
        }


def find_coalition(coalitions: pd.DataFrame, ref: object) -> str | None:
    """The id of the coalition ``ref`` names: its id as written, else its id or name matched
    like headers (case, accents and separators folded); None if none does."""
    text = "" if ref is None else str(ref).strip()
    if not text or coalitions.empty:
        return None
    ids = coalitions["id"].astype(str)
    if (ids == text).any():
        return text
    folded = schema.fold(text)
    for column in ("id", "name"):
        matches = coalitions.loc[(fold_series(coalitions[column].astype(str)) == folded).to_numpy()]
        if len(matches):
            return str(matches["id"].iloc[0])
    return None


def _extras(row: pd.Series) -> list[tuple[str, str]]:
    """The filled unknown columns of a coalition's row, (header, text)."""
    extras = []
    for header in row.index:
        value = "" if pd.isna(row[header]) else str(row[header]).strip()
        if header not in _CANONICAL and value:
            extras.append((str(header), value))
    return extras


def coalition_sheet(data: Dataset, coalition_id: str, today: date) -> CoalitionSheet | None:
    """Gather coalition ``coalition_id``'s sheet from every tab; None for an unknown id."""
    coalitions = data.coalitions
    match = coalitions[coalitions["id"] == coalition_id]
    if match.empty:
        return None
    row = match.iloc[0]
    record = {name: row[name] for name in row.index if name in _CANONICAL}
    texts = latest_texts(data, today).loc[coalition_id]
    record.update({column: texts[column] for column in TEXTS})

    stay = time_in_stage(data, today, match).iloc[0]
    since = None if pd.isna(stay["since"]) else pd.Timestamp(stay["since"])
    days = None if pd.isna(stay["days"]) else int(stay["days"])

    members = data.memberships[data.memberships["coalition"] == coalition_id]
    actors = members[["actor", "role", "since", "levers"]].merge(
        data.actors[["name", "type", "website"]], how="left", left_on="actor", right_on="name"
    )
    actors = actors.assign(
        type=actors["type"].fillna(""),
        website=actors["website"].fillna(""),
        _role=actors["role"].map(_ROLE_ORDER).fillna(len(_ROLE_ORDER)),
        _name=fold_series(actors["actor"].astype(str)),
    ).sort_values(["_role", "_name"], kind="stable")
    actors = actors[["actor", "role", "type", "website", "since", "levers"]].reset_index(drop=True)

    deliverables = data.deliverables[data.deliverables["coalition"] == coalition_id]
    deliverables = deliverables.sort_values(["date", "row"], na_position="last", kind="stable")
    deliverables = deliverables[["title", "kind", "status", "date", "url"]].reset_index(drop=True)

    events = data.events[data.events["coalition"] == coalition_id]
    events = events.sort_values("date", kind="stable")
    events = events.assign(upcoming=events["date"].dt.normalize() >= pd.Timestamp(today))
    columns = ["date", "end", "title", "kind", "location", "url", "upcoming"]
    events = events[columns].reset_index(drop=True)

    return CoalitionSheet(
        id=coalition_id,
        record=record,
        illustrative=bool(row["example"]),
        extras=_extras(row),
        history=stage_history(data, [coalition_id]),
        since=since,
        days=days,
        actors=actors,
        deliverables=deliverables,
        events=events,
    )
