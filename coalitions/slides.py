"""The Reset Day deck: one idea per slide, drawn from the report model and its sentences.

``build_slides(report, only, order)`` lists the slides (title, the month's message, the month
at a glance, one per coalition with news (what moved first), one « sans nouvelles » slide
naming the quiet ones, the agenda); ``slide_html`` draws one slide as an HTML fragment (the
presenter page shows it) and ``deck_html`` writes every slide into one standalone page
(inline CSS, a constant script for the arrow keys, no external resource, one slide per
printed page).

Every piece of sheet text goes through ``escape_text(..., "html")``; the slides only cut long
text so that a slide stays readable from the back of a room.
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


def _h(value: object, max_length: int | None = MAX_LINE) -> str:
    return escape_text(value, "html", max_length=max_length)


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
    """A list item: its HTML and its height in lines of list text (its gap included)."""

    html: str
    lines: float


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


def _list(items: list[_Item], budget: float, limit: int, lang: str, css: str = "") -> str:
    """The items that fit as a list, and a "+ N more" line for the others."""
    shown = _fitting(items, budget, limit)
    lines = [f"<li>{item.html}</li>" for item in items[:shown]]
    if len(items) > shown:
        more = translate("presenter.more", lang, count=len(items) - shown)
        lines.append(f'<li class="rs-more">{_h(more)}</li>')
    return f'<ul class="{css}">' + "".join(lines) + "</ul>"


def _text(line: str, news: bool = False) -> _Item:
    """A plain sentence (sheet text inside) escaped as a whole, in a span SLIDE_CSS clamps to
    three lines of a column (a coalition's news of the month: six, it is what it says)."""
    css, lines, cut = (
        ("rs-text rs-news", NEWS_LINES, MAX_NEWS) if news else ("rs-text", 3, MAX_LINE)
    )
    return _Item(
        f'<span class="{css}">{_linked(line, cut)}</span>',
        _wrapped(line, COLUMN_CHARS, lines) + ITEM_GAP,
    )


def _linked(line: str, cut: int) -> str:
    """A line as HTML, its linked titles (``coalitions.report.links``) as links: the deck
    saved as a file is read later, where a deliverable opens with a click."""
    segments = getattr(line, "segments", None)
    if not segments:
        return escape_text(line, "html", max_length=cut)
    return "".join(
        f'<a href="{_h(url, None)}">{_h(part, cut)}</a>' if url else _h(part, cut)
        for part, url in segments
    )


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
    html = (
        '<span class="rs-text">'
        + (f"<strong>{_h(when)}</strong> — " if when else "")
        + f"{_h(title, MAX_TITLE)}</span>"
        + (f' <span class="rs-detail">{_h(detail, MAX_DETAIL)}</span>' if detail else "")
    )
    text = f"{when} — {title}" if when else title
    if agenda:
        lines = (_wrapped(text, AGENDA_CHARS, 2) + (SMALL_LINE if detail else 0)) * AGENDA_LINE
    else:
        lines = _wrapped(text, COLUMN_CHARS, 3) + (SMALL_LINE if detail else 0)
    return _Item(html, lines + ITEM_GAP)


def stage_track(section: CoalitionSection, lang: str = "fr") -> str:
    """The six stages as a small track: reached ones in their colour, this one outlined.

    When the coalition moved this month, the stage it left is marked too.
    """
    cells = []
    for stage in STAGES:
        n = stage.number
        classes = ["rs-step"]
        style = ""
        if n <= section.stage:
            classes.append("rs-reached")
            style = f' style="background:{stage_colour(n)};color:{STAGE_TEXT_COLOURS[n]}"'
        if n == section.stage:
            classes.append("rs-current")
        if section.stage_from is not None and n == section.stage_from:
            classes.append("rs-from")
        cells.append(
            f'<li class="{" ".join(classes)}"{style}><span class="rs-num">{n}</span>'
            f'<span class="rs-label">{_h(stage.label(lang))}</span></li>'
        )
    label = _h(
        translate(
            "report.field",
            lang,
            label=translate("presenter.stage_track", lang),
            value=stage_label(section.stage, lang),
        )
    )
    return f'<ol class="rs-track" aria-label="{label}">' + "".join(cells) + "</ol>"


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
                    f'<span class="rs-name">{_h(typography(name, lang), MAX_ACTOR)}</span>'
                    f' <span class="rs-role">{_h(label)}</span>',
                    lines + ITEM_GAP,
                )
            )
    return items


