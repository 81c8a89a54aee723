"""``[dashboard] max_cells`` in the secrets limits every source the app reads."""

from data_sources.reading import gsheets_retry
from tests.app.output import sample_workbook
from tests.fakes.sheets_api import FakeSheetsApi

LIMIT = {"dashboard": {"max_cells": 100}}


def test_a_local_source_over_the_configured_limit_is_refused(app):
    at = app(secrets=LIMIT)
    assert not at.exception
    assert "Impossible de lire" in at.error[0].value
    assert "100" in at.info[0].value


def test_a_sheet_over_the_configured_limit_is_refused_before_its_values(app, monkeypatch):
    monkeypatch.setattr(gsheets_retry, "sleep", lambda seconds: None)
    api = FakeSheetsApi(sample_workbook())
    with api.intercepting():
        at = app(secrets={**LIMIT, "connections": {"gsheets": api.secrets_section("api_key")}})
    assert not at.exception and "100" in at.info[0].value
    assert [call.endpoint for call in api.sheets_calls()] == ["metadata"]


def test_without_a_setting_the_sample_is_read(app):
    at = app(secrets={"dashboard": {"max_cells": "not a number"}})
    assert not at.exception and not at.error
