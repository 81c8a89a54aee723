"""ui.widgets.shorten: sheet text cut on a word boundary with an ellipsis, for links and
chart labels."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ui.widgets import ELLIPSIS, shorten

ENVDATA = (
    "Pour des données environnementales d'intérêt général actionnables par les acteurs du "
    "territoire"
)


def test_short_text_is_kept_whole():
    assert shorten("Civic tech", 60) == "Civic tech"
    assert shorten("x" * 60, 60) == "x" * 60


def test_long_text_is_cut_after_a_whole_word():
    # The overview cut this name at 60 characters as "...général action…".
    assert shorten(ENVDATA, 60) == "Pour des données environnementales d'intérêt général…"
    assert shorten(ENVDATA, 28) == "Pour des données…"


def test_a_cut_right_before_a_space_keeps_the_last_word():
    # "Pour des données" is 16 characters: room for exactly that, then the ellipsis.
    assert shorten(ENVDATA, 17) == "Pour des données…"


def test_dangling_punctuation_goes_before_the_ellipsis():
    assert shorten("Achats publics, numérique responsable", 20) == "Achats publics…"
    assert shorten("Sobriété - services web publics", 14) == "Sobriété…"


def test_one_long_word_is_cut_inside():
    assert shorten("Réemploi reconditionnementdeséquipements", 20) == "Réemploi reconditio…"
    assert shorten("a" * 50, 10) == "a" * 9 + ELLIPSIS


def test_control_characters_and_runs_of_spaces_are_cleaned():
    assert shorten("Civic\u202e  tech\x07\n\tlocale", 40) == "Civic tech locale"
    assert shorten(None, 10) == ""
    assert shorten(float("nan"), 10) == ""


@given(st.text(max_size=200), st.integers(min_value=2, max_value=120))
def test_never_longer_than_asked_and_a_prefix_of_the_text(text, length):
    short = shorten(text, length)
    assert len(short) <= length
    whole = shorten(text, 10**6)
    if short != whole:
        assert short.endswith(ELLIPSIS)
        assert whole.startswith(short[: -len(ELLIPSIS)])