def _title_slide(report: Report) -> str:
    lang = report.lang
    return (
        f'<div class="rs-center"><p class="rs-kicker">{_h(translate("presenter.subtitle", lang))}'
        f'</p><h1 class="rs-huge">Reset Day {report.reset_day.number}</h1>'
        f'<p class="rs-date">{_h(format_date(report.reset_day.date, lang, weekday=True))}</p>'
        "</div>"
    )


def _message_slide(report: Report) -> str:
    paragraphs = "".join(f"<p>{_h(p, None)}</p>" for p in message_paragraphs(report))
    return (
        f'<h1 class="rs-title">{_h(translate("presenter.message", report.lang))}</h1>'
        f'<div class="rs-message-text">{paragraphs}</div>'
    )


def _quiet_slide(report: Report, quiet: tuple[CoalitionSection, ...]) -> str:
    lang = report.lang
    items = [
        _Item(
            f'<span class="rs-text">{_h(display_name(s, lang), MAX_NAME)}</span>',
            _wrapped(display_name(s, lang), QUIET_CHARS, 2) + ITEM_GAP,
        )
        for s in quiet
    ]
    return f'<h1 class="rs-title">{_h(translate("presenter.quiet", lang))}</h1>' + _list(
        items, QUIET_LINES, MAX_QUIET, lang, "rs-quiet"
    )


def _glance_slide(report: Report) -> str:
    cards = "".join(
        f'<div class="rs-card"><span class="rs-figure">{count}</span>'
        f'<span class="rs-caption">{_h(label)}</span></div>'
        for label, count in figure_lines(report)
    )
    return (
        f'<h1 class="rs-title">{_h(translate("presenter.glance", report.lang))}</h1>'
        f'<div class="rs-cards">{cards}</div>'
    )


def _column_budget(section: CoalitionSection, notes: list[str], move: str) -> float:
    """Lines of list text a column holds under this coalition's name, move and notes."""
    budget = COLUMN_LINES - (_wrapped(section.name, TITLE_CHARS, 2) - 1) * TITLE_LINE
    budget -= (_wrapped(move, MOVE_CHARS, 2) - 1) * MOVE_LINE
    if notes:
        budget -= NOTES_LINES + sum(_wrapped(n, NOTE_CHARS, 2) for n in notes) * NOTE_LINE
    return budget


def _coalition_slide(report: Report, section: CoalitionSection) -> str:
    lang = report.lang
    meta = [_h(typography(section.family, lang))] if section.family else []
    if section.pilot:
        meta.append(f'<span class="rs-badge">{_h(translate("report.pilot", lang))}</span>')
    if section.example:
        meta.append(f'<span class="rs-badge rs-example">{_h(translate("report.example", lang))}'
                    "</span>")  # fmt: skip
    if section.territory:
        meta.append(_h(typography(section.territory, lang)))
    stale = stale_text(section, lang)
    move = stage_text(section, lang)
    move_class = {1: "rs-up", -1: "rs-down"}.get(section.direction, "")
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
    columns = "".join(
        f'<div class="rs-col"><h2>{_h(translate(title, lang))}</h2>'
        + (
            _list(items, budget, limit, lang, css)
            if items
            else f'<p class="rs-empty">{_h(translate(empty, lang))}</p>'
        )
        + "</div>"
        for title, items, limit, empty, css in blocks
    )
    # No link on a projected slide: « Pour rejoindre » is read, not clicked.
    bottom = "".join(
        f'<p class="rs-note"><strong>{_h(f.label)}</strong>{_h(sep)}{_h(f.text, MAX_TEXT)}</p>'
        for f in fields
    )
    return (
        f'<p class="rs-meta">{" · ".join(meta)}</p>'
        f'<h1 class="rs-title">{_h(display_name(section, lang), MAX_NAME)}</h1>'
        f'<div class="rs-stage">{stage_track(section, lang)}'
        f'<p class="rs-move {move_class}">{_h(move)}'
        + (f' <span class="rs-stale">{_h(stale)}</span>' if stale else "")
        + f'</p></div><div class="rs-cols">{columns}</div>'
        + (f'<div class="rs-bottom">{bottom}</div>' if bottom else "")
    )


