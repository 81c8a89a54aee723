"""The dashboard pages as Chromium lays them out at 1920x1080: no label cut, network names
that never overlap; a coalition sheet with no label cut at 1280x720; an emptied picker that
asks in French. (At 1280x720, each page's visit in test_every_page.py checks the rest with
tests/browser/layout_checks.py: cut labels, cards of one height, legends, network names.)"""

from __future__ import annotations

import pytest

from tests.browser.conftest import DASHBOARD, tour, url_of
from tests.browser.layout_checks import check_network_names
from tests.browser.page_checks import Findings, assert_no_findings, cut_text, placeholders

pytestmark = pytest.mark.browser

PROJECTOR = (1280, 720)
FULL_HD = (1920, 1080)


def test_dashboard_at_full_hd(sample_server, browse):
    tab = browse(sample_server, FULL_HD)
    visits = []
    for name in tour(tab, DASHBOARD, own={"coalition": {"coalition": "envdata"}}):
        findings = Findings(f"/{name} at 1920x1080")
        visits.append(findings)
        with findings.check("renders cleanly"):
            tab.assert_clean(sample_server)
        with findings.check("text cut"):
            assert cut_text(tab.page) == []
        if name == "network":
            with findings.check("network names"):
                check_network_names(tab.page)
    assert_no_findings(visits)


def test_no_text_is_cut_on_a_coalition_sheet(sample_server, browse):
    # test_every_page.py visits the coalition page with no coalition chosen.
    tab = browse(sample_server, PROJECTOR)
    tab.open(url_of("coalition") + "?coalition=envdata")
    tab.assert_clean(sample_server)
    assert cut_text(tab.page) == []


def test_emptied_paths_picker_asks_in_french(sample_server, browse):
    # The paths picker is the one multiselect filled by default: emptied, it shows its
    # placeholder.
    tab = browse(sample_server)
    tab.open("/maturity")
    # Streamlit's « Clear all », in French (ui.accessibility).
    clear = tab.page.locator(".st-key-mat-paths").get_by_role("button", name="Tout retirer")
    tab.act(clear.click)
    assert dict(placeholders(tab.page))["Coalitions à comparer"] == "Choisir des coalitions"
