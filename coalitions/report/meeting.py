"""A Reset Day run from the dashboard: the meeting's place in the deck, its time, its code.

A presenter starts a meeting; ``MeetingRegistry`` (one per server process, in memory) keeps
each meeting's position (which Reset Day, which order and subset, which slide) under a short
code, and the time spent on each slide. Followers ask the registry for the position; nothing
here draws or knows about Streamlit. Every time is given by the caller (``now``, seconds of a
monotonic clock), so the timer is tested with a controlled clock.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd

from coalitions.history.resetdays import ResetDay
from coalitions.report import build_report, chosen_reset_day
from coalitions.report.deck import build_slides, slide_html
from coalitions.report.model import CoalitionSection
from coalitions.views.reminders import Reminder, reminders
from coalitions.workbook.dataset import Dataset

# What a Reset Day gives each coalition and lasts when the settings tab says nothing: some
# twenty coalitions in about two hours, each lead speaking a few minutes.
DEFAULT_MINUTES_PER_COALITION = 5
DEFAULT_MEETING_MINUTES = 120
PER_COALITION_KEY = "meeting_minutes_per_coalition"
MEETING_KEY = "meeting_minutes"
# Codes are read aloud and typed on a phone: no 0/O, 1/I/L. Six of these 30 characters give
# 729 million codes; the code grants nothing by itself (followers pass the access gate).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
CODE_PATTERN = re.compile(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}")
# Meetings kept at once in a process: a room's meeting and a few rehearsals. Beyond it the
# meeting moved least recently is forgotten (its presenter's URL restarts it).
MAX_MEETINGS = 50


@dataclass(frozen=True)
class Budget:
    """Minutes given to a coalition's slide and to the whole meeting."""

    per_coalition: int = DEFAULT_MINUTES_PER_COALITION
    meeting: int = DEFAULT_MEETING_MINUTES


def _minutes(value: object, default: int) -> int:
    try:
        minutes = int(str(value).strip())
    except ValueError:
        return default
    return minutes if minutes > 0 else default


def meeting_budget(settings: dict[str, str]) -> Budget:
    """The budget of the settings tab (``meeting_minutes_per_coalition``, ``meeting_minutes``),
    the defaults for a key absent, unreadable or not positive."""
    return Budget(
        _minutes(settings.get(PER_COALITION_KEY, ""), DEFAULT_MINUTES_PER_COALITION),
        _minutes(settings.get(MEETING_KEY, ""), DEFAULT_MEETING_MINUTES),
    )


@dataclass(frozen=True)
class Position:
    """Where a meeting is: the Reset Day's number, the deck's order and subset, the slide
    (1-based). ``version`` grows with every move, so a follower redraws only on a change."""

    reset_day: int
    order: str
    only: tuple[str, ...]
    slide: int
    version: int = 0


@dataclass(frozen=True)
class Timing:
    """Seconds spent on the current slide and since the meeting started, and whether each is
    over its budget (a slide has one only when it shows a coalition)."""

    slide_seconds: float
    meeting_seconds: float
    slide_budget: int | None  # minutes, None when the slide has no budget
    meeting_budget: int

    @property
    def slide_over(self) -> bool:
        return self.slide_budget is not None and self.slide_seconds > self.slide_budget * 60

    @property
    def meeting_over(self) -> bool:
        return self.meeting_seconds > self.meeting_budget * 60


@dataclass
class Meeting:
    """One meeting's state (the registry's lock guards it): its position, when it started,
    when the current slide was reached and the seconds spent on each slide before."""

    code: str
    position: Position
    started_at: float
    slide_since: float
    spent: dict[int, float] = field(default_factory=dict)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (coalition, text) noted

    def show(self, position: Position, now: float) -> None:
        """Show ``position`` from ``now``: the time on the slide left is added to its total.
        The same place again (a rerun, a second presenter view) changes nothing."""
        current = self.position
        if replace(position, version=current.version) == current:
            return
        left = current.slide
        self.spent[left] = self.spent.get(left, 0.0) + max(now - self.slide_since, 0.0)
        self.slide_since = now
        self.position = replace(position, version=current.version + 1)

    def seconds_on(self, now: float) -> dict[int, float]:
        """Seconds spent on each slide shown so far, the current one up to ``now``."""
        spent = dict(self.spent)
        current = self.position.slide
        spent[current] = spent.get(current, 0.0) + max(now - self.slide_since, 0.0)
        return spent

    def timing(self, now: float, budget: Budget, coalition_slide: bool) -> Timing:
        """The timer at ``now``; ``coalition_slide`` gives the slide the per-coalition budget."""
        return Timing(
            slide_seconds=max(now - self.slide_since, 0.0),
            meeting_seconds=max(now - self.started_at, 0.0),
            slide_budget=budget.per_coalition if coalition_slide else None,
            meeting_budget=budget.meeting,
        )


