"""Every way the Google Sheet can fail falls back to the last good copy, with its reason.

Real gspread against the fake Sheets API: a first read succeeds and is saved; the cache is
cleared (what the refresh button and the TTL do); the next read fails in one way; the page
still shows the coalitions, under a banner naming that failure and the copy's time.
"""

import re

import pytest
import requests

from coalitions.i18n import CATALOGUE
from data_sources.cache import clear_cache
from data_sources.reading import gsheets_retry
from tests.app.output import sample_workbook
from tests.fakes.sheets_api import FakeSheetsApi

FAULTS = {
    "network": dict(exception=requests.ConnectionError("no route to host")),
    "timeout": dict(exception=requests.ReadTimeout("read timed out")),
    "unauthorized": dict(status=401),
    "forbidden": dict(status=403),
    "not_found": dict(status=404),
    "rate_limited": dict(status=429),
    "server": dict(status=503, body="<html><h1>503 Service Unavailable</h1></html>"),
    "malformed": dict(status=200, body="<html>Sign in to continue</html>"),
}


@pytest.mark.parametrize("mode", ["api_key", "service_account"])
@pytest.mark.parametrize("reason", sorted(FAULTS))
def test_a_failed_read_shows_the_saved_copy_and_why(app, monkeypatch, reason, mode):
    monkeypatch.setattr(gsheets_retry, "sleep", lambda seconds: None)
    api = FakeSheetsApi(sample_workbook(), title="Suivi des coalitions")
    secrets = {"connections": {"gsheets": api.secrets_section(mode)}}
    with api.intercepting():
        first = app(secrets=secrets)
        assert not first.warning and not first.exception
        clear_cache()
        api.fail_next(**FAULTS[reason], times=100, on="metadata")
        at = app(secrets=secrets)
    assert not at.exception and not at.error
    banner = at.warning[0].value
    before_time = CATALOGUE[f"source.fallback.{reason}"]["fr"].split("{time}")[0]
    assert banner.startswith(before_time)  # the reason, in words
    # then the copy's day and time, written out: « 30 novembre 2026 à 2 h 35. »
    assert re.fullmatch(
        r"\d{1,2}(er)? \w+ \d{4}( à \d{1,2}\s?h(\s?\d{2})?)?\.", banner[len(before_time) :]
    )
    caption = next(c.value for c in at.sidebar.caption if "Google Sheet" in c.value)
    assert "Suivi des coalitions" in caption
    assert at.metric[0].value == "20"  # the saved copy's coalitions, all of them