def _agenda_slide(report: Report) -> str:
    lang = report.lang
    items = [_event(e, lang, agenda=True) for e in report.agenda]
    body = (
        _list(items, AGENDA_LINES, MAX_AGENDA, lang, "rs-agenda")
        if items
        else f'<p class="rs-empty">{_h(translate("report.agenda.none", lang))}</p>'
    )
    following = ""
    if report.next is not None:
        following = _h(
            translate(
                "presenter.next_reset_day",
                lang,
                number=report.next.number,
                date=format_date(report.next.date, lang, weekday=True),
            )
        )
    return (
        f'<h1 class="rs-title">{_h(translate("presenter.agenda", lang))}</h1>{body}'
        f'<p class="rs-next">{following}</p>'
        f'<p class="rs-thanks">{_h(translate("presenter.thanks", lang))}</p>'
    )


def slide_html(report: Report, slide: Slide, counter: str | None = None) -> str:
    """One slide as an HTML fragment (``<div class="rs-frame">``), sheet text escaped.

    ``counter`` (e.g. ``"3 / 24"``) is written in the slide's footer when given.
    """
    if slide.kind == "title":
        body = _title_slide(report)
    elif slide.kind == "message":
        body = _message_slide(report)
    elif slide.kind == "glance":
        body = _glance_slide(report)
    elif slide.kind == "quiet":
        body = _quiet_slide(report, slide.quiet)
    elif slide.kind == "coalition" and slide.section is not None:
        body = _coalition_slide(report, slide.section)
    elif slide.kind == "agenda":
        body = _agenda_slide(report)
    else:
        raise ValueError(f"unknown slide kind {slide.kind!r}")
    footer = _h(subtitle_text(report))
    count = f'<span class="rs-counter">{_h(counter)}</span>' if counter else ""
    return (
        f'<div class="rs-frame"><section class="rs-slide rs-{slide.kind}">'
        f'<div class="rs-body">{body}</div>'
        f'<footer class="rs-footer"><span>{footer}</span>{count}</footer>'
        "</section></div>"
    )


