"""The dashboard pages as Chromium lays them out at 1920x1080: no label cut, network names
that never overlap; a coalition sheet with no label cut at 1280x720; an emptied picker that
asks in French. (At 1280x720, each page's visit in test_every_page.py checks the rest with
tests/browser/layout_checks.py: cut labels, cards of one height, legends, network names.)"""

from __future__ import annotations

import pytest

from tests.browser.conftest import DASHBOARD, url_of
from tests.browser.layout_checks import check_network_names
from tests.browser.page_checks import Findings, cut_text, placeholders

pytestmark = pytest.mark.browser

PROJECTOR = (1280, 720)
FULL_HD = (1920, 1080)


def coalition_shown(name: str) -> str:
    """The page's address, with a coalition chosen on the coalition page."""
    return url_of(name) + ("?coalition=envdata" if name == "coalition" else "")


@pytest.mark.parametrize("name", DASHBOARD)
def test_page_at_full_hd(sample_server, browse, name):
    tab = browse(sample_server, FULL_HD)
    tab.open(coalition_shown(name))
    findings = Findings(f"/{name} at 1920x1080")
    with findings.check("renders cleanly"):
        tab.assert_clean(sample_server)
    with findings.check("text cut"):
        assert cut_text(tab.page) == []
    if name == "network":
        with findings.check("network names"):
            check_network_names(tab.page)
    findings.assert_none()


def test_no_text_is_cut_on_a_coalition_sheet(sample_server, browse):
    # test_every_page.py visits the coalition page with no coalition chosen.
    tab = browse(sample_server, PROJECTOR)
    tab.open(coalition_shown("coalition"))
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
