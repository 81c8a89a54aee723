"""Run the dashboard under a real Streamlit server and drive Debian's Chromium through it.

Shared by the benchmark (``python -m bench``) and the browser tests (``tests/browser``):
starting and stopping a server on a free port, its peak memory, launching Chromium with
Playwright, and knowing when a page has finished running and drawing.

When a page is done: the ``stApp`` element carries ``data-test-script-state`` (Streamlit
1.67 sets ``initial``, ``running``, ``rerunRequested``, ``stopRequested``,
``compilationError`` or ``notRunning``). An init script counts the runs that finish (the
attribute turning to ``notRunning``), so a wait after a click waits for *that* click's
rerun rather than seeing the previous run's ``notRunning``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"  # Debian's package; Playwright's own download is never used
# No sandbox: the tests run as root in a container, where Chromium's sandbox cannot start.
# The rest keeps a headless run quiet and offline (no updates, sync or background fetches).
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
# A cold server imports Streamlit, pandas and plotly on two busy cores: allow a minute.
SERVER_START_TIMEOUT = 90.0
# The largest benchmark workbook takes a few seconds to load on a cold cache; allow far more.
RUN_TIMEOUT_MS = 120_000
# A finished run must stay finished this long to count as settled (a page may rerun itself).
SETTLE_MS = 250

STREAMLIT_FLAGS = (
    "--server.headless",
    "true",
    # Other people edit files in the same checkout: a file change must not rerun the app.
    "--server.fileWatcherType",
    "none",
    "--server.runOnSave",
    "false",
    "--browser.gatherUsageStats",
    "false",
)

# Counts finished script runs; installed before any of the page's own scripts. It reads the
# server's messages, not the page: each run of the script ends with a ForwardMsg whose field
# 6 (``script_finished``) is 0 or 1 (2 is a run cut short by the next one, 3 a fragment's run,
# such as the presenter's timer, every second). Watching the
# ``data-test-script-state`` attribute instead missed runs on a loaded machine: when the
# start and the end of a short run reach the page in one batch, React draws only the end and
# the attribute never leaves « notRunning ». The count goes up two frames after the message,
# once the page has drawn what the run sent. tests/browser/test_run_counter.py feeds it
# messages made by Streamlit's own protobuf classes.
RUN_COUNTER_SCRIPT = """
(() => {
  window.__scriptRuns = 0;
  const finishes = (bytes) => {
    let at = 0;
    const varint = () => {
      let value = 0, scale = 1, byte;
      do { byte = bytes[at++]; value += (byte & 127) * scale; scale *= 128; } while (byte & 128);
      return value;
    };
    while (at < bytes.length) {
      const tag = varint(), field = Math.floor(tag / 8), wire = tag & 7;
      if (wire === 0) {
        const value = varint();
        if (field === 6) return value === 0 || value === 1;
      } else if (wire === 2) {
        const length = varint();  // not `at += varint()`: that adds to the old `at`
        at += length;
      }
      else if (wire === 1) at += 8;
      else if (wire === 5) at += 4;
      else return false;
    }
    return false;
  };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (event.data instanceof ArrayBuffer && finishes(new Uint8Array(event.data))) {
          requestAnimationFrame(() => requestAnimationFrame(() => { window.__scriptRuns++; }));
        }
      });
    }
  };
})();
"""

# True when the app is idle: the last run finished, no spinner, no loading skeleton.
_IDLE = """
(minRuns) => {
  const app = document.querySelector('[data-testid="stApp"]');
  return !!app && window.__scriptRuns >= minRuns
    && app.getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector('[data-testid="stSpinner"]')
    && !document.querySelector('[data-testid="stSkeleton"]');
}
"""

# True when every visible chart and table has drawn (Plotly's SVG, the data grid's canvas).
_DRAWN = """
() => {
  // checkVisibility: false inside a closed expander too (its content is skipped, not hidden).
  const visible = (el) => el.checkVisibility({visibilityProperty: true})
    && el.getBoundingClientRect().height > 0;
  const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].filter(visible);
  const grids = [...document.querySelectorAll('[data-testid="stDataFrame"]')].filter(visible);
  return charts.every((c) => c.querySelector('.main-svg'))
    && grids.every((g) => g.querySelector('canvas'));
}
"""


class ServerError(RuntimeError):
    """The Streamlit server did not start (its log tail is in the message)."""


def free_port() -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def streamlit_command(
    port: int, *, secrets_file: str | Path, extra: Sequence[str] = (), script: str = "app.py"
) -> list:
    """``python -m streamlit run <script>`` on 127.0.0.1:``port`` with the test flags.

    ``secrets_file`` replaces Streamlit's default secrets locations, so a developer's own
    ``.streamlit/secrets.toml`` never decides which source a test or benchmark reads.
    """
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        script,
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        *STREAMLIT_FLAGS,
        "--secrets.files",
        str(secrets_file),
        *extra,
    ]


@dataclass
class StreamlitServer:
    """A Streamlit server subprocess (``command`` run in the repository root).

    ``start()`` waits for ``/_stcore/health``; ``stop()`` terminates it, then kills it if it
    does not exit. Its output goes to ``log_path``.
    """

    command: list
    port: int
    log_path: Path
    env: Mapping[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        """The server's base URL (no trailing slash)."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = SERVER_START_TIMEOUT) -> StreamlitServer:
        """Start the server and return once it answers its health check."""
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            self.command, cwd=ROOT, env=dict(self.env), stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        try:
            return self._wait_healthy(timeout)
        except BaseException:
            # Whatever stops the wait (a time-out, an interrupt, an error of the clock under
            # faketime) stops the server too: nobody else holds it yet, it would outlive us.
            self.stop()
            raise

    def _wait_healthy(self, timeout: float) -> StreamlitServer:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerError(f"server exited with {self.process.returncode}:\n{self.log()}")
            health = f"{self.url}/_stcore/health"  # always http://127.0.0.1
            try:
                with urllib.request.urlopen(health, timeout=2) as answer:  # noqa: S310
                    if answer.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        raise ServerError(f"server not healthy after {timeout:.0f} s:\n{self.log()}")

    def stop(self) -> None:
        """Terminate the server (SIGTERM), killing it after 10 s if it is still there."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def log(self, last: int = 4000) -> str:
        """The last ``last`` characters the server printed."""
        try:
            return self.log_path.read_text(errors="replace")[-last:]
        except OSError:
            return ""

    def peak_rss_bytes(self) -> int | None:
        """The server process's peak resident memory so far (None once it has exited)."""
        if self.process is None or self.process.poll() is not None:
            return None
        return peak_rss_bytes(self.process.pid)


