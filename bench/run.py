"""The benchmark: how load, validation, page runs, browser rendering and memory scale.

For each size (``bench.generate.SIZES``: the sample, x10, x100 and the large workbook),
written as a CSV folder in a temporary directory, it measures:

- the floor: plain ``pandas.read_csv`` of every file, the least any reader must pay;
- load+validate: ``data_sources.reading.loader.load_local`` on the folder (read, validate, build the
  Dataset), and its ratio to the floor (the two timed in turn, so that a neighbour's load on
  a shared machine weighs on both alike);
- each page's script run: an AppTest of app.py with ``RESET_DATA`` on the folder, switched to
  the page (after one untimed run of every page, so imports and the cached load are not
  counted);
- each page's first full render in Chromium: a fresh browser session per visit on a real
  server whose cache is already warm, from navigation until the run has finished and every
  visible chart and table has drawn; the server's cold first visit (load included) is shown
  apart. The browser floor is ``bench/floor_page.py`` (one Plotly chart, one table) on its
  own server, visited in turn with the pages; each page is read as a multiple of it;
- the server's peak resident memory once every page has been visited.

Timings are medians of ``--repeat`` runs (of at least ``LOAD_TURNS`` for the floor and
load+validate, which are also given in CPU time: a shared machine's load weighs less on it).
Targets are printed with PASS/MISS; they are measurements to read, never assertions.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO
from urllib.parse import urlencode

import pandas as pd

from bench.generate import SIZES, generate_workbook
from bench.results import (
    PAGES,
    TABS,
    PageResult,
    SizeResult,
    report,
)
from data_sources.reading.loader import SAMPLE_DIR, SourceSpec, load_local, read_local

ROOT = Path(__file__).resolve().parents[1]


def _coalitions_shown(app) -> int:
    """The overview's first key figure (the number of coalitions), or -1 if not drawn."""
    if not app.metric:
        return -1
    digits = "".join(ch for ch in str(app.metric[0].value) if ch.isdigit())
    return int(digits) if digits else -1


APP = ROOT / "app.py"

FLOOR_PAGE = "bench/floor_page.py"
# An AppTest run on the large workbook takes seconds; a stuck page should still end.
APPTEST_TIMEOUT = 600
# Loading takes about a second even at the large size: five turns give a median that one
# burst on a shared machine does not make, at little cost, even when pages are timed once.
LOAD_TURNS = 5

# --------------------------------------------------------------------------- measuring


def median_time(action: Callable[[], object], repeat: int) -> float:
    """Median wall-clock seconds of ``repeat`` calls of ``action``."""
    return median_times([action], repeat)[0]


def median_times(actions: Sequence[Callable[[], object]], repeat: int) -> list[float]:
    """Median wall-clock seconds of each action, the actions called in turn ``repeat`` times."""
    return median_wall_and_cpu(actions, repeat)[0]


def median_wall_and_cpu(
    actions: Sequence[Callable[[], object]], repeat: int
) -> tuple[list[float], list[float]]:
    """Median wall-clock and CPU seconds (this process's) of each action, called in turn
    ``repeat`` times.

    Taking turns spreads a busy neighbour's load over every action alike, so the ratios
    between them hold better than separate series would. CPU time holds better still on a
    shared machine: waiting for a core is not counted.
    """
    walls: list[list[float]] = [[] for _ in actions]
    cpus: list[list[float]] = [[] for _ in actions]
    for _ in range(repeat):
        for action, wall, cpu in zip(actions, walls, cpus, strict=True):
            started, started_cpu = time.perf_counter(), time.process_time()
            action()
            cpu.append(time.process_time() - started_cpu)
            wall.append(time.perf_counter() - started)
    return [statistics.median(t) for t in walls], [statistics.median(t) for t in cpus]


def workbook_folder(size: str, workdir: Path) -> Path:
    """The CSV folder of ``size``: the built-in sample, or a generated workbook."""
    counts = SIZES[size]
    if counts is None:
        return SAMPLE_DIR
    return generate_workbook(workdir / size, **counts)


def count_rows(folder: Path) -> dict[str, int]:
    """Data rows (header excluded) of each main tab's CSV file."""
    rows = {}
    for tab in TABS:
        path = folder / f"{tab}.csv"
        rows[tab] = len(pd.read_csv(path, dtype=str)) if path.exists() else 0
    return rows


def busiest_coalition(folder: Path) -> str:
    """The coalition with the most members: the coalition sheet's worst case."""
    path = folder / "memberships.csv"
    members = pd.read_csv(path, dtype=str).iloc[:, 0] if path.exists() else pd.Series()
    if members.empty:
        return str(pd.read_csv(folder / "coalitions.csv", dtype=str).iloc[0, 0])
    return str(members.value_counts().index[0])


