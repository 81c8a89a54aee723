"""The Reset Day deck: one idea per slide, drawn from the report model and its sentences.

``build_slides(report, only, order)`` lists the slides (title, the month's message, the month
at a glance, one per coalition with news (what moved first), one « sans nouvelles » slide
naming the quiet ones, the agenda); ``slide_html`` draws one slide as an HTML fragment (the
presenter page shows it) and ``deck_html`` writes every slide into one standalone page
(inline CSS, a constant script for the arrow keys, no external resource, one slide per
printed page).

This module chooses what each slide says (a coalition's slide: ``deck_coalition``; how much
of a list fits: ``deck_items``); the templates (``templates/slide.html.j2``, ``deck.html.j2``,
the CSS ``slides.css`` and ``deck.css``) draw it, with Jinja2's autoescape: sheet text is
cleaned and shortened here (``escape_text(..., "plain")``) and escaped once, where the
template draws it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from coalitions.format import format_date
from coalitions.i18n import translate
from coalitions.report.coalition_text import display_name
from coalitions.report.deck_coalition import coalition_slide, track_label, track_steps
from coalitions.report.deck_fit import Piece
from coalitions.report.deck_items import (
    AGENDA_LINE,
    AGENDA_LINES,
    MAX_NAME,
    QUIET_LINES,
    QUIET_WIDTH,
    FittedList,
    Item,
    cut,
    event_item,
    fitted_list,
)
from coalitions.report.model import CoalitionSection, Report, order_sections
from coalitions.report.sheet_text import SHEET_LANGUAGE
from coalitions.report.summary import figure_lines, message_paragraphs, subtitle_text
from coalitions.report.templating import TEMPLATES, template_text

SlideKind = Literal["title", "message", "glance", "coalition", "quiet", "agenda"]


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


def stage_track(section: CoalitionSection, lang: str = "fr") -> str:
    """The six stages as a track, each named: reached ones in their colour, this one
    outlined. When the coalition moved this month, the stage it left is marked too."""
    return str(_macros().track(track_steps(section, lang), track_label(section, lang)))


def _quiet(report: Report, quiet: tuple[CoalitionSection, ...]) -> FittedList:
    lang = report.lang
    items = []
    for section in quiet:
        name = cut(display_name(section, lang), SHEET_LANGUAGE, MAX_NAME)
        items.append(Item("text", Piece(((name, False),), QUIET_WIDTH), name))
    return fitted_list(items, QUIET_LINES, lang, "rs-quiet", scales=(1.0,))


def _agenda(report: Report) -> dict:
    lang = report.lang
    items = [event_item(e, lang, agenda=True) for e in report.agenda]
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
        "list": fitted_list(items, budget, lang, "rs-agenda", (1.0,), least=1) if items else None,
        "empty": cut(translate("report.agenda.none", lang), lang),
        "next": cut(following, lang),
        "thanks": cut(translate("presenter.thanks", lang), lang),
    }


# A sentence ends at ., ! ? or … before a capital: the message's first one leads the slide.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"A-ZÀ-Ý])")


def _message(report: Report) -> dict:
    """The month's message as a slide reads it: its first sentence large, then the others,
    a paragraph each (not one block of eight lines)."""
    sentences = [
        sentence
        for paragraph in message_paragraphs(report)
        for sentence in _SENTENCE_END.split(cut(paragraph, SHEET_LANGUAGE, None))
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
        key = _TITLES[slide.kind]
        if slide.kind == "message" and lang != SHEET_LANGUAGE:
            key = "presenter.message.quoted"
        context["title"] = cut(translate(key, lang), lang)
    if slide.kind == "title":
        context["kicker"] = cut(translate("presenter.subtitle", lang), lang)
        context["number"] = report.reset_day.number
        context["date"] = cut(format_date(report.reset_day.date, lang, weekday=True), lang)
    elif slide.kind == "message":
        context.update(_message(report))
    elif slide.kind == "glance":
        # A tile showing 0 tells nothing from the back of a room: left out.
        cards = [(count, cut(label, lang)) for _, label, count in figure_lines(report) if count]
        context["cards"] = cards
    elif slide.kind == "quiet":
        context["list"] = _quiet(report, slide.quiet)
    elif slide.kind == "coalition" and slide.section is not None:
        context.update(coalition_slide(report, slide.section))
    elif slide.kind == "agenda":
        context.update(_agenda(report))
    else:
        raise ValueError(f"unknown slide kind {slide.kind!r}")
    return context


def slide_html(report: Report, slide: Slide, counter: str | None = None) -> str:
    """One slide as an HTML fragment (``<div class="rs-frame">``), sheet text escaped.

    ``counter`` (e.g. ``"3 / 24"``) is written in the slide's footer when given.
    """
    counter = cut(counter or "", report.lang)
    return str(_macros().slide(_slide_context(report, slide), _footer(report), counter))


def _macros():
    """The slide's macros (``templates/slides.html.j2``): ``slide``, ``track``."""
    return TEMPLATES.get_template("slides.html.j2").module


def _footer(report: Report) -> str:
    return cut(subtitle_text(report), report.lang)


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
        lang=cut(lang, lang),
        title=cut(f"Reset Day {day.number} — {format_date(day.date, lang)}", lang),
        frames=frames,
        footer=_footer(report),
        help=cut(translate("presenter.deck.help", lang), lang),
    )
