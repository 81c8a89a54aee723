"""A coalition lead's monthly update, from the form to the rows appended. No Streamlit here.

``prepare_update`` turns what the form « Mettre à jour » holds into ``NewRow``s (updates,
progress, deliverables, events, memberships, actors tabs), each with its audit values, and
checks them with the sheet's own validation (``coalitions.workbook.validation.build_dataset``)
before anything is written: a value the sheet would refuse or warn about is refused here, at the
field it came from, and then no row at all is returned.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import pandas as pd

from coalitions.i18n import translate
from coalitions.updates.appends import NewRow
from coalitions.updates.editors import NAME, Author, may_update
from coalitions.workbook import schema, vocabularies
from coalitions.workbook.dataset import Dataset, RawWorkbook
from coalitions.workbook.findings import Finding
from coalitions.workbook.parsing import fold_series
from coalitions.workbook.stages import stage_label
from coalitions.workbook.validation import build_dataset

# The longest text a field takes: a month's news is a paragraph or two, not a report; it
# keeps one post from filling the shared sheet's cell limit (50,000 characters).
MAX_TEXT_LENGTH = 5_000
MAX_LINE_LENGTH = 300  # titles, names, places, links: one line
# The form field each (tab, column) of an appended row comes from: a problem the sheet's
# validation finds in a cell is shown at that field.
FIELD_OF = {
    ("updates", "news"): "news",
    ("updates", "next_step"): "next_step",
    ("updates", "obstacles"): "obstacles",
    ("updates", "author"): "name",
    ("progress", "stage"): "stage",
    ("progress", "date"): "stage_date",
    ("progress", "note"): "stage_note",
    ("deliverables", "title"): "deliverable",
    ("deliverables", "status"): "deliverable_status",
    ("events", "title"): "event_title",
    ("events", "date"): "event_date",
    ("events", "kind"): "event_kind",
    ("events", "location"): "event_location",
    ("events", "url"): "event_url",
    ("actors", "name"): "actor",
    ("actors", "type"): "actor_type",
    ("memberships", "actor"): "actor",
    ("memberships", "role"): "actor_role",
}


@dataclass(frozen=True)
class UpdateForm:
    """What the form holds: texts as typed, dates as picked, vocabularies as canonical keys
    (``schema.STATUSES``, ``EVENT_KINDS``, ``ROLES``, ``ACTOR_TYPES``), ``None`` when unset.

    ``name`` is the author's name: asked when nobody signs in, else the name the identity
    provider gives (it signs the news; ``entered_by`` keeps the e-mail).
    """

    coalition: str
    news: str = ""
    next_step: str = ""
    obstacles: str = ""
    stage: int | None = None
    stage_date: date | None = None
    stage_note: str = ""
    deliverable: str = ""
    deliverable_status: str | None = None
    event_title: str = ""
    event_date: date | None = None
    event_time: time | None = None
    event_kind: str | None = None
    event_location: str = ""
    event_url: str = ""
    actor: str = ""
    actor_type: str | None = None
    actor_role: str | None = None
    name: str = ""
    # Noted during the Reset Day in the presenter view: the updates row is marked ``meeting``.
    meeting: bool = False


@dataclass(frozen=True)
class Problem:
    """Why the update can't be saved, at the form field ``field``: a catalogue key of this
    module's, or the sheet validation's ``finding``."""

    field: str
    key: str = ""
    finding: Finding | None = None

    def message(self, lang: str = "fr") -> str:
        """The plain-language message in ``lang``."""
        return self.finding.message(lang) if self.finding else translate(self.key, lang)


@dataclass(frozen=True)
class Prepared:
    """The rows to append, or (never both) the problems that stop them."""

    rows: tuple[NewRow, ...] = ()
    problems: tuple[Problem, ...] = ()


_KEYS = {schema.ROLE: schema.ROLES, schema.KIND: schema.EVENT_KINDS, schema.STATUS: schema.STATUSES}


def written_word(kind: str, key: str) -> str:
    """How the sheet writes a vocabulary key of value kind ``kind`` (``schema.STATUS``...):
    the contract's French word (``fait``, ``atelier``, ``animateur``), the one the template's
    drop-down lists offer; an actor type (a free list) as its French label."""
    if kind in _KEYS:
        return vocabularies.SHEET_WORDS["fr"][kind][_KEYS[kind].index(key)]
    return translate(f"actor_type.{key}", "fr").lower()


def _text(value: str, limit: int) -> str:
    return value.strip()[:limit]


def _line(value: str) -> str:
    return " ".join(value.split())[:MAX_LINE_LENGTH]


def _listed_actors(data: Dataset) -> pd.Series:
    # Actors only named in memberships are not in the actors tab: a lead adding one lists it.
    actors = data.actors
    return actors.loc[actors["listed"].astype(bool).to_numpy(), "name"].astype(str)


def _known_actor(data: Dataset, name: str) -> bool:
    return schema.fold(name) in set(fold_series(_listed_actors(data)))


def _when(day: date, at: time | None) -> str:
    return day.isoformat() + (f" {at.strftime('%H:%M')}" if at else "")


def _event(form: UpdateForm) -> dict[str, str] | None:
    parts = (form.event_title.strip(), form.event_date, form.event_time, form.event_kind,
             form.event_location.strip(), form.event_url.strip())  # fmt: skip
    if not any(parts):
        return None
    return {
        "date": _when(form.event_date, form.event_time) if form.event_date else "",
        "title": _line(form.event_title),
        "kind": written_word(schema.KIND, form.event_kind) if form.event_kind else "",
        "coalition": form.coalition,
        "location": _line(form.event_location),
        "url": form.event_url.strip(),
    }


def _joining(form: UpdateForm, today: date, data: Dataset) -> list[tuple[str, dict[str, str]]]:
    """A new member: its memberships row, after an actors row when the actor is not listed."""
    actor = _line(form.actor)
    if not (actor or form.actor_type or form.actor_role):
        return []
    drafts = []
    if actor and not _known_actor(data, actor):
        kind = form.actor_type or ""
        written = written_word(schema.ACTOR_TYPE, kind) if kind in schema.ACTOR_TYPES else kind
        drafts.append(("actors", {"name": actor, "type": _line(written)}))
    role = written_word(schema.ROLE, form.actor_role) if form.actor_role else ""
    member = {"coalition": form.coalition, "actor": actor, "role": role, "since": str(today)}
    return [*drafts, ("memberships", member)]


def _draft_rows(form: UpdateForm, today: date, data: Dataset) -> list[tuple[str, dict[str, str]]]:
    """(tab, values) drafts of the rows the form asks for, audit columns not yet added."""
    drafts: list[tuple[str, dict[str, str]]] = []
    day, coalition = today.isoformat(), form.coalition
    news = {
        "news": _text(form.news, MAX_TEXT_LENGTH),
        "next_step": _text(form.next_step, MAX_TEXT_LENGTH),
        "obstacles": _text(form.obstacles, MAX_TEXT_LENGTH),
    }
    if any(news.values()):
        news.update(date=day, coalition=coalition, author=_line(form.name))
        if form.meeting:
            news["meeting"] = vocabularies.SHEET_WORDS["fr"][schema.BOOL][0]
        drafts.append(("updates", news))
    if form.stage is not None:
        progress = {
            "date": (form.stage_date or today).isoformat(),
            "coalition": coalition,
            "stage": stage_label(form.stage, "fr"),
            "note": _text(form.stage_note, MAX_TEXT_LENGTH),
        }
        drafts.append(("progress", progress))
    if form.deliverable.strip() or form.deliverable_status:
        status = (
            written_word(schema.STATUS, form.deliverable_status) if form.deliverable_status else ""
        )
        title = _line(form.deliverable)
        deliverable = {"coalition": coalition, "title": title, "status": status, "date": day}
        drafts.append(("deliverables", deliverable))
    event = _event(form)
    if event:
        drafts.append(("events", event))
    return drafts + _joining(form, today, data)


def _context_tabs(data: Dataset, coalition: str) -> dict[str, list[dict[str, str]]]:
    """Rows already in the sheet that the drafts are checked against: the coalitions (for
    references), the listed actors (an actor added twice) and this coalition's members (a
    member joining twice)."""
    coalitions = data.coalitions
    members = data.memberships[data.memberships["coalition"] == coalition]
    return {
        "coalitions": [
            {"id": str(i), "name": str(n), "stage": str(s)}
            for i, n, s in zip(
                coalitions["id"], coalitions["name"], coalitions["stage"], strict=True
            )  # fmt: skip
        ],
        "actors": [{"name": n} for n in _listed_actors(data)],
        "memberships": [{"coalition": coalition, "actor": str(a)} for a in members["actor"]],
    }


def _check(drafts: list[tuple[str, dict]], data: Dataset, coalition: str) -> list[Problem]:
    """The sheet validation's findings on the drafted rows, each at its form field."""
    context = _context_tabs(data, coalition)
    tabs: dict[str, list[dict[str, str]]] = {"coalitions": context["coalitions"]}
    drafted_at: dict[tuple[str, int], None] = {}
    for tab, values in drafts:
        rows = tabs.setdefault(tab, list(context.get(tab, [])))
        rows.append(values)
        drafted_at[(tab, len(rows) + 1)] = None  # the sheet's row number (header = row 1)
    frames = {}
    for tab, rows in tabs.items():
        headers = [c.name for c in schema.TABS_BY_NAME[tab].columns]
        cells = [[row.get(h, "") for h in headers] for row in rows]
        frames[tab] = pd.DataFrame([headers, *cells], dtype=object)
    checked = build_dataset(RawWorkbook("update", frames))
    return [
        Problem(FIELD_OF.get((f.tab, f.column or ""), "news"), finding=f)
        for f in checked.findings
        if (f.tab, f.row) in drafted_at
    ]


