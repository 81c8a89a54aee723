"""Broken or hostile input: the app says what is wrong, stays up, and keeps what it had.

Sources: a Google Sheet too large or answering nonsense (real gspread against the fake
Sheets API), a truncated or corrupt .xlsx or CSV folder; uploads of the wrong type, too
big, corrupt or a zip bomb; workbooks of empty strings or with ambiguous references. After a
failed upload, the shared source is still what is shown.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

import data_sources.cache as cache
import data_sources.reading.files as files
from coalitions.workbook import matching
from data_sources.reading import gsheets_retry
from tests.app.output import sample_workbook, shown
from tests.fakes.sheets_api import FakeSheetsApi
from ui.navigation import page_scripts

ROOT = Path(__file__).resolve().parents[2]
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
UNREADABLE_APP = "Impossible de lire la source de données."
# The catalogue's French apostrophes are typographic (this said « n'a »).
UPLOAD_FAILED = "Ce fichier n’a pas pu être lu\u202f; la source partagée reste affichée."
PAGES = page_scripts()


@pytest.fixture(autouse=True)
def fresh(monkeypatch):
    """No dataset cached by another test; retries do not sleep."""
    cache.clear_cache()
    monkeypatch.setattr(gsheets_retry, "sleep", lambda seconds: None)
    yield
    cache.clear_cache()


def sample_xlsx(**changes) -> bytes:
    """The sample as an .xlsx; ``changes`` replace whole tabs (title -> rows)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in {**sample_workbook(), **changes}.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def sidebar_texts(at) -> list[str]:
    return [text for _, text in shown(at, "sidebar")]


def shared_source_shown(at) -> bool:
    return any("Exemple intégré" in text for text in sidebar_texts(at))


def upload(at, name: str, data: bytes, mime: str = XLSX_MIME):
    at.sidebar.file_uploader[0].upload(name, data, mime)
    return at.run()


# --------------------------------------------------------------------------- the sheet


def sheet_app(app, api, **kwargs):
    secrets = {"connections": {"gsheets": api.secrets_section("api_key")}}
    return app(secrets=secrets, **kwargs)


def test_a_sheet_over_the_cell_limit_gets_a_clear_message(app):
    api = FakeSheetsApi(sample_workbook(), grid={"coalitions": (100_000, 100)})
    with api.mocked():
        at = sheet_app(app, api)
    assert not at.exception
    assert [e.value for e in at.error] == [UNREADABLE_APP]
    message = at.info[0].value
    assert "au-delà de la limite de 2\u202f000\u202f000" in message
    assert "10\u202f" in message  # the sheet's cells, counted
    # Refused from the metadata alone: the values were never downloaded.
    assert [call.endpoint for call in api.sheets_calls()] == ["metadata"]


MALFORMED = [
    ("metadata", 200, "<html><body>Proxy login</body></html>"),
    ("metadata", 200, {"spreadsheetId": "x"}),
    ("metadata", 200, {"properties": {"title": "t"}, "sheets": [{"properties": {}}]}),
    ("metadata", 200, '{"sheets": [ {"properties": '),
    ("values", 200, {"valueRanges": []}),
    ("values", 200, {"valueRanges": [{"values": [[{"formula": "=1"}]]}] * 7}),
    ("values", 200, {"valueRanges": [{"values": "not rows"}] * 7}),
    ("values", 200, b"\x89PNG\r\n\x1a\n\x00\x00"),
    ("values", 404, None),
    ("metadata", 500, {"unexpected": True}),
    ("metadata", 418, {"error": "teapot"}),
    ("values", 400, {"error": {"message": "no code"}}),
]


@pytest.mark.parametrize(("on", "status", "body"), MALFORMED)
def test_a_malformed_answer_gets_a_clear_message(app, on, status, body):
    api = FakeSheetsApi(sample_workbook())
    api.fail_next(status, body, on=on, times=20)
    with api.mocked():
        at = sheet_app(app, api)
    assert not at.exception
    assert [e.value for e in at.error] == [UNREADABLE_APP]
    assert at.info[0].value.startswith(("Google", "Feuille introuvable", "Les serveurs"))


@pytest.mark.parametrize(("on", "status", "body"), MALFORMED[:5])
def test_after_a_good_read_a_malformed_answer_keeps_the_last_copy(app, on, status, body):
    api = FakeSheetsApi(sample_workbook())
    with api.mocked():
        at = sheet_app(app, api)
        assert not at.exception and not at.error
        cache.clear_cache()  # the TTL runs out
        api.fail_next(status, body, on=on, times=20)
        at.run()
    assert not at.exception
    assert not at.error
    banner = [w.value for w in at.warning]
    assert any("copie enregistrée" in text for text in banner), banner
    assert at.title[0].value  # the page still renders, from the saved copy