def page_queries(folder: Path) -> dict[str, dict[str, str]]:
    """Query parameters each page is opened with (the coalition sheet needs a coalition)."""
    return {name: {} for name in PAGES} | {"coalition": {"coalition": busiest_coalition(folder)}}


def read_floor(folder: Path) -> None:
    """The floor: plain ``pandas.read_csv`` of every file of the workbook."""
    for path in sorted(folder.glob("*.csv")):
        pd.read_csv(path)


@contextlib.contextmanager
def environment(**values: str) -> Iterator[None]:
    """Set environment variables for a block, then put the old values back."""
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def time_scripts(
    folder: Path, cache_dir: Path, repeat: int, expected_coalitions: int
) -> dict[str, PageResult]:
    """Each page's AppTest script run on ``folder`` (median of ``repeat``, after a warm-up).

    Raises ``RuntimeError`` if the app did not load ``folder`` (``expected_coalitions``).
    """
    from streamlit.testing.v1 import AppTest

    results = {name: PageResult() for name in PAGES}
    queries = page_queries(folder)

    def open_page(script: str, name: str) -> None:
        # Switching page drops the query string in the browser; do the same here.
        app.switch_page(script)
        app.query_params.clear()
        app.query_params.update(queries[name])
        app.run()

    with environment(RESET_DATA=str(folder), RESET_CACHE_DIR=str(cache_dir)):
        app = AppTest.from_file(str(APP), default_timeout=APPTEST_TIMEOUT)
        app.run()  # loads the workbook into the data cache
        shown = _coalitions_shown(app)
        if shown != expected_coalitions:
            # Timing the sample (or nothing) instead of this workbook would be a false figure.
            raise RuntimeError(
                f"the app shows {shown} coalitions, the workbook has {expected_coalitions}"
            )
        for name, (script, _) in PAGES.items():
            open_page(script, name)  # warm-up: imports, first-time costs
            if app.exception:
                results[name].error = _first_line(app.exception[0].message)

        for name, (script, _) in PAGES.items():
            if results[name].error:
                continue

            def run(script: str = script, name: str = name) -> None:
                open_page(script, name)

            results[name].script = median_time(run, repeat)
            if app.exception:
                results[name].error = _first_line(app.exception[0].message)
    return results


def _first_line(text: str) -> str:
    return (text or "exception").strip().splitlines()[0][:80]


@dataclass
class BrowserResult:
    """What the browser visits measured besides each page's render (seconds, bytes)."""

    cold_open: float
    peak_rss: int | None
    floor: float | None


def time_browser(
    folder: Path, workdir: Path, repeat: int, results: dict[str, PageResult], browser
) -> BrowserResult:
    """Each page's first render in Chromium (fresh session each visit) on a warm server.

    Fills ``results[page].browser``. Before each visit of a page the bare page
    (``FLOOR_PAGE``, on a second server) is visited too; the median of those visits is the
    browser floor. Returns it with the server's cold first visit (the workbook's load
    included) and its peak RSS after every visit.
    """
    from bench.harness import (
        StreamlitServer,
        free_port,
        new_page,
        open_app,
        server_env,
        streamlit_command,
    )

    workdir.mkdir(parents=True, exist_ok=True)
    secrets = workdir / "secrets.toml"
    secrets.write_text("")  # the source is RESET_DATA, whatever the developer's secrets say
    port = free_port()
    env = server_env(workdir / "cache", folder)
    server = StreamlitServer(
        streamlit_command(port, secrets_file=secrets), port, workdir / "server.log", env
    )
    floor_port = free_port()
    floor_server = StreamlitServer(
        streamlit_command(floor_port, secrets_file=secrets, script=FLOOR_PAGE),
        floor_port,
        workdir / "floor-server.log",
        env,
    )
    with contextlib.ExitStack() as stack:
        for started in (server, floor_server):
            started.start()
            stack.callback(started.stop)

        def visit(url: str) -> float:
            page = new_page(browser)
            try:
                seconds = open_app(page, url)
                if page.locator('[data-testid="stException"]').count():
                    raise RuntimeError("exception on the page")
                return seconds
            finally:
                page.context.close()

        cold = visit(server.url + "/")
        visit(floor_server.url + "/")  # its first run compiles the script: not the floor
        floors: list[float] = []
        queries = page_queries(folder)
        for name, (_, path) in PAGES.items():
            url = server.url + path + ("?" + urlencode(queries[name]) if queries[name] else "")
            try:
                times = []
                for _ in range(repeat):
                    floors.append(visit(floor_server.url + "/"))
                    times.append(visit(url))
                results[name].browser = statistics.median(times)
            except Exception as exc:  # noqa: BLE001 - one page's failure is reported, not fatal
                results[name].error = results[name].error or f"browser: {exc}"[:80]
        floor = statistics.median(floors) if floors else None
        return BrowserResult(cold, server.peak_rss_bytes(), floor)