def new_code() -> str:
    """A random meeting code (``CODE_LENGTH`` characters of ``CODE_ALPHABET``)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def valid_code(text: object) -> str | None:
    """``text`` as a meeting code (upper-cased, spaces dropped), None when it cannot be one."""
    code = "".join(str(text or "").split()).upper()
    return code if CODE_PATTERN.fullmatch(code) else None


class MeetingRegistry:
    """The meetings of this server process, by code. Thread-safe: every Streamlit session
    runs in its own thread. Callers get copies (``Position``), never the live state."""

    def __init__(self, make_code=new_code, limit: int = MAX_MEETINGS) -> None:
        self._lock = threading.Lock()
        self._meetings: dict[str, Meeting] = {}
        self._make_code = make_code
        self._limit = limit

    def start(self, position: Position, now: float) -> str:
        """A new meeting at ``position``; its code."""
        code = self._make_code()
        with self._lock:
            while code in self._meetings:
                code = self._make_code()
            self._add(Meeting(code, replace(position, version=0), now, now))
            return code

    def _add(self, meeting: Meeting) -> None:
        self._meetings[meeting.code] = meeting
        while len(self._meetings) > self._limit:
            oldest = min(self._meetings.values(), key=lambda m: m.slide_since)
            del self._meetings[oldest.code]

    def show(self, code: str, position: Position, now: float) -> Position:
        """The meeting ``code`` shows ``position`` from ``now``; its position, version
        included. A code this process does not hold (the server restarted, or it was
        forgotten) starts again there: the presenter's URL carries the code and the slide."""
        with self._lock:
            meeting = self._meetings.get(code)
            if meeting is None:
                meeting = Meeting(code, replace(position, version=0), now, now)
                self._add(meeting)
            meeting.show(position, now)
            return meeting.position

    def keep(self, code: str, position: Position, now: float) -> Position:
        """What a presenter view's run (not a move) tells: the meeting ``code`` exists (else
        it starts again at ``position``, as after a restart) and shows ``position``'s deck
        (Reset Day, order, subset). Its slide is left alone: a second presenter view of the
        meeting (a note-taker's) reruns as it types, and must not pull the room back."""
        with self._lock:
            meeting = self._meetings.get(code)
            if meeting is None:
                meeting = Meeting(code, replace(position, version=0), now, now)
                self._add(meeting)
            elif replace(position, slide=0, version=0) != replace(
                meeting.position, slide=0, version=0
            ):
                meeting.show(position, now)
            return meeting.position

    def position(self, code: str) -> Position | None:
        """Where the meeting ``code`` is, None when this process holds no such meeting."""
        with self._lock:
            meeting = self._meetings.get(code)
            return meeting.position if meeting else None

    def timing(self, code: str, now: float, budget: Budget, coalition_slide: bool):
        """The meeting's ``Timing`` at ``now``, None if unknown."""
        with self._lock:
            meeting = self._meetings.get(code)
            return meeting.timing(now, budget, coalition_slide) if meeting else None

    def seconds_on(self, code: str, now: float) -> dict[int, float] | None:
        """Seconds spent on each slide of the meeting ``code`` so far, None if unknown."""
        with self._lock:
            meeting = self._meetings.get(code)
            return meeting.seconds_on(now) if meeting else None

    def noted(self, code: str, coalition: str, text: str) -> None:
        """Count a note taken in the meeting ``code`` on ``coalition``'s slide."""
        with self._lock:
            meeting = self._meetings.get(code)
            if meeting is not None and (coalition, text) not in meeting.notes:
                meeting.notes.append((coalition, text))

    def close(self, code: str) -> Meeting | None:
        """End the meeting ``code``: forgotten here (its followers are told it ended); its
        last state, for the closing summary (None if unknown)."""
        with self._lock:
            return self._meetings.pop(code, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._meetings)


