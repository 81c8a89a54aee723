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

from dataclasses import dataclass

from coalitions.escape import escape_text
from coalitions.examples import example_name
from coalitions.format import format_date, typography
from coalitions.i18n import translate
from coalitions.palette import STAGE_TEXT_COLOURS, stage_colour
from coalitions.report.model import CoalitionSection, Entry, Report, order_sections
from coalitions.report.sentences import (
    display_name,
    due_text,
    event_kind,
    figure_lines,
    join_field,
    message_paragraphs,
    month_lines,
    notes,
    stage_text,
    stale_text,
    subtitle_text,
    when_text,
)
from coalitions.report.templating import TEMPLATES, template_text
from coalitions.schema import ROLES
from coalitions.stages import STAGES, stage_label

SLIDE_KINDS = ("title", "message", "glance", "coalition", "quiet", "agenda")
# Most items a list shows, however short they are (a slide is not a report): beyond them, or
# beyond what fits (see the line budgets below), a "+ N more" line says what is left out.
MAX_CHANGES = 4
MAX_ACTORS = 5
MAX_DATES = 3
MAX_AGENDA = 7
MAX_QUIET = 24  # names on the « sans nouvelles » slide, in two columns
# Where a text is cut on a slide is the CSS's business (line clamps ending in an ellipsis, at
# the slide's real width); these caps only keep a huge cell out of the HTML, and stay above
# what the clamped lines can show.
MAX_LINE = 240  # a list line in a column: three lines shown
MAX_NAME = 200  # a coalition's name as a slide title: two lines shown
MAX_TEXT = 300  # next step, obstacles: two lines each
MAX_NEWS = 400  # a news line of the month: six lines shown
NEWS_LINES = 6
MAX_TITLE = 200  # an event's title: two lines on the agenda, three in a column
MAX_DETAIL = 160  # an event's kind, place and coalition: one line
MAX_ACTOR = 120  # an actor's name in the key actors: two lines shown
# Roles shown as "key actors": those who carry the coalition.
KEY_ROLES = ("lead", "core")

# Line budgets. A slide scales with its width (its sizes are container units), so how many
# characters fill a line, and how many lines a region holds, are the same at 1280x720 and at
# 1920x1080: lists are cut after the items that fit, never in the middle of one. Heights are
# in lines of list text (0.8 em x 1.25 = 1 em of the slide's body text), measured in
# Chromium; characters per line are on the low side of what fits (wide letters, bold dates),
# so an estimate errs towards a line too many. tests/browser/test_slide_fit.py lays out the
# longest texts in Chromium.
COLUMN_CHARS = 26  # a list line in one of the coalition slide's three columns
NOTE_CHARS = 82  # a line of next step or obstacles (full width)
TITLE_CHARS = 46  # a line of a coalition's name as the slide title
MOVE_CHARS = 48  # a line of the stage move beside the stage track
AGENDA_CHARS = 86  # a line of an event on the agenda slide (full width)
COLUMN_LINES = 14.4  # a column's list under a one-line name and move, without notes
TITLE_LINE = 1.57  # the name's second line (1.4 em x 1.12)
MOVE_LINE = 0.75  # the move's second line (the first sits beside the taller track)
NOTES_LINES = 0.67  # the notes' rule, padding and margins
NOTE_LINE = 1.0  # a line of a note
ITEM_GAP = 0.23  # between list items (0.28 em of the list's 0.8 em)
SMALL_LINE = 0.85  # an actor's role or an event's details on a line of their own
MORE_LINE = 1.0 + ITEM_GAP  # the "+ N more" line
AGENDA_LINES = 15.4  # the agenda slide's list, above the next meeting and the thanks
AGENDA_LINE = 1.0625  # a line of the agenda (0.85 em x 1.25)
QUIET_CHARS = 40  # a name in one of the two columns of the « sans nouvelles » slide
QUIET_LINES = 2 * 14.0  # both columns' lines of names (0.8 em), under the title


@dataclass(frozen=True)
class Slide:
    """One slide: its ``kind`` (see ``SLIDE_KINDS``), for a coalition its section, for the
    « sans nouvelles » slide the quiet coalitions."""

    kind: str
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


def _wrapped(text: str, per_line: int, most: int) -> int:
    """Lines ``text`` takes when wrapped at spaces into lines of ``per_line`` characters (a
    longer word is broken, as the CSS does), at most ``most`` (its clamp)."""
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) <= per_line:
            used += 1 + len(word)
            continue
        if used:
            lines += 1
        lines += (len(word) - 1) // per_line  # the lines a word longer than one fills
        used = (len(word) - 1) % per_line + 1
    return min(most, lines)


