"""What the browser tests read from a drawn page: axe-core's violations, text a box cuts,
Streamlit's English placeholders. Each returns what it found; the tests assert, so a visit
can make every check and report every failure at once (see ``Findings``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import SCREENSHOTS

# The RGAA builds on WCAG 2.1 AA; axe's best-practice rules are advice, not the standard.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# "minor" and "moderate" findings are reported, but only these fail the build (the bar).
FAILING = {"serious", "critical"}
AXE = Axe()


def run_axe(page: Any) -> list[dict]:
    """axe-core's WCAG 2.1 A/AA violations on ``page`` (every impact)."""
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    return AXE.run(page, options=options).response["violations"]


def describe(violations: list[dict]) -> str:
    """One paragraph per violation: rule, impact, help, then each element and why."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            why = "; ".join(
                check["message"] for kind in ("any", "all", "none") for check in node[kind]
            )
            lines.append(f"  {' > '.join(map(str, node['target']))}: {why}")
            lines.append(f"    {node['html'][:200]}")
    return "\n".join(lines)


def record(name: str, violations: list[dict]) -> None:
    """Keep every violation found (all impacts) under test-artifacts/, for the README's list."""
    folder = SCREENSHOTS.parent / "axe"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(describe(violations) + "\n")


def failing_violations(page: Any, name: str) -> str:
    """The serious and critical WCAG 2.1 A/AA violations on ``page``, described ("" if
    none); every violation found is recorded under ``name``."""
    violations = run_axe(page)
    record(name, violations)
    return describe([v for v in violations if v["impact"] in FAILING])


# Text a CSS box cuts off: an ellipsis, or a box that hides or scrolls what is wider than
# itself. Tables are left out (they scroll by design), and so are a multiselect's chips,
# whose full text is in the open list.
CUT_TEXT = """() => {
  const cut = [];
  for (const el of document.querySelectorAll('[data-testid="stMain"] *')) {
    if (el.closest('[data-testid="stDataFrame"], [data-baseweb="tag"]')) continue;
    const style = getComputedStyle(el);
    const clips = style.textOverflow === 'ellipsis'
      || ['hidden', 'auto', 'scroll', 'clip'].includes(style.overflowX);
    const text = (el.innerText || '').trim();
    if (clips && text && el.scrollWidth > el.clientWidth + 1) {
      cut.push(`${text.slice(0, 60)} (${el.scrollWidth} px in ${el.clientWidth} px)`);
    }
  }
  return cut;
}"""

# What the main area's text boxes say while empty (a select's placeholder is its input's).
PLACEHOLDERS = """() => [...document.querySelectorAll('[data-testid="stMain"] input[placeholder]')]
  .map((input) => [input.getAttribute('aria-label'), input.getAttribute('placeholder')])"""


def cut_text(page: Any) -> list[str]:
    """Every text of the main area a box cuts off, with its width and the box's."""
    return page.evaluate(CUT_TEXT)


def placeholders(page: Any) -> list[tuple[str, str]]:
    """(label, placeholder) of every text box of the main area."""
    return [tuple(pair) for pair in page.evaluate(PLACEHOLDERS)]


def english_placeholders(page: Any) -> list[tuple[str, str]]:
    """Streamlit's own placeholders left on the page: "Choose an option", "Choose options"
    and "Select..."."""
    found = placeholders(page)
    return [(label, text) for label, text in found if text.startswith(("Choose", "Sel"))]


class Findings:
    """The failed checks of one page visit: each check runs, then the test fails once,
    naming the visit and every check that failed."""

    def __init__(self, visit: str) -> None:
        self.visit = visit
        self.failed: list[str] = []

    @contextmanager
    def check(self, what: str) -> Iterator[None]:
        """Record an assertion failing inside the block under ``what`` and go on."""
        try:
            yield
        except AssertionError as err:
            self.failed.append(f"- {what}: {err}")

    def assert_none(self) -> None:
        """Fail with every recorded failure, if any."""
        assert not self.failed, f"{self.visit}:\n" + "\n".join(self.failed)


def assert_no_findings(visits: Sequence[Findings]) -> None:
    """Fail once, naming every visit with a failed check (a tour's pages, all checked)."""
    failed = [f"{visit.visit}:\n" + "\n".join(visit.failed) for visit in visits if visit.failed]
    assert not failed, "\n\n".join(failed)
