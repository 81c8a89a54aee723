"""The report model in words: sentences through the catalogue and ``coalitions.format``.

Every function returns plain, typeset text (French spacing set by ``typography`` over the
whole sentence, sheet text included): the writers escape it for where it goes. ``report_text``
lays the whole report out once (``ReportText``), so Markdown, plain text, HTML, Word and the
e-mail say exactly the same thing; the deck uses the same sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

from coalitions.escape import escape_text, safe_link
from coalitions.examples import example_name
from coalitions.format import (
    format_date,
    format_datetime,
    format_list,
    mid_sentence,
    typography,
)
from coalitions.i18n import translate
from coalitions.quality import describe
from coalitions.report.links import link_titles
from coalitions.report.model import FIGURES, CoalitionSection, Entry, Report
from coalitions.schema import EVENT_KINDS, ONLINE_WORDS, ROLES, STATUSES, fold
from coalitions.stages import stage_label


@dataclass(frozen=True)
class Field:
    """A labelled paragraph (``Prochaine étape : …``); ``url`` is set when the text is an
    http(s) link (the only kind of link the outputs make)."""

    label: str
    text: str
    url: str = ""


@dataclass(frozen=True)
class Items:
    """A labelled list (``D'ici le prochain Reset Day`` and its dates)."""

    label: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class CoalitionText:
    """A coalition's section in words: its title (« (exemple) » for an invented one), the
    line under it (family, territory, pilot), a staleness remark or "", and its blocks."""

    id: str
    title: str
    meta: str
    stale: str
    blocks: tuple[Field | Items, ...]


@dataclass(frozen=True)
class Part:
    """A part of the report (what moved, the pilots, the others) and its coalitions."""

    heading: str
    coalitions: tuple[CoalitionText, ...]


@dataclass(frozen=True)
class ReportText:
    """The whole report in words, in reading order; every writer renders this.

    A letter: ``greeting`` opens it, ``signature`` (the sign-off, the sender's name and role)
    and ``sender_email`` (a plain address, or "") close it, before the ``footer``."""

    lang: str
    title: str
    subtitle: str
    period: str
    greeting: str
    message: tuple[str, ...]
    summary: str
    parts: tuple[Part, ...]
    quiet: str
    more: str
    agenda_title: str
    agenda: tuple[str, ...]
    agenda_empty: str
    quality_title: str
    quality_intro: str
    findings: tuple[str, ...]
    signature: tuple[str, ...]
    sender_email: str
    footer: str


def _s(value: object) -> str:
    """Sheet text, cleaned of control and bidi-override characters."""
    return escape_text(value, "plain").strip()


def when_text(entry: Entry, lang: str = "fr") -> str:
    """An entry's date as written: with its weekday and time, « date à confirmer » if so."""
    if entry.when is None:
        return ""
    text = format_datetime(entry.when, lang, weekday=True)
    return translate("report.to_confirm", lang, date=text) if entry.to_confirm else text


def display_name(section: CoalitionSection, lang: str = "fr") -> str:
    """The coalition's name, « (exemple) » after an invented one."""
    return typography(example_name(_s(section.name), section.example, lang), lang)


def meta_text(section: CoalitionSection, lang: str = "fr") -> str:
    """``Environnement · Bretagne · coalition pilote``."""
    parts = [_s(section.family), _s(section.territory)]
    if section.pilot:
        parts.append(translate("report.pilot", lang))
    return typography(" · ".join(p for p in parts if p), lang)


def title_text(report: Report) -> str:
    """The report's title: ``Compte-rendu du Reset Day 14``."""
    return translate("report.title", report.lang, number=report.reset_day.number)


def subtitle_text(report: Report) -> str:
    """The meeting and its date: ``…, le mardi 18 mai 2021``."""
    day = format_date(report.reset_day.date, report.lang, weekday=True)
    return translate("report.subtitle", report.lang, date=day)


def subject_text(report: Report) -> str:
    """The e-mail's subject: ``Compte-rendu du Reset Day 14 — 18 mai 2021``."""
    day = format_date(report.reset_day.date, report.lang)
    return translate("report.email.subject", report.lang, number=report.reset_day.number, date=day)


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


def message_paragraphs(report: Report) -> tuple[str, ...]:
    """The month's message (the Reset Day row's description), one string per paragraph."""
    lines = (_s(line) for line in report.message.splitlines())
    return tuple(typography(line, report.lang) for line in lines if line)


def summary_text(report: Report) -> str:
    """The month in a few sentences: how many coalitions, what moved, what comes."""
    lang, figures = report.lang, report.figures
    text = translate("report.summary.coalitions", lang, count=figures["coalitions"])
    if figures["pilots"]:
        text += translate("report.summary.pilots", lang, count=figures["pilots"])
    if figures["launched"]:
        text += translate("report.summary.launched", lang, count=figures["launched"])
    else:
        text += translate("report.summary.end", lang)
    sentences = [text]
    if report.examples:
        sentences.append(translate("report.summary.examples", lang, count=report.examples))
    changes = [
        translate(f"report.summary.{name}", lang, count=figures[name])
        for name in ("moved_up", "moved_down", "new_coalitions", "joined", "deliverables_done")
        if figures[name]
    ]
    if not changes:
        sentences.append(translate("report.summary.nothing", lang))
    elif report.previous is None:
        sentences.append(
            translate("report.summary.since.first", lang, changes=format_list(changes, lang))
        )
    else:
        sentences.append(
            translate(
                "report.summary.since",
                lang,
                number=report.previous.number,
                date=format_date(report.previous.date, lang),
                changes=format_list(changes, lang),
            )
        )
    meetings = [e for e in report.agenda if e.kind != "reset_day"]
    if meetings and report.next is not None:
        coming = translate(
            "report.summary.coming",
            lang,
            count=len(meetings),
            number=report.next.number,
            date=format_date(report.next.date, lang),
        )
        launches = sum(e.kind == "launch" for e in meetings)
        if launches:
            coming += translate("report.summary.launches", lang, count=launches)
        sentences.append(coming + translate("report.summary.end", lang))
    return " ".join(sentences)


def figure_lines(report: Report) -> list[tuple[str, int]]:
    """``(label, count)`` for every figure, in ``FIGURES`` order (the deck's month at a glance)."""
    lines = []
    for name in FIGURES:
        count = report.figures[name]
        # The stale label names the threshold in months; the others agree with their number.
        by = report.stale_months if name == "stale" else count
        lines.append((translate(f"report.figure.{name}", report.lang, count=by), count))
    return lines


def stage_text(section: CoalitionSection, lang: str = "fr") -> str:
    """``Socle commun → Noyau d'acteurs, étape franchie le 4 mai 2021`` and the like."""
    after = stage_label(section.stage, lang)
    when = format_date(section.moved_on, lang)
    if section.is_new:
        return translate("report.stage.new", lang, after=after, date=when)
    if section.direction:
        key = "report.stage.up" if section.direction > 0 else "report.stage.down"
        before = stage_label(section.stage_from, lang)
        return translate(key, lang, before=before, after=after, date=when)
    return after


def stale_text(section: CoalitionSection, lang: str = "fr") -> str:
    """``Pas de changement d'étape depuis 6 mois.`` for a stalled coalition, else ``""``."""
    if section.stale_months is None:
        return ""
    if section.stale_months < 0:
        return translate("report.stale.undated", lang)
    return translate("report.stale", lang, count=section.stale_months)


def _kind(kind: str, lang: str) -> str:
    if kind in EVENT_KINDS:
        return "" if kind == "other" else translate(f"report.kind.{kind}", lang)
    return _s(kind)


def event_kind(entry: Entry, lang: str = "fr", capital: bool = False) -> str:
    """An event's kind as its details say it (``atelier``; ``Atelier`` with ``capital``): none
    for « autre », which tells a reader nothing, nor for a kind its title already says
    (« Lancement de … », « Reset Day 15 »)."""
    kind = _kind(entry.kind, lang)
    if fold(kind) in fold(_s(entry.title)):
        return ""
    return kind[:1].upper() + kind[1:] if capital else kind


def location_text(location: str, lang: str = "fr") -> str:
    """Where an event takes place, as written inside a sentence: an online meeting reads
    « en ligne » / « online » (the sheet's « En ligne », « Visio »…), a place as typed."""
    place = _s(location)
    return translate("report.online", lang) if fold(place) in ONLINE_WORDS else place


def entry_text(entry: Entry, lang: str = "fr", with_coalition: bool = False) -> str:
    """``mercredi 19 mai 2021 à 10 h — Atelier … (atelier, Rennes)``; on the agenda, the
    coalition after it: ``…, coalition « Pour des civic tech … »`` (kind: ``event_kind``)."""
    title = _s(entry.title)
    details = [d for d in (event_kind(entry, lang), location_text(entry.location, lang)) if d]
    text = f"{when_text(entry, lang)} — {title}" if entry.when else title
    if details:
        # A title ending in brackets takes its details after a comma, not in more brackets.
        joined = ", ".join(details)
        text = f"{text}, {joined}" if title.endswith(")") else f"{text} ({joined})"
    if with_coalition and entry.coalition:
        name = example_name(_s(entry.coalition), entry.example, lang)
        text = translate("report.agenda.coalition", lang, entry=text, name=name)
    return typography(text, lang)


def due_text(entry: Entry, lang: str = "fr") -> str:
    """``Livrable prévu : guide, pour le 30 septembre 2021`` for an open deliverable."""
    status = entry.kind if entry.kind in STATUSES else ""
    label = translate(f"report.status.{status}", lang)
    if entry.when is None:
        text = translate("report.due.undated", lang, status=label, title=_s(entry.title))
    else:
        when = format_date(entry.when, lang)
        text = translate("report.due", lang, status=label, title=_s(entry.title), date=when)
    return link_titles(typography(text, lang), [(_s(entry.title), entry.url)])


def _names(names: list[str]) -> str:
    return ", ".join(_s(n) for n in names)


def month_lines(section: CoalitionSection, lang: str = "fr") -> list[str]:
    """What the coalition said and did this month: its news, its move, who joined,
    deliverables done and events held."""
    lines = [typography(_s(news.text), lang) for news in section.news if not news.at_meeting]
    if section.is_new:
        lines.append(translate("report.done.new", lang, stage=stage_label(section.stage, lang)))
    elif section.direction:
        line = translate("report.done.stage", lang, stage=stage_label(section.stage, lang))
        note = _s(section.stage_note)
        lines.append(typography(f"{line} — {note}" if note else line, lang))
    by_role: dict[str, list[str]] = {}
    for actor, role in section.joined:
        by_role.setdefault(role, []).append(actor)
    for role, actors in by_role.items():
        names = _names(actors)
        if role in ROLES or role == "":
            line = translate(f"report.joined.{role}", lang, count=len(actors), names=names)
        else:
            line = translate("report.joined.free", lang, count=len(actors), names=names,
                             role=_s(role))  # fmt: skip
        lines.append(typography(line, lang))
    if section.done:
        titles = ", ".join(
            f"{_s(d.title)} ({format_date(d.when, lang)})" if d.when else _s(d.title)
            for d in section.done
        )
        line = translate("report.done.deliverables", lang, count=len(section.done), titles=titles)
        lines.append(
            link_titles(typography(line, lang), [(_s(d.title), d.url) for d in section.done])
        )
    lines += [entry_text(e, lang) for e in section.held]
    return lines


def said_lines(section: CoalitionSection, lang: str = "fr") -> list[str]:
    """What was said at the Reset Day and noted in the presenter view: each note's news and
    next step, in the order they were noted."""
    lines = []
    for news in section.news:
        if not news.at_meeting:
            continue
        parts = [_s(news.text)] if _s(news.text) else []
        if _s(news.next_step):
            parts.append(translate("report.field", lang, label=translate("report.next_step",
                                   lang), value=_s(news.next_step)))  # fmt: skip
        lines.append(typography(" — ".join(parts), lang))
    return lines


def _by_date(entries: list[tuple[object, str]]) -> list[str]:
    # Dated first, soonest first; undated (open deliverables) after, in their order.
    dated = sorted((e for e in entries if e[0] is not None), key=lambda e: e[0])
    return [text for _, text in dated] + [text for when, text in entries if when is None]


def soon_lines(section: CoalitionSection, lang: str = "fr") -> list[str]:
    """Events and deliverables due up to the next Reset Day, soonest first."""
    return _by_date(
        [(e.when, entry_text(e, lang)) for e in section.coming]
        + [(e.when, due_text(e, lang)) for e in section.due]
    )


def later_lines(section: CoalitionSection, lang: str = "fr") -> list[str]:
    """Events and open deliverables after the next Reset Day (undated deliverables last)."""
    return _by_date(
        [(e.when, entry_text(e, lang)) for e in section.later]
        + [(e.when, due_text(e, lang)) for e in section.due_later]
    )


def actor_lines(section: CoalitionSection, lang: str = "fr") -> list[str]:
    """``Animation : FING`` per role, leads first; a free-text role as the sheet writes it."""
    lines = []
    for role, names in section.actors:
        text = _names(list(names))
        if role in ROLES or role == "":
            lines.append(translate(f"report.role.{role}", lang, count=len(names), names=text))
        else:
            lines.append(typography(translate("report.field", lang, label=_s(role), value=text),
                                    lang))  # fmt: skip
    return [typography(line, lang) for line in lines]


def join_field(section: CoalitionSection, lang: str = "fr") -> Field | None:
    """``Pour rejoindre : …`` from the contact column; a link only when it is http(s) or
    an e-mail address (``mailto:``)."""
    contact = _s(section.contact)
    if not contact:
        return None
    return Field(translate("report.join", lang), contact, safe_link(contact))


def call_lines(section: CoalitionSection, lang: str = "fr") -> list[str]:
    """Its calls for contributions open on the day, each title linked when it has a link:
    beside « Pour rejoindre », where a newcomer looks for a way in."""
    return [
        link_titles(typography(_s(call.title), lang), [(_s(call.title), call.url)])
        for call in section.calls
    ]


def notes(section: CoalitionSection, lang: str = "fr") -> list[Field]:
    """Next step and obstacles (the updates tab's latest, else the coalitions tab's)."""
    return [
        Field(translate(key, lang), typography(_s(text), lang))
        for key, text in (("report.next_step", section.next_step),
                          ("report.obstacles", section.obstacles))
        if _s(text)
    ]  # fmt: skip


def levers_text(section: CoalitionSection, lang: str = "fr") -> str:
    """The levers it acts on, as a sentence lists them: « offre et usages » ("" if none)."""
    labels = [mid_sentence(translate(f"lever.{key}", lang)) for key in section.levers]
    return typography(format_list(labels, lang), lang) if labels else ""


def coalition_text(section: CoalitionSection, lang: str = "fr") -> CoalitionText:
    """A coalition's whole section: stage, what it is, the month, what comes, who, how to join."""
    blocks: list[Field | Items] = [
        Field(translate("report.stage", lang), stage_text(section, lang))
    ]
    if levers := levers_text(section, lang):
        blocks.append(Field(translate("report.levers", lang), levers))
    for key, text in (("report.problem", section.problem), ("report.impact", section.impact),
                      ("report.narrative", section.narrative)):  # fmt: skip
        if _s(text):
            blocks.append(Field(translate(key, lang), typography(_s(text), lang)))
    for key, lines in (("report.month", month_lines(section, lang)),
                       ("report.said", said_lines(section, lang))):  # fmt: skip
        if lines:
            blocks.append(Items(translate(key, lang), tuple(lines)))
    blocks += notes(section, lang)
    for key, lines in (("report.soon", soon_lines(section, lang)),
                       ("report.later", later_lines(section, lang)),
                       ("report.actors", actor_lines(section, lang))):  # fmt: skip
        if lines:
            blocks.append(Items(translate(key, lang), tuple(lines)))
    if join := join_field(section, lang):
        blocks.append(join)
    if calls := call_lines(section, lang):
        blocks.append(Items(translate("report.calls", lang), tuple(calls)))
    return CoalitionText(
        section.id,
        display_name(section, lang),
        meta_text(section, lang),
        stale_text(section, lang),
        tuple(blocks),
    )


def quiet_text(sections: tuple[CoalitionSection, ...], lang: str = "fr") -> str:
    """``Sans nouvelles ce mois-ci : A, B, C.`` ("" when every coalition has news)."""
    if not sections:
        return ""
    names = ", ".join(display_name(s, lang) for s in sections)
    return typography(translate("report.quiet", lang, names=names), lang)


def agenda_title(report: Report) -> str:
    """``Agenda jusqu'au Reset Day 15 (mardi 15 juin 2021)``."""
    if report.next is None:
        return translate("report.agenda.open", report.lang)
    day = format_date(report.next.date, report.lang, weekday=True)
    return translate("report.agenda", report.lang, number=report.next.number, date=day)


def finding_lines(report: Report) -> list[str]:
    """Each finding as every output writes it (coalitions.quality.describe): severity, tab
    and column as the workbook writes them, row, value and message."""
    return [typography(describe(f, report.lang, _s), report.lang) for f in report.findings]


def signature_lines(report: Report) -> tuple[str, ...]:
    """The letter's last words: the sign-off, the sender's name, the sender's role."""
    letter, lang = report.letter, report.lang
    lines = (letter.signoff, letter.sender_name, letter.sender_role)
    return tuple(typography(line, lang) for line in lines if line)


def report_text(report: Report, max_sections: int | None = None) -> ReportText:
    """The whole report in words. ``max_sections`` shortens a preview: the coalitions beyond
    it are counted, not written."""
    lang = report.lang
    written = [s for s in report.sections if s.group != "quiet"]
    shown = written[:max_sections] if max_sections is not None else written
    parts = []
    for group in ("moved", "pilot", "other"):
        texts = tuple(coalition_text(s, lang) for s in shown if s.group == group)
        if texts:
            parts.append(Part(translate(f"report.group.{group}", lang), texts))
    more = ""
    if len(shown) < len(written):
        more = translate("report.preview.more", lang, count=len(written) - len(shown))
    findings = finding_lines(report)
    return ReportText(
        lang=lang,
        title=title_text(report),
        subtitle=subtitle_text(report),
        period=period_text(report),
        greeting=typography(report.letter.greeting, lang),
        message=message_paragraphs(report),
        summary=summary_text(report),
        parts=tuple(parts),
        quiet=quiet_text(report.group("quiet"), lang),
        more=more,
        agenda_title=agenda_title(report),
        agenda=tuple(entry_text(e, lang, with_coalition=True) for e in report.agenda),
        agenda_empty=translate("report.agenda.none", lang),
        quality_title=translate("report.quality", lang),
        quality_intro=translate("report.quality.intro", lang) if findings else "",
        findings=tuple(findings),
        signature=signature_lines(report),
        sender_email=report.letter.sender_email,
        footer=translate("report.footer", lang),
    )
