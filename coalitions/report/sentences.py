"""The report model in words: sentences through the catalogue and ``coalitions.format``.

Every function returns plain, typeset text (French spacing set by ``typography`` over the
whole sentence, sheet text included): the writers escape it for where it goes. ``report_text``
lays the whole report out once (``ReportText``), so Markdown, plain text, HTML, Word and the
e-mail say exactly the same thing; the deck uses the same sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from coalitions.escape import escape_text, safe_link
from coalitions.format import (
    apostrophes,
    format_date,
    format_datetime,
    format_list,
    mid_sentence,
    typography,
)
from coalitions.i18n import translate
from coalitions.report.links import LinkedLine, link_titles, named_in_order
from coalitions.report.model import FIGURES, CoalitionSection, Entry, Report
from coalitions.workbook.examples import example_name
from coalitions.workbook.quality import describe
from coalitions.workbook.schema import EVENT_KINDS, ONLINE_WORDS, ROLES, STATUSES, fold
from coalitions.workbook.stages import stage_label


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
    line under it (family, territory, pilot), a staleness remark or "", and its blocks.
    ``family`` is the heading of its family of interest when the report reads by family
    (the writers draw it above the first coalition of each family of a part), else ""."""

    id: str
    title: str
    meta: str
    stale: str
    blocks: tuple[Field | Items, ...]
    family: str = ""


@dataclass(frozen=True)
class Part:
    """A part of the report (what moved, the pilots, the others) and its coalitions."""

    heading: str
    coalitions: tuple[CoalitionText, ...]


@dataclass(frozen=True)
class ReportText:
    """The whole report in words, in reading order; every writer renders this.

    A letter: ``greeting`` opens it, the month's ``message`` and ``about`` (two lines on
    what a coalition is and its levers) follow; ``signature`` (the sign-off, the sender's
    name and role) and ``sender_email`` (a plain address, or "") close it, before the
    ``footer``."""

    lang: str
    title: str
    subtitle: str
    period: str
    greeting: str
    message: tuple[str, ...]
    about: str
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


# The workbook is written in French (the community's language, sheet-contract.md): in a report
# in another language, its text is marked so the HTML outputs say « lang="fr" » around it and
# a screen reader reads it in French. The marks are private-use characters the sheet's text
# never holds (``escape_text`` would keep them, so they are taken out of it first); the
# writers turn them into a span (HTML) or drop them (``unmarked``).
SHEET_LANGUAGE = "fr"
SHEET_OPEN, SHEET_CLOSE = "\ue000", "\ue001"
_MARKS = str.maketrans("", "", SHEET_OPEN + SHEET_CLOSE)


def _fr(text: str, lang: str) -> str:
    """Sheet text marked as the sheet's language when the report is in another one."""
    text = text.translate(_MARKS)
    if not text or lang == SHEET_LANGUAGE:
        return text
    # The sheet's French is edited as in a French report: « l’offre », « terrains de jeux »
    # held together by their no-break spaces.
    edited = apostrophes(typography(text, SHEET_LANGUAGE), SHEET_LANGUAGE)
    return f"{SHEET_OPEN}{edited}{SHEET_CLOSE}"


def unmarked(text: str) -> str:
    """Text without the sheet-language marks (every output but HTML)."""
    return text.translate(_MARKS)


def when_text(entry: Entry, lang: str = "fr") -> str:
    """An entry's date as written: with its weekday and time, « date à confirmer » if so."""
    if entry.when is None:
        return ""
    text = format_datetime(entry.when, lang, weekday=True)
    return translate("report.to_confirm", lang, date=text) if entry.to_confirm else text


def display_name(section: CoalitionSection, lang: str = "fr") -> str:
    """The coalition's name, « (exemple) » after an invented one."""
    return typography(example_name(_s(section.name), section.example, lang), lang)


