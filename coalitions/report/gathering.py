"""The month gathered into the report model: ``build_report(data, reset_day, lang, order)``.

It reads the validated dataset as it stood on the day (``coalitions.history.timeline``), the
changes engine (``coalitions.history.changes``) and the ``updates`` tab for everything a
careful writer would say about the month: the month's message, each coalition's moves,
arrivals, news, deliverables and dates, the agenda and the figures
(``coalitions.report.model``).
"""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd

from coalitions.history.changes import changes_for_reset_day, stale_threshold
from coalitions.history.resetdays import ResetDay
from coalitions.history.timeline import as_of, latest_texts
from coalitions.report.letter import letter_from_settings
from coalitions.report.model import (
    CoalitionSection,
    Entry,
    News,
    Report,
    order_sections,
    section_group,
)
from coalitions.views.library import open_calls
from coalitions.workbook.dataset import Dataset
from coalitions.workbook.schema import ROLES
from coalitions.workbook.stages import LAUNCHED


def _when(value: object) -> datetime | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).to_pydatetime()


def _actors_by_coalition(day: Dataset) -> dict[str, tuple]:
    """``id -> ((role, names), ...)`` for the members of ``day`` (the dataset as of the Reset
    Day: ``coalitions.history.timeline.as_of`` kept the members of that day)."""
    present = day.memberships
    rank = {role: i for i, role in enumerate(ROLES)}
    # Known roles in their order, free-text roles after them, no role last.
    present = present.assign(
        _rank=present["role"].map(rank).fillna(len(rank)) + present["role"].eq("").astype(int)
    ).sort_values(["coalition", "_rank", "role", "row"], kind="stable")
    grouped = present.groupby(["coalition", "role"], sort=False)["actor"].agg(tuple)
    actors: dict[str, list] = {}
    for (cid, role), names in grouped.items():
        actors.setdefault(cid, []).append((role, names))
    return {cid: tuple(pairs) for cid, pairs in actors.items()}


def _by_coalition(frame: pd.DataFrame, make) -> dict[str, tuple]:
    """``id -> tuple(make(row) for its rows)``, keeping the frame's order."""
    grouped: dict[str, list] = {}
    for cid, item in zip(frame["coalition"], map(make, frame.itertuples(index=False)),
                         strict=True):  # fmt: skip
        grouped.setdefault(cid, []).append(item)
    return {cid: tuple(items) for cid, items in grouped.items()}


def _event(row) -> Entry:
    return Entry(
        _when(row.date),
        str(row.title),
        str(row.kind),
        str(row.location),
        to_confirm=bool(getattr(row, "to_confirm", False)),
    )


def _deliverable(row) -> Entry:
    return Entry(_when(row.date), str(row.title), str(row.status), url=str(row.url))


def _month_message(data: Dataset, reset_day: ResetDay) -> str:
    """The description of the Reset Day's own row in the events tab ("" when none)."""
    events = data.events
    if "description" not in events.columns:
        return ""
    days = events["date"].dt.normalize()
    rows = events[(events["kind"] == "reset_day") & (days == pd.Timestamp(reset_day.date))]
    texts = [str(text).strip() for text in rows["description"] if str(text).strip()]
    return texts[0] if texts else ""


def _news(day: Dataset, since: date) -> dict:
    """The month's news per coalition: the updates tab's rows after ``since``, in ``day``
    (the dataset as of the Reset Day: later rows are not in it)."""
    updates = day.updates
    known = updates.assign(_d=updates["date"].dt.normalize())
    # Latest last: by date, then when it was entered (hand-typed rows have none), then row.
    known = known.sort_values(["_d", "entered_at", "row"], kind="stable", na_position="first")
    month = known[known["_d"] > pd.Timestamp(since)]
    said = month["meeting"].astype(bool) if "meeting" in month.columns else False
    has_news = month["news"].astype(str).str.strip() != ""
    has_step = month["next_step"].astype(str).str.strip() != ""
    month = month[has_news | (said & has_step)].assign(said_at_meeting=said)
    return _by_coalition(
        month,
        lambda r: News(
            _when(r.date), str(r.news).strip(), str(r.author), bool(r.said_at_meeting),
            str(r.next_step).strip() if r.said_at_meeting else "",
        ),
    )  # fmt: skip


