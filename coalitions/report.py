"""The Reset Day report (compte-rendu): the month's figures and a section per coalition.

``build_report(data, reset_day, lang)`` gathers everything from the validated dataset and the
changes engine (``coalitions.changes``) into a ``Report``; the ``*_lines`` functions turn it
into plain sentences in French or English; ``report_markdown``, ``report_html`` and
``report_docx`` write the three downloadable forms. The presenter deck (``coalitions.slides``)
reads the same model, so the slides and the report always tell the same story.

Sheet text stays raw in the model and is escaped by each writer for where it goes
(``escape_text`` markdown/html; python-docx writes plain text runs).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd

from coalitions.changes import changes_for_reset_day, stale_threshold
from coalitions.dataset import Dataset, Finding
from coalitions.escape import escape_text
from coalitions.i18n import translate
from coalitions.palette import STAGE_TEXT_COLOURS, stage_colour
from coalitions.resetdays import (
    ResetDay,
    next_reset_day,
    previous_reset_day,
    recurrence_from_settings,
    reset_day_by_number,
    reset_days,
)
from coalitions.schema import EVENT_KINDS, ROLES, STATUSES, fold
from coalitions.stages import LAUNCHED, stage_label

ORDERS = ("family", "stage", "pilots")  # how coalitions can be ordered in the deck and report
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
# How far back the Reset Day choice goes when the workbook has no date at all.
_DEFAULT_HISTORY_MONTHS = 12


@dataclass(frozen=True)
class Entry:
    """One dated line: an event or a deliverable (``title``, ``detail`` are sheet text)."""

    when: datetime | None
    title: str
    kind: str = ""  # catalogue suffix: event kind (kind.<x>) or deliverable status
    location: str = ""
    coalition: str = ""  # coalition name, for the agenda


@dataclass(frozen=True)
class CoalitionSection:
    """One coalition as of the Reset Day: where it stands, what moved, what comes.

    ``stage`` is the stage on the Reset Day (from the progress history, else the sheet's
    current one); ``stage_from`` is the stage before this month's move (None when it did not
    move, or when it is new); ``direction`` +1 up, -1 down, 0 none; ``stale_months`` is set
    when the coalition is stale (None when it is not; -1 when it has no dated move at all).
    ``actors`` holds ``(role key, names)`` in role order; ``joined`` ``(actor, role key)``.
    """

    id: str
    name: str
    family: str
    pilot: bool
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
    planned: tuple[Entry, ...]
    next_step: str
    obstacles: str


@dataclass(frozen=True)
class Report:
    """The report of one Reset Day, in ``lang``.

    ``figures`` maps each name of ``FIGURES`` to its count; ``stale_months`` is the threshold
    used; ``agenda`` lists every event after the meeting up to the next one (inclusive).
    """

    reset_day: ResetDay
    previous: ResetDay | None
    next: ResetDay | None
    lang: str
    figures: dict[str, int]
    stale_months: int
    sections: tuple[CoalitionSection, ...]
    agenda: tuple[Entry, ...]
    findings: tuple[Finding, ...]


# ---------------------------------------------------------------------------- dates and days


def format_date(value: date | datetime | pd.Timestamp | None, lang: str = "fr") -> str:
    """``18 mai 2021`` / ``18 May 2021`` (``1er juin``); a time other than midnight is added."""
    if value is None or pd.isna(value):
        return ""
    months = translate("report.date.months", lang).split(",")
    day = translate("report.date.first", lang) if value.day == 1 else value.day
    text = translate(
        "report.date.format", lang, day=day, month=months[value.month - 1], year=value.year
    )
    if isinstance(value, datetime) and (value.hour or value.minute):
        text = translate("report.date.time", lang, date=text, time=f"{value:%H:%M}")
    return text


def reset_day_choices(data: Dataset, today: date) -> list[ResetDay]:
    """The Reset Days one may present: from the workbook's first dated record to the next one.

    The first dated record is the earliest progress entry or event; with none, the choice
    starts a year before ``today``. The list ends with the first Reset Day after ``today``.
    """
    recurrence = recurrence_from_settings(data.settings)
    dates = pd.concat(
        [
            pd.to_datetime(data.progress["date"], errors="coerce"),
            pd.to_datetime(data.events["date"], errors="coerce"),
        ]
    ).dropna()
    start = dates.min().date() if len(dates) else None
    if start is None or start > today:
        start = (pd.Timestamp(today) - pd.DateOffset(months=_DEFAULT_HISTORY_MONTHS)).date()
    following = next_reset_day(recurrence, today + pd.Timedelta(days=1), data.events)
    end = following.date if following else today
    return reset_days(recurrence, start, end, data.events)


def default_reset_day(data: Dataset, today: date) -> ResetDay | None:
    """The last Reset Day on or before ``today`` (the one a meeting is presenting)."""
    recurrence = recurrence_from_settings(data.settings)
    return previous_reset_day(recurrence, today + pd.Timedelta(days=1), data.events)


def find_reset_day(data: Dataset, number: object) -> ResetDay | None:
    """The Reset Day numbered ``number`` (text from a URL is fine), or None."""
    try:
        wanted = int(str(number).strip())
    except (TypeError, ValueError):
        return None
    if wanted < 1:
        return None
    recurrence = recurrence_from_settings(data.settings)
    return reset_day_by_number(recurrence, wanted, data.events)


def chosen_reset_day(
    data: Dataset, today: date, requested: object = None
) -> tuple[ResetDay | None, list[ResetDay]]:
    """The Reset Day to show and the ones to choose from.

    ``requested`` is a number (from ``?rd=`` in the URL); when it names no Reset Day in the
    choices, the last one on or before ``today`` is shown, else the latest choice.
    """
    choices = reset_day_choices(data, today)
    wanted = find_reset_day(data, requested) if requested is not None else None
    reset_day = wanted if wanted in choices else default_reset_day(data, today)
    if reset_day not in choices:
        reset_day = choices[-1] if choices else None
    return reset_day, choices


# ---------------------------------------------------------------------------- the model


def _dates(values: pd.Series) -> pd.Series:
    # Tables of missing tabs are untyped (object): coerce so comparisons work.
    return pd.to_datetime(values, errors="coerce")


def _when(value: object) -> datetime | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).to_pydatetime()


def _stage_as_of(data: Dataset, until: date) -> tuple[pd.Series, set[str]]:
    """Each coalition's stage on ``until`` and the ids that did not exist yet."""
    progress = data.progress
    days = _dates(progress["date"]).dt.normalize()
    known = progress[days <= pd.Timestamp(until)].assign(_d=days)
    known = known.sort_values(["_d", "row"], kind="stable")
    latest = known.groupby("coalition")["stage"].last()
    later_only = set(progress["coalition"]) - set(known["coalition"])
    current = data.coalitions.set_index("id")["stage"]
    stage = pd.to_numeric(latest.reindex(current.index)).fillna(current).astype(int)
    return stage, later_only


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
    """The sections in ``order`` (one of ``ORDERS``), keeping only the ids in ``only`` if given.

    ``family``: by family, pilots first within a family, then furthest along; ``stage``:
    furthest along first; ``pilots``: pilots first, then furthest along. Ties by name.
    """
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}")
    chosen = sections if not only else [s for s in sections if s.id in set(only)]
    return tuple(sorted(chosen, key=lambda s: _sort_key(s, order)))