@dataclass(frozen=True)
class _Item:
    """A list item, what the template draws (``kind``: ``text``, ``event`` or ``actor``), and
    its height in lines of list text (its gap included)."""

    kind: str
    lines: float
    text: str = ""
    css: str = "rs-text"
    when: str = ""
    detail: str = ""
    role: str = ""


@dataclass(frozen=True)
class _List:
    """A list as a slide shows it: the items that fit, and the "+ N more" line (or "")."""

    items: list[_Item]
    more: str = ""
    css: str = ""


def _fitting(items: list[_Item], budget: float, limit: int) -> int:
    """How many of ``items`` to show in ``budget`` lines: at most ``limit``, at least one,
    and room kept for the "+ N more" line when some are left out."""
    shown = min(len(items), limit)
    while shown > 1:
        more = MORE_LINE if shown < len(items) else 0.0
        if sum(item.lines for item in items[:shown]) + more <= budget:
            break
        shown -= 1
    return shown


def _list(items: list[_Item], budget: float, limit: int, lang: str, css: str = "") -> _List:
    """The items that fit, and a "+ N more" line for the others."""
    shown = _fitting(items, budget, limit)
    more = ""
    if len(items) > shown:
        more = _cut(translate("presenter.more", lang, count=len(items) - shown))
    return _List(items[:shown], more, css)


def _text(line: str, news: bool = False) -> _Item:
    """A plain sentence (sheet text inside), in a span slides.css clamps to three lines of a
    column (a coalition's news of the month: six, it is what it says)."""
    css, lines, cut = (
        ("rs-text rs-news", NEWS_LINES, MAX_NEWS) if news else ("rs-text", 3, MAX_LINE)
    )
    return _Item("text", _wrapped(line, COLUMN_CHARS, lines) + ITEM_GAP, _cut(line, cut), css)


def _event(entry: Entry, lang: str, agenda: bool = False) -> _Item:
    """An event: its date in bold and its title, then kind, place (and coalition on the
    agenda) on a line of their own."""
    kind = event_kind(entry, lang, capital=True)
    coalition = entry.coalition
    if coalition:
        coalition = example_name(coalition, entry.example, lang)
    details = [kind, entry.location] + ([coalition] if agenda else [])
    detail = typography(" · ".join(d for d in details if d), lang)
    when = when_text(entry, lang)
    title = typography(entry.title, lang)
    text = f"{when} — {title}" if when else title
    if agenda:
        lines = (_wrapped(text, AGENDA_CHARS, 2) + (SMALL_LINE if detail else 0)) * AGENDA_LINE
    else:
        lines = _wrapped(text, COLUMN_CHARS, 3) + (SMALL_LINE if detail else 0)
    return _Item(
        "event",
        lines + ITEM_GAP,
        _cut(title, MAX_TITLE),
        when=_cut(when),
        detail=_cut(detail, MAX_DETAIL),
    )


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
    return _cut(
        translate("report.field", lang, label=label, value=stage_label(section.stage, lang))
    )


def stage_track(section: CoalitionSection, lang: str = "fr") -> str:
    """The six stages as a small track: reached ones in their colour, this one outlined.

    When the coalition moved this month, the stage it left is marked too.
    """
    return str(_macros().track(_steps(section, lang), _track_label(section, lang)))


def _role_label(role: str, lang: str) -> str:
    """A role key's label (``lead`` -> Animateur); free text as written."""
    return translate(f"role.{role}", lang) if role in ROLES or role == "" else role


def _key_actors(section: CoalitionSection, lang: str) -> list[_Item]:
    """The lead and core members (else whoever takes part): the name (two lines at most),
    then the role, beside it when both fit on a line, else below it."""
    key = [(role, names) for role, names in section.actors if role in KEY_ROLES]
    chosen = key or list(section.actors)  # no lead or core yet: whoever takes part
    items = []
    for role, names in chosen:
        label = _role_label(role, lang)
        for name in names:
            lines = _wrapped(name, COLUMN_CHARS, 2)
            if lines > 1 or len(name) + 1 + len(label) > COLUMN_CHARS:
                lines += SMALL_LINE  # the role goes below the name
            items.append(
                _Item(
                    "actor",
                    lines + ITEM_GAP,
                    _cut(typography(name, lang), MAX_ACTOR),
                    role=_cut(label),
                )
            )
    return items


