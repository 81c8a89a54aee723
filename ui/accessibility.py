"""What every page needs for the RGAA (WCAG 2.1 AA) beyond its own content: the document's
language, Streamlit's own labels in that language, and a focus that stays visible.

Streamlit serves ``<html lang="en">`` whatever the app says (streamlit/streamlit#15726, no
``set_page_config`` option in 1.67), so screen readers would read French with an English
voice. A small constant script sets ``lang`` to the language shown; it runs again when the
language changes (its text changes with it, so Streamlit draws a new element).

Streamlit also writes its widgets' texts in English, with no option to change them: « Upload »,
« Help for … », « Remove … », a table's « Search » (RGAA 8.7, language of parts). The same
script translates them with the catalogue's ``interface.*`` texts, as exact whole texts
(text of an element, ``aria-label``, ``title``, ``placeholder``, ``data-title``), and keeps
translating what Streamlit draws later (a mutation observer). The page's own texts and the
sheet's, drawn as markdown, headings, charts or tables, are never touched.
"""

from __future__ import annotations

import json
import re

import streamlit as st

from coalitions.i18n import CATALOGUE, LANGUAGES

DOCUMENT_KEY = "document_settings"
# Keyboard users must see where they are (WCAG 2.4.7): a thick outline in the theme's teal
# (7:1 on white) on whatever has the keyboard focus, Streamlit's own ring being faint or
# absent on links. The script's block is hidden: shown, it would add an empty gap.
PAGE_CSS = (
    "<style>"
    ":focus-visible { outline: 3px solid #1F6173 !important; outline-offset: 2px; }"
    f'[data-testid="stLayoutWrapper"]:has(> .st-key-{DOCUMENT_KEY}),'
    f" .st-key-{DOCUMENT_KEY} {{ display: none !important; }}"
    "</style>"
)


INTERFACE_PREFIX = "interface."
# The key of a container written in another language than the page's (``language_part``).
LANGUAGE_PART = "language-part"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Characters a JavaScript regular expression gives a meaning to.
_REGEX_SPECIAL = re.compile(r"([\\^$.|?*+()\[\]{}/])")

# Translates Streamlit's texts by ``RULES`` ([pattern, replacement] of JavaScript regular
# expressions, replacement with $<name> groups, each translated in turn), now and whenever
# Streamlit draws. Each text and attribute keeps Streamlit's original and what it was
# given, so a change of language (new rules) or Streamlit rewriting a text starts again
# from Streamlit's own.
INTERFACE_SCRIPT = r"""(() => {
  const RULES = %(rules)s;
  // data-title: the tooltip of a button Streamlit adds to Plotly's toolbar (Plotly's own
  // buttons are in its locale).
  const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'data-title'];
  // Texts the dashboard draws (its markdown, headings, labels, charts, tables): never touched.
  const OWN = '[data-testid="stMarkdown"], [data-testid="stCaptionContainer"], '
    + '[data-testid="stHeading"], [data-testid="stWidgetLabel"], [data-testid="stPlotlyChart"], '
    + '[data-testid="stDataFrame"] table, script, style';
  const state = window.__resetInterface || (window.__resetInterface = {seen: new WeakMap()});
  state.rules = RULES.map(([pattern, text]) => [new RegExp(pattern), text]);
  // A filled-in part (« 20MB » in « 20MB per file ») is translated in turn.
  const translate = (value) => {
    const trimmed = value.trim();
    const rule = state.rules.find(([pattern]) => pattern.test(trimmed));
    if (!rule) return value;
    const groups = trimmed.match(rule[0]).groups || {};
    const shown = rule[1].replace(/\$<(\w+)>/g, (_, name) => translate(groups[name]));
    return value.replace(trimmed, () => shown);
  };
  const update = (node, slot, current, write) => {
    const record = state.seen.get(node) || {};
    const before = record[slot];
    const original = before && before.shown === current ? before.original : current;
    const shown = translate(original);
    record[slot] = {original, shown};
    state.seen.set(node, record);
    if (shown !== current) write(shown);
  };
  const text = (node) => {
    if (node.parentElement && !node.parentElement.closest(OWN)) {
      update(node, 'text', node.nodeValue, (value) => { node.nodeValue = value; });
    }
  };
  const attributes = (element) => {
    for (const name of ATTRIBUTES) {
      if (element.hasAttribute(name)) {
        update(element, name, element.getAttribute(name),
               (value) => element.setAttribute(name, value));
      }
    }
  };
  // A part written in another language (language_part) says so (WCAG 3.1.2).
  const PART = '[class*="st-key-%(part)s-"]';
  const mark = (element) => {
    const lang = /st-key-%(part)s-([a-z]+)-/.exec(element.className)[1];
    if (element.lang !== lang) element.lang = lang;
  };
  const visit = (root) => {
    if (root.nodeType === Node.TEXT_NODE) return text(root);
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    if (root.matches(PART)) mark(root);
    root.querySelectorAll(PART).forEach(mark);
    attributes(root);
    root.querySelectorAll(ATTRIBUTES.map((name) => `[${name}]`).join(',')).forEach(attributes);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) text(walker.currentNode);
  };
  if (!state.observer) {
    state.observer = new MutationObserver((records) => records.forEach((record) => {
      if (record.type === 'childList') record.addedNodes.forEach(visit);
      else if (record.type === 'characterData') text(record.target);
      else attributes(record.target);
    }));
    state.observer.observe(document.body, {subtree: true, childList: true,
      characterData: true, attributes: true, attributeFilter: ATTRIBUTES});
  }
  visit(document.body);
})();"""


