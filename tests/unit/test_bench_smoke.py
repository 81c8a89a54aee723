"""The benchmark keeps working: a run at the smallest size, and its PASS/MISS arithmetic.

Nothing here is timed against a limit; the numbers themselves are python -m bench's job.
"""

from __future__ import annotations

import io

import pytest

from bench import results as findings
from bench import run
from bench.results import PageResult, SizeResult

# Runs the benchmark end to end: the full run's, not the quick loop's.
pytestmark = pytest.mark.slow


def test_bench_runs_on_the_sample_without_browser():
    out, progress = io.StringIO(), io.StringIO()
    results = run.main(["--sizes", "sample", "--no-browser", "--repeat", "1"], out, progress)
    text = out.getvalue()

    assert list(results) == ["sample"]
    sample = results["sample"]
    assert sample.rows == {
        "coalitions": 20, "actors": 61, "memberships": 80, "events": 23, "progress": 52,
        "deliverables": 23,
    }  # fmt: skip
    assert sample.floor > 0 and sample.load > 0 and sample.read > 0
    assert sample.floor_cpu > 0 and sample.load_cpu > 0
    assert sample.cpu_ratio == sample.load_cpu / sample.floor_cpu
    for name, page in sample.pages.items():
        assert page.error == "", f"{name}: {page.error}"
        assert page.script is not None and page.script > 0
        assert page.browser is None  # --no-browser
    assert sample.cold_open is None and sample.peak_rss is None

    assert "### sample: 20 coalitions · 61 actors" in text
    assert "| " + " | ".join(findings.DATA_COLUMNS) + " |" in text
    data_row = text.splitlines()[
        text.splitlines().index("| " + " | ".join(findings.DATA_COLUMNS) + " |") + 2
    ]
    cells = [cell.strip() for cell in data_row.strip("|").split("|")]
    assert cells[findings.DATA_COLUMNS.index("CPU ratio")] == f"{sample.cpu_ratio:.1f}×"
    assert "| " + " | ".join(findings.PAGE_COLUMNS) + " |" in text
    for name in findings.PAGES:
        row = next(line for line in text.splitlines() if line.startswith(f"| {name} |"))
        assert len(row.strip("|").split("|")) == len(findings.PAGE_COLUMNS)
    assert "ERROR" not in text
    assert "[sample] page script runs (AppTest)" in progress.getvalue()


def _size(name, rows, load, script, browser=None):
    pages = {page: PageResult(script=script, browser=browser) for page in findings.PAGES}
    return SizeResult(name, {"coalitions": rows}, floor=1.0, load=load, pages=pages)


def test_growth_is_judged_against_the_growth_of_the_data():
    results = {
        "x10": _size("x10", 100, load=1.0, script=0.2),
        "x100": _size("x100", 1000, load=9.0, script=2.5),  # 9x, then 12.5x for 10x rows
    }
    lines = findings.growth_report(results)
    assert "| load+validate | 1.000 | 9.000 | 10.0 | 9.0 | PASS |" in lines
    assert "| overview script run | 0.200 | 2.500 | 10.0 | 12.5 | MISS |" in lines
    # Browser timings were not taken: no row for them.
    assert not any("browser" in line for line in lines[2:])
    assert findings.growth_report({"x10": results["x10"]}) == []


def test_targets_depend_on_the_size():
    assert findings.page_target("sample") == 0.5
    assert findings.page_target("large") == 3.0
    assert findings.verdict(0.5, 0.5) == "PASS"
    assert findings.verdict(0.51, 0.5) == "MISS"
    assert findings.verdict(None, 0.5) == "—"
    report = findings.report({"sample": _size("sample", 20, load=4.0, script=0.1)})
    # load 4.0 s over a 1.0 s floor: 4x, over the 2x target.
    assert "| 1.000 | 4.000 | — | 4.0× | — | ≤ 2× | MISS |" in report
    assert report.endswith("1 target(s) missed.\n")


def test_pages_are_read_as_multiples_of_the_bare_page():
    result = _size("large", 1000, load=1.5, script=0.4, browser=2.5)
    result.pages["network"].browser = 1.9
    result.browser_floor = 1.0
    result.read = 0.25
    report = findings.report({"large": result})
    assert "| 1.000 | 1.500 | 0.250 | 1.5× | — | ≤ 2× | PASS | 1.000 |" in report
    assert "| network | 0.400 | ≤ 3 s | PASS | 1.900 | 1.9× | ≤ 2× | PASS |" in report
    assert "| overview | 0.400 | ≤ 3 s | PASS | 2.500 | 2.5× | ≤ 2× | MISS |" in report
    # Every page but the network one misses.
    assert report.endswith(f"{len(findings.PAGES) - 1} target(s) missed.\n")


def test_the_bare_page_draws_one_chart_and_one_table():
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(run.ROOT / run.FLOOR_PAGE), default_timeout=60).run()
    assert not app.exception
    assert len(app.get("plotly_chart")) == 1
    assert len(app.dataframe) == 1


def test_unknown_size_is_refused():
    with pytest.raises(SystemExit):
        run.parse_args(["--sizes", "sample,huge"])


def test_some_pages_only(tmp_path):
    out = io.StringIO()
    every = dict(findings.PAGES)
    results = run.main(
        ["--sizes", "sample", "--no-browser", "--repeat", "1", "--pages", "library"],
        out,
        io.StringIO(),
    )
    assert list(results["sample"].pages) == ["library"]
    assert results["sample"].pages["library"].script > 0
    text = out.getvalue()
    assert "| library |" in text and "| overview |" not in text
    assert every == findings.PAGES  # the page table is restored for whoever runs next


def test_unknown_page_is_refused():
    with pytest.raises(SystemExit):
        run.parse_args(["--pages", "library,nowhere"])
