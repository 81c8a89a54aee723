"""Appending to a Google Sheet: real gspread against the fake Sheets API (values:append)."""

from __future__ import annotations

import pytest
import requests
from gspread.exceptions import APIError

from coalitions.updates.appends import NewRow
from data_sources.reading import gsheets_retry
from data_sources.reading.gsheets import read_sheet
from data_sources.reading.gsheets_client import READONLY_SCOPE, WRITE_SCOPE, make_client
from data_sources.writing import outbox
from data_sources.writing.sheet_writer import APPEND_PARAMS
from data_sources.writing.writers import WriteError, open_writer
from tests.app.output import sample_workbook
from tests.conftest import run_concurrently
from tests.fakes.sheets_api import DEFAULT_EMAIL, FakeSheetsApi


def news(ref: str, text: str = "Atelier tenu") -> NewRow:
    return NewRow.make(
        "updates",
        {
            "date": "2026-11-24",
            "coalition": "envdata",
            "news": text,
            "author": "Léa",
            "entered_by": "lea@fing.org",
            "entered_at": "2026-11-24T10:00:00Z",
            "ref": ref,
        },
    )


@pytest.fixture(autouse=True)
def _no_waiting(monkeypatch):
    monkeypatch.setattr(gsheets_retry, "sleep", lambda seconds: None)


def api_with(**tabs) -> FakeSheetsApi:
    return FakeSheetsApi(
        {"coalitions": [["id", "nom", "maturité"], ["envdata", "Données", 3]], **tabs}
    )


def writer_for(api: FakeSheetsApi, mode: str = "service_account"):
    section = api.secrets_section(mode)
    return open_writer(section["spreadsheet"], section)


def test_rows_land_under_french_headers_in_any_order_with_audit_columns_added():
    api = api_with(
        Nouvelles=[
            ["Auteur", "Coalition", "remarque", "Nouvelles", "Date"],
            ["Ana", "achat", "x", "Vieux", "2026-01-01"],
            [],
            ["note tapée sous le tableau"],
        ]
    )
    with api.mocked():
        writer_for(api).append([news("r1", "=1+1 <b>x</b>")])
    rows = api.workbook["Nouvelles"]
    assert rows[0] == [
        "Auteur",
        "Coalition",
        "remarque",
        "Nouvelles",
        "Date",
        "saisi par",
        "saisi le",
        "réf.",
    ]
    assert rows[1] == ["Ana", "achat", "x", "Vieux", "2026-01-01"]
    assert rows[2] == [
        "Léa",
        "envdata",
        "",
        "=1+1 <b>x</b>",
        "2026-11-24",
        "lea@fing.org",
        "2026-11-24T10:00:00Z",
        "r1",
    ]
    # INSERT_ROWS: the blank row and the note below the table moved down, untouched.
    assert rows[3:] == [[], ["note tapée sous le tableau"]]
    (appended,) = api.appended
    assert appended.value_input_option == "RAW" and appended.cells[3] == "=1+1 <b>x</b>"
    append_call = next(c for c in api.sheets_calls() if c.endpoint == "append")
    assert {k: v[0] for k, v in append_call.params.items()} == APPEND_PARAMS


def test_english_headers_and_a_grid_too_narrow_for_the_audit_columns():
    api = api_with(updates=[["coalition", "date", "news", "ref"]])
    api.grid["updates"] = (1000, 4)
    with api.mocked():
        writer_for(api).append([news("r1")])
    header, row = api.workbook["updates"]
    assert header == ["coalition", "date", "news", "ref", "author", "entered_by", "entered_at"]
    assert row == [
        "envdata",
        "2026-11-24",
        "Atelier tenu",
        "r1",
        "Léa",
        "lea@fing.org",
        "2026-11-24T10:00:00Z",
    ]
    assert api.grid["updates"][1] == 7


def test_a_missing_tab_is_added_with_every_header_and_reads_back():
    api = FakeSheetsApi(sample_workbook())
    del api.workbook["updates"]
    with api.mocked():
        writer_for(api).append([news("r1")])
        workbook = read_sheet(api.url, api.secrets_section())
    tab = workbook.tabs["updates"]
    assert tab.iloc[0].tolist() == [
        "date",
        "coalition",
        "news",
        "next_step",
        "obstacles",
        "author",
        "meeting",
        "entered_by",
        "entered_at",
        "ref",
    ]
    assert tab.iloc[1].tolist()[-1] == "r1"


