"""The Reset Day deck: one idea per slide, drawn from the report model and its sentences.

``build_slides(report, only, order)`` lists the slides (title, the month's message, the month
at a glance, one per coalition with news (what moved first), one « sans nouvelles » slide
naming the quiet ones, the agenda); ``slide_html`` draws one slide as an HTML fragment (the
presenter page shows it) and ``deck_html`` writes every slide into one standalone page
(inline CSS, a constant script for the arrow keys, no external resource, one slide per
printed page).

This module chooses what a slide says and how much of it fits; the templates
(``templates/slide.html.j2``, ``deck.html.j2``, the CSS ``slides.css`` and ``deck.css``) draw
it, with Jinja2's autoescape: sheet text is cleaned and shortened here (``escape_text(...,
"plain")``) and escaped once, where the template draws it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from coalitions.escape import escape_text
from coalitions.format import format_date, typography
from coalitions.i18n import translate
from coalitions.palette import STAGE_TEXT_COLOURS, stage_colour
from coalitions.report.coalition_text import (
    display_name,
    join_field,
    month_lines,
    notes,
    stage_text,
    stale_text,
)
from coalitions.report.deck_fit import Piece, fit, text_width, wrapped_lines
from coalitions.report.entries import due_text, event_kind, told_by_an_event, when_text
from coalitions.report.model import CoalitionSection, Entry, Report, order_sections
from coalitions.report.sheet_text import SHEET_LANGUAGE
from coalitions.report.summary import figure_lines, message_paragraphs, subtitle_text
from coalitions.report.templating import TEMPLATES, template_text
from coalitions.workbook.examples import example_name
from coalitions.workbook.schema import ROLES
from coalitions.workbook.stages import STAGES, stage_label

SlideKind = Literal["title", "message", "glance", "coalition", "quiet", "agenda"]
# Caps that only keep a huge cell out of the HTML: what a slide shows is what fits
# (deck_fit), and these stay above it.
MAX_LINE = 240  # a list line
MAX_NAME = 200  # a coalition's name as a slide title
MAX_TEXT = 300  # next step, obstacles
MAX_NEWS = 600  # a news line of the month
MAX_TITLE = 200  # an event's title
MAX_DETAIL = 160  # an event's kind, place and coalition: one line
MAX_ACTOR = 120  # an actor's name
# Roles shown as "key actors", in this order: those who carry the coalition, then its
# partners (« interested » ones are counted in the report, not named on a slide).
KEY_ROLES = ("lead", "core", "partner")

# The boxes, measured in Chromium (see deck_fit): widths in em of their text, heights in
# lines of list text (0.8 em x 1.25 of the slide's body text, 2.4% of its width).
COLUMN_WIDTH = 14.2  # a list line in one of the coalition slide's three columns (14.36)
NOTE_WIDTH = 47.5  # a line of next step, obstacles, how to join, the move (48.5)
TITLE_WIDTH = 27.74  # a line of a coalition's name as the slide title (bold)
TITLE_SPACING = -0.01  # its letter-spacing (em)
AGENDA_WIDTH = 44.0  # a line of an event on the agenda slide (44.8)
QUIET_WIDTH = 21.8  # a name in one of the two columns of the « sans nouvelles » slide (22.4)
COLUMN_LINES = 14.8  # a column's list under a one-line name, without move line nor notes
MOVE_LINE = 1.48  # the move under the track, and its margin clear of the outline
NOTES_LINES = 0.6  # the notes' rule, padding and margins
NOTE_LINE = 1.0  # a line of a note
NOTE_GAP = 0.12  # below each note
NOTE_MOST = 4  # lines of one note when the columns leave room for them; else two
ITEM_GAP = 0.23  # between list items (0.28 em of the list's 0.8 em)
SMALL_LINE = 0.85  # an actor's role or an event's details on a line of their own
MORE_LINE = 1.0 + ITEM_GAP  # the "+ N more" line
AGENDA_LINES = 15.5  # the agenda slide's list, above the next meeting and the thanks
AGENDA_LINE = 1.0625  # a line of the agenda (0.85 em x 1.25)
QUIET_LINES = 2 * 14.0  # both columns' lines of names (0.8 em), under the title
# Sizes a list may take to fit before a text is cut: its own, then 7/8 of it (the smallest
# list text stays above 18 px on a 1280x720 screen).
SCALES = (1.0, 0.875)
SMALL = 0.875


@dataclass(frozen=True)
class Slide:
    """One slide: its ``kind`` (``SlideKind``), for a coalition its section, for the
    « sans nouvelles » slide the quiet coalitions."""

    kind: SlideKind
    section: CoalitionSection | None = None
    quiet: tuple[CoalitionSection, ...] = ()


def build_slides(
    report: Report, only: list[str] | tuple[str, ...] | None = None, order: str = "family"
) -> list[Slide]:
    """The deck: title, the month's message (when the Reset Day's row has one), the month at
    a glance, a slide per coalition with news (what moved first, then pilots, then the
    others; see ``order_sections``), one slide naming the quiet ones, the agenda.

    ``only`` keeps the coalitions with these ids (all when empty); ``order`` is one of
    ``coalitions.report.ORDERS``.
    """
    sections = order_sections(report.sections, order, only)
    quiet = tuple(s for s in sections if s.group == "quiet")
    return [
        Slide("title"),
        *([Slide("message")] if report.message.strip() else []),
        Slide("glance"),
        *(Slide("coalition", s) for s in sections if s.group != "quiet"),
        *([Slide("quiet", quiet=quiet)] if quiet else []),
        Slide("agenda"),
    ]


def _cut(value: object, max_length: int | None = MAX_LINE) -> str:
    """Sheet text cleaned of control characters and cut to ``max_length`` (a huge cell stays
    out of the page); the template escapes it."""
    return escape_text(value, "plain", max_length=max_length)


@dataclass(frozen=True)
class _Item:
    """A list item: what the template draws (``kind``: ``text``, ``event`` or ``actor``)
    and what fitting it needs (``piece``)."""

    kind: str
    piece: Piece
    text: str = ""
    css: str = "rs-text"
    when: str = ""
    detail: str = ""
    role: str = ""
    # (text, url) parts of a line whose titles link (``coalitions.report.links``); url "" for
    # plain text: the deck saved as a file opens a deliverable with a click.
    links: tuple[tuple[str, str], ...] = ()
    # Sheet text only (a news line as typed): marked as the sheet's language in a deck in
    # another one. Names (actors, event titles) are sheet text whatever their item.
    sheet: bool = False


@dataclass(frozen=True)
class _Shown:
    """An item as a list shows it: the item and the lines its text is clamped to."""

    item: _Item
    clamp: int

    def __getattr__(self, name: str):
        return getattr(self.item, name)


@dataclass(frozen=True)
class _List:
    """A list as a slide shows it: the items that fit, and the "+ N more" line (or "")."""

    items: list[_Shown]
    more: str = ""
    css: str = ""


def _list(
    items: list[_Item], budget: float, lang: str, css: str = "", scales=SCALES, least: int = 2
) -> _List:
    """The items set to fit ``budget`` lines (smaller before cut, see ``deck_fit.fit``; a cut
    text keeps ``least`` lines), and a "+ N more" line for those left out."""
    fitted = fit([i.piece for i in items], budget, ITEM_GAP, MORE_LINE, scales, least)
    more = ""
    if fitted.left_out:
        more = _cut(translate("presenter.more", lang, count=fitted.left_out))
    if fitted.scale < 1:
        css = f"{css} rs-small".strip()
    shown = [_Shown(item, clamp) for item, clamp in zip(items, fitted.clamps, strict=False)]
    return _List(shown, more, css)


def _text(line: str, width: float = COLUMN_WIDTH, news: bool = False, sheet: bool = False) -> _Item:
    """A plain sentence (sheet text inside); a coalition's news may be longer; ``sheet``: the
    line is the sheet's own text."""
    text = _cut(line, MAX_NEWS if news else MAX_LINE)
    segments = getattr(line, "segments", ())
    links = tuple((_cut(part), url) for part, url in segments) if text == line else ()
    return _Item("text", Piece(((text, False),), width), text, links=links, sheet=sheet)


