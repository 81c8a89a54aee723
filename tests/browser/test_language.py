"""The sidebar's language switch translates the page and keeps the choice in the URL;
Streamlit's own labels follow it (ui.accessibility), and the one-language check of every
page (language_checks.py) catches a label it does not know."""

from __future__ import annotations

import pytest

from data_sources.reading.loader import SAMPLE_DIR
from tests.browser.conftest import url_of
from tests.browser.language_checks import foreign_words, page_texts, sheet_words

pytestmark = pytest.mark.browser

# The catalogue's French apostrophes are typographic (this said « d'ensemble »).
TITLES = {
    "overview": ("Vue d’ensemble", "Overview"),
    "data_quality": ("Qualité des données", "Data quality"),
}


@pytest.mark.parametrize("name", sorted(TITLES))
def test_switching_language_translates_the_page(sample_server, browse, name):
    french, english = TITLES[name]
    tab = browse(sample_server)
    tab.open(url_of(name))
    assert tab.title() == french
    if name == "overview":
        check_streamlits_labels(tab, "fr")
    switch = tab.page.locator('[data-testid="stSidebar"]').get_by_role("radio", name="English")
    tab.act(switch.click)
    assert tab.title() == english
    assert "lang=en" in tab.location()
    if name == "overview":
        check_streamlits_labels(tab, "en")
    back = tab.page.locator('[data-testid="stSidebar"]').get_by_role("radio", name="Français")
    tab.act(back.click)
    assert tab.title() == french
    if name == "overview":
        check_streamlits_labels(tab, "fr")
    tab.assert_clean(sample_server)


def axis_ticks(tab) -> list[str]:
    """The x-axis tick labels Plotly drew on the page's first chart."""
    tab.page.locator(".js-plotly-plot .xtick text").first.wait_for()
    ticks = tab.page.locator(".js-plotly-plot").first.locator(".xtick text")
    return ticks.evaluate_all("texts => texts.map(text => text.textContent)")


def test_chart_dates_in_the_pages_language(sample_server, browse):
    # Plotly.js knows only English: without the inline locale a French axis read « Jul 2020 ».
    tab = browse(sample_server)
    tab.open("/maturity")
    french = axis_ticks(tab)
    assert "juil. 2020" in french, french
    assert not any("Jul" in tick or "Sep" in tick for tick in french), french
    switch = tab.page.locator('[data-testid="stSidebar"]').get_by_role("radio", name="English")
    tab.act(switch.click)  # the charts drawn again, in the same document, in English
    assert "Jul 2020" in axis_ticks(tab)
    tab.assert_clean(sample_server)


# Streamlit's labels on the home page's sidebar: the upload button's text (after its icon's
# ligature) and every screen-reader name.
SIDEBAR_LABELS = """() => {
  const bar = document.querySelector('[data-testid="stSidebar"]');
  const upload = bar.querySelector('[data-testid="stFileUploaderDropzone"] button');
  return [upload.innerText.trim().split(/\\s+/).pop(),
          [...bar.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'))];
}"""


def sidebar_labels(tab) -> tuple[str, list[str]]:
    """The upload button's text and the sidebar's aria-labels."""
    return tuple(tab.page.evaluate(SIDEBAR_LABELS))


def check_streamlits_labels(tab, language: str) -> None:
    """Streamlit's own labels in the sidebar follow the language (ui.accessibility): back to
    Streamlit's English in English, the widget's label in English too."""
    upload, labels = sidebar_labels(tab)
    if language == "fr":
        assert upload == "Parcourir" and "Aide\u00a0: Afficher au" in labels
    else:
        assert upload == "Upload" and "Help for Show as of" in labels
        assert not [label for label in labels if label.startswith("Aide")]


# Planted as Streamlit would draw them: one label the catalogue translates, one it does not
# (a Streamlit label the dashboard never shows today: what an upgrade could bring); and the
# first as the page's own text.
PLANT = """([known, unknown]) => {
  for (const label of [known, unknown]) {
    const button = document.createElement('button');
    button.setAttribute('aria-label', label);
    button.id = `planted-${label === known ? 'known' : 'unknown'}`;
    document.querySelector('[data-testid="stSidebar"]').append(button);
  }
  // The same words as the page's own text (markdown): not Streamlit's, never translated.
  const own = document.createElement('div');
  own.setAttribute('data-testid', 'stMarkdown');
  own.id = 'planted-own';
  own.textContent = known;
  document.querySelector('[data-testid="stMain"]').append(own);
}"""


PLANTED = {
    # Streamlit's « Download as CSV » is translated; « Copy to clipboard » is not (yet).
    "fr": (("Download as CSV", "Copy to clipboard"), "Télécharger en CSV",
           ["'Copy to clipboard' (clipboard, copy)", "'Download as CSV' (download)"]),
    "en": (("Rechercher", "Télécharger"), "Rechercher",
           ["'Rechercher' (rechercher)", "'Télécharger' (télécharger)"]),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(PLANTED))
def test_a_planted_label_of_the_other_language_fails_the_check(sample_server, browse, language):
    labels, known_shown, caught = PLANTED[language]
    tab = browse(sample_server)
    tab.open(f"/?lang={language}")
    # The language from the URL.
    assert tab.title() == ("Vue d’ensemble" if language == "fr" else "Overview")
    sheet = sheet_words(SAMPLE_DIR)
    assert foreign_words(page_texts(tab.page), language, sheet) == []
    tab.page.evaluate(PLANT, list(labels))
    # Drawn after the page, still translated (the mutation observer).
    tab.page.wait_for_function(
        "(shown) => document.querySelector('#planted-known').getAttribute('aria-label') === shown",
        arg=known_shown,
    )
    assert tab.page.locator("#planted-own").inner_text() == labels[0]
    assert sorted(foreign_words(page_texts(tab.page), language, sheet)) == sorted(caught)
