"""Each tab's own rules once read (``coalitions.workbook.tables``): coalitions, actors,
memberships, events, progress, deliverables, updates and settings, and the coalitions' current
stage resolved from the progress tab (``coalitions.history.timeline`` owns that rule).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from coalitions.history.timeline import STATE_FIELDS, order_states, stages_on
from coalitions.workbook import schema
from coalitions.workbook.collector import Collector
from coalitions.workbook.dataset import empty_table
from coalitions.workbook.findings import ERROR, WARNING
from coalitions.workbook.parsing import fold_series
from coalitions.workbook.references import ambiguous_names, check_refs, coded
from coalitions.workbook.tables import TEXT, header_map, read_table, rows_of

# The columns of each table: the schema's, plus ``listed`` on actors (an actor named only in
# memberships is added with listed=False), ``tab_stage`` on coalitions (the tab's own stage,
# for the timeline) and ``history`` on deliverables.
_DERIVED_COLUMNS = {"actors": ["listed"], "coalitions": ["tab_stage"], "deliverables": ["history"]}

_TABLE_COLUMNS = {
    tab.name: [c.name for c in tab.columns] + _DERIVED_COLUMNS.get(tab.name, [])
    for tab in schema.TABS
    if not tab.key_value
}


def _drop_duplicates(
    table, keys: pd.Series, tab: str, column: str, code: str, out: Collector, aside=None
):
    """Keep the first row of each key; later repeats are errors and leave the table (and are
    appended to ``aside`` when given)."""
    repeated = keys.duplicated(keep="first")
    out.add_masked(ERROR, tab, table["row"], column, table[column], repeated, code)
    if aside is not None:
        aside.append(table[repeated.to_numpy()])
    return table[~repeated.to_numpy()].copy()


def read_coalitions(frame, out: Collector) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The coalitions tab, and its rows set aside for want of a usable id (row, id, name).

    A row missing its name keeps it, named by its id; its stage is left as read (``<NA>``
    when unreadable or blank, with the cells as text) for ``current_stages``.
    """
    aside: list[pd.DataFrame] = []
    table = read_table(schema.COALITIONS, frame, out, kept=("name", "stage"), aside=aside)
    if table is None:
        empty = empty_table(["row", *_TABLE_COLUMNS["coalitions"]])
        return empty.assign(**{"stage" + TEXT: ""}), empty_table(["row", "id", "name"])
    table = _drop_duplicates(
        table, fold_series(table["id"]), "coalitions", "id", "duplicate_id", out, aside
    )
    nameless = table["name"] == ""
    out.add_masked(WARNING, "coalitions", table["row"], "name", table["name" + TEXT], nameless,
                   "name_missing")  # fmt: skip
    table["name"] = table["name"].mask(nameless, table["id"])
    ambiguous, _ = ambiguous_names(table)
    out.add_masked(WARNING, "coalitions", table["row"], "name", table["name"], ambiguous,
                   "ambiguous_name")  # fmt: skip
    table["levers"] = table["levers"].map(lambda v: v if isinstance(v, tuple) else ())
    aside_rows = pd.concat(aside)[["row", "id", "name"]]
    return table.drop(columns="name" + TEXT).reset_index(drop=True), aside_rows


def read_actors(frame, out: Collector) -> tuple[pd.DataFrame, dict[str, str]]:
    """The actors tab, and its names by folded spelling (for matching memberships)."""
    table = read_table(schema.ACTORS, frame, out)
    if table is None:
        return empty_table(["row", *_TABLE_COLUMNS["actors"]]), {}
    keys = fold_series(table["name"])
    table = _drop_duplicates(table, keys, "actors", "name", "duplicate_actor", out)
    table["listed"] = True
    keys = keys[~keys.duplicated()]
    return table.reset_index(drop=True), dict(zip(keys, table["name"], strict=True))


