"""coalitions.format: dates, times, numbers, plurals and French typography."""

from datetime import date, datetime, time

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from coalitions.format import (
    NBSP,
    NNBSP,
    apostrophes,
    chart_locale,
    format_date,
    format_datetime,
    format_month,
    format_number,
    format_time,
    format_time_range,
    mid_sentence,
    month_name,
    plural_form,
    typography,
    weekday_name,
)

RESET_DAY_14 = date(2021, 5, 18)  # a Tuesday


@pytest.mark.parametrize(
    ("value", "lang", "weekday", "expected"),
    [
        (RESET_DAY_14, "fr", False, "18 mai 2021"),
        (RESET_DAY_14, "fr", True, "mardi 18 mai 2021"),
        (date(2021, 6, 1), "fr", False, "1er juin 2021"),
        (date(2021, 6, 1), "fr", True, "mardi 1er juin 2021"),
        (date(2021, 6, 11), "fr", False, "11 juin 2021"),
        (date(2021, 8, 21), "fr", False, "21 août 2021"),
        (RESET_DAY_14, "en", False, "18 May 2021"),
        (RESET_DAY_14, "en", True, "Tuesday 18 May 2021"),
        (date(2021, 6, 1), "en", False, "1 June 2021"),
        (pd.Timestamp("2021-05-18 14:30"), "fr", False, "18 mai 2021"),
        (datetime(2021, 5, 18, 14, 30), "en", True, "Tuesday 18 May 2021"),
        (RESET_DAY_14, "de", False, "18 mai 2021"),  # unknown language: French
    ],
)
def test_format_date(value, lang, weekday, expected):
    assert format_date(value, lang, weekday=weekday) == expected


@pytest.mark.parametrize("missing", [None, pd.NaT, float("nan")])
def test_missing_values_are_empty(missing):
    for lang in ("fr", "en"):
        assert format_date(missing, lang) == ""
        assert format_time(missing, lang) == ""
        assert format_datetime(missing, lang) == ""
        assert format_month(missing, lang) == ""
        assert format_number(missing, lang) == ""


@pytest.mark.parametrize(
    ("value", "fr", "en"),
    [
        (time(14, 0), f"14{NBSP}h", "14:00"),
        (time(14, 30), f"14{NBSP}h{NBSP}30", "14:30"),
        (time(9, 5), f"9{NBSP}h{NBSP}05", "09:05"),
        (pd.Timestamp("2021-05-18 18:00"), f"18{NBSP}h", "18:00"),
    ],
)
def test_format_time(value, fr, en):
    assert format_time(value, "fr") == fr
    assert format_time(value, "en") == en
    assert ":" not in format_time(value, "fr")


def test_format_time_range():
    start, end = time(9, 30), time(12, 0)
    assert format_time_range(start, end, "fr") == f"9{NBSP}h{NBSP}30 – 12{NBSP}h"
    assert format_time_range(start, end, "en") == "09:30–12:00"
    assert format_time_range(start, None, "fr") == f"9{NBSP}h{NBSP}30"
    assert format_time_range(start, pd.NaT, "en") == "09:30"


def test_format_datetime():
    value = pd.Timestamp("2021-05-18 14:30")
    assert format_datetime(value, "fr") == f"18 mai 2021 à 14{NBSP}h{NBSP}30"
    assert format_datetime(value, "fr", weekday=True) == f"mardi 18 mai 2021 à 14{NBSP}h{NBSP}30"
    assert format_datetime(value, "en") == "18 May 2021 at 14:30"
    # Midnight is a plain date (the sheet's dates without a time).
    assert format_datetime(pd.Timestamp("2021-06-01"), "fr") == "1er juin 2021"
    assert format_datetime(date(2021, 6, 1), "en") == "1 June 2021"


def test_months():
    assert format_month(date(2021, 5, 18), "fr") == "mai 2021"
    assert format_month(date(2021, 5, 18), "en") == "May 2021"
    assert [month_name(m, "fr") for m in (1, 8, 12)] == ["janvier", "août", "décembre"]
    assert [month_name(m, "en") for m in (1, 8, 12)] == ["January", "August", "December"]
    assert [weekday_name(d, "fr") for d in (0, 1, 6)] == ["lundi", "mardi", "dimanche"]
    assert [weekday_name(d, "en") for d in (0, 1, 6)] == ["Monday", "Tuesday", "Sunday"]


def test_format_number():
    assert format_number(1234567, "fr") == f"1{NNBSP}234{NNBSP}567"
    assert format_number(1234567, "en") == "1,234,567"
    assert format_number(12, "fr") == "12"
    assert format_number(2.5, "fr", decimals=1) == "2,5"
    assert format_number(2.0, "fr", decimals=1) == "2"
    assert format_number(1234.5, "en", decimals=2) == "1,234.5"
    assert format_number(2.46, "fr") == "2"


@pytest.mark.parametrize(
    ("count", "fr", "en"),
    [(0, "one", "other"), (1, "one", "one"), (2, "other", "other"), (21, "other", "other")],
)
def test_plural_form(count, fr, en):
    assert plural_form(count, "fr") == fr
    assert plural_form(count, "en") == en


