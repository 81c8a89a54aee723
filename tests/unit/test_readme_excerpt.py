"""The README's excerpt of the Reset Day 14 report is what the report says, word for word.

The excerpt is rewrapped for the page and cut with « […] »: each piece between cuts, its
spaces folded, must stand in the sample's plain-text report, its spaces folded the same way.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from coalitions.history.resetdays import ResetDay
from coalitions.report import build_report, report_txt
from tests.builders import sample_dataset

README = Path(__file__).resolve().parents[2] / "README.md"


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_the_readme_excerpt_is_what_the_report_says():
    readme = README.read_text(encoding="utf-8")
    start = readme.index("An excerpt of the report of Reset Day 14")
    opening = readme.index("```text\n", start) + len("```text\n")
    excerpt = readme[opening : readme.index("\n```", opening)]
    sample = sample_dataset()
    report = _folded(report_txt(build_report(sample, ResetDay(14, date(2021, 5, 18)))))
    pieces = [_folded(piece) for piece in excerpt.split("[…]") if piece.strip()]
    assert len(pieces) >= 3
    assert [piece for piece in pieces if piece not in report] == []