# Slide styles shared by the page and the exported deck. Sizes are in container units of the
# frame (cqw), so a slide keeps its 16:9 layout and proportions at 1280x720 as at 1920x1080:
# the body text is 2.4% of the slide's width (about 26 px on a 1080 px wide slide). Long
# sheet text wraps and ends with an ellipsis after two or three lines (line clamps), so the
# cut falls where the slide's width puts it rather than at a fixed number of characters.
SLIDE_CSS = """
.rs-frame { container-type: inline-size; margin: 0 auto;
  width: min(100%, calc((100vh - var(--rs-reserve, 0px)) * 16 / 9)); }
.rs-slide { box-sizing: border-box; aspect-ratio: 16 / 9; overflow: hidden; position: relative;
  display: flex; flex-direction: column; background: #fff; color: #1a1a1a;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size: 2.4cqw; line-height: 1.25; padding: 2.4cqw 3.4cqw 1.2cqw;
  border: 1px solid #d0d0d0; border-radius: .4cqw; }
.rs-slide * { box-sizing: border-box; }
.rs-body { flex: 1 1 auto; min-height: 0; display: flex; flex-direction: column; }
.rs-body > * { flex: 0 0 auto; }
.rs-slide h1, .rs-slide h2, .rs-slide p, .rs-slide ul, .rs-slide ol { margin: 0; padding: 0;
  font-family: inherit; color: inherit; }
.rs-slide h1.rs-title { font-size: 1.4em; line-height: 1.12; font-weight: 750;
  margin: .1em 0 .35em; letter-spacing: -.01em; }
.rs-slide h2 { font-size: .8em; text-transform: uppercase; letter-spacing: .06em;
  color: #2A788E; font-weight: 700; margin-bottom: .35em; }
.rs-meta { font-size: .8em; color: #444; }
.rs-badge { background: #1a1a1a; color: #fff; padding: 0 .45em; border-radius: .3em;
  font-weight: 600; }
.rs-center { margin: auto 0; }
.rs-kicker { font-size: 1em; color: #2A788E; font-weight: 600; }
.rs-slide h1.rs-huge { font-size: 3.6em; line-height: 1.05; font-weight: 800; margin: .15em 0; }
.rs-date { font-size: 1.5em; color: #333; }
.rs-cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: .5em; flex: 1 1 auto;
  align-content: start; }
.rs-card { border: 2px solid #e3e3e3; border-radius: .35em; padding: .3em .55em;
  display: flex; flex-direction: column; }
.rs-figure { font-size: 1.9em; font-weight: 800; line-height: 1.1; color: #2A788E; }
.rs-caption { font-size: .72em; color: #333; line-height: 1.2; }
.rs-stage { display: flex; align-items: center; gap: .8em; margin-bottom: .5em; }
.rs-track { list-style: none; display: flex; gap: .4cqw; flex: 0 0 auto; }
.rs-slide .rs-step { width: 4.6cqw; height: 2.8cqw; margin: 0; border-radius: .5cqw;
  background: #ececec; color: #555; display: flex; align-items: center;
  justify-content: center; font-weight: 700; font-size: 1.6cqw; position: relative;
  border: .25cqw solid transparent; }
.rs-step .rs-label { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); }
.rs-current { outline: .3cqw solid #1a1a1a; outline-offset: .2cqw; }
.rs-from { border-style: dashed; border-color: #1a1a1a; }
.rs-move { font-size: .8em; font-weight: 600; line-height: 1.2; }
.rs-up::before { content: "▲ "; color: #22A884; }
.rs-down::before { content: "▼ "; color: #B3461A; }
.rs-stale { font-weight: 400; font-style: italic; color: #8a4b00; margin-left: .4em; }
.rs-col { min-width: 0; }
.rs-cols { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 1.1em; flex: 1 1 auto;
  min-height: 0; overflow: hidden; }
.rs-col ul, ul.rs-agenda { list-style: none; font-size: .8em; line-height: 1.25; }
.rs-col li, ul.rs-agenda li { position: relative; padding-left: .9em; margin-bottom: .28em; }
.rs-col li::before, ul.rs-agenda li::before { content: "•"; color: #2A788E; position: absolute;
  left: .1em; top: 0; }
.rs-slide li.rs-more { color: #555; font-style: italic; }
.rs-slide li.rs-more::before { content: none; }
.rs-text, .rs-name, .rs-slide h1.rs-title, .rs-note, .rs-move { display: -webkit-box;
  -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden;
  overflow-wrap: break-word; }
.rs-name, .rs-slide h1.rs-title, .rs-note, .rs-move, ul.rs-agenda .rs-text {
  -webkit-line-clamp: 2; }
.rs-col .rs-news { -webkit-line-clamp: 6; }
.rs-role, .rs-detail { color: #555; font-size: .85em; }
.rs-detail, .rs-meta { display: block; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; }
ul.rs-actors li { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: .4em; }
ul.rs-actors .rs-role { white-space: nowrap; }
.rs-empty { font-size: .8em; color: #555; font-style: italic; }
.rs-bottom { border-top: 2px solid #e3e3e3; padding-top: .3em; margin-top: .3em; }
.rs-note { font-size: .8em; line-height: 1.25; margin-bottom: .15em; }
ul.rs-agenda { font-size: .85em; }
.rs-slide .rs-next { font-size: .95em; font-weight: 700; margin-top: auto; color: #2A788E; }
.rs-thanks { font-size: 1.2em; font-weight: 800; margin-top: .2em; }
.rs-message-text { font-size: 1.25em; line-height: 1.35; margin: auto 0; display: -webkit-box;
  -webkit-box-orient: vertical; -webkit-line-clamp: 10; overflow: hidden; }
.rs-message-text p { margin: 0 0 .5em; }
ul.rs-quiet { list-style: none; font-size: .8em; line-height: 1.25; columns: 2;
  column-gap: 2em; }
ul.rs-quiet li { break-inside: avoid; position: relative; padding-left: .9em;
  margin-bottom: .28em; }
ul.rs-quiet li::before { content: "•"; color: #2A788E; position: absolute; left: .1em; }
ul.rs-quiet .rs-text { -webkit-line-clamp: 2; }
.rs-example { background: #8a4b00; }
.rs-footer { display: flex; justify-content: space-between; font-size: .55em; color: #555;
  border-top: 1px solid #e3e3e3; padding-top: .3em; margin-top: .4em; }
"""