def test_twenty_concurrent_posts_give_twenty_rows_and_overwrite_none():
    api = FakeSheetsApi(sample_workbook())
    before = [list(row) for row in api.workbook["updates"]]

    def post(number: int) -> None:
        writer_for(api).append([news(f"c{number}", f"Nouvelle {number}")])

    with api.mocked():
        assert run_concurrently(post, 20) == []
    rows = api.workbook["updates"]
    assert len(rows) == len(before) + 20
    assert [row[: len(before[0])] for row in rows[1 : len(before)]] == before[1:]
    assert sorted(row[-1] for row in rows[len(before) :]) == sorted(f"c{n}" for n in range(20))


@pytest.mark.parametrize(
    "fault",
    [
        dict(exception=requests.ReadTimeout("read timed out")),
        dict(exception=requests.ConnectionError("connection reset by peer")),
        dict(status=503),
    ],
    ids=["timeout", "reset", "503"],
)
def test_a_failure_after_the_write_reached_google_gives_one_row(fault):
    api = api_with(updates=[["date", "coalition", "news", "entered_by", "entered_at", "ref"]])
    api.fail_next(**fault, on="append", after=True)
    with api.mocked():
        writer_for(api).append([news("r1"), news("r2")])
    assert [row[5] for row in api.workbook["updates"][1:]] == ["r1", "r2"]
    assert len(api.appended) == 2  # one append request wrote both; none was sent again


def test_a_rate_limited_append_wrote_nothing_and_is_sent_again():
    api = api_with(updates=[["date", "coalition", "news", "entered_by", "entered_at", "ref"]])
    api.fail_next(429, on="append")
    with api.mocked():
        writer_for(api).append([news("r1")])
    assert [row[5] for row in api.workbook["updates"][1:]] == ["r1"]
    assert [c.endpoint for c in api.sheets_calls()].count("append") == 2


def test_a_row_already_in_the_sheet_is_not_sent():
    api = api_with(updates=[["date", "coalition", "ref"], ["2026-11-24", "envdata", "r1"]])
    with api.mocked():
        writer_for(api).append([news("r1")])
    assert api.appended == []


def test_an_api_key_cannot_write_and_the_reader_stays_read_only():
    api = api_with(updates=[["date", "coalition", "news"]])
    writer = writer_for(api, "api_key")
    assert (writer.can_write, writer.refusal) == (False, "api_key")
    with api.mocked():
        reader = make_client(api.secrets_section())
        reader.http_client.fetch_sheet_metadata(api.key)
        writer_for(api).append([news("r1")])
        # The reader's token only reads: Google refuses it any write.
        with pytest.raises(APIError) as refused:
            reader.http_client.values_append(
                api.key, "updates!A1", params=dict(APPEND_PARAMS), body={"values": [["x"]]}
            )
    assert refused.value.response.status_code == 403
    scopes = sorted(grant["scope"] for grant in api.issued_tokens.values())
    assert scopes == sorted([READONLY_SCOPE, WRITE_SCOPE])


def test_a_sheet_shared_read_only_says_to_share_it_as_editor():
    api = FakeSheetsApi(sample_workbook(), editors=())
    with api.mocked(), pytest.raises(WriteError) as caught:
        writer_for(api).append([news("r1")])
    assert caught.value.reason == "forbidden" and not caught.value.retryable
    assert DEFAULT_EMAIL in caught.value.message("fr")
    assert "éditeur" in caught.value.message("fr")
    assert "private_key" not in str(caught.value)


def test_an_outage_keeps_the_update_and_the_next_read_sends_it_once(tmp_path):
    api = FakeSheetsApi(sample_workbook())
    rows_before = len(api.workbook["updates"])
    box = tmp_path / "outbox"
    api.fail_next(exception=requests.ConnectionError("no route to host"), times=1000)
    with api.mocked():
        assert outbox.submit(writer_for(api), [news("r1")], box) == outbox.QUEUED
    assert len(api.workbook["updates"]) == rows_before
    assert [u.coalition for u in outbox.pending(box)] == ["envdata"]
    api.clear_faults()
    with api.mocked():
        assert outbox.flush(writer_for(api), box) == 1  # a restarted server: a new writer
        assert outbox.flush(writer_for(api), box) == 0
    assert [row[-1] for row in api.workbook["updates"][rows_before:]] == ["r1"]


def test_twenty_sessions_submitting_at_once_all_send_each_update_once(tmp_path):
    api = FakeSheetsApi(sample_workbook())
    before = len(api.workbook["updates"])
    box = tmp_path / "outbox"
    statuses = []

    def post(number: int) -> None:
        statuses.append(outbox.submit(writer_for(api), [news(f"s{number}")], box))

    with api.mocked():
        assert run_concurrently(post, 20) == []
    assert statuses == ["sent"] * 20
    assert sorted(row[-1] for row in api.workbook["updates"][before:]) == sorted(
        f"s{n}" for n in range(20)
    )
    assert outbox.pending(box) == []