def peak_rss_bytes(pid: int) -> int | None:
    """Peak resident set size of ``pid``: the kernel's ``VmHWM``, else psutil's best figure.

    Linux keeps the true peak in /proc; psutil has no peak there, so it only serves other
    systems (Windows' ``peak_wset``, or the current RSS as a lower bound).
    """
    peak = _vm_hwm(pid)
    if peak is not None:
        return peak
    try:
        import psutil
    except ImportError:
        return None
    try:
        info = psutil.Process(pid).memory_info()
    except psutil.Error:
        return None
    return getattr(info, "peak_wset", None) or info.rss


def _vm_hwm(pid: int) -> int | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024  # the kernel reports kB
    return None


def server_env(cache_dir: str | Path, data: str | Path | None = None, **extra: str) -> dict:
    """The server's environment: ours, snapshots in ``cache_dir``, ``RESET_DATA`` = ``data``."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("STREAMLIT_")}
    env.pop("RESET_DATA", None)
    env["RESET_CACHE_DIR"] = str(cache_dir)
    if data is not None:
        env["RESET_DATA"] = str(data)
    env.update(extra)
    return env


def check_chromium(path: str = CHROMIUM) -> str:
    """``path`` if Chromium is there, else a clear error (the browser tests must not skip)."""
    if not (Path(path).is_file() and os.access(path, os.X_OK)):
        found = shutil.which("chromium") or shutil.which("chromium-browser")
        hint = f" (a chromium was found at {found})" if found else ""
        raise RuntimeError(
            f"Chromium is not installed at {path}{hint}: install Debian's package "
            "(apt-get install chromium). Never use `playwright install`."
        )
    return path


def launch_chromium(playwright: Any, path: str = CHROMIUM) -> Any:
    """A headless Chromium (Debian's binary) launched through Playwright."""
    return playwright.chromium.launch(
        executable_path=check_chromium(path), args=list(CHROMIUM_ARGS), headless=True
    )


def new_page(browser: Any, viewport: tuple[int, int] = (1280, 720)) -> Any:
    """A page in a fresh context (a new Streamlit session) with the run counter installed."""
    context = browser.new_context(
        viewport={"width": viewport[0], "height": viewport[1]}, accept_downloads=True
    )
    context.add_init_script(RUN_COUNTER_SCRIPT)
    return context.new_page()


def script_runs(page: Any) -> int:
    """How many script runs this page has seen finish."""
    return int(page.evaluate("() => window.__scriptRuns || 0"))


def wait_idle(page: Any, min_runs: int = 1, timeout_ms: int = RUN_TIMEOUT_MS) -> None:
    """Wait until ``min_runs`` runs have finished and the app stays idle for ``SETTLE_MS``."""
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        remaining = max(int((deadline - time.monotonic()) * 1000), 1)
        page.wait_for_function(_IDLE, arg=min_runs, timeout=remaining, polling=50)
        page.wait_for_timeout(SETTLE_MS)
        if page.evaluate(_IDLE, min_runs):
            return
        if time.monotonic() > deadline:
            raise TimeoutError("the app kept rerunning")


def wait_drawn(page: Any, timeout_ms: int = RUN_TIMEOUT_MS) -> None:
    """Wait until every visible chart and table has drawn."""
    page.wait_for_function(_DRAWN, timeout=timeout_ms, polling=50)


def open_app(page: Any, url: str, timeout_ms: int = RUN_TIMEOUT_MS) -> float:
    """Navigate to ``url``, wait for the run to finish and everything to draw; seconds taken."""
    started = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded", timeout=timeout_ms)
    wait_idle(page, 1, timeout_ms)
    wait_drawn(page, timeout_ms)
    # The settle pause is a check, not part of the render.
    return time.perf_counter() - started - SETTLE_MS / 1000


def act(page: Any, action: Callable[[], Any], timeout_ms: int = RUN_TIMEOUT_MS) -> Any:
    """Do ``action`` (a click, a key) and wait for the rerun it causes to finish and draw."""
    before = script_runs(page)
    result = action()
    wait_idle(page, before + 1, timeout_ms)
    wait_drawn(page, timeout_ms)
    return result
