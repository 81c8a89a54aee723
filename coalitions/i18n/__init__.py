"""The one translation catalogue: every label the dashboard shows, in French and English.

Messages are grouped by topic in the modules of this package, each a dict
``key -> {"fr": ..., "en": ...}`` whose keys start with the topic's name; they are merged
here into ``CATALOGUE`` and a key defined twice is an error at import. French is the default
language. The topics:
- the frame: ``common`` (stages, vocabularies), ``app`` (navigation, sidebar, loading),
  ``view`` (« Afficher au »), ``access`` (the gate), ``interface`` (Streamlit's own words),
  ``charts`` (charts' text alternatives);
- the pages: ``pages`` (overview, maturity, coalition sheet), ``network``, ``agenda``,
  ``library``, ``presenter`` (the report and deck pages), ``meeting`` (a meeting run from
  the presenter page), ``updates`` (the form « Mettre à jour »);
- the outputs: ``report`` (the report's sentences, shared by the e-mail and the deck),
  ``cli`` (the command line);
- the sheet: ``workbook`` (what its tabs and columns mean), ``findings`` (validation),
  ``sources`` (reading it), ``writing`` (posting to it).

Plural entries: a text may be a dict of CLDR plural categories instead of a string, chosen by
``translate(key, lang, count=n)`` through ``coalitions.format.plural_form`` (French: 0 and 1
are "one"; English: only 1; "other" is required and is the fallback, e.g. for French "many")::

    "agenda.count": {
        "fr": {"one": "{count} événement", "other": "{count} événements"},
        "en": {"one": "{count} event", "other": "{count} events"},
    }

``{count}`` is filled with the number written by ``format_number`` (« 1 234 »). Never write
« (s) »: use a plural entry or a phrasing that needs no agreement (« Arrivées : A, B »).

Typography: French texts are written with plain spaces in these modules and set with
``coalitions.format.typography`` when merged (no-break space before « : » and inside « »,
narrow no-break space before « ; ! ? »), so ``CATALOGUE`` and ``translate`` give typeset
French. Values passed as parameters (sheet text) are not touched: outputs that print sheet
text run ``typography`` over the whole text. Apostrophes are written typographic in the
modules themselves (« Vue d’ensemble »), not set at merge; a straight one stays only in the
words the user types in the sheet, spelled as the sheet spells them (« Noyau d'acteurs » in
a finding; tests/unit/test_i18n.py lists them).
"""

from __future__ import annotations

from importlib import import_module

from coalitions.format import Count, plural_form, typography

LANGUAGES = ("fr", "en")
# Each language by its own name, the same in every interface language (a switch reads them).
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}
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
    "library",
    "presenter",
    "meeting",
    "report",
    "access",
    "cli",
    "workbook",
    "updates",
    "writing",
    "view",
    "charts",
    "interface",
)


# A text: a string, or a plural entry mapping CLDR categories ("one", "other", ...) to strings.
Text = str | dict[str, str]


def _typeset(text: Text, lang: str) -> Text:
    if isinstance(text, dict):
        return {category: typography(form, lang) for category, form in text.items()}
    return typography(text, lang)


def _merge() -> dict[str, dict[str, Text]]:
    merged: dict[str, dict[str, Text]] = {}
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
            merged[key] = {lang: _typeset(text, lang) for lang, text in texts.items()}
    return merged


CATALOGUE: dict[str, dict[str, Text]] = _merge()


def translate(
    key: str, lang: str = DEFAULT_LANGUAGE, *, count: float | None = None, **params: object
) -> str:
    """The message ``key`` in ``lang`` with ``params`` filled in.

    For a plural entry, ``count`` chooses the form (CLDR category of ``lang``) and fills
    ``{count}`` as a written number, ``{count:w}`` (``{count:wf}`` for a feminine noun) in
    words up to nine, as running prose writes it; it is required there. An unknown key gives
    the key itself, so a missing label shows up on screen (and in the catalogue test) instead
    of breaking a page; an unknown language falls back to French.
    """
    texts = CATALOGUE.get(key)
    if texts is None:
        return key
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    text = texts.get(lang) or texts[DEFAULT_LANGUAGE]
    if count is not None:
        params["count"] = Count(count, lang)
    if isinstance(text, dict):
        if count is None:
            raise TypeError(f"{key!r} is a plural entry: pass count=")
        text = text.get(plural_form(count, lang)) or text["other"]
    return text.format(**params) if params else text
