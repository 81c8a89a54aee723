"""The Google Sheet path end to end: gspread reads a fake Sheets API in the server's process.

The sidebar says which sheet is shown and when it was read; when the sheet becomes
unreadable, the refresh falls back to the snapshot of the last good read, with a banner.
"""

from __future__ import annotations

import re

import pytest

from tests.browser.launcher import SHEET_TITLE

pytestmark = pytest.mark.browser

SIDEBAR = '[data-testid="stSidebar"]'
# A day and time as written by hand: « 28 novembre 2026 à 20 h 31 », « 1er mai 2026 à 9 h ».
WHEN = r"\d{1,2}(er)? \w+ \d{4}( à \d{1,2}\s?h(\s?\d{2})?)?"
# "Google Sheet « Coalitions RESET », lu le 28 novembre 2026 à 20 h 31" (no-break spaces).
FRESHNESS = re.compile(r"Google Sheet «\s*" + re.escape(SHEET_TITLE) + r"\s*», lu le " + WHEN)
BANNER = re.compile(r"Google Sheet inaccessible \(accès refusé\)\s: affichage de la copie "
                    r"enregistrée le " + WHEN)  # fmt: skip


def test_sidebar_names_the_sheet_and_when_it_was_read(sheet_server, browse):
    tab = browse(sheet_server)
    tab.open("/")
    sidebar = tab.page.locator(SIDEBAR).inner_text()
    assert FRESHNESS.search(sidebar), sidebar
    # The sample's figures, read through gspread from the fake API.
    assert "20" in tab.main_text()
    assert not tab.page.locator('[data-testid="stAlert"]').filter(has_text="copie").count()
    tab.assert_clean(sheet_server)
    tab.screenshot("sheet-overview")


def test_unreadable_sheet_falls_back_to_the_snapshot(sheet_server, sheet_flag, browse):
    tab = browse(sheet_server)
    tab.open("/")  # a good read first: it saves the snapshot
    sheet_flag.write_text("403")
    try:
        refresh = tab.page.locator(SIDEBAR).get_by_role("button", name="Actualiser")
        tab.act(refresh.click)
        banner = tab.page.locator('[data-testid="stAlert"]').filter(has_text=BANNER)
        assert banner.count() == 1, tab.main_text()[:500]
        # The snapshot still feeds the pages.
        assert tab.title() == "Vue d'ensemble"
        tab.assert_clean(sheet_server)
        tab.screenshot("sheet-snapshot-banner")
    finally:
        sheet_flag.unlink()
