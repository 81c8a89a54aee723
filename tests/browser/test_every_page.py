"""Every page in Chromium, visited once per workbook and language, with every check that only
reads the page made on that one visit. One tab tours the pages of a workbook in a language:
the first page by its address, the others by their sidebar links, as a reader moves on (a
document's load, Streamlit's and Plotly's scripts starting again, is most of a visit's time):

- it renders cleanly (no exception box, no console error) and has a title;
- axe-core finds no serious or critical WCAG 2.1 A/AA violation (RGAA; see page_checks.py),
  on the sample and on the hostile copy, in French and in English;
- sheet text that looks like HTML, script or a markdown link never runs, in any frame
  (``find_injections``): on the hostile copy and on tests/fixtures/messy.xlsx, which mixes
  the same payloads with every kind of mistake; on the sample too, which costs nothing;
- on the dashboard pages at 1280x720: no text cut by its box (sample, messy workbook), no
  English placeholder on a French page (sample), and each page's layout
  (tests/browser/layout_checks.py: cards of one height, legends, network names);
- one language (tests/browser/language_checks.py): with its expanders open, a chart and a
  table hovered, nothing a person sees or hears (text, aria-label, title, placeholder, in
  every frame) is English on a French page or French on an English page, Streamlit's and
  Plotly's own labels included, sheet text apart (sample and hostile copy, both languages).

Each check runs even when an earlier one failed, on every page of the tour; the test then
fails once, naming each visit and its failed checks. Screenshots land in
test-artifacts/screenshots/.
"""

from __future__ import annotations

import pytest

from coalitions.i18n import LANGUAGES
from data_sources.reading.loader import SAMPLE_DIR
from tests.browser.conftest import (
    DASHBOARD,
    HOSTILE_COALITION,
    IMG,
    MD_LINK,
    PAGES,
    QUOTED,
    SCREENSHOTS,
    SCRIPT,
    find_injections,
    tour,
)
from tests.browser.language_checks import explore, foreign_words, sheet_words
from tests.browser.layout_checks import (
    check_family_legend,
    check_network_names,
    check_reset_day_cards,
    check_stage_path_legend,
)
from tests.browser.page_checks import (
    Findings,
    assert_no_findings,
    cut_text,
    english_placeholders,
    failing_violations,
)

pytestmark = pytest.mark.browser

# Pages shown on a projector, screenshot at 1280x720 (the first screen, as the room sees it).
PROJECTED = ("overview", "maturity", "presenter")
# Each dashboard page's own layout checks, made on its French visit at 1280x720.
LAYOUT = {
    "overview": check_family_legend,
    "maturity": check_stage_path_legend,
    "agenda": check_reset_day_cards,
    "network": check_network_names,
}


def check_render(findings: Findings, tab, server) -> None:
    """No exception box, no console error, a title, nothing a payload made."""
    with findings.check("renders cleanly"):
        tab.assert_clean(server)
    with findings.check("has a title"):
        assert tab.title()
    with findings.check("sheet text ran"):
        assert find_injections(tab.page) == []


def check_language(findings: Findings, tab, language: str, sheet, screenshots=None) -> None:
    """Nothing seen or heard in the other language (sheet words apart); run last: it opens
    the expanders and hovers a chart and a table."""
    with findings.check("words of the other language"):
        found = foreign_words(explore(tab.page, screenshots), language, sheet)
        assert not found, "\n".join(found)


def check_accessible(findings: Findings, tab, name: str) -> None:
    """No serious or critical axe-core violation (every violation kept under ``name``)."""
    with findings.check("axe-core"):
        failing = failing_violations(tab.page, name)
        assert not failing, f"axe-core found\n{failing}"


# The pages in their sidebar's order, the presenter last: its projector view has no sidebar.
TOUR = tuple(sorted(PAGES, key=lambda name: name == "presenter"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_on_the_sample(sample_server, browse, language):
    tab = browse(sample_server)
    french = language == "fr"
    # French is the default: the French tour starts at the address as shared, with no ?lang.
    visits = []
    for name in tour(tab, TOUR, {} if french else {"lang": language}):
        findings = Findings(f"/{name} on the sample in {language}")
        visits.append(findings)
        check_render(findings, tab, sample_server)
        check_accessible(findings, tab, f"sample-{name}-{language}")
        # The coalition page's cut text is checked with a coalition shown (test_dashboard_layout).
        if french and name in DASHBOARD:
            if name != "coalition":
                with findings.check("text cut at 1280x720"):
                    assert cut_text(tab.page) == []
            with findings.check("English placeholder"):
                assert english_placeholders(tab.page) == []
            if name in LAYOUT:
                with findings.check(f"layout ({LAYOUT[name].__name__})"):
                    LAYOUT[name](tab.page)
        if name in PROJECTED:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            tab.page.screenshot(path=str(SCREENSHOTS / f"a11y-{name}-{language}.png"))
        if french:
            tab.screenshot(f"sample-{name}")
        if name == "overview":
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            sidebar = tab.page.locator('[data-testid="stSidebar"]')
            sidebar.screenshot(path=str(SCREENSHOTS / f"sidebar-{language}.png"))
            upload = sidebar.locator('[data-testid="stFileUploader"]')
            upload.screenshot(path=str(SCREENSHOTS / f"sidebar-upload-{language}.png"))
        shots = SCREENSHOTS / f"toolbar-{name}-{language}" if name == "overview" else None
        check_language(findings, tab, language, sheet_words(SAMPLE_DIR), shots)
    assert_no_findings(visits)


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_with_hostile_text(hostile_server, browse, language):
    tab = browse(hostile_server)
    visits = []
    own = {"coalition": {"coalition": HOSTILE_COALITION}}
    for name in tour(tab, TOUR, {"lang": language}, own):
        findings = Findings(f"/{name} on the hostile copy in {language}")
        visits.append(findings)
        check_accessible(findings, tab, f"hostile-{name}-{language}")
        tab.page.mouse.move(640, 360)  # hover handlers (chart tooltips) get their chance too
        tab.page.wait_for_timeout(300)  # a handler that ran would have set window.__xss by now
        check_render(findings, tab, hostile_server)
        if language == "fr":
            tab.screenshot(f"hostile-{name}")
        # The javascript: link is a finding naming its tab as the CSV folder does, by its
        # file's name (« onglet « deliverables » »): the sheet's word, not the page's.
        typed = (IMG, SCRIPT, MD_LINK, QUOTED, "deliverables")
        check_language(findings, tab, language, sheet_words(SAMPLE_DIR, *typed))
    assert_no_findings(visits)


def test_pages_on_the_messy_workbook(messy_server, browse):
    tab = browse(messy_server)
    visits = []
    for name in tour(tab, TOUR):
        findings = Findings(f"/{name} on the messy workbook")
        visits.append(findings)
        check_render(findings, tab, messy_server)
        if name in DASHBOARD:
            with findings.check("text cut at 1280x720"):
                assert cut_text(tab.page) == []
        if name == "overview":
            with findings.check("layout (check_family_legend)"):
                check_family_legend(tab.page)
        tab.screenshot(f"messy-{name}")
    assert_no_findings(visits)