@pytest.mark.parametrize(
    ("label", "inside"),
    [
        ("Intéressé", "intéressé"),
        ("En cours", "en cours"),
        ("Civic tech", "civic tech"),
        ("Partner", "partner"),
        ("Reset Day", "Reset Day"),
        ("RGAA", "RGAA"),
        ("", ""),
    ],
)
def test_mid_sentence(label, inside):
    assert mid_sentence(label) == inside


def test_typography_french_spacing():
    text = "Prochaine étape : le lancement ; enfin ! Qui vient ? Il a dit « oui »."
    assert typography(text, "fr") == (
        f"Prochaine étape{NBSP}: le lancement{NNBSP}; enfin{NNBSP}! Qui vient{NNBSP}? "
        f"Il a dit «{NBSP}oui{NBSP}»."
    )


def test_typography_adds_space_inside_guillemets_and_fixes_wrong_spaces():
    assert typography("«oui»", "fr") == f"«{NBSP}oui{NBSP}»"
    assert typography(f"Note{NNBSP}: là  {NBSP}!", "fr") == f"Note{NBSP}: là{NNBSP}!"


@pytest.mark.parametrize(
    "text",
    [
        "https://reset.fing.org/agenda?mois=5#jour",
        "Rendez-vous à 14:00 (donnée brute)",
        "a;b!c?d:e",
        "mailto:contact@example.org",
    ],
)
def test_typography_leaves_text_without_spaces(text):
    assert typography(text, "fr") == text


def test_typography_keeps_urls_in_a_sentence():
    text = "Pour rejoindre : https://reset.fing.org/?c=envdata ! Merci"
    assert typography(text, "fr") == (
        f"Pour rejoindre{NBSP}: https://reset.fing.org/?c=envdata{NNBSP}! Merci"
    )


def test_typography_leaves_english_alone():
    assert typography("Next step : launch !", "en") == "Next step : launch !"
    assert typography("", "fr") == ""


@given(st.text(alphabet=" \u00a0\u202f:;!?«»ab/1\n", max_size=40))
def test_typography_is_idempotent(text):
    once = typography(text, "fr")
    assert typography(once, "fr") == once
    for mark in ":;!?»":
        assert f" {mark}" not in once
    assert "« " not in once


def test_format_list():
    from coalitions.format import format_list

    assert format_list(["A", "B", "C"]) == "A, B et C"
    assert format_list(["A", "B", "C"], "en") == "A, B, and C"
    assert format_list(["A"]) == "A" and format_list([]) == ""


def test_chart_locale_gives_plotly_the_languages_names_and_separators():
    french = chart_locale("fr")
    assert french["locale"] == "fr"
    names = french["locales"]["fr"]["format"]
    assert names["shortMonths"] == [
        "janv.", "févr.", "mars", "avr.", "mai", "juin",
        "juil.", "août", "sept.", "oct.", "nov.", "déc.",
    ]  # fmt: skip
    assert names["months"][7] == "août"
    # d3 starts the week on Sunday.
    assert names["days"][:2] == ["dimanche", "lundi"]
    assert (names["decimal"], names["thousands"]) == (",", NNBSP)
    english = chart_locale("en")["locales"]["en"]["format"]
    assert (english["shortMonths"][6], english["shortDays"][0], english["decimal"]) == (
        "Jul",
        "Sun",
        ".",
    )


def test_chart_locale_gives_plotly_its_toolbar_texts_in_french_only():
    french = chart_locale("fr")["locales"]["fr"]["dictionary"]
    # The buttons of the toolbar Plotly draws over the dashboard's charts, and its hint.
    toolbar = ("Download plot as a PNG", "Zoom in", "Zoom out", "Pan", "Autoscale", "Reset axes")
    assert [french[label] for label in toolbar] == [
        "Télécharger le graphique en fichier PNG",
        "Zoom intérieur",
        "Zoom extérieur",
        "Translation",
        "Échelle automatique",
        "Réinitialiser les axes",
    ]
    assert french["Double-click to zoom back out"] == "Double-cliquer pour dézoomer"
    # French spacing, as the catalogue's: a no-break space before « : ».
    assert french["median:"] == f"médiane{NBSP}:"
    # English is Plotly's own language: nothing to translate.
    assert chart_locale("en")["locales"]["en"]["dictionary"] == {}


def test_apostrophes_are_typographic_in_french_prose_only():
    assert apostrophes("l'offre d'aujourd'hui, L'ICPC") == "l’offre d’aujourd’hui, L’ICPC"
    # Web and e-mail addresses keep what was typed; so do quotes and English.
    typed = "voir https://x.example.org/l'offre?q=l'a et o'neil@x.example.org, l'été"
    assert apostrophes(typed) == (
        "voir https://x.example.org/l'offre?q=l'a et o'neil@x.example.org, l’été"
    )
    assert apostrophes("mailto:o'neil@x.example.org") == "mailto:o'neil@x.example.org"
    assert apostrophes("'cité' et 12'") == "'cité' et 12'"
    assert apostrophes("l'offre", "en") == "l'offre"
    assert apostrophes(apostrophes("l'offre")) == "l’offre"
