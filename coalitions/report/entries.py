"""Dated lines in words: an event or a deliverable (``Entry``) as every output writes it,
its date (``when_text``), kind and place (``entry_text``), a deliverable due (``due_text``),
either as prose cites it (``cited``), and a coalition's dates to come (``coming_lines``).
"""

from __future__ import annotations

from coalitions.format import format_date, format_datetime, format_list, typography
from coalitions.i18n import translate
from coalitions.report.links import link_titles
from coalitions.report.model import CoalitionSection, Entry
from coalitions.report.sheet_text import cleaned, marked, repeats, sheet_apostrophes
from coalitions.workbook.examples import example_name
from coalitions.workbook.schema import EVENT_KINDS, ONLINE_WORDS, STATUSES, fold


def when_text(entry: Entry, lang: str = "fr") -> str:
    """An entry's date as written: with its weekday and time, « date à confirmer » if so."""
    if entry.when is None:
        return ""
    text = format_datetime(entry.when, lang, weekday=True)
    return translate("report.to_confirm", lang, date=text) if entry.to_confirm else text


def _kind(kind: str, lang: str) -> str:
    if kind in EVENT_KINDS:
        return "" if kind == "other" else translate(f"report.kind.{kind}", lang)
    return cleaned(kind)


def event_kind(entry: Entry, lang: str = "fr", capital: bool = False) -> str:
    """An event's kind as its details say it (``atelier``; ``Atelier`` with ``capital``): none
    for « autre », which tells a reader nothing, nor for a kind its title already says
    (« Lancement de … », « Reset Day 15 »)."""
    kind = _kind(entry.kind, lang)
    # The sheet's titles are in its own language: « Lancement de … » says « launch » too.
    if any(fold(_kind(entry.kind, other)) in fold(cleaned(entry.title)) for other in ("fr", "en")):
        return ""
    return kind[:1].upper() + kind[1:] if capital else kind


def location_text(location: str, lang: str = "fr") -> str:
    """Where an event takes place, as written inside a sentence: an online meeting reads
    « en ligne » / « online » (the sheet's « En ligne », « Visio »…), a place as typed."""
    place = cleaned(location)
    return translate("report.online", lang) if fold(place) in ONLINE_WORDS else place


def entry_text(
    entry: Entry, lang: str = "fr", with_coalition: bool = False, mark: bool = False
) -> str:
    """One format for every dated line: ``mercredi 19 mai 2021 à 10 h — Atelier …, atelier,
    Rennes``: the date, a dash, the title, then its details after commas (kind: ``event_kind``;
    place: ``location_text``), never in brackets, which the sheet's titles use. On the agenda,
    the coalition after it (``…, coalition « Pour des civic tech … »``), unless the title
    already names a coalition. ``mark``: sheet text marked with its language (``marked``),
    else with its apostrophes (``sheet_apostrophes``: the deck's lines)."""
    title = cleaned(entry.title)
    title = title[:1].upper() + title[1:]  # every dated line starts as a sentence does

    def sheet(text: str) -> str:
        return marked(text, lang) if mark else sheet_apostrophes(text)

    place = location_text(entry.location, lang)
    if place != translate("report.online", lang):
        place = sheet(place)
    details = [d for d in (event_kind(entry, lang), place) if d]
    shown = sheet(title)
    text = ", ".join([f"{when_text(entry, lang)} — {shown}" if entry.when else shown, *details])
    if with_coalition and entry.coalition and "coalition" not in fold(title):
        name = example_name(sheet(cleaned(entry.coalition)), entry.example, lang)
        text = translate("report.agenda.coalition", lang, entry=text, name=name)
    return typography(text, lang)


def due_text(entry: Entry, lang: str = "fr") -> str:
    """``Livrable prévu : guide, pour le 30 septembre 2021`` for an open deliverable (the
    title with its typographic apostrophes, in English too: ``sheet_apostrophes``)."""
    status = entry.kind if entry.kind in STATUSES else ""
    label = translate(f"report.status.{status}", lang)
    title = sheet_apostrophes(cleaned(entry.title))
    if entry.when is None:
        text = translate("report.due.undated", lang, status=label, title=title)
    else:
        when = format_date(entry.when, lang)
        text = translate("report.due", lang, status=label, title=title, date=when)
    return link_titles(typography(text, lang), [(cleaned(entry.title), entry.url)])


def told_by_an_event(entry: Entry, section: CoalitionSection) -> bool:
    """Whether an open deliverable is an event of the same day under another name
    (« restitution des ateliers » due the day of « Restitution des travaux »): told once,
    by the event."""
    return entry.when is not None and any(
        e.when is not None
        and e.when.date() == entry.when.date()
        and repeats(cleaned(entry.title), cleaned(e.title), 0.5)
        for e in (*section.coming, *section.later)
    )


def cited(entry: Entry, lang: str, dated: str = "report.month.when") -> str:
    """A deliverable or an event as prose cites it: « « manifeste » le 4 mai 2021 », with
    ``dated="report.month.dated"`` « « manifeste » (4 mai 2021) », with ``dated=""`` its
    title alone."""
    title = translate("report.month.cited", lang, title=marked(cleaned(entry.title), lang))
    if entry.when is None or not dated:
        return title
    day = format_date(entry.when, lang)
    if dated == "report.month.when":
        return title + translate(dated, lang, date=day)
    return translate(dated, lang, title=title, date=day)


def _due_line(entry: Entry, lang: str) -> str:
    """An open deliverable among the dates to come, written like an event line."""
    status = entry.kind if entry.kind in STATUSES else ""
    when = format_date(entry.when, lang, weekday=True)
    due = translate(f"report.coming.due.{status}", lang, title=marked(cleaned(entry.title), lang))
    return link_titles(typography(f"{when} — {due}", lang), [(cleaned(entry.title), entry.url)])


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
        translate("report.coming.undated.item", lang, title=marked(cleaned(e.title), lang),
                  status=translate(f"report.undated.{e.kind if e.kind in STATUSES else ''}",
                                   lang))
        for e in section.planned if e.when is None
    ]  # fmt: skip
    if undated:
        titles = format_list(undated, lang)
        line = typography(translate("report.coming.undated", lang, titles=titles), lang)
        links = [(cleaned(e.title), e.url) for e in section.planned if e.when is None]
        dated.append(link_titles(line, links))
    return dated
