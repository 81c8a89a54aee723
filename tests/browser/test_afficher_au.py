"""« Afficher au » in Chromium: a shared link with ``?au=`` shows the past, keeps it from page
to page, and comes back to today."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_a_link_to_the_past_and_back(sample_server, browse):
    tab = browse(sample_server)
    tab.open("/coalition?coalition=envdata&au=2021-05-18")
    tab.assert_clean(sample_server)
    text = tab.main_text().replace("\u00a0", " ").replace("\u202f", " ")
    assert "Situation au mardi 18 mai 2021" in text
    # The catalogue's French apostrophes are typographic (these said « Noyau d'acteurs »,
    # « Vue d'ensemble », « Revenir à aujourd'hui »).
    assert "Noyau d’acteurs" in text
    tab.screenshot("view-date-coalition-2021-05-18")
    # The date follows the visitor to another page, and stays in the address.
    tab.act(lambda: tab.page.get_by_role("link", name="Vue d’ensemble").first.click())
    assert "au=2021-05-18" in tab.location()
    assert "Situation au" in tab.main_text()
    tab.page.get_by_text("Évolution").first.scroll_into_view_if_needed()
    tab.screenshot("view-date-overview-2021-05-18")
    tab.act(lambda: tab.page.get_by_role("button", name="Revenir à aujourd’hui").click())
    assert "au=" not in tab.location()
    assert "Situation au" not in tab.main_text()
    tab.assert_clean(sample_server)


def test_the_change_over_time_charts(sample_server, browse):
    tab = browse(sample_server)
    tab.open("/")
    heading = tab.page.get_by_text("Les coalitions par étape à chaque Reset Day")
    heading.scroll_into_view_if_needed()
    charts = tab.page.locator('[data-testid="stPlotlyChart"]')
    assert charts.count() >= 3  # the pipeline, and the two charts of change over time
    tab.screenshot("overview-change-over-time")
    tab.assert_clean(sample_server)