def _actors_by_coalition(data: Dataset, until: date) -> dict[str, tuple]:
    """``id -> ((role, names), ...)`` for members on ``until`` (undated members count)."""
    members = data.memberships
    since = _dates(members["since"]).dt.normalize()
    present = members[since.isna() | (since <= pd.Timestamp(until))]
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


def build_report(
    data: Dataset, reset_day: ResetDay, lang: str = "fr", order: str = "family"
) -> Report:
    """The report of ``reset_day``: figures of its month, one section per coalition, agenda.

    The month runs from the previous Reset Day (exclusive) to this one (inclusive), as in
    ``coalitions.changes``; the agenda and each coalition's coming events run to the next
    Reset Day (inclusive). Coalitions whose history starts after the Reset Day are left out
    (they did not exist yet). A coalition that appeared this month counts as new, not as a
    stage change; one that moved twice shows its net move.
    """
    found = changes_for_reset_day(data, reset_day)
    changes = found.changes
    until = reset_day.date
    stage, later_only = _stage_as_of(data, until)
    coalitions = data.coalitions[~data.coalitions["id"].isin(later_only)]

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
    actors = _actors_by_coalition(data, until)
    joined = _by_coalition(changes.joined, lambda r: (r.actor, r.role))
    done = _by_coalition(
        changes.deliverables_done, lambda r: Entry(_when(r.date), str(r.title), "done")
    )
    deliverables = data.deliverables
    due = _dates(deliverables["date"]).dt.normalize()
    still_open = deliverables.assign(_due=due)[
        deliverables["status"].ne("done") & (due.isna() | (due > pd.Timestamp(until)))
    ].sort_values(["_due", "row"], kind="stable", na_position="last")
    planned = _by_coalition(still_open, lambda r: Entry(_when(r.date), str(r.title), str(r.status)))
    event = lambda r: Entry(_when(r.date), str(r.title), str(r.kind), str(r.location))  # noqa: E731
    held = _by_coalition(changes.events_held.sort_values(["date", "row"], kind="stable"), event)
    coming = _by_coalition(changes.events_coming.sort_values(["date", "row"], kind="stable"), event)

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
        sections.append(
            CoalitionSection(
                id=cid,
                name=row.name,
                family=row.family,
                pilot=bool(row.pilot),
                levers=tuple(row.levers or ()),
                territory=row.territory,
                stage=to,
                stage_from=before,
                direction=direction,
                is_new=cid in new,
                moved_on=moved_on,
                stage_note=note,
                stale_months=None if cid not in stale else (-1 if pd.isna(months) else int(months)),
                actors=actors.get(cid, ()),
                joined=joined.get(cid, ()),
                done=done.get(cid, ()),
                held=held.get(cid, ()),
                coming=coming.get(cid, ()),
                planned=planned.get(cid, ()),
                next_step=row.next_step,
                obstacles=row.obstacles,
            )
        )
    ordered = order_sections(sections, order)
    names = data.coalition_names()
    agenda = tuple(
        Entry(_when(r.date), str(r.title), str(r.kind), str(r.location), names.get(r.coalition, ""))
        for r in changes.events_coming.sort_values(["date", "row"], kind="stable").itertuples()
    )
    figures = {
        "coalitions": len(ordered),
        "pilots": sum(s.pilot for s in ordered),
        "launched": sum(s.stage >= LAUNCHED for s in ordered),
        "moved_up": sum(s.direction > 0 for s in ordered),
        "moved_down": sum(s.direction < 0 for s in ordered),
        "new_coalitions": len(changes.new_coalitions),
        "joined": len(changes.joined),
        "deliverables_done": len(changes.deliverables_done),
        "events_held": len(changes.events_held),
        "events_coming": len(changes.events_coming),
        "stale": len(changes.stale),
    }
    return Report(
        reset_day=reset_day,
        previous=found.previous,
        next=found.next,
        lang=lang,
        figures=figures,
        stale_months=stale_threshold(data.settings),
        sections=ordered,
        agenda=agenda,
        findings=tuple(data.findings),
    )