def _regex_part(literal: str) -> str:
    return _REGEX_SPECIAL.sub(r"\\\1", literal)


def interface_rules(lang: str) -> list[tuple[str, str]]:
    """The catalogue's ``interface.*`` texts as (pattern, replacement) JavaScript regular
    expressions: Streamlit's English text, whole, to its text in ``lang`` (none in English,
    Streamlit's own language). ``{name}`` matches any text and is carried over."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    rules = []
    for key, texts in CATALOGUE.items():
        if not key.startswith(INTERFACE_PREFIX) or texts[lang] == texts["en"]:
            continue
        english = _PLACEHOLDER.split(texts["en"])
        # split() alternates literal text and placeholder names.
        pattern = "".join(
            f"(?<{part}>.+)" if index % 2 else _regex_part(part)
            for index, part in enumerate(english)
        )
        replacement = "".join(
            f"$<{part}>" if index % 2 else part
            for index, part in enumerate(_PLACEHOLDER.split(texts[lang]))
        )
        rules.append((f"^{pattern}$", replacement))
    return rules


def document_language_script(lang: str) -> str:
    """A script setting the page's ``<html lang>`` to ``lang`` (one of the catalogue's) and
    translating Streamlit's own texts into it (``interface_rules``)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    # Streamlit's sanitiser drops a script whose text holds « < » followed by a letter (as
    # the rules' named groups do): JSON writes it as an escape, the same string to JavaScript.
    rules = json.dumps(interface_rules(lang), ensure_ascii=False).replace("<", "\\u003c")
    return (
        f"<script>document.documentElement.lang = {json.dumps(lang)};\n"
        f"{INTERFACE_SCRIPT % {'rules': rules, 'part': LANGUAGE_PART}}</script>"
    )


def language_part(lang: str, name: str):
    """A container for content written in ``lang`` whatever the page's language (the
    French-only keepers' guide): the page's script gives it ``lang``, so a screen reader
    reads it with the right voice (WCAG 3.1.2, language of parts). ``name`` makes its key."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    return st.container(key=f"{LANGUAGE_PART}-{lang}-{name}")


def render_document_settings(lang: str) -> None:
    """Set the document language and the focus style; takes no room on the page.

    Both go in the sidebar, so a page's own main area holds only what it draws (the
    presenter hides the sidebar, but its elements still run and apply there).
    """
    st.sidebar.html(PAGE_CSS)
    with st.sidebar.container(key=DOCUMENT_KEY):
        st.html(document_language_script(lang), unsafe_allow_javascript=True)
