"""How much text fits in a slide's box, without a browser: the deck's lists (``deck_items``)
set every text to fit (a smaller size before a cut, a cut only when even that does not fit)
from these estimates.

A slide scales with its width (its sizes are container units of the slide), so a line's
width in em of its text, and a box's height in lines, are the same at 1280x720 and at
1920x1080. Widths are DejaVu Sans's advances (Debian's default sans-serif, among the widest
of the common ones): with a narrower font a text takes as many lines or fewer, never more.
tests/browser/test_slide_fit.py measures the boxes in Chromium.
"""

from __future__ import annotations

from dataclasses import dataclass

# Advance widths (em) of DejaVu Sans Book and Bold, rounded to 0.05 em.
_CLASSES = {
    0.2: "\u202f",
    0.25: "'",
    0.3: " ,.IJijlîïÎÏ’·\u00a0",
    0.35: "-/:;\\f|",
    0.4: "!()[]rt",
    0.45: '"',
    0.5: "*_`sz–",
    0.55: "?Lcç",
    0.6: "FPTYaekovxyàâäéèêëôöÿ«»",
    0.65: "$0123456789EKSbdghnpqu{}ùûüÉÈÊË€",
    0.7: "ABCRVXZÀÂÄÇ",
    0.75: "DGHNUÙÛÜ",
    0.8: "&OQwÔÖ",
    0.85: "#+<=>M^~→",
    0.95: "%mÆ",
    1.0: "@Wœæ—…",
    1.05: "Œ",
}
_BOLD_CLASSES = {
    0.2: "\u202f",
    0.3: "'",
    0.35: " /IJ\\ijl|îïÎÏ\u00a0",
    0.4: ",-.:;’·",
    0.45: "!()[]f",
    0.5: '"*_`rt–',
    0.6: "?cszç",
    0.65: "Lakvxyàâäÿ«»",
    0.7: "$0123456789EFSTYbdeghnopqu{}éèêëôöùûüÉÈÊË€",
    0.75: "ABCKPRVXZÀÂÄÇ",
    0.8: "GUÙÛÜ",
    0.85: "#&+<=>DHNOQ^~ÔÖ→",
    0.9: "w",
    1.0: "%@M—…",
    1.05: "mæ",
    1.1: "WœÆ",
    1.15: "Œ",
}
_WIDTHS = {char: width for width, chars in _CLASSES.items() for char in chars}
_BOLD_WIDTHS = {char: width for width, chars in _BOLD_CLASSES.items() for char in chars}
_OTHER = 0.7  # a letter not in the table (other scripts, symbols): a wide one
BOLD = 1.1  # a bold letter not in the table


def text_width(text: str, bold: bool = False, spacing: float = 0.0) -> float:
    """The width of ``text`` on one line, in em (``spacing``: CSS letter-spacing, in em)."""
    widths = _BOLD_WIDTHS if bold else _WIDTHS
    other = _OTHER * BOLD if bold else _OTHER
    return sum(widths.get(char, other) + spacing for char in text)


def _words(runs: list[tuple[str, bool]], spacing: float) -> list[tuple[float, float]]:
    """(width, width of the space before it) of each word of ``runs`` ((text, bold) pairs), in
    em: a line breaks at a space or after a hyphen, as Chromium breaks it."""
    words: list[tuple[float, float]] = []
    for text, bold in runs:
        for n, chunk in enumerate(text.split(" ")):
            pieces = chunk.replace("-", "-\n").split("\n")
            for m, piece in enumerate(pieces):
                if not piece:
                    continue
                space = text_width(" ", bold, spacing) if (n or words) and m == 0 else 0.0
                words.append((text_width(piece, bold, spacing), space))
    return words


def wrapped_lines(runs: list[tuple[str, bool]] | str, width: float, spacing: float = 0.0) -> int:
    """Lines ``runs`` take, wrapped into lines ``width`` em wide (a word longer than a line
    is broken, as ``overflow-wrap: break-word`` does); ``spacing`` as in ``text_width``."""
    if isinstance(runs, str):
        runs = [(runs, False)]
    lines, used = 1, 0.0
    for word, space in _words(runs, spacing):
        if used and used + space + word <= width:
            used += space + word
            continue
        if used:
            lines += 1
        while word > width:  # the lines a word longer than one fills
            lines += 1
            word -= width
        used = word
    return lines


@dataclass(frozen=True)
class Piece:
    """What fitting needs of a list item: its text as (text, bold) runs, wrapped in
    ``width`` em, and ``extra`` lines (a role, an event's place) that keep their size when
    the list is set smaller (they are small already)."""

    runs: tuple[tuple[str, bool], ...]
    width: float
    extra: float = 0.0

    def lines(self, scale: float = 1.0) -> int:
        """Lines of its text at ``scale`` (a smaller size puts more on a line)."""
        return wrapped_lines(list(self.runs), self.width / scale)


@dataclass(frozen=True)
class Fit:
    """How a list is shown: its items' line clamps (one per item shown), how many are left
    out (the "+ N more" line), and its ``scale`` (1, or smaller to fit more)."""

    clamps: tuple[int, ...]
    left_out: int
    scale: float


def fit(
    pieces: list[Piece],
    budget: float,
    gap: float,
    more: float,
    scales: tuple[float, ...],
    least: int = 2,
) -> Fit:
    """Fit ``pieces`` into ``budget`` lines (``gap`` between items and ``more`` for the "+ N
    more" line, both in lines of the list's own size): all of them in full at the largest of
    ``scales`` that holds them; else, at the smallest, as many as fit in full, the next one
    cut to the lines left when at least ``least`` are, and the others left out. A text is
    cut only when the box is full.

    The last item's gap is not counted: it falls below the box's bottom."""

    def height(piece: Piece, scale: float) -> float:
        return (piece.lines(scale) + gap) * scale + piece.extra

    for scale in scales:
        total = sum(height(p, scale) for p in pieces) - gap * scale
        if total <= budget:
            room = (budget - total) / scale  # lines a misestimate may still use
            return Fit(tuple(p.lines(scale) + int(room) for p in pieces), 0, scale)
    clamps: list[int] = []
    used = 0.0
    for n, piece in enumerate(pieces):
        # What follows it: the "+ N more" line (its gap below the box), or nothing (its own
        # gap below the box).
        reserve = (more - gap) * scale if n < len(pieces) - 1 else -gap * scale
        left = budget - used - reserve
        if height(piece, scale) <= left:
            clamps.append(piece.lines(scale))
            used += height(piece, scale)
            continue
        lines = int((left - piece.extra) / scale - gap)
        if lines >= least or (not clamps and lines >= 1):
            clamps.append(lines)
        elif not clamps:
            clamps.append(1)  # a box too small for anything: its first line
        break
    return Fit(tuple(clamps), len(pieces) - len(clamps), scale)
