"""Whether a page speaks one language: everything a person sees or hears on it (text, and
the ``aria-label``, ``title``, ``placeholder`` and tooltips a screen reader or a pointer
gives), in every frame, after opening its expanders and hovering a chart and a table.

A word is English when the English side of our texts uses it and the French side does not:
the catalogue (coalitions/i18n, Streamlit's labels included), Plotly's dictionary, the
keepers' guide (French only), and every
label the installed Streamlit's frontend can write (so a Streamlit upgrade bringing a new
English label is caught without anyone listing it). French likewise. Sheet text is left out
(its words are the sheet's, in the sheet's language), and so is a part marked with a
``lang`` of its own (the language switch's « English »: WCAG 3.1.2 done right).
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path
from typing import Any

import streamlit

from bench.harness import wait_drawn
from coalitions.i18n import CATALOGUE
from coalitions.plotly_locale import FRENCH as PLOTLY_FRENCH

FRONTEND = Path(streamlit.__file__).parent / "static" / "static" / "js"
# A label in Streamlit's frontend code: a template literal given to a property a person
# sees or hears (its code writes texts as `...`; a filled part, ${...}, ends the match).
STREAMLIT_LABEL = re.compile(
    r"""(?:"aria-label"|title|placeholder|label|children|tooltip|help|alt):`([^`$]{2,80})`"""
)
# Words of three letters or more: « a », « de », « in » are in both languages.
WORD = re.compile(r"[^\W\d_]{3,}")
# Identifiers (« [missing_tab] », a finding's code; « __xss »): the same in both languages.
IDENTIFIER = re.compile(r"\S*_\S*")
# The keepers' guide, written in French (shown as a French part on the English page).
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide-tenir-le-classeur.md"

# Everything a person can see or hear on the page, as texts (see the module's docstring).
# Text inside an element with role="img" is its drawing (an icon's ligature); its name is
# its aria-label.
PAGE_TEXTS = """() => {
  const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'data-title', 'alt'];
  const lang = document.documentElement.lang;
  const own = (el) => { const part = el.closest('[lang]'); return !part || part.lang === lang; };
  const shown = (el) => el.checkVisibility({visibilityProperty: true});
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const parent = node.parentElement;
    const text = node.nodeValue.trim();
    if (text && parent && shown(parent) && own(parent)
        && !parent.closest('script, style, noscript, [aria-hidden="true"], [role="img"]')) {
      found.push(text);
    }
  }
  for (const el of document.body.querySelectorAll(ATTRIBUTES.map((a) => `[${a}]`).join(','))) {
    if (!shown(el) || !own(el)) continue;
    for (const name of ATTRIBUTES) {
      const value = (el.getAttribute(name) || '').trim();
      if (value) found.push(value);
    }
  }
  return found;
}"""


def words(text: str) -> set[str]:
    """The words of ``text``, lower case."""
    return {word.lower() for word in WORD.findall(IDENTIFIER.sub(" ", text))}


def _texts(text: Any) -> list[str]:
    return list(text.values()) if isinstance(text, dict) else [text]


@cache
def vocabulary() -> dict[str, frozenset[str]]:
    """The words only English uses and the words only French uses (see the docstring)."""
    english: set[str] = set()
    french: set[str] = set()
    for texts in CATALOGUE.values():
        english |= {w for text in _texts(texts["en"]) for w in words(text)}
        french |= {w for text in _texts(texts["fr"]) for w in words(text)}
    french |= words(GUIDE.read_text(encoding="utf-8"))
    for source, text in PLOTLY_FRENCH.items():
        english |= words(source)
        french |= words(text)
    scripts = sorted(FRONTEND.glob("*.js"))
    assert scripts, f"no frontend scripts in {FRONTEND}"
    for path in scripts:
        for label in STREAMLIT_LABEL.findall(path.read_text(encoding="utf-8")):
            english |= words(label)
    return {"en": frozenset(english - french), "fr": frozenset(french - english)}


def sheet_words(folder: Path, *typed: str) -> frozenset[str]:
    """The words of every cell of the CSV workbook in ``folder``, and of ``typed``: identifiers
    included (« javascript » of « javascript:window.__xss=1 »), since a page may show a piece
    of a typed token on its own (cut, wrapped or linked)."""
    found: set[str] = set()
    cells = list(typed)
    for path in folder.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            cells += [cell for row in csv.reader(handle) for cell in row]
    for cell in cells:
        found |= {word.lower() for word in WORD.findall(cell)}
    return frozenset(found)


def page_texts(page: Any) -> list[str]:
    """Every text a person sees or hears on ``page``, in every frame."""
    return [text for frame in page.frames for text in frame.evaluate(PAGE_TEXTS)]


# Opens every closed expander of the main area at once (a click each, as a person would; one
# by one through Playwright, each click waits for the previous one's animation to settle).
OPEN_EXPANDERS = """() => {
  const closed = [...document.querySelectorAll(
    '[data-testid="stMain"] [data-testid="stExpander"] details:not([open]) > summary')];
  closed.forEach((summary) => summary.click());
  return closed.length;
}"""
EXPANDERS_OPEN = """() => [...document.querySelectorAll(
  '[data-testid="stMain"] [data-testid="stExpander"] details')].every((d) => d.open)"""
# True once the main area's layout (its height, each expander's and each chart's and table's
# box) has not moved for three polls in a row: an opening expander grows for a while, and a
# pointer aimed at a toolbar before it stops lands on whatever slid under it.
LAYOUT_STILL = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const boxes = main.querySelectorAll(
    '[data-testid="stExpander"], [data-testid="stPlotlyChart"], [data-testid="stDataFrame"]');
  const key = [main.scrollHeight, ...[...boxes].map((el) => {
    const box = el.getBoundingClientRect();
    return `${box.top},${box.height}`;
  })].join(' ');
  window.__layoutSame = key === window.__layoutKey ? (window.__layoutSame || 0) + 1 : 0;
  window.__layoutKey = key;
  return window.__layoutSame >= 3;
}"""

# Whether an element would get the pointer at its centre (nothing drawn over it).
UNDER_POINTER = """(el) => {
  const box = el.getBoundingClientRect();
  const at = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  return !!at && el.contains(at);
}"""


def explore(page: Any, screenshots: Path | None = None) -> list[str]:
    """``page_texts`` with the main area's expanders open, then hovering the first chart
    (its toolbars appear) and the first table (its toolbar appears). With ``screenshots``
    (a path's stem), the screen is saved with each toolbar and a tooltip shown.

    A toolbar's buttons and their tooltips are in the page as soon as the pointer is over
    the chart or table (their texts are the buttons' ``aria-label`` and ``data-title``,
    read at once); only a screenshot waits for them to fade in and show."""
    main = page.locator('[data-testid="stMain"]')
    if page.evaluate(OPEN_EXPANDERS):
        page.wait_for_function(EXPANDERS_OPEN, polling=50)
        wait_drawn(page)  # a chart inside an expander draws once shown
        page.wait_for_function(LAYOUT_STILL, polling=50)
    texts = page_texts(page)
    for kind in ("stPlotlyChart", "stDataFrame"):
        shown = main.locator(f'[data-testid="{kind}"]:visible')
        if shown.count():
            shown.first.scroll_into_view_if_needed()
            shown.first.hover()
            if screenshots:
                page.wait_for_timeout(300)  # toolbars fade in
            texts += page_texts(page)
            # A toolbar button's tooltip: Plotly's first (« Download plot as a PNG ») or the
            # table's first (« Show/hide columns »).
            frame = shown.first.locator('xpath=ancestor::*[@data-testid="stElementContainer"][1]')
            button = frame.locator('.modebar-btn, [data-testid="stElementToolbar"] button')
            if button.count():
                # A table's toolbar takes the pointer once it has faded in (Plotly's, at once).
                page.wait_for_function(LAYOUT_STILL, polling=50)
                page.wait_for_function(UNDER_POINTER, arg=button.first.element_handle())
                button.first.hover()
                if screenshots:
                    page.wait_for_timeout(500)  # tooltips wait before showing
                texts += page_texts(page)
            if screenshots:  # the screen as it is, tooltip shown
                page.screenshot(path=f"{screenshots}-{kind}.png")
    return texts


def foreign_words(texts: list[str], language: str, sheet: frozenset[str]) -> list[str]:
    """Each text using a word of the other language (its words named), sheet words apart."""
    other = vocabulary()["fr" if language == "en" else "en"]
    found = []
    for text in dict.fromkeys(texts):
        foreign = sorted((words(text) & other) - sheet)
        if foreign:
            found.append(f"{text[:80]!r} ({', '.join(foreign)})")
    return found
