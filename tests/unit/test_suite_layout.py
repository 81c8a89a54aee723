"""Test files have unique names across tests/: the folders are not packages, so pytest
imports each file by its name alone, and a second « test_meeting.py » fails the collection
of the whole suite (as it did when two branches each added one)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def test_no_two_test_files_share_a_name():
    names = Counter(path.name for path in TESTS.rglob("test_*.py"))
    assert len(names) > 50
    assert [name for name, count in names.items() if count > 1] == []
