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
    after the previous one); ``line`` unchanged when no title has a usable link."""
    segments, rest = [], line
    for title, url in links:
        url = safe_url(url)
        at = rest.find(title) if url and title else -1
        if at < 0:
            continue
        segments += [(rest[:at], ""), (title, url)]
        rest = rest[at + len(title) :]
    return LinkedLine([*segments, (rest, "")]) if segments else line


def with_urls(line: str) -> str:
    """The line as text that shows its links: ``titre <https://…>`` (Markdown autolinks the
    URL; a plain-text reader sees it)."""
    segments = getattr(line, "segments", None)
    if not segments:
        return line
    return "".join(f"{text} <{url}>" if url else text for text, url in segments)
