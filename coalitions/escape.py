"""The one way sheet text leaves the domain: escaped for where it goes.

Everything typed in the shared sheet is untrusted. Whatever shows it (Streamlit markdown, an
HTML component, a slide, a report, a calendar file, a download's file name) passes it through
``escape_text`` with the context it is going to, and links go through ``safe_url`` (web
pages) or ``safe_link`` (web pages and e-mail addresses). A table
offered as CSV goes through ``csv_safe``, so no cell runs as a formula in a spreadsheet.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    import pandas as pd

# Bidirectional embedding/override/isolate controls and marks can make text read backwards
# (file names such as "report\u202egpj.exe"); they are invisible, so removing them loses
# nothing. The byte-order mark is invisible too.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]")
# Other control characters (C0 except tab and newline, DEL and the C1 range) have no business
# in displayed text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Characters that Streamlit's markdown gives a meaning to: emphasis, links, images, headings
# (ATX "#" and setext "==="/"---" underlines), lists, tables, code, LaTeX ($), colour and
# icon directives (:red[...]) and raw HTML (<, >, &).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$:>=])")
# Streamlit's markdown also rewrites the *text* it has parsed, where escapes no longer
# count: bare URLs, "www." names and e-mail addresses become links (GFM autolink
# literals), ":name:" shortcodes become emoji, icons or a logo image, and "->", "--",
# ">=", ... become arrows and dashes. An invisible WORD JOINER (U+2060) between the
# characters those rules need side by side defeats them and shows exactly what was typed.
_WORD_JOINER = "\u2060"
_MARKDOWN_REWRITES = re.compile(
    r"(?<=:)(?=[A-Za-z/])|(?=@)|(?i:(?<=www)(?=\.))|(?<=[-<>~])(?=[->=])"
)
_LEADING_SPACE = re.compile(r"^[ \t]+", re.MULTILINE)
# A Markdown file read by any CommonMark reader, or pasted into an e-mail as text: only what
# CommonMark would misread is escaped, so « Berger-Levrault (Lyon) & co » stays as typed.
# Inline: code, emphasis, links and images, raw HTML and autolinks, entities, a backslash
# before punctuation, GFM strikethrough; "_" only where it can open or close emphasis.
_COMMONMARK_INLINE = re.compile(
    r"""[`*\[]|\\(?=[!-/:-@[-`{-~]|$)|<(?=[A-Za-z/!?])|&(?=#?\w+;)|~(?=~)"""
    r"|(?<![^\W_])_|_(?![^\W_])"
)
# At a line's start: headings, block quotes, list items, thematic breaks, setext underlines;
# at its end, a heading's closing hashes.
_COMMONMARK_LINE_START = re.compile(r"^(#|>|[-+*](?=\s|$)|\d{1,9}(?=[.)](\s|$))|=+\s*$|-+\s*$)")
_COMMONMARK_CLOSING_HASHES = re.compile(r"(?<=\s)#+\s*$")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_FILENAME_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# Names Windows refuses for a file whatever the extension ("CON.csv" cannot be saved).
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)", re.IGNORECASE)
_ICS_SPECIAL = re.compile(r"([\\;,])")
# Characters a valid URL never needs raw but that end an HTML attribute or a markdown link
# destination, or start markup: percent-encoded, the URL means the same to the server.
_URL_UNSAFE = {ord(c): f"%{ord(c):02X}" for c in "\"'<>`()[]{}|\\^"}
# A host (name, IPv4 or bracketed IPv6) and an optional port: nothing else may sit between
# "//" and the path, so no quote or bracket can hide in the authority.
_AUTHORITY = re.compile(r"(?:[\w.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?")
CONTEXTS = ("html", "chart", "markdown", "commonmark", "filename", "ics", "plain")
# Plotly draws a chart's texts (labels, legend, hover) itself and decodes only a few named
# entities (amp, lt, gt, nbsp and some symbols) and numeric ones: « &quot; » would be shown
# as typed. Without « < » no tag can form, so quotes need no escaping there.
_CHART_ENTITIES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}
# What makes a spreadsheet read a CSV cell as a formula when the file is opened (OWASP "CSV
# injection"): "=cmd|' /C calc'!A0" runs a program in old Excel, "=HYPERLINK(...)" leaks data.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Text that is only a number ("-12", "+3.5", "1e-3") is a number to a spreadsheet, not a
# formula: it keeps its sign and stays a number.
_PLAIN_NUMBER = re.compile(r"[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?")


def _clean(value: object) -> str:
    if value is None or _is_missing(value):
        return ""
    text = str(value)
    return _CONTROL.sub("", _BIDI_CONTROLS.sub("", text))


def _is_missing(value: object) -> bool:
    # pandas' blanks (NaN, NaT, NA) would otherwise print as "nan", "NaT" or "<NA>".
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NaTType", "NAType")


