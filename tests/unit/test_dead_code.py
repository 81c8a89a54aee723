"""No dead code: vulture (configured in pyproject.toml) finds no function, class, method,
property, variable or attribute that nothing reads, in the code or in the tests that use it.

A helper only the tests use counts as used (the tests are its users); the tests' own
unused names (fixtures pytest calls by name, ``pytestmark``) are not reported here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = ("app.py", "app_pages", "ui", "coalitions", "data_sources", "reset_cli", "bench")


def dead(paths: list[str], cwd: Path = ROOT) -> list[str]:
    """vulture's findings in ``paths`` (relative to ``cwd``), outside ``tests/``."""
    done = subprocess.run(
        [sys.executable, "-m", "vulture", *paths],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 3), done.stderr  # 3: dead code found
    return [line for line in done.stdout.splitlines() if not line.startswith("tests/")]


def test_no_dead_code():
    assert dead([*CODE, "tests"]) == []


def test_a_planted_dead_function_is_found(tmp_path):
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text())
    (tmp_path / "topic.py").write_text(
        "def used():\n    return 1\n\n\ndef forgotten():\n    return 2\n\n\nprint(used())\n"
    )
    assert dead(["topic.py"], cwd=tmp_path) == [
        "topic.py:5: unused function 'forgotten' (60% confidence)"
    ]