def _event(entry: Entry, lang: str, agenda: bool = False) -> _Item:
    """An event: its date in bold and its title, then kind, place (and coalition on the
    agenda) on a line of their own."""
    kind = event_kind(entry, lang, capital=True)
    coalition = entry.coalition
    if coalition:
        coalition = example_name(coalition, entry.example, lang)
    details = [kind, entry.location] + ([coalition] if agenda else [])
    detail = _cut(typography(" · ".join(d for d in details if d), lang), MAX_DETAIL)
    when = _cut(when_text(entry, lang))
    title = _cut(typography(entry.title, lang), MAX_TITLE)
    runs = ((when, True), (f" — {title}", False)) if when else ((title, False),)
    width = AGENDA_WIDTH if agenda else COLUMN_WIDTH
    # The details are smaller (0.85 em: more of them on a line), on two lines at most.
    extra = min(2, wrapped_lines(detail, width / 0.85)) * SMALL_LINE if detail else 0.0
    piece = Piece(runs, width, extra)
    return _Item("event", piece, title, when=when, detail=detail)


@dataclass(frozen=True)
class _Step:
    """A stage of the track: its number and name, its colours when reached, its marks."""

    number: int
    label: str
    classes: str
    style: str


def _steps(section: CoalitionSection, lang: str) -> list[_Step]:
    steps = []
    for stage in STAGES:
        n = stage.number
        classes = ["rs-step"]
        style = ""
        if n <= section.stage:
            classes.append("rs-reached")
            style = f"background:{stage_colour(n)};color:{STAGE_TEXT_COLOURS[n]}"
        if n == section.stage:
            classes.append("rs-current")
        if section.stage_from is not None and n == section.stage_from:
            classes.append("rs-from")
        steps.append(_Step(n, _cut(stage.label(lang)), " ".join(classes), style))
    return steps


