"""One owner per rule of time (the guide's rule, the issue's « grep finds one
implementation »): checked on the source so a second copy cannot creep back in.

- only ``coalitions/history/timeline.py`` picks a coalition's latest or first progress row,
  reads the coalitions tab's own stage or compares its ``updated`` date;
- no module re-parses a date column the dataset has typed (``coalitions/workbook/parsing.py``
  parses the sheet's cells once, when the dataset is built).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(
    p for folder in ("coalitions", "ui", "app_pages") for p in (ROOT / folder).rglob("*.py")
)
# What deciding a stage or an existence on a day looks like in pandas.
TIME_RULES = [
    # a coalition's first or latest progress row
    r'progress\b[^\n]*(drop_duplicates\("coalition"|groupby\("coalition"\)\["(date|stage)"\]\.'
    r"(min|max|first|last)\(\))",
    # the coalitions tab's date against a day or a move, and the tab's own stage
    r'\["updated"\]\s*[<>]',
    r'\["tab_stage"\]',
]
# Python values turned into dates (the agenda's computed meetings) and settings text are not
# dataset columns.
PARSERS = {"coalitions/workbook/parsing.py", "coalitions/history/resetdays.py"}


def _code(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("pattern", TIME_RULES)
def test_the_rules_of_time_are_written_once(pattern):
    owners = {
        str(p.relative_to(ROOT)) for p in SOURCES if re.search(pattern, _code(p))
    }  # fmt: skip
    # Validation only stores the tab's stage for the timeline.
    assert owners <= {"coalitions/history/timeline.py", "coalitions/workbook/tab_rules.py"}, owners


def test_no_module_re_parses_a_typed_date_column():
    found = []
    for path in SOURCES:
        name = str(path.relative_to(ROOT))
        for match in re.finditer(r"to_datetime\(([^)\[]*\[?[^)]*)\)", _code(path)):
            argument = match.group(1)
            if name not in PARSERS and "[m.date for m in" not in argument:
                found.append((name, argument))
    assert found == []
