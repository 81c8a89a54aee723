"""The dashboard pages as Chromium lays them out: no label cut, cards of one height, chart
legends that tell lines apart and stay clear of the axes, network names that never overlap,
and no English placeholder on a French page."""

from __future__ import annotations

import pytest

from tests.browser.conftest import url_of

pytestmark = pytest.mark.browser

DASHBOARD = ("overview", "maturity", "agenda", "network", "coalition")
PROJECTOR = (1280, 720)
FULL_HD = (1920, 1080)

# Text a CSS box cuts off: an ellipsis, or a box that hides or scrolls what is wider than
# itself. Tables are left out (they scroll by design), and so are a multiselect's chips,
# whose full text is in the open list.
CUT_TEXT = """() => {
  const cut = [];
  for (const el of document.querySelectorAll('[data-testid="stMain"] *')) {
    if (el.closest('[data-testid="stDataFrame"], [data-baseweb="tag"]')) continue;
    const style = getComputedStyle(el);
    const clips = style.textOverflow === 'ellipsis'
      || ['hidden', 'auto', 'scroll', 'clip'].includes(style.overflowX);
    const text = (el.innerText || '').trim();
    if (clips && text && el.scrollWidth > el.clientWidth + 1) {
      cut.push(`${text.slice(0, 60)} (${el.scrollWidth} px in ${el.clientWidth} px)`);
    }
  }
  return cut;
}"""

# The bounding boxes of a chart's written point labels (empty ones left out).
POINT_LABELS = """(chart) => [...chart.querySelectorAll('.textpoint text')]
  .filter((t) => t.textContent.trim())
  .map((t) => { const b = t.getBoundingClientRect();
                return [t.textContent, b.left, b.top, b.right, b.bottom]; })"""

BOX = """(el) => { const b = el.getBoundingClientRect();
                  return [b.left, b.top, b.right, b.bottom]; }"""


def meet(a, b) -> bool:
    """Whether two (left, top, right, bottom) boxes overlap."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def cut_text(tab) -> list[str]:
    return tab.page.evaluate(CUT_TEXT)


@pytest.mark.parametrize("size", [PROJECTOR, FULL_HD], ids=["1280x720", "1920x1080"])
@pytest.mark.parametrize("name", DASHBOARD)
def test_no_text_is_cut_on_the_sample(sample_server, browse, name, size):
    tab = browse(sample_server, size)
    tab.open(url_of(name) + ("?coalition=envdata" if name == "coalition" else ""))
    tab.assert_clean(sample_server)
    assert cut_text(tab) == []


@pytest.mark.parametrize("name", DASHBOARD)
def test_no_text_is_cut_on_the_messy_workbook(messy_server, browse, name):
    tab = browse(messy_server, PROJECTOR)
    tab.open(url_of(name))
    tab.assert_clean(messy_server)
    assert cut_text(tab) == []


# What the main area's text boxes say while empty (a select's placeholder is its input's).
PLACEHOLDERS = """() => [...document.querySelectorAll('[data-testid="stMain"] input[placeholder]')]
  .map((input) => [input.getAttribute('aria-label'), input.getAttribute('placeholder')])"""


@pytest.mark.parametrize("name", DASHBOARD)
def test_no_english_placeholder_on_a_french_page(sample_server, browse, name):
    tab = browse(sample_server)
    tab.open(url_of(name))
    placeholders = tab.page.evaluate(PLACEHOLDERS)
    # Streamlit's own are "Choose an option", "Choose options" and "Select...".
    english = [(label, text) for label, text in placeholders if text.startswith(("Choose", "Sel"))]
    assert english == []


def test_emptied_paths_picker_asks_in_french(sample_server, browse):
    # The paths picker is the one multiselect filled by default: emptied, it shows its
    # placeholder.
    tab = browse(sample_server)
    tab.open("/maturity")
    clear = tab.page.locator(".st-key-mat-paths").get_by_role("button", name="Clear all")
    tab.act(clear.click)
    placeholders = dict(tab.page.evaluate(PLACEHOLDERS))
    assert placeholders["Coalitions à comparer"] == "Choisir des coalitions"


def test_reset_day_cards_have_one_height(sample_server, browse):
    # "mardi 21 septembre 2021" takes a line more than the other dates at 1280 px.
    tab = browse(sample_server, PROJECTOR)
    tab.open("/agenda")
    cards = tab.page.locator('[class*="st-key-agenda-reset-day-"]')
    heights = [round(box["height"]) for box in (c.bounding_box() for c in cards.all())]
    assert len(heights) == 4
    assert max(heights) - min(heights) <= 1, heights


def test_stage_path_legend_tells_every_line_apart(sample_server, browse):
    tab = browse(sample_server, PROJECTOR)
    tab.open("/maturity")
    chart = tab.page.locator('[data-testid="stPlotlyChart"]').first
    items = chart.evaluate(
        """(chart) => [...chart.querySelectorAll('.legend .traces')].map((item) => {
             const point = item.querySelector('.legendpoints path.scatterpts');
             const line = item.querySelector('.legendlines path');
             return [point.getAttribute('d'), point.style.fill, line.style.stroke]; })"""
    )
    # Six paths picked by default; each legend entry's marker has its line's colour and
    # no two entries share both colour and shape.
    assert len(items) == 6
    assert all(fill == stroke for _, fill, stroke in items)
    assert len({(shape, fill) for shape, fill, _ in items}) == 6
    assert len({fill for _, fill, _ in items}) == 6


@pytest.mark.parametrize("server_name", ["sample_server", "messy_server"])
def test_family_chart_legend_clear_of_the_axis_title(request, browse, server_name):
    server = request.getfixturevalue(server_name)
    tab = browse(server, PROJECTOR)
    tab.open("/")
    chart = tab.page.locator('[data-testid="stPlotlyChart"]').first
    legend = chart.locator(".legend").evaluate(BOX)
    title = chart.locator(".g-xtitle").evaluate(BOX)
    plot = chart.locator(".nsewdrag").first.evaluate(BOX)
    assert not meet(legend, title)
    assert not meet(legend, plot)


@pytest.mark.parametrize("size", [PROJECTOR, FULL_HD], ids=["1280x720", "1920x1080"])
def test_network_names_never_overlap_and_every_node_hovers(sample_server, browse, size):
    tab = browse(sample_server, size)
    tab.open("/network")
    chart = tab.page.locator('[data-testid="stPlotlyChart"]').first
    labels = chart.evaluate(POINT_LABELS)
    # Some names are written (the most connected coalitions), never two on each other.
    assert 5 <= len(labels) < 20
    for index, (text, *box) in enumerate(labels):
        for other, *other_box in labels[index + 1 :]:
            assert not meet(box, other_box), f"{text!r} overlaps {other!r}"
    # Every coalition keeps its name for the hover, far longer than the written one.
    hover = chart.evaluate(
        """(chart) => {
             const plot = chart.querySelector('.js-plotly-plot');
             const trace = plot.data.find((t) => t.name === 'Coalition');
             return trace.customdata.map((row) => row[0]); }"""
    )
    assert len(hover) == 20
    envdata = next(h for h in hover if h.startswith("Pour des données environnementales"))
    assert "actionnables par les acteurs" in envdata