def measure(
    size: str, workdir: Path, repeat: int, browser=None, progress: TextIO | None = None
) -> SizeResult:
    """Every measurement on one size (browser ones only when ``browser`` is given)."""

    def say(text: str) -> None:
        if progress is not None:
            print(f"[{size}] {text}", file=progress, flush=True)

    say("writing the workbook")
    folder = workbook_folder(size, workdir)
    spec = SourceSpec("csv", str(folder))
    rows = count_rows(folder)
    say("read_csv floor and load+validate")
    read_floor(folder)  # warm-up: both timings read from the page cache
    load_local(spec)
    (floor, read, load), (floor_cpu, _, load_cpu) = median_wall_and_cpu(
        [lambda: read_floor(folder), lambda: read_local(spec), lambda: load_local(spec)],
        max(repeat, LOAD_TURNS),
    )
    result = SizeResult(size, rows, floor, load, read=read, floor_cpu=floor_cpu, load_cpu=load_cpu)
    say("page script runs (AppTest)")
    result.pages = time_scripts(folder, workdir / f"{size}-cache", repeat, rows["coalitions"])
    if browser is not None:
        say("browser renders (Streamlit server + Chromium)")
        seen = time_browser(folder, workdir / f"{size}-server", repeat, result.pages, browser)
        result.cold_open, result.peak_rss, result.browser_floor = (
            seen.cold_open,
            seen.peak_rss,
            seen.floor,
        )
    return result


# --------------------------------------------------------------------------- entry point


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line of ``python -m bench``."""
    parser = argparse.ArgumentParser(
        prog="python -m bench", description="Time loading, pages and rendering as data grows."
    )
    parser.add_argument(
        "--sizes",
        default=",".join(SIZES),
        help=f"comma-separated sizes among {', '.join(SIZES)} (default: all)",
    )
    parser.add_argument("--no-browser", action="store_true", help="skip server and Chromium")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (median)")
    parser.add_argument(
        "--pages",
        default="",
        help=f"comma-separated pages among {', '.join(PAGES)} (default: all)",
    )
    args = parser.parse_args(argv)
    args.pages = [page.strip() for page in args.pages.split(",") if page.strip()]
    if unknown_pages := [page for page in args.pages if page not in PAGES]:
        parser.error(f"unknown page(s) {', '.join(unknown_pages)}; choose among {', '.join(PAGES)}")
    args.sizes = [size.strip() for size in args.sizes.split(",") if size.strip()]
    unknown = [size for size in args.sizes if size not in SIZES]
    if unknown:
        parser.error(f"unknown size(s) {', '.join(unknown)}; choose among {', '.join(SIZES)}")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, progress: TextIO | None = None
) -> dict[str, SizeResult]:
    """Run the benchmark, print the report to ``out`` (stdout), return the results."""
    args = parse_args(argv)
    if not args.pages:
        return _run(args, out, progress)
    # Some pages timed against the bare page, without the hour every page takes at scale:
    # every function here reads the module's page table, restored afterwards.
    every = dict(PAGES)
    PAGES.clear()
    PAGES.update({name: every[name] for name in args.pages})
    try:
        return _run(args, out, progress)
    finally:
        PAGES.clear()
        PAGES.update(every)


def _run(args: argparse.Namespace, out: TextIO | None, progress: TextIO | None):
    """``main``'s measuring and report, on the sizes and pages ``args`` chose."""
    out = out or sys.stdout
    progress = sys.stderr if progress is None else progress
    results: dict[str, SizeResult] = {}
    # AppTest runs pages outside a server: Streamlit warns about it on every run.
    from streamlit.logger import set_log_level

    set_log_level("error")
    with tempfile.TemporaryDirectory(prefix="reset-bench-") as tmp, contextlib.ExitStack() as stack:
        browser = None
        if not args.no_browser:
            from playwright.sync_api import sync_playwright

            from bench.harness import launch_chromium

            playwright = stack.enter_context(sync_playwright())
            browser = launch_chromium(playwright)
            stack.callback(browser.close)
        for size in args.sizes:
            results[size] = measure(size, Path(tmp), args.repeat, browser, progress)
    print(report(results), file=out, end="")
    return results
