"""escape_text(..., "markdown") as Streamlit's own markdown renders it in Chromium.

Backslash escapes are not enough on their own: Streamlit rewrites parsed text (bare URLs,
"www." and e-mail addresses become links, ":shortcodes:" become emoji or a logo image,
"->" becomes an arrow), so only a real render proves that hostile sheet text shows as the
characters typed, with no element of its own.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from bench.harness import StreamlitServer, free_port, new_page, server_env, streamlit_command

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_escape import HOSTILE, cleaned  # noqa: E402

from coalitions.escape import escape_text  # noqa: E402

pytestmark = pytest.mark.browser

SCRIPT = Path(__file__).with_name("escape_render_app.py")
SURFACES = ("markdown", "info", "caption", "expander", "button")
# Elements Streamlit itself wraps text in; anything else came from the sheet text.
WRAPPERS = {"p", "div", "span"}
# The text container of each surface.
TEXT = '[data-testid="stMarkdownContainer"], [data-testid="stCaptionContainer"]'


@pytest.fixture(scope="module")
def rendered(chromium, tmp_path_factory):
    """{(surface, case): (tags, text)} as Chromium shows the escaping app."""
    folder = tmp_path_factory.mktemp("escape-render")
    secrets = folder / "secrets.toml"
    secrets.write_text("")
    port = free_port()
    command = streamlit_command(port, secrets_file=secrets)
    command[command.index("app.py")] = str(SCRIPT)
    server = StreamlitServer(command, port, folder / "server.log", server_env(folder / "cache"))
    server.start()
    page = new_page(chromium)
    try:
        page.goto(server.url + "/")
        page.get_by_text("END", exact=True).wait_for(timeout=120_000)
        seen = {}
        for i in range(len(HOSTILE)):
            for surface in SURFACES:
                node = page.locator(f".st-key-{surface}{i}").locator(TEXT).first
                tags = node.evaluate(
                    "e => [...e.querySelectorAll('*')].map(x => x.tagName.toLowerCase())"
                )
                seen[surface, i] = (tags, node.inner_text())
        seen["xss"] = page.evaluate("() => window.__xss === undefined")
        return seen
    finally:
        page.context.close()
        server.stop()


def _expected(value) -> str:
    text = cleaned(escape_text(value, "plain", max_length=2000))
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize("case", range(len(HOSTILE)), ids=[repr(v)[:24] for v in HOSTILE])
def test_hostile_text_shows_as_typed(rendered, surface, case):
    tags, text = rendered[surface, case]
    assert set(tags) <= WRAPPERS, f"sheet text made elements: {tags}"
    shown = re.sub(r"\s+", " ", text.replace("\u2060", "")).strip()
    expected = _expected(HOSTILE[case])
    if surface in ("expander", "button") and not escape_text(HOSTILE[case], "markdown"):
        expected = "-"
    assert shown == expected


def test_no_script_ran(rendered):
    assert rendered["xss"]
