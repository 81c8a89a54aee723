"""One coalition's section in words (``coalition_text``): its name and the line under it,
its stage and staleness, levers, what it is, the month in one paragraph (``month_paragraph``;
the deck's lines: ``month_lines``), what was said at the meeting, next step and obstacles
(``notes``), who takes part, how to join and its open calls; the quiet ones in one line.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from coalitions.escape import safe_link
from coalitions.format import format_date, format_list, mid_sentence, typography
from coalitions.i18n import translate
from coalitions.report.actors import actors_text, named_in
from coalitions.report.entries import cited, coming_lines, entry_text
from coalitions.report.links import link_titles, named_in_order
from coalitions.report.model import CoalitionSection
from coalitions.report.sheet_text import (
    SHEET_LANGUAGE,
    as_sentence,
    cleaned,
    marked,
    repeats,
    sheet_apostrophes,
)
from coalitions.workbook.examples import example_name
from coalitions.workbook.schema import ROLES
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


def display_name(section: CoalitionSection, lang: str = "fr") -> str:
    """The coalition's name, « (exemple) » after an invented one."""
    return typography(example_name(cleaned(section.name), section.example, lang), lang)


def meta_text(section: CoalitionSection, lang: str = "fr", family: bool = True) -> str:
    """``Environnement · Bretagne · coalition pilote`` (without the family when a heading
    says it)."""
    parts = [
        marked(cleaned(section.family), lang) if family else "",
        marked(cleaned(section.territory), lang),
    ]
    if section.pilot:
        parts.append(translate("report.pilot", lang))
    return typography(" · ".join(p for p in parts if p), lang)


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


def _names(names: list[str]) -> str:
    return ", ".join(sheet_apostrophes(cleaned(n)) for n in names)