def _column_budget(section: CoalitionSection, notes: list[str], move: str) -> float:
    """Lines of list text a column holds under this coalition's name, move and notes."""
    budget = COLUMN_LINES - (_wrapped(section.name, TITLE_CHARS, 2) - 1) * TITLE_LINE
    budget -= (_wrapped(move, MOVE_CHARS, 2) - 1) * MOVE_LINE
    if notes:
        budget -= NOTES_LINES + sum(_wrapped(n, NOTE_CHARS, 2) for n in notes) * NOTE_LINE
    return budget


@dataclass(frozen=True)
class _Column:
    """A column of a coalition's slide: its heading, and its list or what says it is empty."""

    title: str
    list: _List | None
    empty: str = ""


def _coalition(report: Report, section: CoalitionSection) -> dict:
    """What a coalition's slide shows: its meta line, name, track and move, three columns
    (what changed, key actors, next dates) of what fits, its notes."""
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
    stale = stale_text(section, lang)
    move = stage_text(section, lang)
    sep = translate("report.sep", lang)
    fields = notes(section, lang)
    if join := join_field(section, lang):
        fields.append(join)
    budget = _column_budget(section, [f"{f.label}{sep}{f.text}" for f in fields],
                            f"{move} {stale}")  # fmt: skip
    # month_lines starts with the news, one line each: up to six lines of it when the column
    # has room for them and a "+ N" line, else three like any other line.
    roomy = budget >= NEWS_LINES + ITEM_GAP + MORE_LINE
    news = sum(not item.at_meeting for item in section.news)  # those said at it are not shown
    changed = [
        _text(line, news=roomy and n < news) for n, line in enumerate(month_lines(section, lang))
    ]
    # Meetings first (those before the next Reset Day, then later ones), then deliverables.
    dates = [_event(e, lang) for e in section.coming + section.later] + [
        _text(due_text(e, lang)) for e in section.due + section.due_later
    ]
    blocks = [
        ("presenter.changed", changed, MAX_CHANGES, "presenter.changed.none", ""),
        ("presenter.key_actors", _key_actors(section, lang), MAX_ACTORS, "report.actors.none",
         "rs-actors"),
        ("presenter.next_dates", dates, MAX_DATES, "presenter.next_dates.none", ""),
    ]  # fmt: skip
    columns = [
        _Column(
            _cut(translate(title, lang)),
            _list(items, budget, limit, lang, css) if items else None,
            _cut(translate(empty, lang)),
        )
        for title, items, limit, empty, css in blocks
    ]
    return {
        "meta": meta,
        "name": _cut(display_name(section, lang), MAX_NAME),
        "steps": _steps(section, lang),
        "track_label": _track_label(section, lang),
        "move": _cut(move),
        "move_class": {1: "rs-up", -1: "rs-down"}.get(section.direction, ""),
        "stale": _cut(stale),
        "columns": columns,
        # No link on a projected slide: « Pour rejoindre » is read, not clicked.
        "notes": [(_cut(f.label), _cut(sep), _cut(f.text, MAX_TEXT)) for f in fields],
    }


def _quiet(report: Report, quiet: tuple[CoalitionSection, ...]) -> _List:
    lang = report.lang
    items = [
        _Item(
            "text",
            _wrapped(display_name(s, lang), QUIET_CHARS, 2) + ITEM_GAP,
            _cut(display_name(s, lang), MAX_NAME),
        )
        for s in quiet
    ]
    return _list(items, QUIET_LINES, MAX_QUIET, lang, "rs-quiet")


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
    return {
        "list": _list(items, AGENDA_LINES, MAX_AGENDA, lang, "rs-agenda") if items else None,
        "empty": _cut(translate("report.agenda.none", lang)),
        "next": _cut(following),
        "thanks": _cut(translate("presenter.thanks", lang)),
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
    context: dict = {"kind": slide.kind}
    if slide.kind in _TITLES:
        context["title"] = _cut(translate(_TITLES[slide.kind], lang))
    if slide.kind == "title":
        context["kicker"] = _cut(translate("presenter.subtitle", lang))
        context["number"] = report.reset_day.number
        context["date"] = _cut(format_date(report.reset_day.date, lang, weekday=True))
    elif slide.kind == "message":
        context["paragraphs"] = [_cut(p, None) for p in message_paragraphs(report)]
    elif slide.kind == "glance":
        context["cards"] = [(count, _cut(label)) for label, count in figure_lines(report)]
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
