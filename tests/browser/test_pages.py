"""Every page renders in Chromium, on the sample and on the messy workbook, cleanly."""

from __future__ import annotations

import pytest

from tests.browser.conftest import PAGES, url_of

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("name", PAGES)
def test_page_renders_on_sample(sample_server, browse, name):
    tab = browse(sample_server)
    tab.open(url_of(name))
    tab.assert_clean(sample_server)
    assert tab.title(), f"/{name} has no title"
    tab.screenshot(f"sample-{name}")


@pytest.mark.parametrize("name", PAGES)
def test_page_renders_on_messy_workbook(messy_server, browse, name):
    tab = browse(messy_server)
    tab.open(url_of(name))
    tab.assert_clean(messy_server)
    assert tab.title(), f"/{name} has no title"
    tab.screenshot(f"messy-{name}")


def test_overview_is_the_home_page_and_the_sidebar_leads_back_to_it(sample_server, browse):
    # Streamlit serves the default page at "/" (its own url_path is not routed): every link
    # to the overview, the sidebar's included, points there.
    tab = browse(sample_server)
    tab.open("/agenda")
    tab.act(lambda: tab.page.get_by_role("link", name="Vue d'ensemble").first.click())
    assert tab.title() == "Vue d'ensemble"
    assert tab.location().split("?")[0].rstrip("/") == sample_server.url.rstrip("/")
    tab.assert_clean(sample_server)


def test_deep_link_as_first_request_after_a_restart(servers, browse):
    # A shared link opened right after the server (re)started is that server's first
    # session: nothing has run app.py yet, so the page must not depend on that.
    server = servers.start("fresh", warm=False)
    tab = browse(server)
    tab.open("/coalition?coalition=envdata")
    tab.assert_clean(server)
    assert tab.title()