def meta_text(section: CoalitionSection, lang: str = "fr", family: bool = True) -> str:
    """``Environnement · Bretagne · coalition pilote`` (without the family when a heading
    says it)."""
    parts = [_fr(_s(section.family), lang) if family else "", _fr(_s(section.territory), lang)]
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
    subject = translate("report.email.subject", report.lang, number=report.reset_day.number,
                        date=day)  # fmt: skip
    return apostrophes(subject, report.lang)


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


def quoted_message(report: Report) -> tuple[str, ...]:
    """The month's message as the letter gives it. In the sheet's language, the coordinators'
    own words; in another, introduced as their message quoted in French, its text marked as
    French and kept as typed (apostrophes aside): no French spacing it does not have."""
    lang = report.lang
    if lang == SHEET_LANGUAGE:
        return message_paragraphs(report)
    lines = [_s(line).translate(_MARKS) for line in report.message.splitlines()]
    quoted = tuple(
        f"{SHEET_OPEN}{apostrophes(line, SHEET_LANGUAGE)}{SHEET_CLOSE}" for line in lines if line
    )
    return (translate("report.message.quoted", lang), *quoted) if quoted else ()


def summary_text(report: Report) -> str:
    """The month in a few sentences: how many coalitions, what moved, what comes."""
    lang, figures = report.lang, report.figures
    text = translate("report.summary.coalitions", lang, count=figures["coalitions"])
    if figures["pilots"]:
        text += translate("report.summary.pilots", lang, count=figures["pilots"])
    if figures["launched"]:
        key = "report.summary.launched" if figures["pilots"] else "report.summary.launched.only"
        text += translate(key, lang, count=figures["launched"])
    else:
        text += translate("report.summary.end", lang)
    sentences = [text]
    if report.examples:
        sentences.append(translate("report.summary.examples", lang, count=report.examples))
    # Members and the merely interested told apart: « sept acteurs ont rejoint une
    # coalition, trois autres acteurs ont manifesté leur intérêt ».
    interested = min(report.interested, figures["joined"])
    counts = {**figures, "joined": figures["joined"] - interested, "interested": interested}
    if not counts["joined"]:
        counts["interested_only"], counts["interested"] = counts["interested"], 0
    done = [d for s in report.sections for d in s.done]
    changes = [
        _deliverables_done(done, lang)
        if name == "deliverables_done" and 0 < len(done) == counts[name] <= 3
        else translate(f"report.summary.{name}", lang, count=counts.get(name, 0))
        for name in ("moved_up", "moved_down", "new_coalitions", "joined", "interested",
                     "interested_only", "deliverables_done")
        if counts.get(name, 0)
    ]  # fmt: skip
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


def _deliverables_done(done: list[Entry], lang: str) -> str:
    """A few deliverables done, named: « le livrable « manifeste » a été terminé »."""
    titles = format_list([_cited(d, lang, "") for d in done], lang)
    return translate("report.summary.deliverables_named", lang, count=len(done), titles=titles)


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
    # The sheet's titles are in its own language: « Lancement de … » says « launch » too.
    if any(fold(_kind(entry.kind, other)) in fold(_s(entry.title)) for other in ("fr", "en")):
        return ""
    return kind[:1].upper() + kind[1:] if capital else kind


def location_text(location: str, lang: str = "fr") -> str:
    """Where an event takes place, as written inside a sentence: an online meeting reads
    « en ligne » / « online » (the sheet's « En ligne », « Visio »…), a place as typed."""
    place = _s(location)
    return translate("report.online", lang) if fold(place) in ONLINE_WORDS else place