def _track_label(section: CoalitionSection, lang: str) -> str:
    label = translate("presenter.stage_track", lang)
    value = stage_label(section.stage, lang)
    return _cut(translate("report.field", lang, label=label, value=value))


def stage_track(section: CoalitionSection, lang: str = "fr") -> str:
    """The six stages as a track, each named: reached ones in their colour, this one
    outlined. When the coalition moved this month, the stage it left is marked too."""
    return str(_macros().track(_steps(section, lang), _track_label(section, lang)))


def _role_label(role: str, lang: str) -> str:
    """A role key's label (``lead`` -> Animateur); free text as written."""
    return translate(f"role.{role}", lang) if role in ROLES or role == "" else role


def _key_actors(section: CoalitionSection, lang: str) -> list[_Item]:
    """The lead, core members and partners (else whoever takes part): the name, then the
    role, beside it when both fit on a line, else below it."""
    order = {role: n for n, role in enumerate(KEY_ROLES)}
    key = sorted(
        ((role, names) for role, names in section.actors if role in KEY_ROLES),
        key=lambda pair: order[pair[0]],
    )
    chosen = key or list(section.actors)  # no lead, core nor partner yet: whoever takes part
    items = []
    for role, names in chosen:
        label = _cut(_role_label(role, lang))
        for name in names:
            name = _cut(typography(name, lang), MAX_ACTOR)
            beside = text_width(f"{name} ") + text_width(label) * 0.85 <= COLUMN_WIDTH
            piece = Piece(((name, False),), COLUMN_WIDTH, 0.0 if beside else SMALL_LINE)
            items.append(_Item("actor", piece, name, role=label))
    return items


def _title_height(lines: int, size: float) -> float:
    """The slide title's height in lines of list text (1 em of body text): ``lines`` of
    1.12 em and margins of 0.45 em, at ``size`` em."""
    return size * (1.12 * lines + 0.45)


def _budget(title_lines: int, move: bool, note_lines: list[int], size: float = 1.4) -> float:
    """Lines of list text a column holds under the name, the move and the notes."""
    title = _title_height(title_lines, size) - _title_height(1, 1.4)
    budget = COLUMN_LINES - title - (MOVE_LINE if move else 0.0)
    if note_lines:
        budget -= NOTES_LINES + sum(note_lines) * NOTE_LINE + len(note_lines) * NOTE_GAP
    return budget


def _need(items: list[_Item], scale: float = SMALL) -> float:
    """Lines a column's items take in full at ``scale``."""
    return sum((i.piece.lines(scale) + ITEM_GAP) * scale + i.piece.extra for i in items)


