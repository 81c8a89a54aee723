"""Appending updates to a CSV folder and an .xlsx file: placement, audit columns, no loss."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill

from coalitions.updates.appends import NewRow
from coalitions.workbook import matching, schema
from data_sources.atomic import locked
from data_sources.reading.files import read_csv_folder, read_xlsx
from data_sources.reading.loader import SAMPLE_DIR, SourceSpec, load_local, spec_for
from data_sources.writing import file_writers
from data_sources.writing.writers import WriteError, open_writer
from tests.conftest import ROOT, run_concurrently


def news(ref: str, text: str = "Atelier tenu", coalition: str = "envdata") -> NewRow:
    return NewRow.make(
        "updates",
        {
            "date": "2026-11-24",
            "coalition": coalition,
            "news": text,
            "next_step": "Restitution",
            "author": "Léa",
            "entered_by": "lea@fing.org",
            "entered_at": "2026-11-24T10:00:00Z",
            "ref": ref,
        },
    )


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    folder = tmp_path / "classeur"
    shutil.copytree(SAMPLE_DIR, folder)
    return folder


def records(path: Path) -> list[dict[str, str]]:
    """The rows of a comma-separated UTF-8 tab, by header."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


# --------------------------------------------------------------------------- CSV


def test_the_sample_is_read_only_even_through_its_path():
    for source in (
        spec_for(str(SAMPLE_DIR)),
        SourceSpec("sample", str(SAMPLE_DIR)),
    ):
        writer = open_writer(source)
        assert not writer.can_write and writer.refusal == "read_only"
        with pytest.raises(WriteError) as caught:
            writer.append([news("r1")])
        assert caught.value.reason == "read_only"
        assert "README" in caught.value.message("fr")


def test_a_csv_row_lands_under_french_headers_and_the_earlier_lines_stay(sample_copy):
    path = sample_copy / "updates.csv"
    before = path.read_bytes()
    open_writer(str(sample_copy)).append([news("r1", "=1+1 <b>gras</b>\nligne deux")])
    after = path.read_bytes()
    old_header, _, old_rest = before.partition(b"\n")
    new_header, _, new_rest = after.partition(b"\n")
    # The header line is only extended, once, with the audit columns in French.
    assert new_header == old_header + ",saisi par,saisi le,réf.".encode()
    assert new_rest.startswith(old_rest)
    dataset = load_local(spec_for(str(sample_copy)))
    last = dataset.updates.iloc[-1]
    assert last["news"] == "=1+1 <b>gras</b>\nligne deux"
    assert (last["next_step"], last["author"], last["ref"]) == ("Restitution", "Léa", "r1")
    assert last["entered_by"] == "lea@fing.org"
    assert not [f for f in dataset.findings if f.tab == "updates"]


def test_csv_headers_in_any_order_and_language(tmp_path):
    folder = tmp_path / "wb"
    folder.mkdir()
    (folder / "coalitions.csv").write_text("id,name,stage\nenvdata,Données,3\n", "utf-8")
    # English names, shuffled, an unknown column, audit columns already there, ; and CRLF,
    # no newline at the end of the last line.
    (folder / "nouvelles.csv").write_bytes(
        b"ref;Author;remarque;NEWS;Coalition;entered_by;Date;Entered At\r\n"
        b"old;Ana;x;Vieux;envdata;;2026-01-01;"
    )
    open_writer(str(folder)).append([news("r2")])
    lines = (folder / "nouvelles.csv").read_bytes().split(b"\r\n")
    assert lines[1] == b"old;Ana;x;Vieux;envdata;;2026-01-01;"
    fields = lines[2].decode().split(";")
    assert fields[:8] == [
        "r2",
        "Léa",
        "",
        "Atelier tenu",
        "envdata",
        "lea@fing.org",
        "2026-11-24",
        "2026-11-24T10:00:00Z",
    ]
    # next_step was missing: added after the last column, named in the tab's language.
    assert lines[0].endswith(b";next_step")
    assert fields[8] == "Restitution"


def test_a_missing_tab_becomes_a_new_file_with_every_header(sample_copy):
    (sample_copy / "deliverables.csv").unlink()
    row = NewRow.make(
        "deliverables",
        {"coalition": "envdata", "title": "guide", "status": "fait", "ref": "d1"},
    )
    open_writer(str(sample_copy)).append([row])
    text = (sample_copy / "deliverables.csv").read_text("utf-8")
    assert text.splitlines() == [
        "coalition,title,status,date,kind,url,entered_by,entered_at,ref",
        "envdata,guide,fait,,,,,,d1",
    ]