def read_memberships(frame, refs, actors, canonical, actors_tab: bool, out: Collector):
    """Memberships with actor names matched to the actors tab; unlisted actors are added."""
    distinct = dict.fromkeys(("coalition", "actor"))
    read = read_table(schema.MEMBERSHIPS, frame, out, distinct=distinct)
    if read is None:
        return empty_table(["row", *_TABLE_COLUMNS["memberships"]]), actors
    table = check_refs(read, "memberships", refs, out, distinct=distinct)
    # Matched once per distinct name (100,000 memberships name some 20,000 actors). Most are
    # written as in the actors tab: fold and look up only the others.
    codes, names = coded(table, "actor", distinct)
    exact = names.isin(set(canonical.values()))
    folded, matched = names.copy(), names.copy()
    if not exact.all():
        folded[~exact] = fold_series(names[~exact])
        matched[~exact] = folded[~exact].map(canonical)
    unlisted = matched.isna().to_numpy()[codes]
    table["actor"] = matched.fillna(names).to_numpy()[codes]
    # An actor is the same whether listed (its name) or not (its folded name).
    actor_keys = pd.factorize(matched.fillna(folded))[0][codes]
    coalition_keys = pd.factorize(table["coalition"])[0]
    pair = coalition_keys.astype(np.int64) * (actor_keys.max(initial=0) + 1) + actor_keys
    repeated = pd.Series(pair).duplicated(keep="first").to_numpy()
    if actors_tab:
        # A repeated row has its own finding: one per duplicate, not two.
        out.add_masked(
            WARNING, "memberships", table["row"], "actor", table["actor"],
            pd.Series(unlisted & ~repeated), "unknown_actor", actors_title=out.title("actors"),
        )  # fmt: skip
    if repeated.any():
        first = table["row"].groupby(pair).transform("first")
        for row, value, first_row in zip(
            table["row"][repeated], table["actor"][repeated], first[repeated], strict=True
        ):
            out.add(WARNING, "memberships", int(row), "actor", value, "duplicate_membership",
                    first=int(first_row))  # fmt: skip
    table["levers"] = table["levers"].map(lambda v: v if isinstance(v, tuple) else ())
    new = unlisted & ~repeated
    new_names = table.loc[new, "actor"]
    new_names = new_names[~pd.Series(actor_keys[new]).duplicated().to_numpy()]
    table = table[~repeated].copy()
    if len(new_names):
        added = pd.DataFrame(
            {"row": pd.NA, "name": new_names.to_numpy(), "type": "", "website": "", "listed": False}
        )
        actors = pd.concat([actors, added], ignore_index=True)
    return table.reset_index(drop=True), actors


def read_events(frame, refs, out: Collector) -> pd.DataFrame:
    distinct = dict.fromkeys(("coalition",))
    read = read_table(schema.EVENTS, frame, out, distinct=distinct)
    if read is None:
        return empty_table(["row", *_TABLE_COLUMNS["events"]])
    table = check_refs(read, "events", refs, out, required=False, distinct=distinct)
    backwards = table["end"].notna() & (table["end"] < table["date"])
    if backwards.any():  # dates are written as text only for a finding
        out.add_masked(
            WARNING, "events", table["row"], "end", _date_text(table["end"]), backwards,
            "end_before_start",
        )  # fmt: skip
    table.loc[backwards.to_numpy(), "end"] = pd.NaT
    table["kind"] = table["kind"].replace("", "other")
    return table.sort_values("date", kind="stable").reset_index(drop=True)


def read_linked(tab: schema.Tab, frame, refs, out: Collector) -> pd.DataFrame:
    distinct = dict.fromkeys(("coalition",))
    read = read_table(tab, frame, out, distinct=distinct)
    if read is None:
        return empty_table(["row", *_TABLE_COLUMNS[tab.name]])
    table = check_refs(read, tab.name, refs, out, distinct=distinct)
    if "stage" in table:
        table["stage"] = table["stage"].astype(int)
    sort = ["date", "row"] if tab.name in ("progress", "updates") else ["row"]
    return table.sort_values(sort, kind="stable").reset_index(drop=True)


def read_settings(frame, out: Collector) -> dict[str, str]:
    """Settings as {folded_key_with_underscores: value}."""
    if frame is None:
        return {}
    headers, rows, columns = rows_of(frame)
    known, _ = header_map(schema.SETTINGS, headers, out)
    key_at, value_at = known.get("key", 0), known.get("value", 1)
    if len(columns) <= max(key_at, value_at):
        return {}
    keys = fold_series(columns[key_at].spread_text(rows)).str.replace(" ", "_")
    values = columns[value_at].spread_text(rows)
    return {k: v for k, v in zip(keys, values, strict=True) if k}


def _date_text(values: pd.Series) -> pd.Series:
    """Dates as a finding shows them: ``2021-05-28``, with the time only when there is one."""
    text = values.dt.strftime("%Y-%m-%d %H:%M")
    return text.str.removesuffix(" 00:00").fillna("")


