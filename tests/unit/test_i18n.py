"""The catalogue: plural entries, typeset French, no « (s) »."""

import re
import sys
import types

import pytest

from coalitions import i18n
from coalitions.format import NBSP, NNBSP
from coalitions.i18n import CATALOGUE, LANGUAGES, translate

PLURAL = {
    "fr": {"one": "{count} coalition lancée", "other": "{count} coalitions lancées"},
    "en": {"one": "{count} coalition launched", "other": "{count} coalitions launched"},
}


@pytest.fixture
def plural_entry(monkeypatch):
    monkeypatch.setitem(CATALOGUE, "test.launched", PLURAL)
    return "test.launched"


@pytest.mark.parametrize(
    ("count", "fr", "en"),
    [
        (0, "0 coalition lancée", "0 coalitions launched"),
        (1, "1 coalition lancée", "1 coalition launched"),
        (2, "2 coalitions lancées", "2 coalitions launched"),
        (1500, f"1{NNBSP}500 coalitions lancées", "1,500 coalitions launched"),
    ],
)
def test_plural_entries_follow_cldr(plural_entry, count, fr, en):
    assert translate(plural_entry, "fr", count=count) == fr
    assert translate(plural_entry, "en", count=count) == en


def test_plural_entry_falls_back_to_other(plural_entry):
    # French millions are CLDR "many", which the entry leaves out.
    assert translate(plural_entry, "fr", count=1_000_000).endswith("coalitions lancées")


def test_plural_entry_needs_a_count(plural_entry):
    with pytest.raises(TypeError, match="count"):
        translate(plural_entry, "fr")


def test_plural_entry_with_other_params(monkeypatch):
    monkeypatch.setitem(
        CATALOGUE,
        "test.joined",
        {"fr": {"one": "{count} arrivée : {names}", "other": "{count} arrivées : {names}"}},
    )
    assert translate("test.joined", "fr", count=2, names="A, B") == "2 arrivées : A, B"


def test_merged_french_is_typeset(monkeypatch):
    module = types.ModuleType("coalitions.i18n.fake_topic")
    module.MESSAGES = {
        "fake.label": {"fr": "Suivant : « ceci » !", "en": "Next: “this”!"},
        "fake.count": {"fr": {"one": "{count} date ?", "other": "{count} dates ?"}, "en": "x"},
    }
    monkeypatch.setitem(sys.modules, "coalitions.i18n.fake_topic", module)
    monkeypatch.setattr(i18n, "_TOPICS", ("fake_topic",))
    merged = i18n._merge()
    assert merged["fake.label"]["fr"] == f"Suivant{NBSP}: «{NBSP}ceci{NBSP}»{NNBSP}!"
    assert merged["fake.label"]["en"] == "Next: “this”!"
    assert merged["fake.count"]["fr"]["other"] == f"{{count}} dates{NNBSP}?"


def _texts(lang):
    for key, texts in CATALOGUE.items():
        text = texts.get(lang)
        forms = text.values() if isinstance(text, dict) else [text]
        for form in forms:
            if form:
                yield key, form


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_guessed_plurals(lang):
    """« (s) », « (e) », « (es) » guess an agreement: plural entries or labels instead."""
    guessed = [(key, text) for key, text in _texts(lang) if re.search(r"\((e|s|es)\)", text)]
    assert guessed == []


@pytest.mark.parametrize(
    ("key", "count", "fr", "en"),
    [
        ("app.errors_banner", 0, "0 ligne écartée", "0 rows left out"),
        ("app.errors_banner", 1, "1 ligne écartée", "1 row left out"),
        ("app.errors_banner", 2, "2 lignes écartées", "2 rows left out"),
        ("presenter.more", 1, "+ 1 autre", "+ 1 more"),
        ("presenter.more", 2, "+ 2 autres", "+ 2 more"),
        ("cli.summary.coalitions", 1, "1 coalition lue", "1 coalition read"),
        ("cli.summary.errors", 0, "0 erreur", "0 errors"),
    ],
)
def test_catalogue_plurals(key, count, fr, en):
    assert translate(key, "fr", count=count) == fr
    assert translate(key, "en", count=count) == en


# A plain space before : ; ! ? », after «, or the wrong no-break space before a mark.
_UNTYPESET = re.compile(f" [:;!?»]|« |{NBSP}[;!?]|{NNBSP}:")


def test_every_french_text_is_typeset():
    assert [(key, text) for key, text in _texts("fr") if _UNTYPESET.search(text)] == []


def test_plural_entries_have_other():
    for key, texts in CATALOGUE.items():
        for lang, text in texts.items():
            if isinstance(text, dict):
                assert "other" in text, (key, lang)


def test_english_texts_have_no_french_typography():
    """English is set as English: no guillemets, no space before a colon or a question mark."""
    french = re.compile(f"[«»{NBSP}{NNBSP}]| [:;!?]")
    assert [(key, text) for key, text in _texts("en") if french.search(text)] == []


# French as written by hand uses the typographic apostrophe ’ (« Vue d’ensemble »). A straight
# one stays only where the text names what the user types in the sheet, spelled as the sheet
# spells it (coalitions/workbook/stages.py and vocabularies.py SHEET_WORDS): each key lists
# the exact words that keep it, and why.
STRAIGHT_APOSTROPHES = {
    # The stage labels one may type in the maturity column, as the template's list spells them.
    "finding.unknown_stage": ("Noyau d'acteurs",),
    "finding.stage_unknown": ("Noyau d'acteurs",),
    # The deliverable kinds one may type in the type column, as the template's list spells them.
    "finding.unknown_deliverable_kind": ("kit d'appropriation", "parcours d'engagement"),
}


def _straight_apostrophes():
    """The French texts with a straight apostrophe outside their allowed sheet words."""
    found = []
    for key, text in _texts("fr"):
        for words in STRAIGHT_APOSTROPHES.get(key, ()):
            text = text.replace(words, "")
        if "'" in text:
            found.append((key, text))
    return found


def test_french_texts_use_the_typographic_apostrophe():
    assert _straight_apostrophes() == []


def test_allowed_straight_apostrophes_are_still_needed():
    """Each allowed sheet word is in its text, with its straight apostrophe."""
    for key, allowed in STRAIGHT_APOSTROPHES.items():
        text = translate(key, "fr")
        for words in allowed:
            assert "'" in words and words in text, (key, words)


@pytest.mark.parametrize(
    ("key", "fr"),
    [
        ("test.planted", "Vue d'ensemble"),
        ("test.planted", {"one": "{count} coalition", "other": "{count} l'ont rejointe"}),
        # An allowed key is allowed its sheet words only.
        ("finding.unknown_stage", "Noyau d'acteurs, à l'étape inconnue"),
    ],
)
def test_a_straight_apostrophe_is_caught(monkeypatch, key, fr):
    monkeypatch.setitem(CATALOGUE, key, {"fr": fr, "en": "Planted"})
    assert [k for k, _ in _straight_apostrophes()] == [key]
