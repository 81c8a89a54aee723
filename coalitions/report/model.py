"""What a Reset Day's month says: the one content model behind the report, e-mail and deck.

A ``Report`` holds the month's message, its figures (``FIGURES``), one ``CoalitionSection``
per coalition with its news (``News``) and dated lines (``Entry``), and the agenda. Its
reading order is decided here: the parts (``GROUPS``: the coalitions that moved, the pilots,
the others, the quiet ones, grouped, not one empty section each; ``section_group``) and the
order within them (``ORDERS``, ``order_sections``). ``coalitions.report.gathering`` fills it
(``build_report``). Sheet text stays raw here; the writers escape it for where it goes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from coalitions.history.resetdays import ResetDay
from coalitions.report.letter import Letter
from coalitions.workbook.findings import Finding
from coalitions.workbook.schema import fold

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
        not as members: « sept acteurs ont rejoint une coalition » is not said of them
        (``Changes.counts``, as the pages count them)."""
        return self.figures["interested"]

    @property
    def examples(self) -> int:
        """How many of the coalitions are invented examples."""
        return sum(s.example for s in self.sections)


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


def section_group(section: dict) -> str:
    """The part (one of ``GROUPS``) a coalition reads in, from its section's fields."""
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
