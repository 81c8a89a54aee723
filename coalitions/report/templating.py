"""The one way the Reset Day outputs draw HTML: Jinja2 templates from ``templates/``, with
autoescape on (every value is text; sheet text is escaped there, where it is drawn), and an
undefined name an error rather than an empty string. The report's writers and the deck use
it."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined

TEMPLATES = Environment(
    loader=PackageLoader("coalitions.report", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def template_text(name: str) -> str:
    """A file of ``templates/`` as it is written (the slides' CSS), not rendered."""
    source, _, _ = TEMPLATES.loader.get_source(TEMPLATES, name)
    return source
