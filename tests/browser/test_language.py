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