def _launches(coalitions: pd.DataFrame, events: tuple[dict, ...], previous, end) -> dict:
    """``id -> day`` of each launch after the previous Reset Day up to ``end``: the launch
    date of the coalitions tab or a launch event (``events``: held and coming, by id)."""
    since = pd.Timestamp(previous.date if previous else date.min)
    day = coalitions["launch_date"].dt.normalize()
    window = (day > since) & (day <= pd.Timestamp(end))
    launches = {cid: _when(when) for cid, when in zip(coalitions["id"][window], day[window],
                                                     strict=True)}  # fmt: skip
    for table in events:
        for cid, items in table.items():
            for item in items:
                if item.kind == "launch" and item.when:
                    first = launches.get(cid)
                    launches[cid] = min(first, item.when) if first else item.when
    return launches


def _firm_dates_win(events: pd.DataFrame, deliverables: pd.DataFrame) -> pd.DataFrame:
    """The events, an event « à confirmer » made firm when a deliverable of the same coalition
    is dated that very day: the same item (a report-back and the work it reports on) cannot
    be both on a firm date and on a date to confirm, and the deliverable's date is the one a
    coalition commits to."""
    if "to_confirm" not in events.columns or events.empty:
        return events
    dated = deliverables[deliverables["date"].notna()]
    firm = set(zip(dated["coalition"], dated["date"].dt.normalize(), strict=True))
    same = [
        bool(flag) and (cid, day) in firm
        for cid, day, flag in zip(events["coalition"], events["date"].dt.normalize(),
                                  events["to_confirm"], strict=True)
    ]  # fmt: skip
    return events.assign(to_confirm=events["to_confirm"].astype(bool) & ~pd.Series(same,
                         index=events.index))  # fmt: skip


