"""``python -m bench.meeting [--followers 30] [--window 20] [--moves 10]``: what a meeting costs.

On the built-in sample, one Streamlit server and Debian's Chromium: the server idle, then
with a presenter view running a meeting, then with ``--followers`` follower windows on its
link (several pages per browser context). For each state, the server's resident memory and the
CPU time it used over ``--window`` seconds (read from /proc: the server's own process, all
its threads; Chromium's CPU is not counted), and the load average of the machine. Then
``--moves`` moves in the presenter view, each timed until every follower shows the new slide,
split in two: from the key press to the meeting's position file being written (the server's
part: the presenter's rerun and its callback) and from the file to each follower's page
showing the slide (the follower's part: its poll and redraw). Prints a Markdown table and
writes the figures as JSON to ``test-artifacts/meeting-bench.json``.

Memory per meeting: the server's memory with the meeting and its followers, less the idle
server's. CPU per follower: the CPU the followers add (followers' state less the presenter's
alone), divided by their number, as a share of one core and as a multiple of the idle
server's CPU.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.harness import (
    ROOT,
    StreamlitServer,
    free_port,
    launch_chromium,
    new_page,
    open_app,
    server_env,
    streamlit_command,
)
from ui.follow_view import FOLLOW_POLL_MS

# A follower records each change of its caption ("diapositive N sur 16", which its script sets
# with the slide) with the time, and marks its page (a reload would lose the mark).
# tests/browser/test_meeting.py uses it too.
WATCH_CAPTION = """() => {
  performance.setResourceTimingBufferSize(100000);  // every poll, not the first 250
  window.__followed = [];
  window.__loadedOnce = true;
  let last = '';
  const read = () => {
    const el = document.querySelector('.st-key-follow_slide .rs-follow-caption');
    const text = el ? el.textContent : '';
    if (text && text !== last) { last = text; window.__followed.push([Date.now(), text]); }
  };
  new MutationObserver(read).observe(document.body,
    {subtree: true, childList: true, characterData: true});
  read();
}"""
SHOWN_AT = """(n) => {
  const hit = window.__followed.filter(([, text]) => text.includes(`diapositive ${n} sur`));
  return hit.length ? hit[hit.length - 1][0] : null;
}"""
# The slide a follower shows (its page holds the whole deck, the others hidden).
SHOWN_SLIDE = ".st-key-follow_slide .rs-follow-slide:not([hidden]) .rs-frame"
# Each poll of the position file as the browser timed it: (start, end) in ms of the page.
POLLS = """() => performance.getEntriesByType('resource')
  .filter((entry) => entry.name.includes('/app/static/meetings/'))
  .map((entry) => [entry.startTime, entry.responseEnd])"""
SETTLE_SECONDS = 5.0  # after a state change, before measuring it
MOVE_TIMEOUT_MS = 30_000
PAGES_PER_CONTEXT = 5  # follower windows sharing a browser context (each its own session)
# Where the server writes the position files (data_sources.meeting_position): app.py's static/.
POSITIONS = ROOT / "static" / "meetings"
POSITION_NAME = "() => document.querySelector('.rs-follow').dataset.position.split('/').pop()"
OPEN_TIMEOUT_MS = 60_000  # a follower window not drawn by then: the server is saturated
MB = 1024 * 1024


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds used so far by ``pid`` (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_bytes(pid: int) -> int:
    """The resident memory of ``pid`` now."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def measure_state(pid: int, window: float) -> dict:
    """The server's memory and the CPU it uses over ``window`` seconds, after settling, and the
    machine's load average (one minute) at the end: other work shares the two cores."""
    time.sleep(SETTLE_SECONDS)
    before, started = cpu_seconds(pid), time.monotonic()
    time.sleep(window)
    used, elapsed = cpu_seconds(pid) - before, time.monotonic() - started
    return {
        "rss_mb": rss_bytes(pid) / MB,
        "cpu_share": used / elapsed,
        "load_average": os.getloadavg()[0],
    }


