"""Charts write their dates and numbers in the page's language: Plotly.js only knows English,
so a French page without the inline locale read « Jul 2020 » and « Sep 2020 » on its axes."""

from __future__ import annotations

import json

import pytest

# Pages with a date axis (paths, timelines, growth) and the query they need.
DATE_CHART_PAGES = {
    "app_pages/overview.py": {},
    "app_pages/maturity.py": {},
    "app_pages/coalition.py": {"coalition": "envdata"},
    "app_pages/agenda.py": {},
}


def chart_configs(at) -> list[dict]:
    return [json.loads(chart.proto.config) for chart in at.get("plotly_chart")]


@pytest.mark.parametrize("page", sorted(DATE_CHART_PAGES))
def test_french_charts_carry_french_month_names(app, page):
    at = app(page=page, query=DATE_CHART_PAGES[page], lang="fr")
    assert not at.exception
    configs = chart_configs(at)
    assert configs
    for config in configs:
        assert config["locale"] == "fr"
        french = config["locales"]["fr"]["format"]
        assert french["shortMonths"][6] == "juil."
        assert french["decimal"] == ","
        assert config["displaylogo"] is False


def test_english_charts_stay_english(app):
    at = app(page="app_pages/maturity.py", lang="en")
    assert not at.exception
    for config in chart_configs(at):
        assert config["locale"] == "en"
        assert config["locales"]["en"]["format"]["shortMonths"][6] == "Jul"
