"""The sidebar's language switch translates the page and keeps the choice in the URL."""

from __future__ import annotations

import pytest

from tests.browser.conftest import url_of

pytestmark = pytest.mark.browser

TITLES = {
    "overview": ("Vue d'ensemble", "Overview"),
    "data_quality": ("Qualité des données", "Data quality"),
}


@pytest.mark.parametrize("name", sorted(TITLES))
def test_switching_language_translates_the_page(sample_server, browse, name):
    french, english = TITLES[name]
    tab = browse(sample_server)
    tab.open(url_of(name))
    assert tab.title() == french
    switch = tab.page.locator('[data-testid="stSidebar"]').get_by_role("radio", name="English")
    tab.act(switch.click)
    assert tab.title() == english
    assert "lang=en" in tab.location()
    back = tab.page.locator('[data-testid="stSidebar"]').get_by_role("radio", name="Français")
    tab.act(back.click)
    assert tab.title() == french
    tab.assert_clean(sample_server)


def test_language_from_the_url(sample_server, browse):
    tab = browse(sample_server)
    tab.open("/?lang=en")
    assert tab.title() == "Overview"
    tab.assert_clean(sample_server)


def axis_ticks(tab) -> list[str]:
    """The x-axis tick labels Plotly drew on the page's first chart."""
    tab.page.locator(".js-plotly-plot .xtick text").first.wait_for()
    ticks = tab.page.locator(".js-plotly-plot").first.locator(".xtick text")
    return ticks.evaluate_all("texts => texts.map(text => text.textContent)")


def test_chart_dates_in_the_pages_language(sample_server, browse):
    # Plotly.js knows only English: without the inline locale a French axis read « Jul 2020 ».
    tab = browse(sample_server)
    tab.open("/maturity")
    french = axis_ticks(tab)
    assert "juil. 2020" in french, french
    assert not any("Jul" in tick or "Sep" in tick for tick in french), french
    tab.open("/maturity?lang=en")
    assert "Jul 2020" in axis_ticks(tab)
    tab.assert_clean(sample_server)