# ---------------------------------------------------------------------------- sentences
# Each function composes plain sentences; ``esc`` is applied to every piece of sheet text so
# that each writer passes its own escaping (markdown, html, plain) and our words stay as is.


def _plain(value: object) -> str:
    return escape_text(value, "plain")


def role_label(role: str, lang: str = "fr") -> str:
    """A role key's label (``lead`` -> Animateur); free text as written (not escaped)."""
    return translate(f"role.{role}", lang) if role in ROLES or role == "" else role


def _kind_label(kind: str, lang: str) -> str:
    return translate(f"kind.{kind}", lang) if kind in EVENT_KINDS else kind


def _status_label(status: str, lang: str) -> str:
    return translate(f"status.{status}", lang).lower() if status in STATUSES else status


def title_text(report: Report) -> str:
    """The report's title: ``Compte-rendu du Reset Day 14``."""
    return translate("report.title", report.lang, number=report.reset_day.number)


def subtitle_text(report: Report) -> str:
    """The meeting and its date."""
    return translate(
        "report.subtitle", report.lang, date=format_date(report.reset_day.date, report.lang)
    )


def period_text(report: Report) -> str:
    """The window the report covers."""
    lang, until = report.lang, format_date(report.reset_day.date, report.lang)
    if report.previous is None:
        return translate("report.period.first", lang, until=until)
    return translate(
        "report.period",
        lang,
        since=format_date(report.previous.date, lang),
        previous=report.previous.number,
        until=until,
    )


def intro_text(report: Report) -> str:
    """The opening paragraph with the figures of the month."""
    return translate(
        "report.intro",
        report.lang,
        date=format_date(report.reset_day.date, report.lang),
        number=report.reset_day.number,
        **report.figures,
    )