def test_a_row_already_written_is_not_written_again(sample_copy):
    writer = open_writer(str(sample_copy))
    writer.append([news("r1"), news("r1")])
    writer.append([news("r1"), news("r3")])
    refs = [r["réf."] for r in records(sample_copy / "updates.csv") if r["réf."]]
    assert refs == ["r1", "r3"]


def test_twenty_concurrent_csv_posts_give_twenty_rows(sample_copy):
    before = (sample_copy / "updates.csv").read_bytes().partition(b"\n")[2]

    def post(number: int) -> None:
        # One writer per session, as separate servers would have.
        open_writer(str(sample_copy)).append([news(f"c{number}", f"Nouvelle {number}")])

    assert run_concurrently(post, 20) == []
    rows = records(sample_copy / "updates.csv")
    assert sorted(r["réf."] for r in rows if r["réf."]) == sorted(f"c{n}" for n in range(20))
    assert {r["nouvelles"] for r in rows} >= {f"Nouvelle {n}" for n in range(20)}
    assert (sample_copy / "updates.csv").read_bytes().partition(b"\n")[2].startswith(before)


def test_a_busy_file_is_a_retryable_error(sample_copy, monkeypatch):
    monkeypatch.setattr(file_writers, "LOCK_TIMEOUT", 0.2)
    lock = sample_copy / ".reset-write.lock"
    with locked(lock, timeout=1), pytest.raises(WriteError) as caught:
        open_writer(str(sample_copy)).append([news("r1")])
    assert caught.value.reason == "locked" and caught.value.retryable


def test_a_latin1_file_stays_latin1(tmp_path):
    folder = tmp_path / "wb"
    folder.mkdir()
    (folder / "updates.csv").write_bytes(
        "date;coalition;nouvelles\n2026-01-01;envdata;Été\n".encode("latin-1")
    )
    open_writer(str(folder)).append([news("r1", "Réunion à Lyon")])
    text = (folder / "updates.csv").read_bytes().decode("latin-1")
    assert text.splitlines()[-1].startswith("2026-11-24;envdata;Réunion à Lyon;")
    with pytest.raises(WriteError) as caught:
        open_writer(str(folder)).append([news("r2", "Emoji 🎉")])
    assert caught.value.reason == "unwritable" and not caught.value.retryable


def test_a_single_csv_file_cannot_be_written(sample_copy):
    writer = open_writer(str(sample_copy / "updates.csv"))
    assert not writer.can_write and writer.refusal == "unwritable"


# --------------------------------------------------------------------------- xlsx