# The exported deck: one slide on screen at a time (when scripts run), every slide on its own
# 16:9 page when printed; without scripts the slides simply follow one another.
_DECK_CSS = """
html, body { margin: 0; background: #222; }
body { min-height: 100vh; display: flex; flex-direction: column; justify-content: center; }
.rs-deck { --rs-reserve: 2.2rem; }
.rs-deck .rs-frame { margin: .5rem auto; }
.js .rs-deck .rs-frame { display: none; }
.js .rs-deck .rs-frame.rs-active { display: block; }
.rs-help { color: #ddd; font: 14px system-ui, sans-serif; text-align: center; margin: .3rem; }
@page { size: 297mm 167.06mm; margin: 0; }
@media print {
  html, body { background: #fff; display: block; }
  .rs-help { display: none; }
  .js .rs-deck .rs-frame, .rs-deck .rs-frame { display: block; width: 100%; margin: 0;
    break-after: page; page-break-after: always; }
  .rs-slide { border: 0; border-radius: 0; height: 100vh; aspect-ratio: auto;
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

# Arrow keys, PageUp/PageDown (presentation clickers), Home/End; the slide number is kept in
# the address (#3) so a reload keeps the place. Constant: no sheet text ever goes in here.
DECK_SCRIPT = """
(function () {
  document.documentElement.className += " js";
  var slides = document.querySelectorAll(".rs-deck .rs-frame");
  var current = 0;
  function show(index) {
    current = Math.max(0, Math.min(slides.length - 1, index));
    for (var i = 0; i < slides.length; i++) {
      slides[i].classList.toggle("rs-active", i === current);
    }
    history.replaceState(null, "", "#" + (current + 1));
  }
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var moves = {ArrowRight: 1, PageDown: 1, " ": 1, ArrowLeft: -1, PageUp: -1};
    if (event.key in moves) { show(current + moves[event.key]); }
    else if (event.key === "Home") { show(0); }
    else if (event.key === "End") { show(slides.length - 1); }
    else { return; }
    event.preventDefault();
  });
  var start = parseInt((location.hash || "#1").slice(1), 10);
  show(isNaN(start) ? 0 : start - 1);
})();
"""


def deck_html(report: Report, slides: list[Slide]) -> str:
    """Every slide in one standalone HTML page: inline CSS, a constant inline script for the
    keyboard, no external resource; printing gives one slide per page."""
    lang = report.lang
    total = len(slides)
    frames = "\n".join(
        slide_html(report, slide, f"{i} / {total}") for i, slide in enumerate(slides, start=1)
    )
    title = _h(f"Reset Day {report.reset_day.number} — {format_date(report.reset_day.date, lang)}")
    return (
        f'<!DOCTYPE html>\n<html lang="{_h(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{SLIDE_CSS}{_DECK_CSS}</style>\n</head>\n<body>\n"
        f'<main class="rs-deck">\n{frames}\n</main>\n'
        f'<p class="rs-help">{_h(translate("presenter.deck.help", lang))}</p>\n'
        f"<script>{DECK_SCRIPT}</script>\n</body>\n</html>\n"
    )
