"""Accessibility (RGAA, i.e. WCAG 2.1 AA): axe-core's checks on the deck and report, and the
document's language.

axe-core comes bundled in ``axe-playwright-python`` (requirements-dev.txt): it runs in the
page, with the WCAG 2.0/2.1 A and AA rules only, and any serious or critical violation fails
the test with every offending element listed (tests/browser/page_checks.py). The offline deck
and the printable report are the exact HTML their download buttons give, loaded in Chromium.
Every page is checked in French and English on the sample and on the hostile copy
(markup-looking sheet text) in test_every_page.py, on the visit that makes its other checks.
"""

from __future__ import annotations

from datetime import date

import pytest

from bench.harness import new_page
from coalitions.history.resetdays import ResetDay
from coalitions.i18n import LANGUAGES
from coalitions.report import build_report, report_html
from coalitions.report.deck import build_slides, deck_html
from data_sources.reading.loader import SAMPLE_DIR, SourceSpec, load_local
from tests.browser.conftest import make_hostile_sample
from tests.browser.page_checks import failing_violations

pytestmark = pytest.mark.browser

RD14 = ResetDay(14, date(2021, 5, 18))  # the sample's Reset Day, the one its report tells


def assert_accessible(page, name: str) -> None:
    """No serious or critical WCAG 2.1 A/AA violation on ``page``."""
    failing = failing_violations(page, name)
    assert not failing, f"{name}: axe-core found\n{failing}"


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory) -> dict:
    """The sample and its hostile copy, read as the app reads them."""
    hostile = make_hostile_sample(tmp_path_factory.mktemp("hostile-export"))
    return {
        "sample": load_local(SourceSpec("csv", str(SAMPLE_DIR))),
        "hostile": load_local(SourceSpec("csv", str(hostile))),
    }


@pytest.fixture
def blank_page(chromium):
    """A browser page outside the app, for the standalone HTML exports."""
    page = new_page(chromium)
    yield page
    page.context.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("workbook", ["sample", "hostile"])
def test_deck_export_is_accessible(workbooks, blank_page, workbook, language):
    # The presenter page's download: the deck as one page, as a projector shows it (one
    # slide at a time, white help text on the dark surround), then every slide at once.
    report = build_report(workbooks[workbook], RD14, language)
    blank_page.set_content(deck_html(report, build_slides(report)))
    assert blank_page.evaluate("() => document.documentElement.lang") == language
    assert_accessible(blank_page, f"deck-{workbook}-{language}")
    blank_page.evaluate("() => document.documentElement.classList.remove('js')")
    assert blank_page.locator(".rs-slide").count() > 3
    assert_accessible(blank_page, f"deck-all-{workbook}-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("workbook", ["sample", "hostile"])
def test_printable_report_is_accessible(workbooks, blank_page, workbook, language):
    # The report page's HTML download, the one members print to PDF.
    blank_page.set_content(report_html(build_report(workbooks[workbook], RD14, language)))
    assert blank_page.evaluate("() => document.documentElement.lang") == language
    assert_accessible(blank_page, f"report-{workbook}-{language}")


def document_language(tab) -> str:
    return tab.page.evaluate("() => document.documentElement.lang")


def test_document_language_is_the_language_shown(sample_server, browse):
    # Streamlit serves lang="en": a French page must say fr, and follow the switch both ways.
    tab = browse(sample_server)
    tab.open("/agenda")
    assert document_language(tab) == "fr"
    sidebar = tab.page.locator('[data-testid="stSidebar"]')
    tab.act(sidebar.get_by_role("radio", name="English").click)
    tab.page.wait_for_function("() => document.documentElement.lang === 'en'")
    tab.act(sidebar.get_by_role("radio", name="Français").click)
    tab.page.wait_for_function("() => document.documentElement.lang === 'fr'")
    tab.open("/presenter?lang=en")  # the sidebar, where the script lives, is hidden there
    assert document_language(tab) == "en"
    tab.assert_clean(sample_server)