def month_lines(section: CoalitionSection, lang: str = "fr") -> list[str]:
    """What the coalition said and did this month: its news, its move, who joined,
    deliverables done and events held. The sheet's words inside a line have their
    typographic apostrophes (``sheet_apostrophes``), in English too; the news lines, all of
    the sheet, are set by the deck (``deck_items.cut``)."""
    lines = [typography(cleaned(news.text), lang) for news in section.news if not news.at_meeting]
    if section.is_new:
        lines.append(translate("report.done.new", lang, stage=stage_label(section.stage, lang)))
    elif section.direction:
        line = translate("report.done.stage", lang, stage=stage_label(section.stage, lang))
        note = sheet_apostrophes(cleaned(section.stage_note))
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
                             role=sheet_apostrophes(cleaned(role)))  # fmt: skip
        lines.append(typography(line, lang))
    if section.done:
        titles = ", ".join(
            f"{title} ({format_date(d.when, lang)})" if d.when else title
            for d in section.done
            for title in [sheet_apostrophes(cleaned(d.title))]
        )
        line = translate("report.done.deliverables", lang, count=len(section.done), titles=titles)
        lines.append(
            link_titles(typography(line, lang), [(cleaned(d.title), d.url) for d in section.done])
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
        parts = [marked(cleaned(news.text), lang)] if cleaned(news.text) else []
        if cleaned(news.next_step):
            parts.append(translate("report.field", lang, label=translate("report.next_step",
                                   lang), value=marked(cleaned(news.next_step), lang)))  # fmt: skip
        lines.append(typography(" — ".join(parts), lang))
    return lines


def join_field(section: CoalitionSection, lang: str = "fr") -> Field | None:
    """``Pour rejoindre : …`` from the contact column; a link only when it is http(s) or
    an e-mail address (``mailto:``)."""
    contact = cleaned(section.contact)
    if not contact:
        return None
    return Field(translate("report.join", lang), contact, safe_link(contact))


def call_lines(section: CoalitionSection, lang: str = "fr") -> list[str]:
    """Its calls for contributions open on the day, each title linked when it has a link:
    beside « Pour rejoindre », where a newcomer looks for a way in."""
    return [
        link_titles(typography(cleaned(call.title), lang), [(cleaned(call.title), call.url)])
        for call in section.calls
    ]


def next_step_text(section: CoalitionSection) -> str:
    """The next step as the section tells it after the month's news: what follows a colon is
    left out when the news has just said it (« Saisir les opportunités repérées : la DITP, … »
    after « Des opportunités précises sont qualifiées : la DITP, … »), the whole step when it
    says again what the news and the dated events below already say (« Atelier de production
    le 7 juin, restitution début juillet »)."""
    step = cleaned(section.next_step)
    said = " ".join(cleaned(n.text) for n in section.news if not n.at_meeting)
    head, colon, tail = step.partition(":")
    if colon and head.strip() and repeats(tail, said, 0.5):
        return as_sentence(head.strip())
    events = " ".join(
        f"{cleaned(e.title)} {format_date(e.when, SHEET_LANGUAGE)}"
        for e in (*section.coming, *section.later)
        if e.when is not None
    )
    return "" if repeats(step, f"{said} {events}", 0.75) else step


def notes(section: CoalitionSection, lang: str = "fr") -> list[Field]:
    """Next step and obstacles (the updates tab's latest, else the coalitions tab's)."""
    return [
        Field(translate(key, lang), typography(text, lang))
        for key, text in (("report.next_step", next_step_text(section)),
                          ("report.obstacles", cleaned(section.obstacles)))
        if text
    ]  # fmt: skip


def levers_text(section: CoalitionSection, lang: str = "fr") -> str:
    """The levers it acts on, as a sentence lists them: « offre et usages » ("" if none)."""
    labels = [mid_sentence(translate(f"lever.{key}", lang)) for key in section.levers]
    return typography(format_list(labels, lang), lang) if labels else ""


def _stage_sentence(section: CoalitionSection, lang: str) -> str:
    stage, when = stage_label(section.stage, lang), format_date(section.moved_on, lang)
    if section.is_new:
        return translate("report.month.stage.new", lang, stage=stage, date=when)
    if section.direction:
        key = "up" if section.direction > 0 else "down"
        return translate(f"report.month.stage.{key}", lang, stage=stage, date=when)
    return ""


def month_paragraph(section: CoalitionSection, lang: str = "fr") -> str:
    """What happened this month, told once in one paragraph: the news, the stage reached (with
    its note when no news says it), who joined with their role, the interested apart, the
    deliverables finished that the news does not already name, the events held."""
    news = [
        as_sentence(cleaned(n.text)) for n in section.news if not n.at_meeting and cleaned(n.text)
    ]
    said = " ".join(news)
    # In another language than the sheet's, its news and notes read as quoted sheet text,
    # never as a sentence that switches language halfway.
    sentences = [translate("report.month.news", lang, text=marked(n, lang)) for n in news]
    if stage := _stage_sentence(section, lang):
        note = cleaned(section.stage_note)
        if note and not said:
            stage = translate("report.month.stage.note", lang, stage=stage[:-1],
                              note=marked(note.rstrip("."), lang))  # fmt: skip
        sentences.append(stage)
    # Who came is said once, in the section's list of actors (``actors_text``).
    told = f"{said} {cleaned(section.stage_note)}"  # the note says what made the move
    done = [d for d in section.done if not named_in(d.title, told)]
    if len(done) == 1:
        when = format_date(done[0].when, lang)
        sentences.append(translate(
            "report.month.done", lang,
            title=translate("report.month.cited", lang, title=marked(cleaned(done[0].title), lang)),
            when=translate("report.month.when", lang, date=when) if when else ""))  # fmt: skip
    elif done:
        titles = format_list([cited(d, lang, "report.month.dated") for d in done], lang)
        sentences.append(translate("report.month.done.many", lang, titles=titles))
    # A launch held on the day the coalition reached « Lancée » is that move, told above.
    held = [
        e for e in section.held
        if not (e.kind == "launch" and section.direction and section.moved_on
                and e.when and e.when.date() == section.moved_on.date())
    ]  # fmt: skip
    if held:
        entries = format_list([cited(e, lang) for e in held], lang)
        sentences.append(translate("report.month.held", lang, entries=entries))
    # A deliverable links to it where its title is written, in the news too (issue 24).
    text = typography(" ".join(sentences), lang)
    return link_titles(text, named_in_order(text, [*((cleaned(d.title), d.url) for d in done),
                                                   *section.links]))  # fmt: skip


def family_heading(section: CoalitionSection, lang: str = "fr") -> str:
    """The heading of a coalition's family of interest (« Sans famille » when it has none)."""
    family = cleaned(section.family)
    return marked(family, lang) if family else translate("report.family.none", lang)


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
        if cleaned(text):
            blocks.append(
                Field(translate(key, lang), typography(marked(cleaned(text), lang), lang))
            )
    month = month_paragraph(section, lang)
    if month:
        blocks.append(Field(translate("report.month", lang), month))
    said = said_lines(section, lang)
    if said:
        blocks.append(Items(translate("report.said", lang), tuple(said)))
    blocks += [replace(note, text=marked(note.text, lang)) for note in notes(section, lang)]
    if coming := coming_lines(section, lang):
        blocks.append(Items(translate("report.coming", lang), tuple(coming)))
    told = " ".join(
        [b.text if isinstance(b, Field) else " ".join(b.lines) for b in blocks]
        + [cleaned(n.text) for n in section.news]
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
    return typography(
        example_name(marked(cleaned(section.name), lang), section.example, lang), lang
    )


def quiet_text(sections: tuple[CoalitionSection, ...], lang: str = "fr") -> str:
    """``Sans nouvelles ce mois-ci : A, B, C.`` ("" when every coalition has news)."""
    if not sections:
        return ""
    names = ", ".join(_title(s, lang) for s in sections)
    return typography(translate("report.quiet", lang, names=names), lang)
