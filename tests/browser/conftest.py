"""Browser tests: real Streamlit servers driven by Debian's Chromium through Playwright.

One Chromium for the whole session, one server per data source, started on first use and
reused (pages are visited in sequence, each test in a fresh browser context, i.e. a new
Streamlit session). Chromium missing is a failure with a clear message, never a skip.

Servers: ``sample_server`` (built-in sample), ``messy_server`` (tests/fixtures/messy.xlsx),
``hostile_server`` (the sample with script/HTML/markdown payloads in every kind of text the
pages show), ``sheet_server`` (a fake Google Sheet through tests/browser/launcher.py).
"""

from __future__ import annotations

import csv
import re
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest

from bench.harness import (
    StreamlitServer,
    act,
    check_chromium,
    free_port,
    launch_chromium,
    new_page,
    open_app,
    server_env,
    streamlit_command,
)
from data_sources.reading.loader import SAMPLE_DIR
from ui.navigation import page_urls

# Checks shared by several tests assert in these modules: pytest explains their failures too.
pytest.register_assert_rewrite("tests.browser.page_checks", "tests.browser.layout_checks")

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
MESSY = ROOT / "tests" / "fixtures" / "messy.xlsx"
LAUNCHER = Path(__file__).with_name("launcher.py")
# url path of every page (the file stem), in the navigation's order.
PAGES = tuple(page_urls())
# Pages of figures and charts, whose layout is checked.
DASHBOARD = ("overview", "maturity", "agenda", "library", "network", "coalition")
# Waiting for an element that is not coming: fail in seconds, not Playwright's 30 s.
LOCATOR_TIMEOUT_MS = 10_000
# A click's rerun on the sample takes well under a second; thirty means it never came.
ACT_TIMEOUT_MS = 30_000
VIEWPORT = (1280, 720)  # a projector's common resolution, and the presenter's target


# Secrets that let anyone post updates from the page, on a local copy only.
LOCAL_UPDATES = "[updates]\nenabled = true\nallow_without_login = true\n"


def copy_sample(folder: Path) -> Path:
    """``folder`` holding a copy of the sample's CSV files, for a server that writes to them."""
    for source in SAMPLE_DIR.glob("*.csv"):
        shutil.copy(source, folder / source.name)
    return folder


def url_of(name: str) -> str:
    """The address of a page: the home page (overview) is served at ``/``."""
    return page_urls()[name][1]


# Payloads a sheet editor could type; none may run or become an element.
IMG = "<img src=x onerror=window.__xss=1>"
SCRIPT = "<script>window.__xss=1</script>"
MD_LINK = "[x](javascript:window.__xss=1)"
# Markup with quotes and a typed entity: escaped twice, it would read « &quot; » or « & ».
QUOTED = '<a title="x">&amp;</a>'

# Console errors known to be harmless, each with why:
BENIGN_CONSOLE = (
    # Streamlit's frontend finds the server's base path by trying the page's own path first
    # ("/network/_stcore/health"), then its parents: the first tries answer 404 by design.
    (re.compile(r"/[^/]+/_stcore/(health|host-config)$"), re.compile(r"status of 404")),
)


def is_benign(text: str, url: str) -> bool:
    """Whether a console error is one of ``BENIGN_CONSOLE``."""
    return any(where.search(url) and what.search(text) for where, what in BENIGN_CONSOLE)


