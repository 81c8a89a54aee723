"""The sheet is down and there is no saved copy: the server pays one retry cycle, not one per
page view, and every page says so at once (issue 11, item 5)."""

from __future__ import annotations

from data_sources import cache
from data_sources.reading import gsheets_retry
from tests.app.output import sample_workbook
from tests.fakes.sheets_api import FakeSheetsApi
from ui.navigation import page_scripts


def test_nine_page_views_during_an_outage_cost_one_retry_cycle(app, monkeypatch):
    slept = []
    monkeypatch.setattr(gsheets_retry, "sleep", slept.append)  # the delays are counted, not waited
    api = FakeSheetsApi(sample_workbook())
    api.fail_next(503, times=10_000)
    secrets = {"connections": {"gsheets": api.secrets_section("service_account")}}
    pages = [None, *page_scripts()][:9]
    assert len(pages) == 9
    with api.intercepting():
        first = app(secrets=secrets)
        one_cycle = api.sheets_requests
        assert one_cycle >= 3 and sum(slept) > 10  # a real retry cycle: several tries, ~20 s
        for page in pages[1:]:
            at = app(page=page, secrets=secrets)
            assert not at.exception
            assert at.error and "Impossible de lire" in at.error[0].value, page
        assert api.sheets_requests == one_cycle
        assert first.error
        # Once the failure is forgotten (the refresh button), the next view tries again.
        cache.clear_cache()
        app(secrets=secrets)
        assert api.sheets_requests == 2 * one_cycle
