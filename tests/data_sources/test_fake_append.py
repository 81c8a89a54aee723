"""The fake Sheets API's writes behave like Google's, as gspread's recorded cassettes show
(burnash/gspread tests/cassettes/WorksheetTest.test_append_row*.json), driven by gspread's
own high-level API."""

from __future__ import annotations

import gspread
import pytest

from data_sources.reading.gsheets_client import WRITE_SCOPE, make_client
from tests.fakes.sheets_api import AppendedRow, FakeSheetsApi, Formula


@pytest.fixture
def api():
    fake = FakeSheetsApi({"Sheet1": [], "data": [["a", "b"], ["1", "2"], [], ["below"]]})
    with fake.mocked():
        yield fake


def sheet(api, title):
    client = make_client(api.secrets_section(), scopes=(WRITE_SCOPE,))
    return client.open_by_key(api.key).worksheet(title)


def test_append_to_an_empty_tab_answers_like_the_cassette(api):
    answer = sheet(api, "Sheet1").append_row(["x 1", "", "x 3"], value_input_option="RAW")
    assert "tableRange" not in answer
    assert answer["updates"] == {
        "spreadsheetId": api.key,
        "updatedRange": "Sheet1!A1:C1",
        "updatedRows": 1,
        "updatedColumns": 3,
        "updatedCells": 3,
    }
    answer = sheet(api, "Sheet1").append_row(["y"], value_input_option="RAW", table_range="A1")
    assert answer["tableRange"] == "Sheet1!A1:C1"
    assert answer["updates"]["updatedRange"] == "Sheet1!A2:A2"
    assert api.workbook["Sheet1"] == [["x 1", "", "x 3"], ["y"]]


def test_overwrite_writes_over_the_row_below_the_table_insert_rows_does_not(api):
    tab = sheet(api, "data")
    tab.append_rows([["3", "4"], ["5", "6"]], value_input_option="RAW")  # OVERWRITE by default
    assert api.workbook["data"] == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]]
    tab.append_rows([["7", "8"]], value_input_option="RAW", insert_data_option="INSERT_ROWS")
    assert api.workbook["data"][4] == ["7", "8"]


def test_raw_keeps_text_user_entered_parses_it(api):
    tab = sheet(api, "Sheet1")
    tab.append_row(["=1+1", "12", "TRUE"], value_input_option="RAW")
    tab.append_row(["=1+1", "12", "TRUE"], value_input_option="USER_ENTERED")
    assert api.workbook["Sheet1"] == [["=1+1", "12", "TRUE"], [Formula("=1+1"), 12, True]]
    assert [row.value_input_option for row in api.appended] == ["RAW", "USER_ENTERED"]
    assert api.appended[0] == AppendedRow("Sheet1", 1, ("=1+1", "12", "TRUE"), "RAW")
    assert tab.get_all_values() == [["=1+1", "12", "TRUE"], ["#ERROR!", "12", "TRUE"]]


def test_bad_writes_are_refused_like_google(api):
    http = make_client(api.secrets_section(), scopes=(WRITE_SCOPE,)).http_client
    with pytest.raises(gspread.exceptions.APIError) as no_option:
        http.values_append(api.key, "Sheet1!A1", params={}, body={"values": [["x"]]})
    assert no_option.value.code == 400
    with pytest.raises(gspread.exceptions.APIError) as no_tab:
        http.values_append(
            api.key, "'nope'!A1", params={"valueInputOption": "RAW"}, body={"values": [["x"]]}
        )
    assert no_tab.value.code == 400 and "Unable to parse range" in str(no_tab.value)
    with pytest.raises(gspread.exceptions.APIError) as outside:
        http.values_update(
            api.key, "data!AA1", params={"valueInputOption": "RAW"}, body={"values": [["x"]]}
        )
    assert outside.value.code == 400 and "exceeds grid limits" in str(outside.value)
    with pytest.raises(gspread.exceptions.APIError) as twice:
        client = make_client(api.secrets_section(), scopes=(WRITE_SCOPE,))
        client.open_by_key(api.key).add_worksheet("data", rows=10, cols=2)
    assert twice.value.code == 400 and "already exists" in str(twice.value)
    with pytest.raises(gspread.exceptions.APIError) as by_key:
        make_client(api.secrets_section("api_key")).http_client.values_append(
            api.key, "Sheet1!A1", params={"valueInputOption": "RAW"}, body={"values": [["x"]]}
        )
    assert by_key.value.code == 401
    assert api.appended == []
