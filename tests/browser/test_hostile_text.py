"""Sheet text that looks like HTML, script or a markdown link shows as text and never runs.

The hostile server shows the sample with ``<img src=x onerror=...>``, ``<script>`` and
``[x](javascript:...)`` in a coalition's name, an actor's name, every event title and every
next step; the messy server shows tests/fixtures/messy.xlsx (the same payloads, mixed with
every kind of mistake). On every page, in every frame: ``window.__xss`` stays undefined, no
``img[src="x"]``, no script mentioning ``__xss``, no ``javascript:`` link (checked on each
page's visit in test_every_page.py). Here: the typed characters are on the screen.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import HOSTILE_COALITION, IMG, SCRIPT, find_injections

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
