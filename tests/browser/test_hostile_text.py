"""Sheet text that looks like HTML, script or a markdown link shows as text and never runs.

The hostile server shows the sample with ``<img src=x onerror=...>``, ``<script>`` and
``[x](javascript:...)`` in a coalition's name, an actor's name, every event title and every
next step; the messy server shows tests/fixtures/messy.xlsx (the same payloads, mixed with
every kind of mistake). On every page, in every frame: ``window.__xss`` stays undefined, no
``img[src="x"]``, no script mentioning ``__xss``, no ``javascript:`` link (checked on each
page's visit in test_every_page.py). Here: the typed characters are on the screen.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import pytest

from tests.browser.conftest import (
    HOSTILE_COALITION,
    IMG,
    QUOTED,
    SCREENSHOTS,
    SCRIPT,
    find_injections,
    make_hostile_sample,
)
from ui.widgets import shorten

pytestmark = pytest.mark.browser


def test_hostile_text_is_shown_as_typed(hostile_server, browse):
    # Not dropped, not half-eaten: the characters the editor typed are on the screen.
    tab = browse(hostile_server)
    tab.open(f"/coalition?coalition={HOSTILE_COALITION}")
    # escape_text puts invisible word joiners where Streamlit would autolink: not ours to see.
    text = tab.main_text().replace("\u2060", "")
    assert IMG in text
    assert SCRIPT in text
    assert "[x](javascript:window.__xss=1)" in text
    assert find_injections(tab.page) == []


# Every text Plotly drew in the page's charts (labels, ticks, legends, hover labels).
CHART_TEXTS = """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"] svg text')]
  .map((t) => t.textContent).filter((t) => t.trim())"""
# Moves nothing: the page coordinates of the coalition point whose hover name starts with
# ``typed``, read from Plotly's own axes.
POINT_AT = """([typed]) => {
  const plot = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
  const layout = plot._fullLayout;
  const box = plot.getBoundingClientRect();
  for (const [number, trace] of plot.data.entries()) {
    const index = (trace.customdata || []).findIndex((row) => {
      const shown = document.createElement('textarea');
      shown.innerHTML = String(row[0]);
      return shown.value.startsWith(typed);
    });
    if (index >= 0) {
      // calcdata holds the numbers (plot.data's x and y may be typed-array encodings).
      const point = plot.calcdata[number][index];
      return [box.left + layout._size.l + layout.xaxis.c2p(point.x),
              box.top + layout._size.t + layout.yaxis.c2p(point.y)];
    }
  }
  return null;
}"""


def hostile_name() -> str:
    """The hostile coalition's name as typed in the sheet."""
    with tempfile.TemporaryDirectory() as folder:
        path = make_hostile_sample(Path(folder)) / "coalitions.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            row = next(r for r in csv.DictReader(handle) if r["identifiant"] == HOSTILE_COALITION)
    return row["nom"]


def test_markup_in_a_coalition_name_reads_as_typed_in_the_network_graph(hostile_server, browse):
    typed = hostile_name()
    assert typed.startswith(QUOTED)
    tab = browse(hostile_server)
    tab.open(f"/network?focus={HOSTILE_COALITION}")
    # The focused coalition's name is written first, cut on a word.
    assert shorten(typed, 28) in tab.page.evaluate(CHART_TEXTS)
    tab.page.locator('[data-testid="stPlotlyChart"]').first.scroll_into_view_if_needed()
    point = tab.page.evaluate(POINT_AT, [QUOTED])
    assert point, "the hostile coalition is not drawn"
    tab.page.mouse.move(point[0] - 2, point[1] - 2)
    tab.page.mouse.move(*point)
    hover = tab.page.locator('[data-testid="stPlotlyChart"] .hoverlayer .hovertext')
    hover.first.wait_for()
    # The hover shows the name cut at 90 characters (escape_text's max_length), as typed.
    assert hover.first.text_content().startswith(typed[:89] + "…")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.page.screenshot(path=str(SCREENSHOTS / "hostile-network-hover.png"))
    assert find_injections(tab.page) == []


def test_markup_in_a_coalition_name_reads_as_typed_on_the_maturity_page(hostile_server, browse):
    tab = browse(hostile_server)
    tab.open("/maturity")
    texts = tab.page.evaluate(CHART_TEXTS) + [tab.main_text().replace("\u2060", "")]
    shown = [text for text in texts if "title=" in text]
    assert shown, "the hostile coalition's name is nowhere on the page"
    for text in shown:
        assert QUOTED in text
    assert not [text for text in texts if "&quot;" in text or "&lt;" in text]
    assert find_injections(tab.page) == []