# --------------------------------------------------------------------------- browser


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """The session's Chromium (Debian's binary); missing, it fails every browser test."""
    try:
        check_chromium()
    except RuntimeError as err:
        pytest.fail(str(err), pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


# --------------------------------------------------------------------------- servers


class Servers:
    """Starts servers on demand (one per name), stops them all at the end of the session."""

    def __init__(self, workdir: Path, browser: Any) -> None:
        self.workdir = workdir
        self.browser = browser
        self.running: dict[str, StreamlitServer] = {}

    def start(
        self,
        name: str,
        data: Path | None = None,
        launcher: list[str] | None = None,
        *,
        warm: bool = True,
        secrets: str = "",
    ) -> StreamlitServer:
        """The server ``name``: the app on ``data`` (None: the sample), or the launcher.

        ``secrets`` is the text of its ``secrets.toml`` (none by default).

        ``warm`` opens ``/`` once, so the workbook is in the server's cache before the
        first test's clock starts (and a server that cannot even show ``/`` fails here).
        test_deep_link_as_first_request_after_a_restart asks for a cold one.
        """
        if name in self.running:
            return self.running[name]
        folder = self.workdir / name
        folder.mkdir(parents=True, exist_ok=True)
        port = free_port()
        env = server_env(folder / "cache", data)
        if launcher is None:
            secrets_file = folder / "secrets.toml"
            # No source in the secrets: it is RESET_DATA or the sample.
            secrets_file.write_text(secrets)
            command = streamlit_command(port, secrets_file=secrets_file)
        else:
            command = [sys.executable, str(LAUNCHER), "--port", str(port), *launcher]
        server = StreamlitServer(command, port, folder / "server.log", env)
        try:
            server.start()
        except RuntimeError as err:
            pytest.fail(f"server {name!r} did not start: {err}", pytrace=False)
        self.running[name] = server
        if warm:
            page = new_page(self.browser)
            try:
                open_app(page, server.url + "/")
            finally:
                page.context.close()
        return server

    def stop_all(self) -> None:
        """Stop every server started."""
        for server in self.running.values():
            server.stop()


# Under pytest-xdist (scripts/test.sh: ``-n 2 --dist loadgroup``) each worker starts its own
# copy of every server its tests use. The tests of these servers are sent to one worker
# (a group each), so each starts once; the sample's, the most numerous, are shared out.
GROUPED_SERVERS = (
    "messy_server",
    "hostile_server",
    "sheet_server",
    "updates_server",  # test_post_update.py
    "rendered",  # test_escape_render.py's server
)


# First: pytest-xdist's own hook names each test after its group (a conftest given on the
# command line is registered before xdist's worker, and would otherwise come after it).
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items) -> None:
    """Mark each browser test using a ``GROUPED_SERVERS`` server with its ``xdist_group``
    (a server named as a parameter, for ``request.getfixturevalue``, counts too)."""
    here = Path(__file__).parent
    for item in items:
        if item.path.parent != here:
            continue
        params = item.callspec.params.values() if hasattr(item, "callspec") else ()
        used = set(item.fixturenames) | {value for value in params if isinstance(value, str)}
        group = next((name for name in GROUPED_SERVERS if name in used), None)
        if group:
            item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture(scope="session")
def servers(tmp_path_factory, chromium) -> Iterator[Servers]:
    """The session's server pool."""
    pool = Servers(tmp_path_factory.mktemp("servers"), chromium)
    yield pool
    pool.stop_all()


@pytest.fixture(scope="session")
def sample_server(servers) -> StreamlitServer:
    """The app on the built-in sample."""
    return servers.start("sample")


@pytest.fixture(scope="session")
def messy_workbook(tmp_path_factory) -> Path:
    """tests/fixtures/messy.xlsx, or (until it exists) our own hostile copy of the sample."""
    if MESSY.exists():
        return MESSY
    return make_hostile_sample(tmp_path_factory.mktemp("messy"))


@pytest.fixture(scope="session")
def messy_server(servers, messy_workbook) -> StreamlitServer:
    """The app on the messy workbook."""
    return servers.start("messy", messy_workbook)


@pytest.fixture(scope="session")
def hostile_server(servers, tmp_path_factory) -> StreamlitServer:
    """The app on the sample with payloads in names, titles and next steps."""
    return servers.start("hostile", make_hostile_sample(tmp_path_factory.mktemp("hostile")))


@pytest.fixture(scope="session")
def sheet_flag(tmp_path_factory) -> Path:
    """Creating this file makes the fake Google Sheet fail from then on."""
    return tmp_path_factory.mktemp("sheet") / "fail"


