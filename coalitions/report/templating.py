"""The one way the Reset Day outputs draw HTML: Jinja2 templates from ``templates/``, with
autoescape on (every value is text; sheet text is escaped there, where it is drawn), and an
undefined name an error rather than an empty string. The report's writers and the deck use
it."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from coalitions.report.sheet_text import SHEET_CLOSE, SHEET_OPEN

# The sheet's language as HTML says it: ``sheet_text.SHEET_LANGUAGE``, French.
_SHEET_SPAN, _SPAN_END = Markup('<span lang="fr">'), Markup("</span>")


def _language_spans(value: object) -> object:
    """Every printed value, escaped, its sheet-language marks (``sheet_text.marked``) made spans
    saying that language: « <span lang="fr">Lancement national…</span> » in an English
    report. Jinja2 escapes what this returns unless it is Markup, as here."""
    # A linked title splits a marked passage: its parts open or close the span on their own.
    if not isinstance(value, str) or (SHEET_OPEN not in value and SHEET_CLOSE not in value):
        return value
    return escape(value).replace(SHEET_OPEN, _SHEET_SPAN).replace(SHEET_CLOSE, _SPAN_END)


TEMPLATES = Environment(
    loader=PackageLoader("coalitions.report", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    finalize=_language_spans,
)


def template_text(name: str) -> str:
    """A file of ``templates/`` as it is written (the slides' CSS), not rendered."""
    source, _, _ = TEMPLATES.loader.get_source(TEMPLATES, name)
    return source
