"""What a slide's lists hold and how much of them fits: the caps that keep a huge cell out of
the HTML, the boxes as measured in Chromium (widths in em, heights in lines), a list's items
(a sentence, an event, an actor: ``Item``) and a list set to fit its box (``fitted_list``,
through ``deck_fit``). ``cut`` cleans and shortens every text a slide shows and sets its
apostrophes as the report sets its words; the templates escape it.
"""

from __future__ import annotations

from dataclasses import dataclass

from coalitions.escape import escape_text
from coalitions.format import apostrophes, typography
from coalitions.i18n import translate
from coalitions.report.deck_fit import Piece, fit, wrapped_lines
from coalitions.report.entries import event_kind, location_text, when_text
from coalitions.report.model import Entry
from coalitions.report.sheet_text import SHEET_LANGUAGE, sheet_apostrophes
from coalitions.workbook.examples import example_name

# Caps that only keep a huge cell out of the HTML: what a slide shows is what fits
# (deck_fit), and these stay above it.
MAX_LINE = 240  # a list line
MAX_NAME = 200  # a coalition's name as a slide title
MAX_TEXT = 300  # next step, obstacles
MAX_NEWS = 600  # a news line of the month
MAX_TITLE = 200  # an event's title
MAX_DETAIL = 160  # an event's kind, place and coalition: one line
MAX_ACTOR = 120  # an actor's name

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


def cut(value: object, lang: str, max_length: int | None = MAX_LINE) -> str:
    """A text as a slide shows it: cleaned of control characters, cut to ``max_length`` (a
    huge cell stays out of the page), with French typographic apostrophes when ``lang``, the
    language it is written in, is French (``coalitions.format.apostrophes``, as the report
    sets its words): the deck's language, or the sheet's for its own text in an English deck.
    The template escapes it. Measured (``deck_fit``) as it is shown."""
    return apostrophes(escape_text(value, "plain", max_length=max_length), lang)


@dataclass(frozen=True)
class Item:
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

    item: Item
    clamp: int

    def __getattr__(self, name: str):
        return getattr(self.item, name)


@dataclass(frozen=True)
class FittedList:
    """A list as a slide shows it: the items that fit, and the "+ N more" line (or "")."""

    items: list[_Shown]
    more: str = ""
    css: str = ""


def fitted_list(
    items: list[Item], budget: float, lang: str, css: str = "", scales=SCALES, least: int = 2
) -> FittedList:
    """The items set to fit ``budget`` lines (smaller before cut, see ``deck_fit.fit``; a cut
    text keeps ``least`` lines), and a "+ N more" line for those left out."""
    fitted = fit([i.piece for i in items], budget, ITEM_GAP, MORE_LINE, scales, least)
    more = ""
    if fitted.left_out:
        more = cut(translate("presenter.more", lang, count=fitted.left_out), lang)
    if fitted.scale < 1:
        css = f"{css} rs-small".strip()
    shown = [_Shown(item, clamp) for item, clamp in zip(items, fitted.clamps, strict=False)]
    return FittedList(shown, more, css)


def text_item(
    line: str,
    lang: str,
    width: float = COLUMN_WIDTH,
    news: bool = False,
    sheet: bool = False,
) -> Item:
    """A plain sentence (sheet text inside); a coalition's news may be longer; ``sheet``: the
    line is the sheet's own text (in the sheet's language)."""
    written = SHEET_LANGUAGE if sheet else lang
    text = cut(line, written, MAX_NEWS if news else MAX_LINE)
    # Its linked parts set alike (the titles were found in the line before: ``links``); the
    # links are kept when they make up the line as shown (not cut).
    parts = tuple((cut(part, written, None), url) for part, url in getattr(line, "segments", ()))
    links = parts if "".join(part for part, _ in parts) == text else ()
    return Item("text", Piece(((text, False),), width), text, links=links, sheet=sheet)


def event_item(entry: Entry, lang: str, agenda: bool = False) -> Item:
    """An event: its date in bold and its title, then kind, place (and coalition on the
    agenda) on a line of their own."""
    kind = event_kind(entry, lang, capital=True)
    coalition = entry.coalition
    if coalition:
        coalition = example_name(coalition, entry.example, lang)
    # An online meeting in the deck's words (« Online » in English, as the report says it:
    # ``location_text``), capitalised as the kind; another place and the coalition are the
    # sheet's, with its apostrophes, in an English deck too.
    place = location_text(entry.location, lang)
    if place == translate("report.online", lang):
        place = place[:1].upper() + place[1:]
    else:
        place = sheet_apostrophes(place)
    details = [kind, place] + ([sheet_apostrophes(coalition)] if agenda else [])
    detail = cut(typography(" · ".join(d for d in details if d), lang), lang, MAX_DETAIL)
    when = cut(when_text(entry, lang), lang)
    title = cut(typography(entry.title, lang), SHEET_LANGUAGE, MAX_TITLE)
    runs = ((when, True), (f" — {title}", False)) if when else ((title, False),)
    width = AGENDA_WIDTH if agenda else COLUMN_WIDTH
    # The details are smaller (0.85 em: more of them on a line), on two lines at most.
    extra = min(2, wrapped_lines(detail, width / 0.85)) * SMALL_LINE if detail else 0.0
    piece = Piece(runs, width, extra)
    return Item("event", piece, title, when=when, detail=detail)
