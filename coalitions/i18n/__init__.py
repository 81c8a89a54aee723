"""The one translation catalogue: every label the dashboard shows, in French and English.

Messages are grouped by topic in the modules of this package (``common``, ``findings``, ...),
each a dict ``key -> {"fr": ..., "en": ...}``; they are merged here into ``CATALOGUE`` and a
key defined twice is an error at import. French is the default language.
"""

from __future__ import annotations

from importlib import import_module

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

# Topic modules, merged in this order.
_TOPICS = (
    "common",
    "findings",
    "sources",
    "app",
    "pages",
    "network",
    "agenda",
    "presenter",
    "access",
    "cli",
    "workbook",
    "updates",
    "writing",
)


def _merge() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for topic in _TOPICS:
        try:
            module = import_module(f"coalitions.i18n.{topic}")
        except ModuleNotFoundError as exc:
            if exc.name != f"coalitions.i18n.{topic}":
                raise
            continue
        for key, texts in module.MESSAGES.items():
            if key in merged:
                raise ValueError(f"catalogue key {key!r} defined twice (in {topic})")
            merged[key] = texts
    return merged


CATALOGUE: dict[str, dict[str, str]] = _merge()


def translate(key: str, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """The message ``key`` in ``lang`` with ``params`` filled in.

    An unknown key gives the key itself, so a missing label shows up on screen (and in the
    catalogue test) instead of breaking a page; an unknown language falls back to French.
    """
    texts = CATALOGUE.get(key)
    if texts is None:
        return key
    text = texts.get(lang) or texts[DEFAULT_LANGUAGE]
    return text.format(**params) if params else text