@pytest.fixture
def workbook_file(tmp_path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "coalitions"
    sheet.append(["id", "nom", "maturité"])
    sheet.append(["envdata", "Données", 3])
    sheet["A1"].font = Font(bold=True)
    sheet["B2"].fill = PatternFill("solid", fgColor="FFEE00")
    sheet.column_dimensions["B"].width = 42
    news_tab = book.create_sheet("Nouvelles")
    news_tab.append(["Coalition", "Date", "Nouvelles", "Commentaire libre"])
    news_tab.append(["envdata", "2026-01-01", "Ancienne", "gardé"])
    book.create_sheet("Notes").append(["libre", "=SUM(1,2)"])
    path = tmp_path / "classeur.xlsx"
    book.save(path)
    return path


def test_xlsx_keeps_other_tabs_and_formatting_and_writes_formulas_as_text(workbook_file):
    open_writer(str(workbook_file)).append([news("x1", "=1+1")])
    book = load_workbook(workbook_file)
    assert book.sheetnames == ["coalitions", "Nouvelles", "Notes"]
    assert book["coalitions"]["A1"].font.bold
    assert book["coalitions"]["B2"].fill.fgColor.rgb == "00FFEE00"
    assert book["coalitions"].column_dimensions["B"].width == 42
    assert book["Notes"]["B1"].value == "=SUM(1,2)"  # a formula typed in the file stays one
    tab = book["Nouvelles"]
    assert [c.value for c in tab[1]] == [
        "Coalition",
        "Date",
        "Nouvelles",
        "Commentaire libre",
        "prochaine étape",
        "auteur",
        "saisi par",
        "saisi le",
        "réf.",
    ]
    assert [c.value for c in tab[2]][:4] == ["envdata", "2026-01-01", "Ancienne", "gardé"]
    cell = tab["C3"]
    assert (cell.value, cell.data_type) == ("=1+1", "s")
    with zipfile.ZipFile(workbook_file) as archive:
        names = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sum(archive.read(n).count(b"<f>") for n in names) == 1  # only Notes!B1
    raw = read_xlsx(workbook_file)
    assert "=1+1" in raw.tabs["Nouvelles"].iloc[2].tolist()


def test_twenty_concurrent_xlsx_posts_give_twenty_rows(workbook_file):

    def post(number: int) -> None:
        open_writer(str(workbook_file)).append([news(f"c{number}", f"N{number}")])

    assert run_concurrently(post, 20) == []
    frame = read_xlsx(workbook_file).tabs["Nouvelles"]
    assert frame.shape[0] == 22  # header, the old row, twenty new ones
    assert sorted(frame[8].dropna().tolist()[1:]) == sorted(f"c{n}" for n in range(20))
    assert frame.iloc[1].tolist()[:4] == ["envdata", "2026-01-01", "Ancienne", "gardé"]


def test_xlsx_missing_tab_is_created_in_the_workbook_language(workbook_file):
    row = NewRow.make(
        "progress", {"date": "2026-11-24", "coalition": "envdata", "stage": "4", "ref": "p1"}
    )
    open_writer(str(workbook_file)).append([row, row])
    raw = read_xlsx(workbook_file)
    assert raw.tabs["avancement"].values.tolist() == [
        ["date", "coalition", "maturité", "commentaire", "saisi par", "saisi le", "réf."],
        ["2026-11-24", "envdata", "4", None, None, None, "p1"],
    ]


def test_a_csv_folder_written_reads_back(sample_copy):
    open_writer(str(sample_copy)).append([news("r9")])
    assert "updates" in read_csv_folder(sample_copy).tabs


def test_an_empty_xlsx_tab_gets_every_header(workbook_file):
    book = load_workbook(workbook_file)
    book.create_sheet("livrables")
    book.save(workbook_file)
    row = NewRow.make("deliverables", {"coalition": "envdata", "title": "guide", "ref": "d1"})
    open_writer(str(workbook_file)).append([row])
    assert read_xlsx(workbook_file).tabs["livrables"].values.tolist() == [
        [
            "coalition",
            "livrable",
            "statut",
            "date",
            "type",
            "lien",
            "saisi par",
            "saisi le",
            "réf.",
        ],
        ["envdata", "guide", None, None, None, None, None, None, "d1"],
    ]


UPDATE_COLUMNS = list(schema.UPDATES.columns)


@settings(max_examples=25)
@given(
    order=st.permutations(range(len(UPDATE_COLUMNS))),
    names=st.lists(st.integers(0, 3), min_size=len(UPDATE_COLUMNS), max_size=len(UPDATE_COLUMNS)),
    keep=st.integers(2, len(UPDATE_COLUMNS)),
    shout=st.booleans(),
)
def test_values_land_under_their_headers_whatever_the_order_and_language(
    tmp_path_factory, order, names, keep, shout
):
    folder = tmp_path_factory.mktemp("wb")
    header = []
    for index in order[:keep]:
        column = UPDATE_COLUMNS[index]
        spellings = [column.name, *column.aliases]
        text = spellings[names[index] % len(spellings)]
        header.append(text.upper() if shout else text)
    (folder / "nouvelles.csv").write_text(",".join(header) + "\n", "utf-8")
    row = news("p1", "Texte, avec virgule")
    open_writer(str(folder)).append([row])
    raw = read_csv_folder(folder).tabs["nouvelles"]
    written = {
        matching.match_column("updates", title): value
        for title, value in zip(raw.iloc[0], raw.iloc[1], strict=True)
        if value != ""
    }
    assert written == row.as_dict()
    assert raw.iloc[0].tolist()[:keep] == header  # no existing column moved


def test_two_servers_posting_to_one_folder_lose_nothing(sample_copy):
    # Separate processes, as two dashboards on one shared folder: the lock is the file's.
    script = (
        "import sys\n"
        "from coalitions.updates.appends import NewRow\n"
        "from data_sources.writing.writers import open_writer\n"
        "for n in range(5):\n"
        "    row = NewRow.make('updates', {'date': '2026-11-24', 'coalition': 'envdata',\n"
        "                                  'news': 'N', 'ref': f'{sys.argv[1]}-{n}'})\n"
        f"    open_writer({str(sample_copy)!r}).append([row])\n"
    )
    servers = [
        subprocess.Popen([sys.executable, "-c", script, name], cwd=ROOT) for name in ("a", "b")
    ]
    assert [server.wait(timeout=120) for server in servers] == [0, 0]
    refs = sorted(r["réf."] for r in records(sample_copy / "updates.csv") if r["réf."])
    assert refs == sorted(f"{name}-{n}" for name in "ab" for n in range(5))
