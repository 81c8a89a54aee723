"""The app on a Google Sheet: real gspread through a fake Sheets API (responses), no network."""

import csv

import pytest

from data_sources.cache import clear_cache
from data_sources.reading import gsheets_retry
from tests.conftest import ROOT
from tests.fakes.sheets_api import FakeSheetsApi


def _sample_workbook():
    tabs = {}
    for path in sorted((ROOT / "data_sources" / "sample").glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            tabs[path.stem] = list(csv.reader(handle))
    return tabs


def _source_line(at):
    return next(c.value for c in at.sidebar.caption if "Google Sheet" in c.value)


@pytest.fixture
def sheet(monkeypatch):
    monkeypatch.setattr(gsheets_retry, "sleep", lambda seconds: None)  # retries without waiting
    api = FakeSheetsApi(_sample_workbook(), title="Suivi des coalitions")
    with api.intercepting():
        yield api


@pytest.mark.parametrize("mode", ["service_account", "api_key"])
def test_sheet_is_read_in_two_requests_and_its_freshness_shown(app, sheet, mode):
    at = app(secrets={"connections": {"gsheets": sheet.secrets_section(mode)}})
    assert not at.exception
    assert "Google Sheet «\u00a0Suivi des coalitions\u00a0», lu le" in _source_line(at)
    assert sheet.sheets_requests == 2
    at.run()  # a rerun within the TTL reads nothing
    assert sheet.sheets_requests == 2


@pytest.mark.parametrize(
    "status, words",
    [
        (403, "partag"),
        (404, "introuvable"),
        (500, "Google"),
    ],
)
def test_failing_sheet_with_no_snapshot_says_what_to_do(app, sheet, status, words):
    sheet.fail_next(status, times=50)
    at = app(secrets={"connections": {"gsheets": sheet.secrets_section("api_key")}})
    assert not at.exception
    assert at.error and "Impossible de lire" in at.error[0].value
    assert words.lower() in at.info[0].value.lower()


def test_failing_sheet_falls_back_to_the_snapshot_with_a_banner(app, sheet):
    secrets = {"connections": {"gsheets": sheet.secrets_section("api_key")}}
    at = app(secrets=secrets)
    assert not at.warning
    sheet.fail_next(503, body="<html>Service Unavailable</html>", times=50)
    # What the sidebar's refresh button does (AppTest loses the sidebar of a rerun that
    # st.navigation drives, so the button itself is clicked in the browser tests).
    clear_cache()
    at = app(secrets=secrets)
    assert sheet.sheets_requests > 2
    assert not at.exception
    assert len(at.warning) == 1 and "copie" in at.warning[0].value.lower()
    assert "Suivi des coalitions" in _source_line(at)
    assert at.title[0].value  # the page still renders on the snapshot