def figure_lines(report: Report) -> list[tuple[str, int]]:
    """``(label, count)`` for every figure, in ``FIGURES`` order."""
    return [
        (translate(f"report.figure.{name}", report.lang, months=report.stale_months), count)
        for name, count in ((n, report.figures[n]) for n in FIGURES)
    ]


def stage_text(section: CoalitionSection, lang: str = "fr") -> str:
    """``Socle commun → Noyau d'acteurs (étape franchie le 27 avril 2021)`` and the like."""
    after = stage_label(section.stage, lang)
    when = format_date(section.moved_on, lang)
    if section.is_new:
        return translate("report.stage.new", lang, after=after, date=when)
    if section.direction:
        key = "report.stage.up" if section.direction > 0 else "report.stage.down"
        before = stage_label(section.stage_from, lang)
        return translate(key, lang, before=before, after=after, date=when)
    return translate("report.stage.same", lang, stage=after)


def stale_text(section: CoalitionSection, lang: str = "fr") -> str:
    """``Sans évolution depuis 6 mois`` for a stale coalition, else ``""``."""
    if section.stale_months is None:
        return ""
    if section.stale_months < 0:
        return translate("report.stale.undated", lang)
    return translate("report.stale", lang, months=section.stale_months)


def actor_lines(section: CoalitionSection, lang: str = "fr", esc=_plain) -> list[tuple[str, str]]:
    """``(role label, "name, name")`` per role, leads first."""
    # One escape per role: ", " means nothing in any of the contexts.
    return [(esc(role_label(role, lang)), esc(", ".join(names))) for role, names in section.actors]


def entry_text(entry: Entry, lang: str = "fr", esc=_plain, with_coalition: bool = False) -> str:
    """``22 juin 2021, 14:00 — Atelier … (Atelier, Rennes)`` for an event."""
    details = [esc(_kind_label(entry.kind, lang)), esc(entry.location)]
    if with_coalition:
        details.append(esc(entry.coalition))
    details = [d for d in details if d]
    text = esc(entry.title)
    if entry.when:
        text = f"{format_date(entry.when, lang)} — {text}"
    return f"{text} ({', '.join(details)})" if details else text


def done_lines(
    section: CoalitionSection, lang: str = "fr", esc=_plain, compact: bool = False
) -> list[str]:
    """What the coalition did this month: its move, who joined, deliverables, events held.

    ``compact`` (slides) puts everyone who joined on one line.
    """
    lines = []
    if section.direction or section.is_new:
        line = translate("report.done.stage", lang, stage=stage_label(section.stage, lang))
        lines.append(f"{line} — {esc(section.stage_note)}" if section.stage_note else line)
    if compact and len(section.joined) > 1:
        names = ", ".join(esc(a) for a, _ in section.joined)
        lines.append(
            translate("report.done.joined_many", lang, count=len(section.joined), names=names)
        )
    else:
        lines += [
            translate("report.done.joined", lang, actor=esc(a), role=esc(role_label(r, lang)))
            for a, r in section.joined
        ]
    for item in section.done:
        line = translate("report.done.deliverable", lang, title=esc(item.title))
        lines.append(f"{line} ({format_date(item.when, lang)})" if item.when else line)
    lines += [entry_text(e, lang, esc) for e in section.held]
    return lines


def next_lines(section: CoalitionSection, lang: str = "fr", esc=_plain) -> list[str]:
    """What comes: events until the next Reset Day, then open deliverables."""
    return [entry_text(e, lang, esc) for e in section.coming] + planned_lines(section, lang, esc)


def planned_lines(section: CoalitionSection, lang: str = "fr", esc=_plain) -> list[str]:
    """The coalition's open deliverables (planned or in progress), soonest first."""
    lines = []
    for item in section.planned:
        status = esc(_status_label(item.kind, lang)) or translate("status.", lang).lower()
        line = translate("report.next.deliverable", lang, status=status, title=esc(item.title))
        if item.when:
            line += f" ({translate('report.next.due', lang, date=format_date(item.when, lang))})"
        lines.append(line)
    return lines


def agenda_title(report: Report) -> str:
    """``Agenda jusqu'au Reset Day 15 (15 juin 2021)``."""
    if report.next is None:
        return translate("report.agenda.open", report.lang)
    return translate(
        "report.agenda",
        report.lang,
        number=report.next.number,
        date=format_date(report.next.date, report.lang),
    )