# --------------------------------------------------------------------------- local files


def test_a_truncated_xlsx_source_gets_a_clear_message(app, tmp_path):
    path = tmp_path / "coalitions.xlsx"
    data = sample_xlsx()
    path.write_bytes(data[: len(data) // 2])
    at = app(data=path)
    assert not at.exception
    assert [e.value for e in at.error] == [UNREADABLE_APP]
    # The catalogue's French apostrophes are typographic (this said « n'a »).
    assert "n’a pas pu être lu" in at.info[0].value


@pytest.mark.parametrize(
    "content",
    [b"id,nom\x00\x00\x01,maturite\n", b"\xff\xfe\x00i\x00d", b'id,nom\n"envdata,"x\n' * 3],
    ids=["nul-bytes", "utf16", "unbalanced-quotes"],
)
def test_a_corrupt_csv_folder_gets_a_clear_message_or_its_findings(app, tmp_path, content):
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "coalitions.csv").write_bytes(content)
    at = app(data=folder)
    assert not at.exception
    if at.error:
        assert [e.value for e in at.error][0] == UNREADABLE_APP
    else:  # read as text: then validation names what is missing
        assert at.title[0].value


def test_a_missing_source_folder_gets_a_clear_message(app, tmp_path):
    at = app(data=tmp_path / "nowhere")
    assert not at.exception
    assert [e.value for e in at.error] == [UNREADABLE_APP]


# --------------------------------------------------------------------------- uploads


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _corrupt_sheet_xml() -> bytes:
    """A real .xlsx whose first worksheet's XML is cut in the middle of a tag."""
    source = zipfile.ZipFile(io.BytesIO(sample_xlsx()))
    members = {name: source.read(name) for name in source.namelist()}
    members["xl/worksheets/sheet1.xml"] = members["xl/worksheets/sheet1.xml"][:300]
    return _zip(members)


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
BAD_UPLOADS = {
    "png-renamed": ("logo.xlsx", PNG),
    "csv-renamed": ("coalitions.xlsx", b"id;nom;maturite\nenvdata;Donnees;3\n"),
    "old-xls": ("vieux.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512),
    "empty": ("vide.xlsx", b""),
    "truncated": ("coupe.xlsx", sample_xlsx()[:2000]),
    "zip-not-xlsx": ("archive.xlsx", _zip({"readme.txt": b"hello"})),
    "corrupt-xml": ("abime.xlsx", _corrupt_sheet_xml()),
    "html": ("page.xlsx", b"<html><script>alert(1)</script></html>"),
}


@pytest.mark.parametrize("case", list(BAD_UPLOADS))
def test_a_bad_upload_is_refused_and_the_shared_source_stays(app, case):
    name, data = BAD_UPLOADS[case]
    at = app()
    assert shared_source_shown(at)
    upload(at, name, data)
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and errors[0].startswith(UPLOAD_FAILED), errors
    # The catalogue's French apostrophes are typographic (this said « n'a »).
    assert "n’a pas pu être lu" in errors[0]
    assert shared_source_shown(at)
    assert at.title[0].value  # the page is drawn from the shared source
    # The app is still usable: another page renders too.
    at.switch_page("app_pages/data_quality.py").run()
    assert not at.exception and shared_source_shown(at)


def test_a_huge_upload_is_refused_before_it_is_read(app, monkeypatch):
    read = []

    def spy(*args):
        read.append(args)

    spy.clear = cache.load_uploaded.clear
    monkeypatch.setattr(cache, "load_uploaded", spy)
    at = app()
    upload(at, "enorme.xlsx", b"PK\x03\x04" + b"\x00" * (files.MAX_UPLOAD_BYTES + 1))
    assert not at.exception
    assert len(at.error) == 1
    assert read == []
    assert shared_source_shown(at)


def test_a_huge_upload_message_has_no_raw_placeholders(app):
    at = app()
    upload(at, "enorme.xlsx", b"PK\x03\x04" + b"\x00" * (files.MAX_UPLOAD_BYTES + 1))
    message = at.error[0].value
    assert "{" not in message and "dépasse 20 Mo" in message, message


def test_a_zip_bomb_is_refused_without_inflating_it(app, monkeypatch):
    # A small limit stands for the real 400 MB one; the member inflates to 8 MB of zeros.
    monkeypatch.setattr(files, "MAX_XLSX_CONTENT_BYTES", 4 * 1024 * 1024)
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "xl/worksheets/sheet1.xml": bytes(8 << 20)})
    assert len(bomb) < 20_000
    at = app()
    upload(at, "bombe.xlsx", bomb)
    assert not at.exception
    assert at.error[0].value.startswith(UPLOAD_FAILED)
    assert "au-delà de la limite" in at.error[0].value
    assert shared_source_shown(at)


