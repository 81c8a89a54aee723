"""Every table is drawn by ``ui.widgets.show_table``: a missing value shows as an empty cell.
Streamlit draws « None » otherwise, an English word on a French page that the browser's
language check cannot read (the table is a canvas)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OWNER = ROOT / "ui" / "widgets.py"


def own_tables(paths, root: Path = ROOT) -> list[str]:
    found = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "dataframe":
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_pages_and_views_draw_tables_through_show_table():
    files = [p for d in ("app_pages", "ui") for p in sorted((ROOT / d).glob("*.py")) if p != OWNER]
    assert len(files) > 20
    assert own_tables(files) == []


def test_a_table_drawn_by_hand_is_found(tmp_path):
    page = tmp_path / "page.py"
    page.write_text("import streamlit as st\n\nst.dataframe([1])\n")
    assert own_tables([page], tmp_path) == ["page.py:3"]


def test_show_table_leaves_missing_values_empty(monkeypatch):
    import streamlit as st

    from ui.widgets import show_table

    seen = {}
    monkeypatch.setattr(st, "dataframe", lambda data, **kwargs: seen.update(kwargs))
    show_table([1], hide_index=True)
    assert seen == {"placeholder": "", "hide_index": True}