def entry_text(
    entry: Entry, lang: str = "fr", with_coalition: bool = False, mark: bool = False
) -> str:
    """One format for every dated line: ``mercredi 19 mai 2021 à 10 h — Atelier …, atelier,
    Rennes``: the date, a dash, the title, then its details after commas (kind: ``event_kind``;
    place: ``location_text``), never in brackets, which the sheet's titles use. On the agenda,
    the coalition after it (``…, coalition « Pour des civic tech … »``), unless the title
    already names a coalition. ``mark``: sheet text marked with its language (``_fr``)."""
    title = _s(entry.title)
    title = title[:1].upper() + title[1:]  # every dated line starts as a sentence does
    place = location_text(entry.location, lang)
    if mark and place != translate("report.online", lang):
        place = _fr(place, lang)
    details = [d for d in (event_kind(entry, lang), place) if d]
    shown = _fr(title, lang) if mark else title
    text = ", ".join([f"{when_text(entry, lang)} — {shown}" if entry.when else shown, *details])
    if with_coalition and entry.coalition and "coalition" not in fold(title):
        name = _s(entry.coalition)
        name = example_name(_fr(name, lang) if mark else name, entry.example, lang)
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
        parts = [_fr(_s(news.text), lang)] if _s(news.text) else []
        if _s(news.next_step):
            parts.append(translate("report.field", lang, label=translate("report.next_step",
                                   lang), value=_fr(_s(news.next_step), lang)))  # fmt: skip
        lines.append(typography(" — ".join(parts), lang))
    return lines


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


def _stems(text: str) -> set[str]:
    """The words that carry a text's meaning, cut to their stem (« ministère » and
    « ministérielle » alike): words of four letters or more, and numbers."""
    return {w[:5] for w in re.findall(r"\w+", fold(text)) if len(w) >= 4 or w.isdigit()}


def _repeats(text: str, said: str, share: float) -> bool:
    """Whether at least ``share`` of ``text``'s meaning words are already in ``said``."""
    stems = _stems(text)
    return bool(stems) and len(stems & _stems(said)) >= share * len(stems)


def next_step_text(section: CoalitionSection) -> str:
    """The next step as the section tells it after the month's news: what follows a colon is
    left out when the news has just said it (« Saisir les opportunités repérées : la DITP, … »
    after « Des opportunités précises sont qualifiées : la DITP, … »), the whole step when it
    says again what the news and the dated events below already say (« Atelier de production
    le 7 juin, restitution début juillet »)."""
    step = _s(section.next_step)
    said = " ".join(_s(n.text) for n in section.news if not n.at_meeting)
    head, colon, tail = step.partition(":")
    if colon and head.strip() and _repeats(tail, said, 0.5):
        return _sentence(head.strip())
    events = " ".join(
        f"{_s(e.title)} {format_date(e.when, SHEET_LANGUAGE)}"
        for e in (*section.coming, *section.later)
        if e.when is not None
    )
    return "" if _repeats(step, f"{said} {events}", 0.75) else step


def notes(section: CoalitionSection, lang: str = "fr") -> list[Field]:
    """Next step and obstacles (the updates tab's latest, else the coalitions tab's)."""
    return [
        Field(translate(key, lang), typography(text, lang))
        for key, text in (("report.next_step", next_step_text(section)),
                          ("report.obstacles", _s(section.obstacles)))
        if text
    ]  # fmt: skip


def told_by_an_event(entry: Entry, section: CoalitionSection) -> bool:
    """Whether an open deliverable is an event of the same day under another name
    (« restitution des ateliers » due the day of « Restitution des travaux »): told once,
    by the event."""
    return entry.when is not None and any(
        e.when is not None
        and e.when.date() == entry.when.date()
        and _repeats(_s(entry.title), _s(e.title), 0.5)
        for e in (*section.coming, *section.later)
    )


def levers_text(section: CoalitionSection, lang: str = "fr") -> str:
    """The levers it acts on, as a sentence lists them: « offre et usages » ("" if none)."""
    labels = [mid_sentence(translate(f"lever.{key}", lang)) for key in section.levers]
    return typography(format_list(labels, lang), lang) if labels else ""


