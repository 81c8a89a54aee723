"""A coalition's slide (``coalition_slide``): its meta line and name, the stage track
(``track_steps``, ``track_label``) and the move, three columns (what changed, key actors,
next dates) set to fit one budget, and its notes (next step, obstacles, how to join).
"""

from __future__ import annotations

from dataclasses import dataclass

from coalitions.format import typography
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
from coalitions.report.deck_fit import Piece, text_width, wrapped_lines
from coalitions.report.deck_items import (
    COLUMN_LINES,
    COLUMN_WIDTH,
    ITEM_GAP,
    MAX_ACTOR,
    MAX_NAME,
    MAX_TEXT,
    MOVE_LINE,
    NOTE_GAP,
    NOTE_LINE,
    NOTE_MOST,
    NOTE_WIDTH,
    NOTES_LINES,
    SCALES,
    SMALL,
    SMALL_LINE,
    TITLE_SPACING,
    TITLE_WIDTH,
    FittedList,
    Item,
    cut,
    event_item,
    fitted_list,
    text_item,
)
from coalitions.report.entries import due_text, told_by_an_event
from coalitions.report.model import CoalitionSection, Report
from coalitions.report.sheet_text import SHEET_LANGUAGE
from coalitions.workbook.schema import ROLES
from coalitions.workbook.stages import STAGES, stage_label

# Roles shown as "key actors", in this order: those who carry the coalition, then its
# partners (« interested » ones are counted in the report, not named on a slide).
KEY_ROLES = ("lead", "core", "partner")


@dataclass(frozen=True)
class _Step:
    """A stage of the track: its number and name, its colours when reached, its marks."""

    number: int
    label: str
    classes: str
    style: str


def track_steps(section: CoalitionSection, lang: str) -> list[_Step]:
    """The six stages of the track as ``section`` stands on them."""
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
        steps.append(_Step(n, cut(stage.label(lang), lang), " ".join(classes), style))
    return steps


def track_label(section: CoalitionSection, lang: str) -> str:
    """The track's name for a screen reader: « Parcours de maturité : Noyau d’acteurs »."""
    label = translate("presenter.stage_track", lang)
    value = stage_label(section.stage, lang)
    return cut(translate("report.field", lang, label=label, value=value), lang)


def _role_label(role: str, lang: str) -> str:
    """A role key's label (``lead`` -> Animateur), as a slide shows it; free text as written
    (the sheet's, in its language)."""
    if role in ROLES or role == "":
        return cut(translate(f"role.{role}", lang), lang)
    return cut(role, SHEET_LANGUAGE)


def _key_actors(section: CoalitionSection, lang: str) -> list[Item]:
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
        label = _role_label(role, lang)
        for name in names:
            name = cut(typography(name, lang), SHEET_LANGUAGE, MAX_ACTOR)
            beside = text_width(f"{name} ") + text_width(label) * 0.85 <= COLUMN_WIDTH
            piece = Piece(((name, False),), COLUMN_WIDTH, 0.0 if beside else SMALL_LINE)
            items.append(Item("actor", piece, name, role=label))
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


def _need(items: list[Item], scale: float = SMALL) -> float:
    """Lines a column's items take in full at ``scale``."""
    return sum((i.piece.lines(scale) + ITEM_GAP) * scale + i.piece.extra for i in items)


def coalition_slide(report: Report, section: CoalitionSection) -> dict:
    """What a coalition's slide shows: its meta line, name, named stage track and move,
    three columns (what changed, key actors, next dates) set to fit, its notes."""
    lang = report.lang
    meta: list[tuple[str, str]] = []  # (css of a badge or "", text)
    if section.family:
        meta.append(("", cut(typography(section.family, lang), SHEET_LANGUAGE)))
    if section.pilot:
        meta.append(("rs-badge", cut(translate("report.pilot", lang), lang)))
    if section.example:
        meta.append(("rs-badge rs-example", cut(translate("report.example", lang), lang)))
    if section.territory:
        meta.append(("", cut(typography(section.territory, lang), SHEET_LANGUAGE)))
    stale = cut(stale_text(section, lang), lang)
    # The track names the stage: the move's line says more (a move, a stall) or is left out.
    move = stage_text(section, lang)
    move = "" if move == stage_label(section.stage, lang) else cut(move, lang)
    sep = cut(translate("report.sep", lang), lang)
    fields = notes(section, lang)
    if join := join_field(section, lang):
        fields.append(join)
    # Next step, obstacles and how to join: the sheet's text.
    notes_text = [(cut(f.label, lang), cut(f.text, SHEET_LANGUAGE, MAX_TEXT)) for f in fields]
    name = cut(display_name(section, lang), SHEET_LANGUAGE, MAX_NAME)
    # A long name is set smaller (two lines of it at 1.15 em) rather than cut.
    title_lines = wrapped_lines([(name, True)], TITLE_WIDTH, TITLE_SPACING)
    long_name = title_lines > 2
    title_lines = min(title_lines, 2)
    # month_lines starts with the news lines as typed in the sheet.
    typed = sum(1 for news in section.news if not news.at_meeting)
    # Meetings first (those before the next Reset Day, then later ones), then deliverables.
    columns = [
        ("presenter.changed", [text_item(line, lang, news=True, sheet=i < typed)
                               for i, line in enumerate(month_lines(section, lang))],
         "presenter.changed.none", ""),
        ("presenter.key_actors", _key_actors(section, lang), "report.actors.none", "rs-actors"),
        ("presenter.next_dates",
         [event_item(e, lang) for e in section.coming + section.later]
         + [text_item(due_text(e, lang), lang) for e in section.due + section.due_later
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
        "steps": track_steps(section, lang),
        "track_label": track_label(section, lang),
        "move": move,
        "move_class": {1: "rs-up", -1: "rs-down"}.get(section.direction, ""),
        "stale": stale,
        "columns": [
            _Column(
                cut(translate(title, lang), lang),
                fitted_list(items, budget, lang, css, scales) if items else None,
                cut(translate(empty, lang), lang),
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
    list: FittedList | None
    empty: str = ""