def written_at(path: Path, slide: int, timeout: float) -> float | None:
    """When the position file said ``slide`` (its modification time, ms of the wall clock the
    browsers' ``Date.now()`` reads too), None if it never did within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if json.loads(path.read_bytes())["slide"] == slide:
                return path.stat().st_mtime_ns / 1e6
        except (FileNotFoundError, ValueError):
            pass
        time.sleep(0.01)
    return None


def direct_answers(url: str, count: int = 50) -> list[float]:
    """Milliseconds the server takes to answer ``count`` reads of the position file from this
    process (no browser): the server's part of a poll, apart from the pages' own delays."""
    times = []
    for _ in range(count):
        started = time.perf_counter()
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - http only
            response.read()
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentiles(values: list[float]) -> dict:
    """Median, 90th percentile and maximum of ``values`` (ms), None when empty."""
    if not values:
        return {"median": None, "p90": None, "max": None}
    ordered = sorted(values)
    return {
        "median": statistics.median(ordered),
        "p90": ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))],
        "max": ordered[-1],
    }


def run(followers: int, window: float, moves: int) -> dict:
    """Measure the three states and the moves; the figures."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    workdir = Path(tempfile.mkdtemp(prefix="bench-meeting-"))
    secrets = workdir / "secrets.toml"
    secrets.write_text("")
    port = free_port()
    server = StreamlitServer(
        streamlit_command(port, secrets_file=secrets),
        port,
        workdir / "server.log",
        server_env(workdir / "cache"),
    ).start()
    pid = server.process.pid
    try:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            warm = new_page(browser)
            open_app(warm, server.url + "/")
            warm.context.close()
            idle = measure_state(pid, window)

            presenter = new_page(browser)
            open_app(presenter, server.url + "/presenter?vue=animateur&rd=14&slide=1")
            presenter.locator(".st-key-meeting_start button:visible").click()
            text = presenter.locator(".st-key-meeting_code").inner_text(timeout=60_000)
            code = re.search(r"suivre=([A-Z2-9]{6})", text).group(1)
            meeting = measure_state(pid, window)

            pages, opening, contexts = [], [], []
            for n in range(followers):
                if n % PAGES_PER_CONTEXT == 0:
                    contexts.append(browser.new_context(viewport={"width": 1280, "height": 720}))
                page = contexts[-1].new_page()
                started = time.monotonic()
                try:
                    page.goto(f"{server.url}/presenter?suivre={code}", timeout=OPEN_TIMEOUT_MS)
                    page.locator(SHOWN_SLIDE).wait_for(timeout=OPEN_TIMEOUT_MS)
                except PlaywrightTimeout:
                    # The server no longer serves a new window in time: measure with those in.
                    break
                opening.append(time.monotonic() - started)
                page.evaluate(WATCH_CAPTION)
                pages.append(page)
            following = measure_state(pid, window)

            position = POSITIONS / pages[0].evaluate(POSITION_NAME) if pages else None
            # Read with the followers polling: what one more poll waits for at the server.
            direct = (
                direct_answers(f"{server.url}/app/static/meetings/{position.name}")
                if position
                else []
            )
            latencies, server_part, follower_part, missed = [], [], [], 0
            for number in range(2, 2 + moves):
                moved_at = presenter.evaluate("() => Date.now()")
                presenter.keyboard.press("ArrowRight")
                written = written_at(position, number, MOVE_TIMEOUT_MS / 1000) if position else None
                if written is not None:
                    server_part.append(written - moved_at)
                for page in pages:
                    try:
                        page.wait_for_function(SHOWN_AT, arg=number, timeout=MOVE_TIMEOUT_MS)
                    except PlaywrightTimeout:
                        missed += 1
                        continue
                    shown_at = page.evaluate(SHOWN_AT, number)
                    latencies.append(shown_at - moved_at)
                    if written is not None:
                        follower_part.append(shown_at - written)
                presenter.wait_for_timeout(1000)
            # Whether a slow redraw was the server answering late or the page polling late
            # (its timers starved: every window runs on this machine's two cores).
            answers, gaps = [], []
            for page in pages:
                polls = page.evaluate(POLLS)
                answers += [end - start for start, end in polls]
                gaps += [b[0] - a[0] for a, b in zip(polls, polls[1:], strict=False)]
            browser.close()
    finally:
        server.stop()
    connected = len(opening)
    added_cpu = max(following["cpu_share"] - meeting["cpu_share"], 0.0)
    per_follower = added_cpu / connected if connected else 0.0
    return {
        "followers_asked": followers,
        "followers": connected,
        "opening_s": opening,
        "moves_missed": missed,
        "window_s": window,
        "idle": idle,
        "meeting": meeting,
        "following": following,
        "meeting_memory_mb": following["rss_mb"] - idle["rss_mb"],
        "meeting_memory_ratio": following["rss_mb"] / idle["rss_mb"],
        "memory_per_follower_mb": (following["rss_mb"] - meeting["rss_mb"]) / max(connected, 1),
        "cpu_per_follower_share": per_follower,
        "cpu_per_follower_ratio": per_follower / idle["cpu_share"] if idle["cpu_share"] else None,
        "moves": moves,
        "latency_ms": sorted(latencies),
        "latency": percentiles(latencies),
        "latency_over_1s": sum(value > 1000 for value in latencies),
        "server_part_ms": sorted(server_part),
        "server_part": percentiles(server_part),
        "follower_part_ms": sorted(follower_part),
        "follower_part": percentiles(follower_part),
        "polls": len(answers),
        "poll_answer": percentiles(answers),
        "poll_gap": percentiles(gaps),
        "direct_answer_ms": sorted(direct),
        "direct_answer": percentiles(direct),
    }


