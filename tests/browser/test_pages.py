"""Finding the pages: the home page and the way back to it, a deep link to a server that just
started. (Every page rendering cleanly on each workbook: test_every_page.py.)"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_overview_is_the_home_page_and_the_sidebar_leads_back_to_it(sample_server, browse):
    # Streamlit serves the default page at "/" (its own url_path is not routed): every link
    # to the overview, the sidebar's included, points there.
    tab = browse(sample_server)
    tab.open("/agenda")
    # The catalogue's French apostrophes are typographic (this said « d'ensemble »).
    tab.act(lambda: tab.page.get_by_role("link", name="Vue d’ensemble").first.click())
    assert tab.title() == "Vue d’ensemble"
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