@pytest.fixture(scope="session")
def sheet_server(servers, sheet_flag) -> StreamlitServer:
    """The app on a fake Google Sheet (real gspread) that fails once ``sheet_flag`` exists."""
    return servers.start("sheet", launcher=["--fail-flag", str(sheet_flag)])


# The hostile copy: which cell of which tab gets which payload.
HOSTILE_COALITION = "envdata"
HOSTILE_ACTOR = "FING"


def make_hostile_sample(folder: Path) -> Path:
    """A copy of the sample CSVs with payloads in coalition and actor names (``QUOTED``
    and ``IMG`` starting ``HOSTILE_COALITION``'s), event titles, next steps and deliverable
    titles (``MD_LINK``, inside the titles the library draws as links), and a
    ``javascript:`` link on ``HOSTILE_COALITION``'s diagnostic; actor renames are carried
    into memberships so nothing dangles."""
    copy_sample(folder)
    actor = f"{SCRIPT} {HOSTILE_ACTOR}"

    def edit(tab: str, change: Callable[[dict], None]) -> None:
        path = folder / f"{tab}.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        header = list(rows[0].keys())
        for row in rows:
            change(row)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, header)
            writer.writeheader()
            writer.writerows(rows)

    def coalitions(row: dict) -> None:
        if row["identifiant"] == HOSTILE_COALITION:
            row["nom"] = f"{QUOTED} {IMG} {row['nom']}"
        row["prochaine étape"] = f"{MD_LINK} {SCRIPT} {row['prochaine étape']}"

    def actors(row: dict) -> None:
        if row["nom"] == HOSTILE_ACTOR:
            row["nom"] = actor

    def memberships(row: dict) -> None:
        if row["acteur"] == HOSTILE_ACTOR:
            row["acteur"] = actor

    def events(row: dict) -> None:
        row["titre"] = f"{row['titre']} {IMG}"

    def deliverables(row: dict) -> None:
        if (row["coalition"], row["livrable"]) == (HOSTILE_COALITION, "diagnostic"):
            row["lien"] = "javascript:window.__xss=1"
        row["livrable"] = f"{row['livrable']} {MD_LINK}"

    edit("coalitions", coalitions)
    edit("actors", actors)
    edit("memberships", memberships)
    edit("events", events)
    edit("deliverables", deliverables)
    return folder


# --------------------------------------------------------------------------- pages