def escape_text(value: object, context: str = "html", max_length: int | None = None) -> str:
    """Make sheet text safe for ``context``.

    - ``html``: entities for ``& < > " '``; no tag or attribute can be formed.
    - ``chart``: for a Plotly text (label, legend, hover): entities for ``& < >`` only, the
      ones Plotly decodes, so no tag forms and quotes read as typed.
    - ``markdown``: every markdown and HTML metacharacter backslash-escaped, and an invisible
      word joiner (U+2060) where Streamlit would turn text into a link, an emoji or an arrow,
      so links, images, emphasis and HTML in the sheet show as the characters typed.
    - ``commonmark``: for a Markdown file (or Markdown pasted into an e-mail): only what a
      CommonMark reader would misread is escaped (emphasis, code, links, raw HTML, entities,
      block markers at a line's start), so ordinary text keeps its ``-``, ``(`` and ``&``.
    - ``filename``: ASCII letters, digits, ``.``, ``_`` and ``-`` only (accents folded).
    - ``ics``: iCalendar TEXT escaping of ``\\ ; ,`` and newlines.
    - ``plain``: control and bidi-override characters removed, nothing else changed.

    ``max_length`` cuts the (cleaned) text first, ending it with an ellipsis.
    """
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r}")
    text = _clean(value)
    if max_length is not None and len(text) > max_length:
        text = text[: max(max_length - 1, 0)] + "…"
    if context == "html":
        return html.escape(text, quote=True)
    if context == "chart":
        return text.translate(_CHART_ENTITIES)
    if context == "markdown":
        # Four leading spaces make a code block; markdown drops leading spaces anyway.
        text = _LEADING_SPACE.sub("", text)
        escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", _MARKDOWN_REWRITES.sub(_WORD_JOINER, text))
        # Backslash escapes do not stop raw HTML everywhere; entities always do.
        return escaped.replace("&", "&amp;").replace("<", "&lt;")
    if context == "commonmark":
        return "\n".join(_commonmark_line(line) for line in text.splitlines())
    if context == "filename":
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
        name = _FILENAME_UNSAFE.sub("-", folded).strip(".-")[:80].strip(".-")
        if _WINDOWS_RESERVED.match(name):
            name = f"_{name}"
        return name or "export"
    if context == "ics":
        escaped = _ICS_SPECIAL.sub(r"\\\1", text)
        # A lone CR would end the content line for some calendar readers.
        return re.sub(r"\r\n|\r|\n", r"\\n", escaped)
    return text


def _commonmark_line(line: str) -> str:
    line = _TRAILING_SPACE.sub("", _LEADING_SPACE.sub("", line))
    line = _COMMONMARK_INLINE.sub(lambda m: "\\" + m.group(0), line)
    # An ordered list marker is "1." or "1)": escaping the dot or bracket defeats it.
    if ordered := re.match(r"^(\d{1,9})([.)])(?=\s|$)", line):
        return f"{ordered.group(1)}\\{ordered.group(2)}{line[ordered.end() :]}"
    line = _COMMONMARK_LINE_START.sub(lambda m: "\\" + m.group(0), line)
    return _COMMONMARK_CLOSING_HASHES.sub(lambda m: "\\" + m.group(0), line)


def safe_url(value: object) -> str:
    """``value`` if it is an absolute http(s) URL with a host, else ``""``.

    URLs carrying a user name or password (``https://fing.org@evil.example``, which reads
    like fing.org but goes to evil.example) or anything but a host and port before the path
    are refused. In the path, query and fragment, quotes, angle brackets, brackets,
    parentheses, braces, backticks, ``|``, ``\\`` and ``^`` are percent-encoded, so the
    result can go in an HTML attribute or a markdown link without ending it.
    """
    text = _clean(value).strip()
    if not text or any(ch.isspace() for ch in text):
        return ""
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    if not _AUTHORITY.fullmatch(parts.netloc):
        return ""
    end = text.index("//") + 2 + len(parts.netloc)
    return text[:end] + text[end:].translate(_URL_UNSAFE)


# One plain e-mail address: nothing that could end a header, add a recipient or a link.
_ADDRESS = re.compile(r"[^@\s<>,;:\"()\[\]\\/?#=&%]+@[^@\s<>,;:\"()\[\]\\/?#=&%]+\.[A-Za-z]{2,}")


def email_address(value: object) -> str:
    """``value`` if it is one plain e-mail address (``liste@reset.example.org``), else ``""``."""
    text = _clean(value).strip()
    return text if _ADDRESS.fullmatch(text) else ""


def safe_link(value: object) -> str:
    """Where sheet text may link to: an http(s) URL as ``safe_url`` gives it, or
    ``mailto:`` and a plain e-mail address; anything else (``javascript:``…) gives ``""``."""
    address = email_address(value)
    return f"mailto:{address}" if address else safe_url(value)


def csv_cell(value: object) -> object:
    """A CSV cell no spreadsheet will run as a formula.

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
    ``'`` (the spreadsheet then shows it as the text typed); numbers, and text that is only a
    number (``-12``), are returned unchanged, so they stay numbers.
    """
    if not isinstance(value, str) or not value.startswith(_FORMULA_START):
        return value
    return value if _PLAIN_NUMBER.fullmatch(value) else "'" + value


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` to write as CSV: every text cell and header through ``csv_cell``."""
    safe = frame.copy()
    for position, dtype in enumerate(frame.dtypes):
        if str(dtype) in ("object", "string", "category"):
            safe.isetitem(position, frame.iloc[:, position].astype(object).map(csv_cell))
    safe.columns = [csv_cell(column) for column in frame.columns]
    return safe