def current_stages(coalitions, progress, today: date, out: Collector) -> pd.DataFrame:
    """Each coalition's stage on ``today``, as ``coalitions.history.timeline.stages_on`` gives it
    for every other day (a stage dated later is not reached yet: the report and the deck of today
    say the same); the tab's own stage stays in ``tab_stage`` for the timeline's other days.

    One finding per coalition: its stage unreadable (shown from the history, or unknown), or
    newer than the history and different from it (the history misses a change).
    """
    text = coalitions.pop("stage" + TEXT)
    coalitions["tab_stage"] = coalitions["stage"].astype("Int64")
    if coalitions.empty:
        return coalitions.assign(stage=coalitions["stage"].astype("int64"))
    resolved = stages_on(coalitions, progress, today)
    coalitions["stage"] = resolved["stage"]
    sheet, history_stage = coalitions["tab_stage"], resolved["history_stage"]
    history_row = resolved["history_row"]
    readable, in_history = sheet.notna(), history_stage.notna()
    title = out.title("progress")
    for i in np.flatnonzero((~readable).to_numpy()):
        if in_history.iloc[i]:
            out.add(WARNING, "coalitions", int(coalitions["row"].iloc[i]), "stage", text.iloc[i],
                    "stage_from_history", history_title=title,
                    progress_row=int(history_row.iloc[i]))  # fmt: skip
        else:
            out.add(WARNING, "coalitions", int(coalitions["row"].iloc[i]), "stage", text.iloc[i],
                    "stage_unknown")  # fmt: skip
    differ = (resolved["from_tab"] & in_history & (sheet != history_stage)).fillna(False)
    for i in np.flatnonzero(differ.to_numpy()):
        out.add(WARNING, "coalitions", int(coalitions["row"].iloc[i]), "stage", text.iloc[i],
                "stage_mismatch", history_title=title, progress_row=int(history_row.iloc[i]),
                progress_stage=int(history_stage.iloc[i]))  # fmt: skip
    return coalitions


def check_stage_moves(progress: pd.DataFrame, out: Collector) -> None:
    """Warn about each move back to an earlier stage that has no note to say why."""
    ordered = progress.sort_values(["coalition", "date", "row"], kind="stable")
    before = ordered.groupby("coalition")["stage"].shift(1)
    back = before.notna() & (ordered["stage"] < before) & (ordered["note"] == "")
    for row, was, now in zip(ordered["row"][back], before[back], ordered["stage"][back],
                             strict=True):  # fmt: skip
        out.add(WARNING, "progress", int(row), "note", "", "stage_back_without_note",
                before=int(was), after=int(now))  # fmt: skip


def read_deliverables(frame, refs, today: date, out: Collector) -> pd.DataFrame:
    """The deliverables, one row per deliverable (same coalition and title): its latest row
    in ``coalitions.history.timeline.order_states``'s order, with its earlier rows in ``history``
    (tuples of ``timeline.STATE_FIELDS``, oldest first). A row marked done on a day after
    ``today`` is warned about."""
    table = read_linked(schema.DELIVERABLES, frame, refs, out)
    dates = table["date"]
    future = (table["status"] == "done") & (dates.dt.normalize() > pd.Timestamp(today))
    if future.any():
        out.add_masked(WARNING, "deliverables", table["row"], "date", _date_text(dates), future,
                       "done_in_future")  # fmt: skip
    # A blank or unknown kind (the latter warned about when read) is « autre ».
    table["kind"] = table["kind"].replace("", "other")
    if table.empty:
        return table.assign(history=pd.Series(dtype=object))
    key = table["coalition"].astype(str) + "\x00" + fold_series(table["title"].astype(str))
    ordered = order_states(table.assign(_key=key))
    ordered = _carry_description(ordered)
    latest = ordered.drop_duplicates("_key", keep="last")
    if len(latest) == len(table):
        return table.assign(history=[()] * len(table))
    # Each deliverable's rows in order, in one pass (a groupby calls Python once a group).
    states: dict[str, list[tuple]] = {}
    fields = [ordered[f].tolist() for f in STATE_FIELDS]
    for key_value, *state in zip(ordered["_key"], *fields, strict=True):
        states.setdefault(key_value, []).append(tuple(state))
    latest = latest.assign(history=[tuple(states[k][:-1]) for k in latest["_key"]])
    return latest.drop(columns="_key").sort_values("row", kind="stable").reset_index(drop=True)


def _carry_description(ordered: pd.DataFrame) -> pd.DataFrame:
    """A deliverable's link and kind are those of its latest row that gives one: a row that
    only changes the status (as the dashboard appends them) keeps the link typed before."""
    url, kind = ordered["url"], ordered["kind"]
    grouped = ordered.assign(url=url.where(url != ""), kind=kind.where(kind != "other")).groupby(
        "_key", sort=False
    )[["url", "kind"]]
    carried = grouped.ffill()
    return ordered.assign(
        url=carried["url"].fillna("").to_numpy(), kind=carried["kind"].fillna("other").to_numpy()
    )
