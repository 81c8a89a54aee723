"""The Google Sheet path end to end: gspread reads a fake Sheets API in the server's process.

The sidebar says which sheet is shown and when it was read; when the sheet becomes
unreadable, the refresh falls back to the snapshot of the last good read, with a banner.
"""

from __future__ import annotations

import re

import pytest

from tests.browser.launcher import SHEET_TITLE
from tests.patterns import SPACE, when_pattern

pytestmark = pytest.mark.browser

SIDEBAR = '[data-testid="stSidebar"]'
# A day and time as written by hand: « 6 décembre 2026 à 18 h 58 », « 1er août 2026 à 9 h ».
# Spelt with the month names, not \w: Playwright runs the banner's pattern in JavaScript,
# where \w is ASCII only (see tests/patterns.py).
WHEN = when_pattern("fr")
# "Google Sheet « Coalitions RESET », lu le 28 novembre 2026 à 20 h 31" (no-break spaces).
FRESHNESS = re.compile(r"Google Sheet «\s*" + re.escape(SHEET_TITLE) + r"\s*», lu le " + WHEN)
BANNER = re.compile(rf"Google Sheet inaccessible \(accès refusé\){SPACE}?: affichage de la copie "
                    rf"enregistrée le {WHEN}")  # fmt: skip


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
        alerts = tab.page.locator('[data-testid="stAlert"]')
        banner = alerts.filter(has_text=BANNER)
        assert banner.count() == 1, alerts.all_inner_texts()
        # The snapshot still feeds the pages.
        # The catalogue's French apostrophes are typographic (this said « d'ensemble »).
        assert tab.title() == "Vue d’ensemble"
        tab.assert_clean(sheet_server)
        tab.screenshot("sheet-snapshot-banner")
    finally:
        sheet_flag.unlink()