def agenda_lines(report: Report, esc=_plain) -> list[str]:
    """Every event from the meeting to the next one, with its coalition."""
    return [entry_text(e, report.lang, esc, with_coalition=True) for e in report.agenda]


def finding_lines(report: Report, esc=_plain) -> list[str]:
    """Each finding: severity, where, the value and the message."""
    lang, lines = report.lang, []
    for finding in report.findings:
        where = [translate(f"quality.severity.{finding.severity}", lang)]
        if finding.row is not None:
            where.append(translate("report.quality.where", lang, tab=esc(finding.tab),
                                   row=finding.row))  # fmt: skip
        else:
            where.append(esc(finding.tab))
        if finding.column:
            where.append(translate("report.quality.column", lang, column=esc(finding.column)))
        value = f" «{esc(finding.value)}»" if finding.value else ""
        sep = translate("report.sep", lang)
        lines.append(f"{', '.join(where)}{value}{sep}{esc(finding.message(lang))}")
    return lines


def _fields(section: CoalitionSection, lang: str, esc) -> list[tuple[str, str]]:
    """The section's labelled facts: family, pilot, territory, levers, stage, staleness."""
    fields = [(translate("report.family", lang), esc(section.family) or
               translate("report.family.none", lang))]  # fmt: skip
    if section.pilot:
        fields.append((translate("report.pilot", lang), translate("yes", lang)))
    if section.territory:
        fields.append((translate("report.territory", lang), esc(section.territory)))
    if section.levers:
        levers = ", ".join(translate(f"lever.{lever}", lang) for lever in section.levers)
        fields.append((translate("report.levers", lang), levers))
    fields.append((translate("report.stage", lang), stage_text(section, lang)))
    return fields


# ---------------------------------------------------------------------------- Markdown


def _md(value: object) -> str:
    return escape_text(value, "markdown")


def report_markdown(report: Report, max_sections: int | None = None) -> str:
    """The report as Markdown (sheet text escaped, so it shows exactly as typed).

    ``max_sections`` shortens a preview: the coalitions beyond it are counted, not written.
    """
    lang = report.lang
    sep = translate("report.sep", lang)
    out = [f"# {title_text(report)}", "", f"_{subtitle_text(report)}_", "", period_text(report)]
    out += ["", f"## {translate('report.figures', lang)}", "", intro_text(report), ""]
    out += [f"- {label}{sep}**{count}**" for label, count in figure_lines(report)]
    out += ["", f"## {translate('report.coalitions', lang)}"]
    shown = report.sections[:max_sections] if max_sections is not None else report.sections
    for section in shown:
        out += ["", f"### {_md(section.name)}", ""]
        out += [f"- **{label}**{sep}{value}" for label, value in _fields(section, lang, _md)]
        if stale := stale_text(section, lang):
            out.append(f"- _{stale}_")
        out += ["", f"**{translate('report.actors', lang)}**", ""]
        actors = actor_lines(section, lang, _md)
        out += [f"- {role}{sep}{names}" for role, names in actors] or [
            translate("report.actors.none", lang)
        ]
        out += ["", f"**{translate('report.done', lang)}**", ""]
        out += [f"- {line}" for line in done_lines(section, lang, _md)] or [
            translate("report.done.none", lang)
        ]
        out += ["", f"**{translate('report.next', lang)}**", ""]
        out += [f"- {line}" for line in next_lines(section, lang, _md)] or [
            translate("report.next.none", lang)
        ]
        for key, text in (("report.next_step", section.next_step),
                          ("report.obstacles", section.obstacles)):  # fmt: skip
            if text:
                out += ["", f"**{translate(key, lang)}**{sep}{_md(text)}"]
    if len(shown) < len(report.sections):
        more = len(report.sections) - len(shown)
        out += ["", f"_{translate('report.preview.more', lang, count=more)}_"]
    out += ["", f"## {agenda_title(report)}", ""]
    out += [f"- {line}" for line in agenda_lines(report, _md)] or [
        translate("report.agenda.none", lang)
    ]
    out += ["", f"## {translate('report.quality', lang)}", ""]
    findings = finding_lines(report, _md)
    if findings:
        out += [translate("report.quality.intro", lang), ""] + [f"- {line}" for line in findings]
    else:
        out.append(translate("report.quality.none", lang))
    out += ["", "---", "", f"_{translate('report.footer', lang)}_", ""]
    return "\n".join(out)


