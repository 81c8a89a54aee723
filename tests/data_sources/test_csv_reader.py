"""CSV tabs read by pyarrow give the cells pandas' own reader gives, and fall back to it."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from coalitions.workbook.validation import build_dataset
from data_sources.reading.files import read_csv_folder
from data_sources.reading.loader import SAMPLE_DIR

CASES = {
    "quoted": 'nom,"récit"\n"Données, ouvertes","ligne 1\nligne 2 ""citée"""\n',
    "semicolons": "nom;maturité\nAlpha;3\n Beta ;  \n",
    "bom_and_crlf": "\ufeffnom,maturité\r\nAlpha,3\r\n\r\nGamma,1\r\n",
    "blank_cells": "a,b,c\n,,\nx,,z\n",
    # Pyarrow refuses a row shorter than the first one; pandas pads it.
    "ragged": "a,b,c\n1,2\n3,4,5\n",
    "blank_line_with_spaces": "a,b\n   \n1,2\n",
}


def _pandas(text: str, sep: str) -> list[list[str]]:
    frame = pd.read_csv(io.StringIO(text), header=None, dtype=str, na_filter=False, sep=sep)
    return frame.fillna("").astype(str).to_numpy().tolist()


@pytest.mark.parametrize("name", CASES)
def test_cells_are_those_pandas_reads(tmp_path, name):
    text = CASES[name]
    (tmp_path / f"{name}.csv").write_bytes(text.encode("utf-8"))
    frame = read_csv_folder(tmp_path).tabs[name]
    expected = _pandas(text.removeprefix("\ufeff"), ";" if name == "semicolons" else ",")
    assert frame.fillna("").astype(str).to_numpy().tolist() == expected
    assert list(frame.columns) == list(range(len(expected[0])))


def test_latin1_files_are_read_as_text(tmp_path):
    (tmp_path / "acteurs.csv").write_bytes("nom,catégorie\nCérema,public\n".encode("latin-1"))
    frame = read_csv_folder(tmp_path).tabs["acteurs"]
    assert frame.to_numpy().tolist() == [["nom", "catégorie"], ["Cérema", "public"]]


def test_arrow_text_validates_like_object_text():
    raw = read_csv_folder(SAMPLE_DIR)
    assert all(isinstance(frame[0].dtype, pd.StringDtype) for frame in raw.tabs.values())
    as_objects = {title: frame.astype(object) for title, frame in raw.tabs.items()}
    arrow = build_dataset(raw)
    objects = build_dataset(type(raw)(raw.title, as_objects))
    assert arrow.findings == objects.findings
    for table in ("coalitions", "actors", "memberships", "events", "progress", "updates"):
        pd.testing.assert_frame_equal(getattr(arrow, table), getattr(objects, table))