def _sentence(text: str) -> str:
    """Sheet text as a sentence of a paragraph: ending in a full stop unless it has one."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."


def _forms(name: str) -> list[str]:
    """How a text may name an actor: its full name, and for « OFB (Office français …) » or
    « Office français de la biodiversité (OFB) » the part outside and inside the brackets."""
    full = fold(name)
    outside, _, inside = full.partition("(")
    # A bracket's part counts when it is a word of its own (« OFB »), not a letter.
    parts = {outside.strip(), inside.rstrip(")").strip()} - {full}
    return [full, *(p for p in parts if len(p) > 2)] if full else []


def named_in(name: str, text: str) -> bool:
    """Whether ``text`` already names the actor ``name`` (whole words, folded)."""
    folded = f" {fold(text)} "
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", folded) for f in _forms(_s(name)))


def _actor_name(name: str, lang: str) -> str:
    """An actor's name inside the list: a group named by a plural common noun (« Acteurs
    associatifs », « Associations de la participation citoyenne ») in lower case, as a
    sentence writes it; a name with a capital further on (« Entreprises EdTech », « Réseau
    Canopé ») or of one word (« Soluris ») is a proper name and stays as typed."""
    first, _, rest = name.partition(" ")
    plural = len(first) > 3 and first[-1] in "sx" and not first.isupper()
    # The sheet's French in an English letter too: a reader met « Acteurs publics » capitalised
    # mid-list there and took it for a name.
    if plural and rest and not any(c.isupper() for c in rest):
        return first[0].lower() + name[1:]
    return name


def who_text(
    pairs: list[tuple[str, list[str]]],
    lang: str = "fr",
    new: frozenset[str] = frozenset(),
    also: frozenset[str] = frozenset(),
) -> str:
    """Actors with their roles, each once: ``FING à l'animation ; A et B dans le noyau``
    (``pairs``: ``(role key or free text, names)``, in role order). Those in ``new`` (who
    came this month) are said so where they are listed: « A et, depuis ce mois-ci, B dans le
    noyau », « C dans le noyau depuis ce mois-ci ». A role in ``also`` has others the text
    above already named: « FING comme partenaire, en plus de ceux cités plus haut »."""
    parts = []
    for role, names in pairs:
        before = [_fr(_actor_name(_s(n), lang), lang) for n in names if n not in new]
        came = [_fr(_actor_name(_s(n), lang), lang) for n in names if n in new]
        listed = format_list(before or came, lang)
        if before and came:
            listed = translate("report.who.mixed", lang, old=listed,
                               new=format_list(came, lang))  # fmt: skip
        if role in ROLES or role == "":
            part = translate(f"report.who.{role}", lang, count=len(names), names=listed)
        else:
            part = translate("report.who.free", lang, names=listed, role=_fr(_s(role), lang))
        if came and not before:
            part = translate("report.who.new", lang, who=part)
        parts.append(translate("report.who.also", lang, who=part) if role in also else part)
    return typography(" ; ".join(parts) if lang == "fr" else "; ".join(parts), lang)


def _stage_sentence(section: CoalitionSection, lang: str) -> str:
    stage, when = stage_label(section.stage, lang), format_date(section.moved_on, lang)
    if section.is_new:
        return translate("report.month.stage.new", lang, stage=stage, date=when)
    if section.direction:
        key = "up" if section.direction > 0 else "down"
        return translate(f"report.month.stage.{key}", lang, stage=stage, date=when)
    return ""


def _cited(entry: Entry, lang: str, dated: str = "report.month.when") -> str:
    """A deliverable or an event as prose cites it: « « manifeste » le 4 mai 2021 », with
    ``dated="report.month.dated"`` « « manifeste » (4 mai 2021) », with ``dated=""`` its
    title alone."""
    title = translate("report.month.cited", lang, title=_fr(_s(entry.title), lang))
    if entry.when is None or not dated:
        return title
    day = format_date(entry.when, lang)
    if dated == "report.month.when":
        return title + translate(dated, lang, date=day)
    return translate(dated, lang, title=title, date=day)


def month_paragraph(section: CoalitionSection, lang: str = "fr") -> str:
    """What happened this month, told once in one paragraph: the news, the stage reached (with
    its note when no news says it), who joined with their role, the interested apart, the
    deliverables finished that the news does not already name, the events held."""
    news = [_sentence(_s(n.text)) for n in section.news if not n.at_meeting and _s(n.text)]
    said = " ".join(news)
    # In another language than the sheet's, its news and notes read as quoted sheet text,
    # never as a sentence that switches language halfway.
    sentences = [translate("report.month.news", lang, text=_fr(n, lang)) for n in news]
    if stage := _stage_sentence(section, lang):
        note = _s(section.stage_note)
        if note and not said:
            stage = translate("report.month.stage.note", lang, stage=stage[:-1],
                              note=_fr(note.rstrip("."), lang))  # fmt: skip
        sentences.append(stage)
    # Who came is said once, in the section's list of actors (``actors_text``).
    told = f"{said} {_s(section.stage_note)}"  # the note says what made the move
    done = [d for d in section.done if not named_in(d.title, told)]
    if len(done) == 1:
        when = format_date(done[0].when, lang)
        sentences.append(translate(
            "report.month.done", lang,
            title=translate("report.month.cited", lang, title=_fr(_s(done[0].title), lang)),
            when=translate("report.month.when", lang, date=when) if when else ""))  # fmt: skip
    elif done:
        titles = format_list([_cited(d, lang, "report.month.dated") for d in done], lang)
        sentences.append(translate("report.month.done.many", lang, titles=titles))
    # A launch held on the day the coalition reached « Lancée » is that move, told above.
    held = [
        e for e in section.held
        if not (e.kind == "launch" and section.direction and section.moved_on
                and e.when and e.when.date() == section.moved_on.date())
    ]  # fmt: skip
    if held:
        entries = format_list([_cited(e, lang) for e in held], lang)
        sentences.append(translate("report.month.held", lang, entries=entries))
    # A deliverable links to it where its title is written, in the news too (issue 24).
    text = typography(" ".join(sentences), lang)
    return link_titles(text, named_in_order(text, [*((_s(d.title), d.url) for d in done),
                                                   *section.links]))  # fmt: skip


def _due_line(entry: Entry, lang: str) -> str:
    """An open deliverable among the dates to come, written like an event line."""
    status = entry.kind if entry.kind in STATUSES else ""
    when = format_date(entry.when, lang, weekday=True)
    due = translate(f"report.coming.due.{status}", lang, title=_fr(_s(entry.title), lang))
    return link_titles(typography(f"{when} — {due}", lang), [(_s(entry.title), entry.url)])


def coming_lines(section: CoalitionSection, lang: str = "fr") -> list[str]:
    """What comes, dated, soonest first: events and open deliverables, before and after the
    next Reset Day alike (the dates say when); the undated open deliverables in one last
    line."""
    # By day, a day's events before what is due that day, then by time.
    dated = [
        text
        for _, text in sorted(
            [((e.when.date(), 0, e.when), entry_text(e, lang, mark=True))
             for e in (*section.coming, *section.later) if e.when is not None]
            + [((e.when.date(), 1, e.when), _due_line(e, lang))
               for e in section.planned
               if e.when is not None and not told_by_an_event(e, section)],
            key=lambda pair: pair[0],
        )
    ]  # fmt: skip
    undated = [
        translate("report.coming.undated.item", lang, title=_fr(_s(e.title), lang),
                  status=translate(f"report.undated.{e.kind if e.kind in STATUSES else ''}",
                                   lang))
        for e in section.planned if e.when is None
    ]  # fmt: skip
    if undated:
        titles = format_list(undated, lang)
        line = typography(translate("report.coming.undated", lang, titles=titles), lang)
        links = [(_s(e.title), e.url) for e in section.planned if e.when is None]
        dated.append(link_titles(line, links))
    return dated


def actors_text(section: CoalitionSection, told: str, lang: str = "fr") -> str:
    """Everyone who takes part, with their role, those who came this month said so, leaving
    out those the section has already named (``told``: the news, the next step…): each actor
    named once, and the list never contradicts the month's paragraph."""
    pairs, also = [], set()
    for role, names in section.actors:
        left = [n for n in names if not named_in(n, told)]
        if left:
            pairs.append((role, left))
        if left and len(left) < len(names):
            also.add(role)
    came = frozenset(actor for actor, _ in section.joined)
    return who_text(pairs, lang, came, frozenset(also))


