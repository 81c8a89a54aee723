"""What a Reset Day's month says: the one content model behind the report, e-mail and deck.

``build_report(data, reset_day, lang, order)`` gathers from the validated dataset, the changes
engine (``coalitions.history.changes``) and the ``updates`` tab everything a careful writer would
say about the month: the month's message, the coalitions that moved, the pilots, the others, and
the quiet ones (grouped, not one empty section each). Sheet text stays raw here; the writers
escape it for where it goes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd

from coalitions.history.changes import changes_for_reset_day, stale_threshold
from coalitions.history.resetdays import ResetDay
from coalitions.history.timeline import as_of, latest_texts
from coalitions.report.letter import Letter, letter_from_settings
from coalitions.views.library import open_calls
from coalitions.workbook.dataset import Dataset
from coalitions.workbook.findings import Finding
from coalitions.workbook.schema import ROLES, fold
from coalitions.workbook.stages import LAUNCHED

ORDERS = ("family", "stage", "pilots")  # how coalitions can be ordered in the deck and report
# The report's parts, in reading order: what moved first (launches, stage changes, new
# coalitions, arrivals, deliverables done, news, events held), then the pilots with nothing
# new, then the others with only dates to come; the quiet ones in one short paragraph.
GROUPS = ("moved", "pilot", "other", "quiet")
FIGURES = (
    "coalitions",
    "pilots",
    "launched",
    "moved_up",
    "moved_down",
    "new_coalitions",
    "joined",
    "deliverables_done",
    "events_held",
    "events_coming",
    "stale",
)


@dataclass(frozen=True)
class Entry:
    """One dated line: an event or a deliverable (``title``, ``location`` are sheet text).

    ``kind`` is an event kind key or a deliverable status key; ``coalition`` the coalition's
    short name, else its name (agenda only) and ``example`` whether that coalition is an
    invented example; ``to_confirm`` marks a date that is not final.
    """

    when: datetime | None
    title: str
    kind: str = ""
    location: str = ""
    coalition: str = ""
    to_confirm: bool = False
    example: bool = False
    # A deliverable's link as the sheet gives it (checked http(s)); drawn through safe_url.
    url: str = ""


@dataclass(frozen=True)
class News:
    """A line of the ``updates`` tab dated in the month: what the coalition said."""

    when: datetime | None
    text: str
    author: str = ""
    # Noted in the presenter view during the Reset Day (the updates tab's ``meeting``): listed
    # under « Dit en séance »; such a note may hold only a next step.
    at_meeting: bool = False
    next_step: str = ""


@dataclass(frozen=True)
class CoalitionSection:
    """One coalition as of the Reset Day: what it is, what moved, what comes.

    ``stage`` is the stage on the Reset Day (from the progress history, else the sheet's
    current one); ``stage_from`` the stage before this month's move (None when it did not
    move, or when it is new); ``direction`` +1 up, -1 down, 0 none; ``stale_months`` is set
    when the coalition has not moved for the threshold and has nothing coming before the
    next Reset Day (None otherwise; -1 when it has no dated move at all). ``actors`` holds
    ``(role key, names)`` in role order; ``joined`` ``(actor, role key)``. Dates: ``coming``
    (events) and ``due`` (open deliverables) up to the next Reset Day; ``later`` and
    ``due_later`` after it (undated open deliverables are in ``due_later``). ``next_step`` and
    ``obstacles`` are those of the Reset Day (``coalitions.history.timeline.latest_texts``).
    ``group`` is one of ``GROUPS``; ``launch_on`` the day of a launch in the month or before
    the next Reset Day (launch date or launch event), else None.
    """

    id: str
    name: str
    family: str
    pilot: bool
    example: bool
    levers: tuple[str, ...]
    territory: str
    stage: int
    stage_from: int | None
    direction: int
    is_new: bool
    moved_on: datetime | None
    stage_note: str
    stale_months: int | None
    actors: tuple[tuple[str, tuple[str, ...]], ...]
    joined: tuple[tuple[str, str], ...]
    done: tuple[Entry, ...]
    held: tuple[Entry, ...]
    coming: tuple[Entry, ...]
    later: tuple[Entry, ...]
    due: tuple[Entry, ...]
    due_later: tuple[Entry, ...]
    news: tuple[News, ...]
    problem: str
    impact: str
    narrative: str
    next_step: str
    obstacles: str
    contact: str
    launch_on: datetime | None
    group: str
    # Its calls for contributions open on the day (« appel à contribution » « en cours »):
    # listed with « Pour rejoindre », not among the deliverables due.
    calls: tuple[Entry, ...] = ()
    # Every deliverable of the coalition known on the day that has a link, as (title, url):
    # where the month's news names one (« Le diagnostic … est terminé »), its title links.
    links: tuple[tuple[str, str], ...] = ()

    @property
    def launching(self) -> bool:
        """Whether it launched in the month or launches before the next Reset Day."""
        return self.launch_on is not None

    @property
    def planned(self) -> tuple[Entry, ...]:
        """Every open deliverable, soonest first (undated last)."""
        return self.due + self.due_later


@dataclass(frozen=True)
class Report:
    """The report of one Reset Day, in ``lang``.

    ``message`` is the description of the Reset Day's row in the events tab (the month's
    message, "" when none); ``sections`` every coalition that existed on the day, in reading
    order (``GROUPS`` order, then ``order``); ``figures`` maps each name of ``FIGURES`` to its
    count; ``agenda`` lists every event after the meeting up to the next one (inclusive);
    ``letter`` who sends it to whom, its greeting and sign-off (``coalitions.report.letter``);
    ``order`` the order asked for (the report reads by family of interest with « family »).
    """

    reset_day: ResetDay
    previous: ResetDay | None
    next: ResetDay | None
    lang: str
    message: str
    figures: dict[str, int]
    stale_months: int
    sections: tuple[CoalitionSection, ...]
    agenda: tuple[Entry, ...]
    findings: tuple[Finding, ...]
    letter: Letter
    order: str = "family"  # one of ORDERS: how ``sections`` were ordered within their groups

    def group(self, name: str) -> tuple[CoalitionSection, ...]:
        """The sections of one of ``GROUPS``, in reading order."""
        return tuple(s for s in self.sections if s.group == name)

    @property
    def interested(self) -> int:
        """How many of the month's arrivals (``figures["joined"]``) came only as interested,
        not as members: « sept acteurs ont rejoint une coalition » is not said of them."""
        return sum(role == "interested" for s in self.sections for _, role in s.joined)

    @property
    def examples(self) -> int:
        """How many of the coalitions are invented examples."""
        return sum(s.example for s in self.sections)


def _when(value: object) -> datetime | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).to_pydatetime()


def _sort_key(section: CoalitionSection, order: str) -> tuple:
    family = fold(section.family) or "\uffff"  # coalitions without a family come last
    name = fold(section.name)
    if order == "stage":
        return (-section.stage, not section.pilot, name)
    if order == "pilots":
        return (not section.pilot, -section.stage, name)
    return (family, not section.pilot, -section.stage, name)


def order_sections(
    sections: tuple[CoalitionSection, ...] | list[CoalitionSection],
    order: str = "family",
    only: list[str] | tuple[str, ...] | None = None,
) -> tuple[CoalitionSection, ...]:
    """The sections in reading order, keeping only the ids in ``only`` if given.

    Groups first (``GROUPS``: what moved, pilots, others, quiet), real coalitions before
    invented examples within a group (an example never opens the report), launches first
    (soonest first); then ``order`` (one of ``ORDERS``): ``family``: by family, pilots first
    within a family, then furthest along; ``stage``: furthest along first; ``pilots``: pilots
    first, then furthest along. Ties by name.
    """
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}")
    chosen = sections if not only else [s for s in sections if s.id in set(only)]
    return tuple(
        sorted(
            chosen,
            key=lambda s: (
                GROUPS.index(s.group),
                s.example,
                s.launch_on or datetime.max,
                _sort_key(s, order),
            ),
        )
    )


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


def _group(section: dict) -> str:
    # A coalition with news this month is among what moved, whatever else it is: a reader
    # who meets its news under « Les autres coalitions » thinks it of no account.
    moved = (
        section["direction"]
        or section["is_new"]
        or section["joined"]
        or section["done"]
        or section["launch_on"]
        or section["news"]
        or section["held"]
    )
    if moved:
        return "moved"
    if section["pilot"]:
        return "pilot"
    # An open call for contributions is news to a newcomer: the coalition is written in full.
    if section["coming"] or section["due"] or section["calls"]:
        return "other"
    return "quiet"


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
        sections.append(CoalitionSection(**fields, group=_group(fields)))
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
        "deliverables_done": len(changes.deliverables_done),
        # The coalitions' events: the Reset Days themselves are the meeting being reported
        # and the next one, which the agenda names (the summary counts the same way).
        "events_held": changes.counts()["events_held"],
        "events_coming": changes.counts()["events_coming"],
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