def _ms(figures: dict) -> str:
    if figures["median"] is None:
        return "none measured"
    return (
        f"median {figures['median']:.0f} ms, 90 % under {figures['p90']:.0f} ms, "
        f"max {figures['max']:.0f} ms"
    )


def table(result: dict) -> str:
    """The figures as the README shows them."""
    rows = [
        ("idle server", result["idle"]),
        ("presenter view, meeting started", result["meeting"]),
        (f"+ {result['followers']} followers", result["following"]),
    ]
    opening = result["opening_s"]
    lines = [
        "| server state | RSS | CPU (share of one core) | load average (1 min) |",
        "|---|---|---|---|",
    ]
    for name, state in rows:
        lines.append(
            f"| {name} | {state['rss_mb']:.0f} MB | {state['cpu_share'] * 100:.1f} % "
            f"| {state['load_average']:.1f} |"
        )
    ratio = result["cpu_per_follower_ratio"]
    shown = len(result["latency_ms"])
    lines += [
        "",
        f"Followers asked: {result['followers_asked']}, connected: {result['followers']} "
        f"(a window opened in {min(opening, default=0):.1f}–{max(opening, default=0):.1f} s); "
        f"moves not shown within {MOVE_TIMEOUT_MS // 1000} s: {result['moves_missed']}.",
        f"Memory of the meeting with its followers: {result['meeting_memory_mb']:.0f} MB "
        f"({result['meeting_memory_ratio']:.2f}× the idle server), "
        f"{result['memory_per_follower_mb']:.1f} MB per follower. CPU per follower: "
        f"{result['cpu_per_follower_share'] * 100:.2f} % of a core"
        + (f" ({ratio:.1f}× the idle server's)." if ratio is not None else "."),
        f"{result['moves']} moves × {result['followers']} followers ({shown} shown): "
        f"{_ms(result['latency'])}, {result['latency_over_1s']} over 1 s (from the key press "
        "to each follower's redraw).",
        f"Of which the server's part (key press to position file): {_ms(result['server_part'])}; "
        f"the follower's (file to redraw): {_ms(result['follower_part'])}.",
        f"The followers' {result['polls']} polls: the server answered each in "
        f"{_ms(result['poll_answer'])}; one poll started after the previous one in "
        f"{_ms(result['poll_gap'])} (asked: every {FOLLOW_POLL_MS} ms). Read by the benchmark "
        f"itself (no browser) while they polled: {_ms(result['direct_answer'])}.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.meeting", description=__doc__)
    parser.add_argument("--followers", type=int, default=30)
    parser.add_argument("--window", type=float, default=20.0, help="seconds per measurement")
    parser.add_argument("--moves", type=int, default=10)
    args = parser.parse_args(argv)
    result = run(args.followers, args.window, args.moves)
    out = ROOT / "test-artifacts" / "meeting-bench.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(table(result))


if __name__ == "__main__":
    main()