def _by_family(sections: list[CoalitionSection]) -> list[CoalitionSection]:
    """The sections of one part read family by family (the seed's « familles d'intérêt »), in
    the order the families first come (the part's own order: what launches first…), the
    coalitions of a family in their order; those without a family last."""
    first: dict[str, int] = {}
    for index, section in enumerate(sections):
        first.setdefault(fold(section.family), index)
    return sorted(
        sections,
        key=lambda s: (not fold(s.family), first[fold(s.family)]),
    )


def family_heading(section: CoalitionSection, lang: str = "fr") -> str:
    """The heading of a coalition's family of interest (« Sans famille » when it has none)."""
    family = _s(section.family)
    return _fr(family, lang) if family else translate("report.family.none", lang)


def coalition_text(
    section: CoalitionSection, lang: str = "fr", by_family: bool = False
) -> CoalitionText:
    """A coalition's whole section, each fact told once: its stage (unless the month's
    paragraph tells the move) and levers, what it is, the month in one paragraph, what was
    said at the meeting, what comes next (next step, obstacles, the dates), who takes part
    that was not yet named, how to join. Empty blocks are left out."""
    blocks: list[Field | Items] = []
    if not (section.direction or section.is_new):
        blocks.append(Field(translate("report.stage", lang), stage_label(section.stage, lang)))
    if levers := levers_text(section, lang):
        blocks.append(Field(translate("report.levers", lang), levers))
    for key, text in (("report.problem", section.problem), ("report.impact", section.impact),
                      ("report.narrative", section.narrative)):  # fmt: skip
        if _s(text):
            blocks.append(Field(translate(key, lang), typography(_fr(_s(text), lang), lang)))
    month = month_paragraph(section, lang)
    if month:
        blocks.append(Field(translate("report.month", lang), month))
    said = said_lines(section, lang)
    if said:
        blocks.append(Items(translate("report.said", lang), tuple(said)))
    blocks += [replace(note, text=_fr(note.text, lang)) for note in notes(section, lang)]
    if coming := coming_lines(section, lang):
        blocks.append(Items(translate("report.coming", lang), tuple(coming)))
    told = " ".join(
        [b.text if isinstance(b, Field) else " ".join(b.lines) for b in blocks]
        + [_s(n.text) for n in section.news]
    )
    if who := actors_text(section, told, lang):
        blocks.append(Field(translate("report.actors", lang), who))
    if join := join_field(section, lang):
        blocks.append(join)
    if calls := call_lines(section, lang):
        blocks.append(Items(translate("report.calls", lang), tuple(calls)))
    return CoalitionText(
        section.id,
        _title(section, lang),
        meta_text(section, lang, family=not by_family),
        stale_text(section, lang),
        tuple(blocks),
        family_heading(section, lang) if by_family else "",
    )


