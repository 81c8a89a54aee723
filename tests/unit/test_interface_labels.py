"""Streamlit's own labels in the page's language (ui.accessibility): the rules the page's
script applies, and the installed Streamlit still writing each English text translated.

The page itself is checked in Chromium (tests/browser/test_every_page.py: no English word on
a French page, no French word on an English page, Streamlit's and Plotly's included).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import streamlit

from coalitions.format import NBSP
from coalitions.i18n import CATALOGUE
from ui.accessibility import INTERFACE_PREFIX, document_language_script, interface_rules

FRONTEND = Path(streamlit.__file__).parent / "static" / "static" / "js"
INTERFACE = sorted(key for key in CATALOGUE if key.startswith(INTERFACE_PREFIX))


@pytest.fixture(scope="module")
def frontend() -> str:
    """The text of every script of the installed Streamlit's frontend."""
    scripts = sorted(FRONTEND.glob("*.js"))
    assert scripts, f"no frontend scripts in {FRONTEND}"
    return "\n".join(path.read_text(encoding="utf-8") for path in scripts)


@pytest.mark.parametrize("key", INTERFACE)
def test_streamlit_still_writes_each_text_the_catalogue_translates(frontend, key):
    # A Streamlit upgrade rewording a label would leave it in English on a French page.
    # Streamlit's code writes texts as `template literals`, a filled part as ${...}.
    english = CATALOGUE[key]["en"]
    if unit := re.fullmatch(r"\{\w+\}(\w+)", english):
        # A size's unit (« 20MB »): the unit is a literal of its own.
        assert f"`{unit.group(1)}`" in frontend
        return
    literal = "".join(
        r"\$\{[^}]+\}" if index % 2 else re.escape(part)
        for index, part in enumerate(re.split(r"\{(\w+)\}", english))
    )
    assert re.search(f"`{literal}`", frontend), f"{english!r} is not in Streamlit's frontend"


def apply(rules: list[tuple[str, str]], text: str) -> str:
    """What the page's script makes of ``text`` (JavaScript's regular expressions, run by
    Python's: named groups ``(?<n>`` and ``$<n>`` written the Python way)."""
    for pattern, replacement in rules:
        match = re.fullmatch(pattern.replace("(?<", "(?P<").strip("^$"), text)
        if match:
            parts = re.split(r"\$<(\w+)>", replacement)
            return "".join(
                apply(rules, match.group(part)) if index % 2 else part
                for index, part in enumerate(parts)
            )
    return text


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("Upload", "Parcourir"),
        ("20MB per file", "20 Mo par fichier"),
        ("Help for Centrer sur", f"Aide{NBSP}: Centrer sur"),
        ("Remove Médiation numérique pérenne", "Retirer Médiation numérique pérenne"),
        ("Show/hide columns", "Afficher ou masquer des colonnes"),
        ("Running...", "Calcul en cours…"),
        ("Press Ctrl+Enter to submit form", "Appuyez sur Ctrl+Entrée pour envoyer le formulaire"),
        ("Press Enter to apply", "Appuyez sur Entrée pour appliquer"),
        ("Shortcut ←", "Raccourci ←"),
        # Only whole texts: Streamlit's words inside a longer text are someone else's.
        ("Search the sheet", "Search the sheet"),
        ("Uploaded", "Uploaded"),
    ],
)
def test_french_rules_translate_streamlits_whole_texts(english, french):
    assert apply(interface_rules("fr"), english) == french


def test_every_french_rule_applies_to_its_own_english_text():
    rules = interface_rules("fr")
    for key in INTERFACE:
        english = re.sub(r"\{\w+\}", "7", CATALOGUE[key]["en"])
        assert apply(rules, english) != english, key


def test_english_is_streamlits_own_language():
    assert interface_rules("en") == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_script_passes_streamlits_sanitiser(lang):
    # Streamlit's html element drops a script whose text holds « < » then a letter or « / ».
    script = document_language_script(lang)
    body = script.removeprefix("<script>").removesuffix("</script>")
    assert not re.search(r"<[\w/!]", body)
    assert f'document.documentElement.lang = "{lang}"' in script


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError):
        interface_rules("de")