@dataclass
class Tab:
    """One browser page on one server, with the console errors it logged."""

    page: Any
    base_url: str
    errors: list[str] = field(default_factory=list)

    def open(self, path: str = "/") -> float:
        """Go to ``path`` (e.g. ``/network?lang=en``) and wait until drawn; seconds taken."""
        return open_app(self.page, self.base_url + path)

    def go(self, name: str) -> None:
        """Show page ``name`` by its link in the sidebar, as a reader moves on: the document
        and its scripts stay (a page loaded by its address takes 2 to 3 s more, most of it
        the browser starting Streamlit's and Plotly's scripts again)."""
        self.act(self.page.locator(f'[data-testid="stSidebar"] a[href="{name}"]').first.click)
        # As the reader sees a new page: from its top (the last page may have scrolled).
        self.page.locator('[data-testid="stMain"]').evaluate("(main) => main.scrollTo(0, 0)")

    def act(self, action: Callable[[], Any]) -> Any:
        """Do ``action`` and wait for the rerun it causes."""
        return act(self.page, action, ACT_TIMEOUT_MS)

    def location(self) -> str:
        """The address bar as the page sees it.

        Not ``page.url``: Playwright updates that one late after Streamlit's
        ``history.replaceState`` (it showed the previous ``?slide=`` in a test).
        """
        return self.page.evaluate("() => location.href")

    def exceptions(self) -> list[str]:
        """The text of every exception box on the page."""
        return self.page.locator('[data-testid="stException"]').all_inner_texts()

    def main_text(self) -> str:
        """The visible text of the main area."""
        return self.page.locator('[data-testid="stMain"]').inner_text()

    def title(self) -> str:
        """The page's first heading."""
        return self.page.locator('[data-testid="stMain"] h1').first.inner_text().strip()

    def assert_clean(self, server: StreamlitServer | None = None) -> None:
        """No exception box and no console error (beyond ``BENIGN_CONSOLE``)."""
        boxes = self.exceptions()
        log = f"\nserver log:\n{server.log()}" if server and boxes else ""
        assert not boxes, f"exception on {self.location()}: {boxes}{log}"
        assert not self.errors, f"console errors on {self.location()}: {self.errors}"

    def screenshot(self, name: str) -> Path:
        """Save the whole page (main area and sidebar unrolled) under test-artifacts/."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        # Streamlit scrolls inside stMain, not the document: grow the viewport to fit it.
        height = self.page.evaluate(
            """() => Math.max(innerHeight, ...['stMain', 'stSidebarContent'].map((id) => {
                   const el = document.querySelector(`[data-testid="${id}"]`);
                   return el ? el.scrollHeight : 0; }))"""
        )
        size = self.page.viewport_size
        self.page.set_viewport_size({"width": size["width"], "height": min(height, 12000)})
        self.page.wait_for_timeout(300)  # charts resize to the new viewport
        self.page.screenshot(path=str(path), full_page=True)
        self.page.set_viewport_size(size)
        return path


@pytest.fixture
def browse(chromium) -> Iterator[Callable[..., Tab]]:
    """``browse(server, viewport=(w, h))`` -> a ``Tab`` in a fresh context (new session)."""
    opened: list[Any] = []

    def make(server: StreamlitServer, viewport: tuple[int, int] = VIEWPORT) -> Tab:
        page = new_page(chromium, viewport)
        page.set_default_timeout(LOCATOR_TIMEOUT_MS)
        opened.append(page.context)
        tab = Tab(page, server.url)

        def on_console(message: Any) -> None:
            if message.type == "error":
                url = (message.location or {}).get("url", "")
                if not is_benign(message.text, url):
                    tab.errors.append(f"{message.text} ({url})")

        page.on("console", on_console)
        page.on("pageerror", lambda error: tab.errors.append(f"pageerror: {error}"))
        return tab

    yield make
    for context in opened:
        context.close()


def tour(
    tab: Tab,
    pages: Sequence[str],
    params: dict[str, str] | None = None,
    own: dict[str, dict[str, str]] | None = None,
) -> Iterator[str]:
    """Show each of ``pages`` in ``tab``, yielding its name once drawn: the first by its
    address with ``params`` (e.g. ``{"lang": "en"}``), the next ones by their sidebar link
    (the language follows), a page named in ``own`` by its address with those parameters
    added. The presenter's projector view has no sidebar: put it last.

    Each page answers for its own console errors: those of the page before are dropped as
    the tour moves on (check them with ``Tab.assert_clean`` while the page is shown)."""
    own = own or {}
    for name in pages:
        tab.errors.clear()
        if name == pages[0] or name in own:
            query = urlencode({**(params or {}), **own.get(name, {})})
            tab.open(url_of(name) + (f"?{query}" if query else ""))
        else:
            tab.go(name)
        shown = urlsplit(tab.location()).path
        assert shown == url_of(name), f"going to /{name} showed {shown}"
        yield name


def find_injections(page: Any) -> list[str]:
    """What a payload achieved in ``page`` or any of its frames: ``window.__xss`` set, an
    ``img[src="x"]``, a script mentioning ``__xss``, a ``javascript:`` link."""
    found = []
    for frame in page.frames:
        state = frame.evaluate(
            """() => ({
                xss: typeof window.__xss !== 'undefined',
                img: document.querySelectorAll('img[src="x"]').length,
                script: [...document.querySelectorAll('script')]
                    .filter((s) => s.textContent.includes('__xss')).length,
                link: document.querySelectorAll('[href^="javascript:" i]').length,
            })"""
        )
        where = frame.url or "main frame"
        found += [f"{key}={value} in {where}" for key, value in state.items() if value]
    return found