def _title(section: CoalitionSection, lang: str) -> str:
    """``display_name``, the sheet's name marked with its language."""
    return typography(example_name(_fr(_s(section.name), lang), section.example, lang), lang)


def quiet_text(sections: tuple[CoalitionSection, ...], lang: str = "fr") -> str:
    """``Sans nouvelles ce mois-ci : A, B, C.`` ("" when every coalition has news)."""
    if not sections:
        return ""
    names = ", ".join(_title(s, lang) for s in sections)
    return typography(translate("report.quiet", lang, names=names), lang)


def agenda_title(report: Report) -> str:
    """``Agenda jusqu'au Reset Day 15 (mardi 15 juin 2021)``."""
    if report.next is None:
        return translate("report.agenda.open", report.lang)
    day = format_date(report.next.date, report.lang, weekday=True)
    return translate("report.agenda", report.lang, number=report.next.number, date=day)


def finding_lines(report: Report) -> list[str]:
    """Each finding as every output writes it (coalitions.workbook.quality.describe): severity, tab
    and column as the workbook writes them, row, value and message."""
    return [typography(describe(f, report.lang, _s), report.lang) for f in report.findings]


def signature_lines(report: Report) -> tuple[str, ...]:
    """The letter's last words: the sign-off, the sender's name, the sender's role."""
    letter, lang = report.letter, report.lang
    lines = (letter.signoff, letter.sender_name, letter.sender_role)
    return tuple(typography(line, lang) for line in lines if line)


