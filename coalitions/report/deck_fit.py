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

# Advance widths (em) of DejaVu Sans Book and Bold, rounded to 0.01 em (at 0.05 em, the
# errors added up: the sample's « Pour un numérique au service de l’équité scolaire », 27.62 em
# in bold, was counted 27.81 em, two lines of a 27.74 em title, and its columns lost a line
# and a half they had in Chromium). The typographic apostrophe ’ is wider than ': 0.32, 0.38.
_CLASSES = {
    0.2: "\u202f",
    0.27: "'",
    0.28: "ijlîï",
    0.29: "IJÎÏ",
    0.32: " ,.’·\u00a0",
    0.34: "/:;\\|",
    0.35: "f",
    0.36: "-",
    0.39: "()[]t",
    0.4: "!",
    0.41: "r",
    0.46: '"',
    0.5: "*_`–",
    0.52: "sz",
    0.53: "?",
    0.55: "cç",
    0.56: "L",
    0.58: "Fk",
    0.59: "vxyÿ",
    0.6: "P",
    0.61: "TYaoàâäôö«»",
    0.62: "eéèêë",
    0.63: "ESbdghnpquùûüÉÈÊË",
    0.64: "$0123456789{}€",
    0.66: "K",
    0.68: "AVÀÂÄ",
    0.69: "BRXZ",
    0.7: "CÇ",
    0.73: "UÙÛÜ",
    0.75: "HN",
    0.77: "DG",
    0.78: "&",
    0.79: "OQÔÖ",
    0.82: "w",
    0.84: "#+<=>^~→",
    0.86: "M",
    0.95: "%",
    0.97: "mÆ",
    0.98: "æ",
    0.99: "W",
    1.0: "@—…",
    1.02: "œ",
    1.07: "Œ",
}
_BOLD_CLASSES = {
    0.2: "\u202f",
    0.31: "'",
    0.34: "ijlîï",
    0.35: " \u00a0",
    0.37: "/IJ\\|ÎÏ",
    0.38: ",.’·",
    0.4: ":;",
    0.42: "-",
    0.44: "f",
    0.46: "!()[]",
    0.48: "t",
    0.49: "r",
    0.5: "_`–",
    0.52: '"*',
    0.58: "?z",
    0.59: "cç",
    0.6: "s",
    0.64: "L",
    0.65: "vxyÿ«»",
    0.67: "akàâä",
    0.68: "EFTeéèêëÉÈÊË",
    0.69: "oôö",
    0.7: "$0123456789€",
    0.71: "hnu{}ùûü",
    0.72: "SYbdgpq",
    0.73: "CPZÇ",
    0.76: "B",
    0.77: "AKRVXÀÂÄ",
    0.81: "UÙÛÜ",
    0.82: "G",
    0.83: "D",
    0.84: "#+<=>HN^~→",
    0.85: "OQÔÖ",
    0.87: "&",
    0.92: "w",
    1.0: "%@M—…",
    1.04: "m",
    1.05: "æ",
    1.08: "Æ",
    1.09: "œ",
    1.1: "W",
    1.17: "Œ",
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
