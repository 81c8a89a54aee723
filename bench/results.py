"""What the benchmark found, and how it reads: the targets, the results of each size and the
Markdown report (``python -m bench`` prints it; README and bench/RESULTS.md quote it).

The targets are measurements to read, PASS or MISS, never assertions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ui.navigation import page_urls

# Page name -> (script, url path), in the navigation's order.
PAGES = page_urls()
TABS = ("coalitions", "actors", "memberships", "events", "progress", "deliverables")

# Targets (issue 13: performance at scale).
LOAD_RATIO_TARGET = 2.0  # load+validate at most 2x the bare read_csv of the same files
PAGE_TARGET_SAMPLE = 0.5  # seconds per page script run on the sample: feels instant
PAGE_TARGET_LARGE = 3.0  # seconds per page script run on the larger workbooks
# A page drawn in a fresh session takes at most twice the bare page (what any page pays).
BROWSER_RATIO_TARGET = 2.0
# Cost may grow at most like the data from x10 to x100 (ratio of times <= ratio of rows).
GROWTH_FROM, GROWTH_TO = "x10", "x100"
NA = "—"


@dataclass
class PageResult:
    """One page at one size: script run and browser render (seconds), or the error seen."""

    script: float | None = None
    browser: float | None = None
    error: str = ""


@dataclass
class SizeResult:
    """Everything measured on one workbook size."""

    size: str
    rows: dict[str, int]
    floor: float
    load: float
    pages: dict[str, PageResult] = field(default_factory=dict)
    read: float | None = None  # the reading part of load+validate (read_local)
    # CPU seconds of the floor and of load+validate: steadier than wall-clock when the
    # machine is shared.
    floor_cpu: float | None = None
    load_cpu: float | None = None
    cold_open: float | None = None
    peak_rss: int | None = None
    browser_floor: float | None = None  # the bare page's render, seconds

    def browser_ratio(self, page: PageResult) -> float | None:
        """A page's browser render over the bare page's (None if either was not taken)."""
        if page.browser is None or not self.browser_floor:
            return None
        return page.browser / self.browser_floor

    @property
    def ratio(self) -> float:
        """load+validate over the read_csv floor."""
        return self.load / self.floor if self.floor else float("inf")

    @property
    def cpu_ratio(self) -> float | None:
        """load+validate over the read_csv floor, in CPU time (None if not measured)."""
        if self.floor_cpu is None or self.load_cpu is None:
            return None
        return self.load_cpu / self.floor_cpu if self.floor_cpu else float("inf")

    @property
    def total_rows(self) -> int:
        """Data rows in the main tabs."""
        return sum(self.rows.values())


def page_target(size: str) -> float:
    """The script-run target of a page at ``size``."""
    return PAGE_TARGET_SAMPLE if size == "sample" else PAGE_TARGET_LARGE


def verdict(value: float | None, limit: float) -> str:
    """PASS, MISS, or a dash when nothing was measured."""
    if value is None:
        return NA
    return "PASS" if value <= limit else "MISS"


def _seconds(value: float | None) -> str:
    return NA if value is None else f"{value:.3f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


DATA_COLUMNS = (
    "read_csv floor s",
    "load+validate s",
    "of which read s",
    "ratio",
    "CPU ratio",
    "target",
    "result",
    "bare page s",
    "server cold open s",
    "server peak RSS MB",
)
PAGE_COLUMNS = (
    "page",
    "script run s",
    "target",
    "result",
    "browser render s",
    "× bare page",
    "target",
    "result",
)
GROWTH_COLUMNS = ("measure", f"{GROWTH_FROM} s", f"{GROWTH_TO} s", "rows ×", "time ×", "result")


def size_report(result: SizeResult) -> list[str]:
    """The two tables of one size (workbook, pages) as Markdown lines."""
    counts = " · ".join(f"{result.rows.get(tab, 0):,} {tab}" for tab in TABS)
    lines = [f"### {result.size}: {counts}", ""]
    rss = NA if result.peak_rss is None else f"{result.peak_rss / 2**20:.0f}"
    lines += _table(
        DATA_COLUMNS,
        [
            [
                _seconds(result.floor),
                _seconds(result.load),
                _seconds(result.read),
                f"{result.ratio:.1f}×",
                NA if result.cpu_ratio is None else f"{result.cpu_ratio:.1f}×",
                f"≤ {LOAD_RATIO_TARGET:g}×",
                verdict(result.ratio, LOAD_RATIO_TARGET),
                _seconds(result.browser_floor),
                _seconds(result.cold_open),
                rss,
            ]
        ],
    )
    lines.append("")
    limit = page_target(result.size)
    rows = []
    for name, page in result.pages.items():
        ratio = result.browser_ratio(page)
        rows.append(
            [
                name,
                _seconds(page.script) if not page.error else f"ERROR: {page.error}",
                f"≤ {limit:g} s",
                verdict(page.script, limit) if not page.error else "MISS",
                _seconds(page.browser),
                NA if ratio is None else f"{ratio:.1f}×",
                f"≤ {BROWSER_RATIO_TARGET:g}×",
                verdict(ratio, BROWSER_RATIO_TARGET),
            ]
        )
    lines += _table(PAGE_COLUMNS, rows)
    lines.append("")
    return lines


def growth_report(results: dict[str, SizeResult]) -> list[str]:
    """Growth from x10 to x100: each cost's ratio against the ratio of rows."""
    if GROWTH_FROM not in results or GROWTH_TO not in results:
        return []
    small, big = results[GROWTH_FROM], results[GROWTH_TO]
    data_ratio = big.total_rows / small.total_rows
    measures: list[tuple[str, float | None, float | None]] = [
        ("load+validate", small.load, big.load)
    ]
    for name in PAGES:
        measures.append((f"{name} script run", small.pages[name].script, big.pages[name].script))
    for name in PAGES:
        measures.append((f"{name} browser", small.pages[name].browser, big.pages[name].browser))
    rows = []
    for label, before, after in measures:
        if before is None or after is None:
            continue
        time_ratio = after / before
        rows.append(
            [
                label,
                _seconds(before),
                _seconds(after),
                f"{data_ratio:.1f}",
                f"{time_ratio:.1f}",
                "PASS" if time_ratio <= data_ratio else "MISS",
            ]
        )
    title = f"### Growth {GROWTH_FROM} → {GROWTH_TO} (no worse than linear: time × ≤ rows ×)"
    return [title, "", *_table(GROWTH_COLUMNS, rows), ""]


def report(results: dict[str, SizeResult]) -> str:
    """The full report: one section per size, then the growth check and a summary."""
    lines = []
    for result in results.values():
        lines += size_report(result)
    lines += growth_report(results)
    text = "\n".join(lines)
    misses = text.count("| MISS |")
    lines.append(f"{misses} target(s) missed." if misses else "Every target met.")
    return "\n".join(lines) + "\n"
