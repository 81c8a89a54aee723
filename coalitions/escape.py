"""The one way sheet text leaves the domain: escaped for where it goes.

Everything typed in the shared sheet is untrusted. Whatever shows it (Streamlit markdown, an
HTML component, a slide, a report, a calendar file, a download's file name) passes it through
``escape_text`` with the context it is going to, and links go through ``safe_url``.
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import urlsplit

# Bidirectional embedding/override/isolate controls can make text read backwards (file names
# such as "report\u202egpj.exe"); they are invisible, so removing them loses nothing.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Other control characters (except tab and newline) have no business in displayed text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Characters that Streamlit's markdown gives a meaning to: emphasis, links, images, headings,
# lists, tables, code, LaTeX ($) and raw HTML (<, >, &).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$:>])")
_FILENAME_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_ICS_SPECIAL = re.compile(r"([\\;,])")
CONTEXTS = ("html", "markdown", "filename", "ics", "plain")


def _clean(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    return _CONTROL.sub("", _BIDI_CONTROLS.sub("", text))


def escape_text(value: object, context: str = "html", max_length: int | None = None) -> str:
    """Make sheet text safe for ``context``.

    - ``html``: entities for ``& < > " '``; no tag or attribute can be formed.
    - ``markdown``: every markdown and HTML metacharacter backslash-escaped, so links, images,
      emphasis and HTML in the sheet show as the characters typed.
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
    if context == "markdown":
        escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
        # Backslash escapes do not stop raw HTML everywhere; entities always do.
        return escaped.replace("&", "&amp;").replace("<", "&lt;")
    if context == "filename":
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
        name = _FILENAME_UNSAFE.sub("-", folded).strip(".-")
        return name[:80] or "export"
    if context == "ics":
        return _ICS_SPECIAL.sub(r"\\\1", text).replace("\r\n", "\\n").replace("\n", "\\n")
    return text


def safe_url(value: object) -> str:
    """``value`` if it is an absolute http(s) URL with a host, else ``""``."""
    text = _clean(value).strip()
    if not text or any(ch.isspace() for ch in text):
        return ""
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return text