def _coalition(report: Report, section: CoalitionSection) -> dict:
    """What a coalition's slide shows: its meta line, name, named stage track and move,
    three columns (what changed, key actors, next dates) set to fit, its notes."""
    lang = report.lang
    meta: list[tuple[str, str]] = []  # (css of a badge or "", text)
    if section.family:
        meta.append(("", _cut(typography(section.family, lang))))
    if section.pilot:
        meta.append(("rs-badge", _cut(translate("report.pilot", lang))))
    if section.example:
        meta.append(("rs-badge rs-example", _cut(translate("report.example", lang))))
    if section.territory:
        meta.append(("", _cut(typography(section.territory, lang))))
    stale = _cut(stale_text(section, lang))
    move = _cut(stage_text(section, lang))
    # The track names the stage: the move's line says more (a move, a stall) or is left out.
    if move == stage_label(section.stage, lang):
        move = ""
    sep = _cut(translate("report.sep", lang))
    fields = notes(section, lang)
    if join := join_field(section, lang):
        fields.append(join)
    notes_text = [(_cut(f.label), _cut(f.text, MAX_TEXT)) for f in fields]
    name = _cut(display_name(section, lang), MAX_NAME)
    # A long name is set smaller (two lines of it at 1.15 em) rather than cut.
    title_lines = wrapped_lines([(name, True)], TITLE_WIDTH, TITLE_SPACING)
    long_name = title_lines > 2
    title_lines = min(title_lines, 2)
    # month_lines starts with the news lines as typed in the sheet.
    typed = sum(1 for news in section.news if not news.at_meeting)
    # Meetings first (those before the next Reset Day, then later ones), then deliverables.
    columns = [
        ("presenter.changed", [_text(line, news=True, sheet=i < typed)
                               for i, line in enumerate(month_lines(section, lang))],
         "presenter.changed.none", ""),
        ("presenter.key_actors", _key_actors(section, lang), "report.actors.none", "rs-actors"),
        ("presenter.next_dates",
         [_event(e, lang) for e in section.coming + section.later]
         + [_text(due_text(e, lang)) for e in section.due + section.due_later
            if not told_by_an_event(e, section)],
         "presenter.next_dates.none", ""),
    ]  # fmt: skip
    note_lines = [
        wrapped_lines([(f"{label}{sep}", True), (text, False)], NOTE_WIDTH)
        for label, text in notes_text
    ]
    size = 1.15 if long_name else 1.4
    most = NOTE_MOST
    budget = _budget(title_lines, bool(move or stale), [min(n, most) for n in note_lines], size)
    if any(_need(items) > budget for _, items, _, _ in columns):
        most = 2  # the columns need the room: the notes keep two lines each
        lines = [min(n, most) for n in note_lines]
        budget = _budget(title_lines, bool(move or stale), lines, size)
    # One size for the three columns: all smaller when one of them needs it.
    scales = SCALES if all(_need(i, 1.0) <= budget for _, i, _, _ in columns) else (SMALL,)
    return {
        "budget": budget,  # not drawn: what the columns were fitted to
        "meta": meta,
        "name": name,
        "long_name": long_name,
        "steps": _steps(section, lang),
        "track_label": _track_label(section, lang),
        "move": move,
        "move_class": {1: "rs-up", -1: "rs-down"}.get(section.direction, ""),
        "stale": stale,
        "columns": [
            _Column(
                _cut(translate(title, lang)),
                _list(items, budget, lang, css, scales) if items else None,
                _cut(translate(empty, lang)),
            )
            for title, items, empty, css in columns
        ],
        # No link on a projected slide: « Pour rejoindre » is read, not clicked.
        "notes": [
            (label, sep, text, min(n, most))
            for (label, text), n in zip(notes_text, note_lines, strict=True)
        ],
    }


@dataclass(frozen=True)
class _Column:
    """A column of a coalition's slide: its heading, and its list or what says it is empty."""

    title: str
    list: _List | None
    empty: str = ""


def _quiet(report: Report, quiet: tuple[CoalitionSection, ...]) -> _List:
    lang = report.lang
    items = []
    for section in quiet:
        name = _cut(display_name(section, lang), MAX_NAME)
        items.append(_Item("text", Piece(((name, False),), QUIET_WIDTH), name))
    return _list(items, QUIET_LINES, lang, "rs-quiet", scales=(1.0,))