def test_an_upload_over_the_cell_limit_is_refused_with_the_numbers(app, monkeypatch):
    workbook = sample_xlsx()
    at = app()  # the shared sample is read (and cached) under the normal limit
    monkeypatch.setattr(files, "MAX_CELLS", 500)
    upload(at, "gros.xlsx", workbook)
    assert not at.exception
    message = at.error[0].value
    assert message.startswith(UPLOAD_FAILED) and "au-delà de la limite de 500" in message
    assert shared_source_shown(at)


def test_a_good_upload_after_a_bad_one_is_shown(app):
    at = app()
    upload(at, "logo.xlsx", PNG)
    at.sidebar.file_uploader[0].clear()
    upload(at, "bon.xlsx", sample_xlsx())
    assert not at.exception and not at.error
    assert any("«\u00a0bon\\.xlsx\u00a0»" in text for text in sidebar_texts(at)), sidebar_texts(at)


# --------------------------------------------------------------------------- odd content


def _empty_everywhere() -> dict[str, list[list]]:
    """Every tab of the sample with its headers and every cell an empty string."""
    return {
        title: [list(rows[0]), *[[""] * len(rows[0]) for _ in rows[1:]]]
        for title, rows in sample_workbook().items()
    }


def _ambiguous() -> dict[str, list[list]]:
    book = sample_workbook()
    coalitions = book["coalitions"]
    header = coalitions[0]
    at = {matching.match_column("coalitions", str(h)): i for i, h in enumerate(header)}
    first, second = coalitions[1], coalitions[2]
    renamed = list(first)
    renamed[at["name"]] = second[at["id"]]  # a name that is another coalition's id
    twin = list(second)
    twin[at["id"]] = "jumelle"
    twin[at["name"]] = second[at["name"]].upper()  # the same name again, shouted
    book["coalitions"] = [header, renamed, *coalitions[2:], twin]
    width = len(book["memberships"][0])
    reference = [second[at["id"]], "FING", *[None] * (width - 2)]
    self_named = [second[at["name"]].lower(), "Cerema", *[None] * (width - 2)]
    book["memberships"] = [*book["memberships"], reference, self_named]
    return book


@pytest.mark.parametrize(
    "workbook", [_empty_everywhere, _ambiguous], ids=["empty-strings", "ambiguous-references"]
)
@pytest.mark.parametrize("page", PAGES)
def test_odd_workbooks_render_every_page(app, workbook, page, tmp_path):
    path = tmp_path / "odd.xlsx"
    path.write_bytes(sample_xlsx(**workbook()))
    at = app(data=path, page=page)
    assert not at.exception, [e.value for e in at.exception]
    assert not [e for e in at.error if e.value == UNREADABLE_APP]


def test_an_empty_strings_workbook_reports_its_missing_rows(app, tmp_path):
    path = tmp_path / "odd.xlsx"
    path.write_bytes(sample_xlsx(**_empty_everywhere()))
    at = app(data=path, page="app_pages/data_quality.py")
    assert not at.exception
    # No row to show, no row silently dropped either: blank rows are not data.
    assert any("Aucun problème" in s.value for s in at.success) or at.dataframe


def test_a_hostile_sheet_title_is_escaped_in_the_sidebar(app, tmp_path):
    path = tmp_path / "[x](javascript:alert(1)) <img src=x onerror=alert(1)>.xlsx"
    path.write_bytes(sample_xlsx())
    at = app(data=path)
    caption = next(text for text in sidebar_texts(at) if "Classeur" in text)
    assert "](" not in caption and "<img" not in caption


def test_the_fake_serves_json(app):
    # Guard for the malformed cases above: a healthy fake answers JSON the reader accepts.
    api = FakeSheetsApi(sample_workbook())
    with api.mocked():
        at = sheet_app(app, api)
    assert not at.exception and not at.error
    assert api.sheets_requests == 2
    assert json.dumps(api.secrets_section("api_key"))


@pytest.mark.parametrize(
    ("secrets", "environ", "expected"),
    [
        ({}, {}, files.MAX_CELLS),
        ({"dashboard": {"max_cells": 200_000}}, {}, 200_000),
        ({"dashboard": {"max_cells": "1_000_000"}}, {}, 1_000_000),
        ({}, {"RESET_MAX_CELLS": "5000"}, 5000),
        ({"dashboard": {"max_cells": "lots"}}, {"RESET_MAX_CELLS": "-3"}, files.MAX_CELLS),
        ({"dashboard": "oops"}, {}, files.MAX_CELLS),
    ],
)
def test_the_cell_limit_is_configurable(secrets, environ, expected):
    assert files.configured_max_cells(secrets, environ) == expected