def build_report(
    data: Dataset, reset_day: ResetDay, lang: str = "fr", order: str = "family"
) -> Report:
    """The report of ``reset_day``: its message, figures, one section per coalition, agenda.

    The month runs from the previous Reset Day (exclusive) to this one (inclusive), as in
    ``coalitions.history.changes``; "coming" runs to the next Reset Day (inclusive), "later" beyond.
    Coalitions whose history starts after the Reset Day are left out (they did not exist
    yet). A coalition that appeared this month counts as new, not as a stage change; one that
    moved twice shows its net move.
    """
    found = changes_for_reset_day(data, reset_day)
    changes = found.changes
    until = reset_day.date
    next_until = pd.Timestamp(found.next.date) if found.next else None
    # The community as it stood on the day (coalitions.history.timeline): who existed, at what
    # stage, which deliverables were open.
    data = as_of(data, until)
    coalitions = data.coalitions
    stage = coalitions.set_index("id")["stage"]

    moves = changes.stage_changes
    moves = moves[moves["from_stage"].notna() & ~moves["coalition"].isin(
        changes.new_coalitions["coalition"])]  # fmt: skip
    net = moves.groupby("coalition").agg(
        first_from=("from_stage", "first"),
        on=("date", "last"),
        note=("note", lambda notes: "; ".join(n for n in notes if n)),
    )
    new = dict(zip(changes.new_coalitions["coalition"], changes.new_coalitions["date"],
                   strict=True))  # fmt: skip
    stale = dict(zip(changes.stale["coalition"], changes.stale["months"], strict=True))
    actors = _actors_by_coalition(data)
    joined = _by_coalition(changes.joined, lambda r: (r.actor, r.role))
    done = _by_coalition(
        changes.deliverables_done,
        lambda r: Entry(_when(r.date), str(r.title), "done", url=str(r.url)),
    )
    deliverables = data.deliverables
    calling = open_calls(deliverables)
    due_day = deliverables["date"].dt.normalize()
    # Open on the day and due after it, or undated (a deliverable done after the day reads
    # « en cours » on it).
    still_open = deliverables.assign(_due=due_day)[
        deliverables["status"].ne("done")
        & ~calling
        & (due_day.isna() | (due_day > pd.Timestamp(until)))
    ].sort_values(["_due", "row"], kind="stable", na_position="last")
    soon = still_open["_due"].notna() & (
        (still_open["_due"] <= next_until) if next_until is not None else False
    )
    due = _by_coalition(still_open[soon], _deliverable)
    due_later = _by_coalition(still_open[~soon], _deliverable)
    calls = _by_coalition(deliverables[calling], _deliverable)
    linked = deliverables[deliverables["url"].astype(str).str.strip().ne("")]
    links = {
        cid: tuple(zip(group["title"].astype(str), group["url"].astype(str), strict=True))
        for cid, group in linked.groupby("coalition", sort=False)
    }
    events = _firm_dates_win(data.events, deliverables)
    event_day = events["date"].dt.normalize()
    after = events[event_day > pd.Timestamp(next_until if next_until is not None else until)]
    later = _by_coalition(after.sort_values(["date", "row"], kind="stable"), _event)
    held = _by_coalition(changes.events_held.sort_values(["date", "row"], kind="stable"), _event)
    upcoming = _firm_dates_win(changes.events_coming, deliverables)
    coming = _by_coalition(upcoming.sort_values(["date", "row"], kind="stable"), _event)
    news = _news(data, found.previous.date if found.previous else date.min)
    texts = latest_texts(data, until)
    launches = _launches(coalitions, (held, coming), found.previous, next_until or until)
    sections = []
    for row in coalitions.itertuples(index=False):
        cid = row.id
        to = int(stage[cid])
        before, direction, moved_on, note = None, 0, None, ""
        if cid in new:
            moved_on = _when(new[cid])
        elif cid in net.index:
            move = net.loc[cid]
            first = int(move["first_from"])
            direction = (to > first) - (to < first)
            before = first if direction else None
            moved_on, note = _when(move["on"]), move["note"]
        months = stale.get(cid)
        # A coalition about to launch or meet is not stalled, whatever its stage history says.
        quiet_ahead = cid not in coming and cid not in launches
        fields = {
            "id": cid,
            "name": row.name,
            "family": row.family,
            "pilot": bool(row.pilot),
            "example": bool(getattr(row, "example", False)),
            "levers": tuple(row.levers or ()),
            "territory": row.territory,
            "stage": to,
            "stage_from": before,
            "direction": direction,
            "is_new": cid in new,
            "moved_on": moved_on,
            "stage_note": note,
            "stale_months": None
            if cid not in stale or not quiet_ahead
            else (-1 if pd.isna(months) else int(months)),
            "actors": actors.get(cid, ()),
            "joined": joined.get(cid, ()),
            "done": done.get(cid, ()),
            "held": held.get(cid, ()),
            "coming": coming.get(cid, ()),
            "later": later.get(cid, ()),
            "due": due.get(cid, ()),
            "due_later": due_later.get(cid, ()),
            "news": news.get(cid, ()),
            "problem": getattr(row, "problem", ""),
            "impact": getattr(row, "impact", ""),
            "narrative": getattr(row, "narrative", ""),
            "next_step": texts.at[cid, "next_step"],
            "obstacles": texts.at[cid, "obstacles"],
            "contact": str(getattr(row, "contact", "") or "").strip(),
            "launch_on": launches.get(cid),
            "calls": calls.get(cid, ()),
            "links": links.get(cid, ()),
        }
        sections.append(CoalitionSection(**fields, group=section_group(fields)))
    ordered = order_sections(sections, order)
    # The agenda names a coalition as a sentence does: its short name, else its full name.
    names = data.coalition_names()
    if "short_name" in coalitions:
        shorts = coalitions.set_index("id")["short_name"].fillna("").astype(str).str.strip()
        names = {cid: shorts.get(cid) or name for cid, name in names.items()}
    examples = set(coalitions["id"][coalitions["example"].astype(bool)])
    agenda = tuple(
        Entry(
            _when(r.date),
            str(r.title),
            str(r.kind),
            str(r.location),
            names.get(r.coalition, ""),
            bool(getattr(r, "to_confirm", False)),
            r.coalition in examples,
        )
        for r in upcoming.sort_values(["date", "row"], kind="stable").itertuples()
    )
    counted = changes.counts()
    figures = {
        "coalitions": len(ordered),
        "pilots": sum(s.pilot for s in ordered),
        "launched": sum(s.stage >= LAUNCHED for s in ordered),
        "moved_up": sum(s.direction > 0 for s in ordered),
        "moved_down": sum(s.direction < 0 for s in ordered),
        "new_coalitions": len(changes.new_coalitions),
        # Every arrival, as the pages and the deck count them; the report's words tell the
        # merely interested apart (``Report.interested``).
        "joined": len(changes.joined),
        "interested": counted["interested"],
        "deliverables_done": len(changes.deliverables_done),
        # The coalitions' events: the Reset Days themselves are the meeting being reported
        # and the next one, which the agenda names (the summary counts the same way).
        "events_held": counted["events_held"],
        "events_coming": counted["events_coming"],
        "stale": sum(s.stale_months is not None for s in ordered),
    }
    return Report(
        reset_day=reset_day,
        previous=found.previous,
        next=found.next,
        lang=lang,
        message=_month_message(data, reset_day),
        figures=figures,
        stale_months=stale_threshold(data.settings),
        sections=ordered,
        agenda=agenda,
        findings=tuple(data.findings),
        letter=letter_from_settings(data.settings, lang),
        order=order,
    )