def _agenda(report: Report) -> dict:
    lang = report.lang
    items = [_event(e, lang, agenda=True) for e in report.agenda]
    following = ""
    if report.next is not None:
        following = translate(
            "presenter.next_reset_day",
            lang,
            number=report.next.number,
            date=format_date(report.next.date, lang, weekday=True),
        )
    budget = AGENDA_LINES / AGENDA_LINE  # in lines of the agenda's text
    return {
        # An agenda line is long: its first line says the date and the start of the title.
        "list": _list(items, budget, lang, "rs-agenda", (1.0,), least=1) if items else None,
        "empty": _cut(translate("report.agenda.none", lang)),
        "next": _cut(following),
        "thanks": _cut(translate("presenter.thanks", lang)),
    }


# A sentence ends at ., ! ? or … before a capital: the message's first one leads the slide.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"A-ZÀ-Ý])")


def _message(report: Report) -> dict:
    """The month's message as a slide reads it: its first sentence large, then the others,
    a paragraph each (not one block of eight lines)."""
    sentences = [
        sentence
        for paragraph in message_paragraphs(report)
        for sentence in _SENTENCE_END.split(_cut(paragraph, None))
    ]
    rest = sentences[1:]
    # Smaller when long, so that it fits (a few lines of a real message).
    size = sum(len(s) for s in rest)
    return {
        "lead": sentences[0] if sentences else "",
        "paragraphs": rest,
        "size": "rs-long" if size > 420 else "",
    }


_TITLES = {
    "message": "presenter.message",
    "glance": "presenter.glance",
    "quiet": "presenter.quiet",
    "agenda": "presenter.agenda",
}


def _slide_context(report: Report, slide: Slide) -> dict:
    """What the template needs to draw ``slide``, sheet text cleaned and cut."""
    lang = report.lang
    # The sheet's text (names, news, the message) carries its own language in a deck in
    # another one: screen readers then read it in French.
    context: dict = {
        "kind": slide.kind,
        "sheet_lang": SHEET_LANGUAGE if lang != SHEET_LANGUAGE else "",
    }
    if slide.kind in _TITLES:
        context["title"] = _cut(translate(_TITLES[slide.kind], lang))
    if slide.kind == "title":
        context["kicker"] = _cut(translate("presenter.subtitle", lang))
        context["number"] = report.reset_day.number
        context["date"] = _cut(format_date(report.reset_day.date, lang, weekday=True))
    elif slide.kind == "message":
        context.update(_message(report))
    elif slide.kind == "glance":
        # A tile showing 0 tells nothing from the back of a room: left out.
        cards = [(count, _cut(label)) for label, count in figure_lines(report) if count]
        context["cards"] = cards
    elif slide.kind == "quiet":
        context["list"] = _quiet(report, slide.quiet)
    elif slide.kind == "coalition" and slide.section is not None:
        context.update(_coalition(report, slide.section))
    elif slide.kind == "agenda":
        context.update(_agenda(report))
    else:
        raise ValueError(f"unknown slide kind {slide.kind!r}")
    return context


def slide_html(report: Report, slide: Slide, counter: str | None = None) -> str:
    """One slide as an HTML fragment (``<div class="rs-frame">``), sheet text escaped.

    ``counter`` (e.g. ``"3 / 24"``) is written in the slide's footer when given.
    """
    return str(_macros().slide(_slide_context(report, slide), _footer(report), _cut(counter or "")))


def _macros():
    """The slide's macros (``templates/slides.html.j2``): ``slide``, ``track``."""
    return TEMPLATES.get_template("slides.html.j2").module


def _footer(report: Report) -> str:
    return _cut(subtitle_text(report))


# Slide styles shared by the page and the exported deck (templates/slides.css).
SLIDE_CSS = template_text("slides.css")
# The exported deck's script: arrow keys, clicker keys, the slide number in the address.
# Constant: no sheet text ever goes in here.
DECK_SCRIPT = template_text("deck.js")


def deck_html(report: Report, slides: list[Slide]) -> str:
    """Every slide in one standalone HTML page: inline CSS, a constant inline script for the
    keyboard, no external resource; printing gives one slide per page."""
    lang = report.lang
    total = len(slides)
    frames = [
        (_slide_context(report, slide), f"{i} / {total}") for i, slide in enumerate(slides, 1)
    ]
    day = report.reset_day
    return TEMPLATES.get_template("deck.html.j2").render(
        lang=_cut(lang),
        title=_cut(f"Reset Day {day.number} — {format_date(day.date, lang)}"),
        frames=frames,
        footer=_footer(report),
        help=_cut(translate("presenter.deck.help", lang)),
    )