# What is an address, never prose: left exactly as typed.
_ADDRESS_FIELDS = ("url", "sender_email", "lang", "id")


def _each_string(value, change, lang: str = ""):
    """``value`` (a ``ReportText`` or a part of it) with ``change(string, lang)`` applied to
    every string of it but addresses (``_ADDRESS_FIELDS``)."""
    if isinstance(value, LinkedLine):
        # A linked line stays linked: each part is changed, its address kept as typed.
        return LinkedLine((change(part, lang), url) for part, url in value.segments)
    if isinstance(value, str):
        return change(value, lang)
    if isinstance(value, tuple):
        return tuple(_each_string(item, change, lang) for item in value)
    lang = getattr(value, "lang", lang)
    changes = {
        f.name: _each_string(getattr(value, f.name), change, lang)
        for f in fields(value)
        if f.name not in _ADDRESS_FIELDS
    }
    return replace(value, **changes)


def _edited(text: ReportText) -> ReportText:
    """The report's words as a person edits them, set once for every output: French
    typographic apostrophes (``coalitions.format.apostrophes``) in every string, sheet text
    included, web and e-mail addresses left as typed."""
    return _each_string(text, apostrophes)


def plain_text(text: ReportText) -> ReportText:
    """``text`` without the sheet-language marks, for the outputs that cannot say a
    passage's language (Markdown, plain text, Word)."""
    return _each_string(text, lambda value, _lang: unmarked(value))


def group_heading(group: str, sections: list[CoalitionSection], lang: str = "fr") -> str:
    """A part's heading, true to what it holds: the pilots left once some are among what
    moved are « Les autres coalitions pilotes »."""
    if group == "pilot" and any(s.pilot and s.group == "moved" for s in sections):
        return translate("report.group.pilot.others", lang)
    return translate(f"report.group.{group}", lang)


def report_text(report: Report, max_sections: int | None = None) -> ReportText:
    """The whole report in words. ``max_sections`` shortens a preview: the coalitions beyond
    it are counted, not written."""
    lang = report.lang
    written = [s for s in report.sections if s.group != "quiet"]
    shown = written[:max_sections] if max_sections is not None else written
    parts = []
    by_family = report.order == "family"
    for group in ("moved", "pilot", "other"):
        chosen = [s for s in shown if s.group == group]
        if by_family:
            chosen = _by_family(chosen)
        texts = tuple(coalition_text(s, lang, by_family) for s in chosen)
        if texts:
            parts.append(Part(group_heading(group, shown, lang), texts))
    more = ""
    if len(shown) < len(written):
        more = translate("report.preview.more", lang, count=len(written) - len(shown))
    findings = finding_lines(report)
    return _edited(
        ReportText(
            lang=lang,
            title=title_text(report),
            subtitle=subtitle_text(report),
            period=period_text(report),
            greeting=typography(report.letter.greeting, lang),
            message=quoted_message(report),
            about=typography(_s(report.letter.about), lang),
            summary=summary_text(report),
            parts=tuple(parts),
            quiet=quiet_text(report.group("quiet"), lang),
            more=more,
            agenda_title=agenda_title(report),
            agenda=tuple(
                entry_text(e, lang, with_coalition=True, mark=True) for e in report.agenda
            ),
            agenda_empty=translate("report.agenda.none", lang),
            quality_title=translate("report.quality", lang),
            quality_intro=translate("report.quality.intro", lang) if findings else "",
            findings=tuple(findings),
            signature=signature_lines(report),
            sender_email=report.letter.sender_email,
            footer=translate("report.footer", lang),
        )
    )