# ---------------------------------------------------------------------------- HTML

# Print CSS: A4 pages, each part of the report (figures, coalitions, agenda, data quality)
# starting on a new page, and no coalition cut in two; colours kept when printing because
# the stage chips carry meaning.
REPORT_CSS = """
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a;
  line-height: 1.5; margin: 0; background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 2rem; margin: 0 0 .25rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #2A788E; }
h3 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
.subtitle { font-style: italic; margin: 0; }
.period { color: #444; }
dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
  gap: .5rem; margin: 1rem 0; }
dl.figures div { border: 1px solid #ccc; border-radius: .4rem; padding: .5rem .75rem; }
dl.figures dt { font-size: .85rem; color: #444; }
dl.figures dd { font-size: 1.6rem; font-weight: 700; margin: 0; }
article.coalition { border-top: 1px solid #ddd; padding-top: .25rem; }
ul.fields { list-style: none; padding: 0; margin: .25rem 0; }
.chip { display: inline-block; padding: 0 .5rem; border-radius: .75rem; font-weight: 600; }
.stale { font-style: italic; color: #8a4b00; }
.empty { color: #555; font-style: italic; }
footer { margin-top: 3rem; font-size: .85rem; color: #555; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  main { max-width: none; padding: 0; }
  section + section { break-before: page; page-break-before: always; }
  article.coalition { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  .chip { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _h(value: object) -> str:
    return escape_text(value, "html")


def _ul(lines: list[str], empty: str) -> str:
    if not lines:
        return f'<p class="empty">{empty}</p>'
    return "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"


def stage_chip(stage: int, lang: str = "fr") -> str:
    """The stage number on its palette colour (its label as a tooltip), as an HTML span."""
    return (
        f'<span class="chip" title="{_h(stage_label(stage, lang))}" '
        f'style="background:{stage_colour(stage)};color:{STAGE_TEXT_COLOURS[stage]}">'
        f"{int(stage)}</span>"
    )


def report_html(report: Report) -> str:
    """The report as one standalone HTML page (inline CSS, no script, prints to PDF)."""
    lang = report.lang
    sep = translate("report.sep", lang)
    title = _h(title_text(report))
    parts = [
        f'<!DOCTYPE html>\n<html lang="{_h(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{REPORT_CSS}</style>\n</head>\n<body>\n<main>\n",
        f'<section class="summary">\n<header><h1>{title}</h1>'
        f'<p class="subtitle">{_h(subtitle_text(report))}</p>'
        f'<p class="period">{_h(period_text(report))}</p></header>\n'
        f"<h2>{_h(translate('report.figures', lang))}</h2>\n<p>{_h(intro_text(report))}</p>\n"
        '<dl class="figures">'
        + "".join(
            f"<div><dt>{_h(label)}</dt><dd>{count}</dd></div>"
            for label, count in figure_lines(report)
        )
        + "</dl>\n</section>\n",
        f'<section class="coalitions">\n<h2>{_h(translate("report.coalitions", lang))}</h2>\n',
    ]
    for section in report.sections:
        fields = _fields(section, lang, _h)
        stage_label_text = translate("report.stage", lang)
        items = []
        for label, value in fields:
            if label == stage_label_text:
                value = f"{stage_chip(section.stage, lang)} {_h(stage_text(section, lang))}"
            items.append(f"<li><strong>{_h(label)}</strong>{sep}{value}</li>")
        if stale := stale_text(section, lang):
            items.append(f'<li class="stale">{_h(stale)}</li>')
        actors = [f"<strong>{role}</strong>{sep}{names}" for role, names in
                  actor_lines(section, lang, _h)]  # fmt: skip
        extra = "".join(
            f"<p><strong>{_h(translate(key, lang))}</strong>{sep}{_h(text)}</p>"
            for key, text in (("report.next_step", section.next_step),
                              ("report.obstacles", section.obstacles))
            if text
        )  # fmt: skip
        parts.append(
            f'<article class="coalition">\n<h3>{_h(section.name)}</h3>\n'
            f'<ul class="fields">{"".join(items)}</ul>\n'
            f"<h4>{_h(translate('report.actors', lang))}</h4>"
            f"{_ul(actors, _h(translate('report.actors.none', lang)))}\n"
            f"<h4>{_h(translate('report.done', lang))}</h4>"
            f"{_ul(done_lines(section, lang, _h), _h(translate('report.done.none', lang)))}\n"
            f"<h4>{_h(translate('report.next', lang))}</h4>"
            f"{_ul(next_lines(section, lang, _h), _h(translate('report.next.none', lang)))}\n"
            f"{extra}\n</article>\n"
        )
    parts.append("</section>\n")
    parts.append(
        f'<section class="agenda">\n<h2>{_h(agenda_title(report))}</h2>\n'
        f"{_ul(agenda_lines(report, _h), _h(translate('report.agenda.none', lang)))}\n"
        "</section>\n"
    )
    findings = finding_lines(report, _h)
    intro = translate("report.quality.intro" if findings else "report.quality.none", lang)
    parts.append(
        f'<section class="quality">\n<h2>{_h(translate("report.quality", lang))}</h2>\n'
        f"<p>{_h(intro)}</p>\n{_ul(findings, '') if findings else ''}\n</section>\n"
    )
    parts.append(
        f"<footer>{_h(translate('report.footer', lang))}</footer>\n</main>\n</body>\n</html>\n"
    )
    return "".join(parts)


# ---------------------------------------------------------------------------- Word


def report_docx(report: Report) -> bytes:
    """The report as an editable Word document (.docx), sheet text written as plain runs."""
    from docx import Document  # imported here: only this writer needs python-docx

    lang = report.lang
    sep = translate("report.sep", lang)
    doc = Document()
    doc.core_properties.title = title_text(report)
    doc.core_properties.language = lang
    # Styles resolved once and set by id: python-docx looks a style name up among all styles
    # for every paragraph, which took 40 s for a 1,000-coalition workbook (0.4 s this way).
    style_ids = {
        name: doc.styles[name].style_id
        for name in ("Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet")
    }

    # Paragraphs go in before the footer: appending to the body searches all its children
    # each time (quadratic), inserting before a known paragraph does not.
    footer = None

    def paragraph(text: str = "", style: str | None = None):
        added = footer.insert_paragraph_before(text) if footer else doc.add_paragraph(text)
        if style:
            added._p.style = style_ids[style]
        return added

    def labelled(label: str, value: str, style: str | None = None) -> None:
        added = paragraph(style=style)
        added.add_run(label).bold = True
        added.add_run(f"{sep}{value}")

    def italic(text: str) -> None:
        paragraph().add_run(text).italic = True

    def bullets(lines: list[str], empty: str) -> None:
        if not lines and empty:
            italic(empty)
        for line in lines:
            paragraph(line, "List Bullet")

    paragraph(title_text(report), "Title")
    italic(subtitle_text(report))
    paragraph(period_text(report))
    paragraph(translate("report.figures", lang), "Heading 1")
    paragraph(intro_text(report))
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, count in figure_lines(report):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, str(count)
    footer = doc.add_paragraph()
    footer.add_run(translate("report.footer", lang)).italic = True
    paragraph(translate("report.coalitions", lang), "Heading 1")
    for section in report.sections:
        paragraph(_plain(section.name), "Heading 2")
        for label, value in _fields(section, lang, _plain):
            labelled(label, value)
        if stale := stale_text(section, lang):
            italic(stale)
        paragraph(translate("report.actors", lang), "Heading 3")
        actors = actor_lines(section, lang, _plain)
        if not actors:
            italic(translate("report.actors.none", lang))
        for role, names in actors:
            labelled(role, names, "List Bullet")
        paragraph(translate("report.done", lang), "Heading 3")
        bullets(done_lines(section, lang, _plain), translate("report.done.none", lang))
        paragraph(translate("report.next", lang), "Heading 3")
        bullets(next_lines(section, lang, _plain), translate("report.next.none", lang))
        for key, text in (("report.next_step", section.next_step),
                          ("report.obstacles", section.obstacles)):  # fmt: skip
            if text:
                labelled(translate(key, lang), _plain(text))
    paragraph(agenda_title(report), "Heading 1")
    bullets(agenda_lines(report, _plain), translate("report.agenda.none", lang))
    paragraph(translate("report.quality", lang), "Heading 1")
    findings = finding_lines(report, _plain)
    paragraph(translate("report.quality.intro" if findings else "report.quality.none", lang))
    bullets(findings, "")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
