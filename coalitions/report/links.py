"""Lines of the report whose titles link to the document they name (issue 24).

A ``LinkedLine`` is the line's plain text (a ``str``: every writer, test and comparison that
reads a line as text keeps working) that also knows which of its parts link where. The
writers that can make links (HTML, e-mail, Word) draw those parts as links; Markdown and
plain text write the URL after the title (``titre <https://…>``). Links reach here already
checked by ``coalitions.escape.safe_url``: only http(s).
"""

from __future__ import annotations

from collections.abc import Iterable

from coalitions.escape import safe_url

# A title typed « guide de l'achat » is the one a typeset line says « guide de l’achat »
# (``coalitions.format.apostrophes``): titles are found in the line with both apostrophes
# read alike. One character for one, so a title found keeps its place in the line, and the
# linked part is the line's own (typeset) text.
_SAME_APOSTROPHE = str.maketrans("’", "'")


def _find(text: str, title: str) -> int:
    """Where ``title`` starts in ``text``, apostrophes read alike; -1 when it is not there."""
    return text.translate(_SAME_APOSTROPHE).find(title.translate(_SAME_APOSTROPHE))


class LinkedLine(str):
    """Text whose ``segments`` are ``(text, url)`` pairs in order, ``url`` "" for plain text."""

    segments: tuple[tuple[str, str], ...]

    def __new__(cls, segments: Iterable[tuple[str, str]]) -> LinkedLine:
        parts = tuple((text, url) for text, url in segments if text)
        line = super().__new__(cls, "".join(text for text, _ in parts))
        line.segments = parts
        return line


def link_titles(line: str, links: Iterable[tuple[str, str]]) -> str:
    """``line`` with each ``(title, url)`` linked where the title appears (in order, each
    after the previous one, typographic and straight apostrophes alike); ``line`` unchanged
    when no title has a usable link."""
    segments, rest = [], line
    for title, url in links:
        url = safe_url(url)
        at = _find(rest, title) if url and title else -1
        if at < 0:
            continue
        segments += [(rest[:at], ""), (rest[at : at + len(title)], url)]
        rest = rest[at + len(title) :]
    return LinkedLine([*segments, (rest, "")]) if segments else line


def with_urls(line: str) -> str:
    """The line as text that shows its links: ``titre <https://…>`` (Markdown autolinks the
    URL; a plain-text reader sees it)."""
    segments = getattr(line, "segments", None)
    if not segments:
        return line
    return "".join(f"{text} <{url}>" if url else text for text, url in segments)


def named_in_order(text: str, links: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The ``(title, url)`` pairs whose title ``text`` names, each once, in the order the text
    names them (``link_titles`` links them one after the other), apostrophes alike."""
    found: dict[str, tuple[int, str]] = {}
    for title, url in links:
        at = _find(text, title) if title else -1
        if at >= 0 and title not in found:
            found[title] = (at, url)
    # A title inside a longer one (« guide » in « guide de l'achat ») yields to it.
    kept = [
        (at, title, url)
        for title, (at, url) in found.items()
        if not any(other != title and title in other for other in found)
    ]
    return [(title, url) for _, title, url in sorted(kept)]