def utc_stamp(now: datetime) -> str:
    """``entered_at``: the UTC time to the second, ISO 8601 (``2021-05-18T09:30:00Z``)."""
    moment = now.astimezone(UTC) if now.tzinfo else now
    return moment.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def prepare_update(
    form: UpdateForm,
    author: Author | None,
    data: Dataset,
    today: date,
    now: datetime,
    new_ref: Callable[[], str] = lambda: str(uuid.uuid4()),
) -> Prepared:
    """The rows ``form`` asks to append for ``author``, or why not.

    ``today`` dates the news, the stage reached (unless the form dates it), the deliverable
    and the new member; ``now`` is ``entered_at``. Nothing is returned to write when the
    author may not update this coalition, when the form is empty, when a name is missing
    without a login, or when the sheet's validation finds anything (error or warning) in a
    row drafted.
    """
    match = data.coalitions[data.coalitions["id"] == form.coalition]
    if match.empty or not may_update(author, match["editors"].iloc[0]):
        return Prepared(problems=(Problem("coalition", "updates.error.not_allowed"),))
    assert author is not None
    problems = []
    if author.mode == NAME and not _line(form.name):
        problems.append(Problem("name", "updates.error.name"))
    drafts = _draft_rows(form, today, data)
    if not drafts:
        problems.append(Problem("news", "updates.error.empty"))
    problems += _check(drafts, data, form.coalition)
    if problems:
        return Prepared(problems=tuple(problems))
    audit = {"entered_by": author.signature(form.name), "entered_at": utc_stamp(now)}
    rows = tuple(NewRow.make(tab, {**values, **audit, "ref": new_ref()}) for tab, values in drafts)
    return Prepared(rows=rows)