@dataclass(frozen=True)
class Covered:
    """A coalition shown during the meeting: the seconds on its slide, the notes taken."""

    coalition: str
    name: str
    seconds: float
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Summary:
    """The closing summary of a meeting: how long it lasted, the coalitions covered in the
    order of the deck, and how many notes were taken."""

    reset_day: int
    seconds: float
    covered: tuple[Covered, ...]
    coalitions: int  # coalition slides in the deck
    notes: int


def summarize(meeting: Meeting, coalitions: dict[int, tuple[str, str]], now: float) -> Summary:
    """The summary of ``meeting`` ended at ``now``; ``coalitions`` maps each coalition slide's
    number to (id, name) in the deck shown. A coalition counts as covered once its slide was
    shown; its notes are counted even if its slide was not."""
    spent = meeting.seconds_on(now)
    noted: dict[str, list[str]] = {}
    for coalition, text in meeting.notes:
        noted.setdefault(coalition, []).append(text)
    covered = tuple(
        Covered(cid, name, spent.get(number, 0.0), tuple(noted.get(cid, ())))
        for number, (cid, name) in sorted(coalitions.items())
        if number in spent or cid in noted
    )
    return Summary(
        meeting.position.reset_day,
        max(now - meeting.started_at, 0.0),
        covered,
        len(coalitions),
        len(meeting.notes),
    )


@dataclass(frozen=True)
class CoalitionNotes:
    """What the presenter reads beside a coalition's slide: its leads, what it still missed
    before the meeting (as « Mes coalitions » says it) and the date of its last news."""

    leads: tuple[str, ...]
    reminder: Reminder | None
    previous: ResetDay | None  # the Reset Day before the meeting: news count from it
    last_news: date | None


def coalition_notes(data: Dataset, section: CoalitionSection, meeting_day: date) -> CoalitionNotes:
    """The notes of ``section``'s slide for the meeting held on ``meeting_day``.

    « Mes coalitions » counts what is missing on the eve of the meeting: news since the
    previous Reset Day and a recent next step, so the reminder is computed the day before.
    """
    eve = (pd.Timestamp(meeting_day) - pd.Timedelta(days=1)).date()
    found = reminders(data, [section.id], eve)
    updates = data.updates
    mine = updates[
        (updates["coalition"] == section.id) & (updates["news"].astype(str).str.strip() != "")
    ]
    dates = mine["date"].dt.normalize()  # typed once, when the dataset was built
    dates = dates[dates <= pd.Timestamp(meeting_day)].dropna()
    return CoalitionNotes(
        leads=dict(section.actors).get("lead", ()),
        reminder=found.items[0] if found.items else None,
        previous=found.last,
        last_news=dates.max().date() if not dates.empty else None,
    )


def meeting_deck(
    data: Dataset, today: date, reset_day: int, order: str, only: tuple[str, ...], lang: str
) -> tuple[str, ...]:
    """Every slide of a meeting's deck as HTML, in ``lang`` (none when the Reset Day named
    cannot be found in the workbook): what its followers draw. A pure function of its
    arguments, so it is computed once per dataset version for every follower."""
    found, _choices = chosen_reset_day(data, today, str(reset_day))
    if found is None or found.number != reset_day:
        return ()
    report = build_report(data, found, lang)
    return tuple(slide_html(report, s) for s in build_slides(report, list(only) or None, order))


def note_ref(code: str, coalition: str, news: str, next_step: str) -> str:
    """The ``ref`` of a note taken in the meeting ``code``: the same note (pressed twice, or
    sent again after a timeout, from any presenter view of the meeting) gets the same ref, so
    the writers, which skip a ref already written, append it once."""
    text = "\n".join((code, coalition, " ".join(news.split()), " ".join(next_step.split())))
    return "seance-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
