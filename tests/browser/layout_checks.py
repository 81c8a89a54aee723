"""How Chromium lays out the dashboard's charts and cards, checked on a drawn page at
1280x720 or 1920x1080: cards of one height, chart legends that tell lines apart and stay
clear of the axes, network names that never overlap. Each check asserts; the visits of
test_every_page.py and test_dashboard_layout.py call them.
"""

from __future__ import annotations

from typing import Any

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


def check_reset_day_cards(page: Any) -> None:
    """The agenda's four Reset Day cards have one height ("mardi 21 septembre 2021" takes a
    line more than the other dates at 1280 px)."""
    cards = page.locator('[class*="st-key-agenda-reset-day-"]')
    heights = [round(box["height"]) for box in (c.bounding_box() for c in cards.all())]
    assert len(heights) == 4
    assert max(heights) - min(heights) <= 1, heights


def check_stage_path_legend(page: Any) -> None:
    """The maturity page's legend tells every stage path apart."""
    chart = page.locator('[data-testid="stPlotlyChart"]').first
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


def check_family_legend(page: Any) -> None:
    """The overview's family chart keeps its legend clear of the axis title and the plot."""
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    legend = chart.locator(".legend").evaluate(BOX)
    title = chart.locator(".g-xtitle").evaluate(BOX)
    plot = chart.locator(".nsewdrag").first.evaluate(BOX)
    assert not meet(legend, title)
    assert not meet(legend, plot)


def check_network_names(page: Any) -> None:
    """The network writes some coalitions' names, never two on each other, and every
    coalition keeps its full name for the hover."""
    chart = page.locator('[data-testid="stPlotlyChart"]').first
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
