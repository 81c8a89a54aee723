"""Pages and views draw widgets and tables one way, through ``ui.widgets``:

- labels through ``labelled`` (and ``filter_multiselect`` built on it), a dict filled during
  the run, because Streamlit and AppTest may call a ``format_func`` outside the run, where
  ``t()`` has no language: no page or view writes a ``format_func`` of its own;
- tables through ``show_table``, which leaves a missing value an empty cell: Streamlit draws
  « None » otherwise, an English word on a French page that the browser's language check
  cannot read (the table is a canvas).
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

from ui.widgets import labelled, show_table

ROOT = Path(__file__).resolve().parents[2]
OWNER = ROOT / "ui" / "widgets.py"


def own_format_func(node: ast.AST) -> bool:
    return isinstance(node, ast.keyword) and node.arg == "format_func"


def own_table(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "dataframe"


def written_by_hand(paths, found: Callable[[ast.AST], bool], root: Path = ROOT) -> list[str]:
    """Where ``paths`` hold a node ``found`` picks, as ``file:line``."""
    return [
        f"{path.relative_to(root)}:{node.lineno}"
        for path in paths
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if found(node)
    ]


def pages_and_views() -> list[Path]:
    files = [p for d in ("app_pages", "ui") for p in sorted((ROOT / d).glob("*.py")) if p != OWNER]
    assert len(files) > 20
    return files


def test_no_page_or_view_writes_its_own_format_func():
    assert written_by_hand(pages_and_views(), own_format_func) == []


def test_pages_and_views_draw_tables_through_show_table():
    assert written_by_hand(pages_and_views(), own_table) == []


def test_planted_ones_are_found(tmp_path):
    page = tmp_path / "page.py"
    page.write_text(
        'import streamlit as st\n\nst.selectbox("x", [1], format_func=str)\nst.dataframe([1])\n'
    )
    assert written_by_hand([page], own_format_func, tmp_path) == ["page.py:3"]
    assert written_by_hand([page], own_table, tmp_path) == ["page.py:4"]


def test_labelled_looks_labels_up_only():
    widget = labelled({"a": "Alpha", "b": "Bêta"})
    assert widget["options"] == ["a", "b"]
    assert widget["format_func"]("b") == "Bêta"
    typed = labelled({"a": "Alpha"}, typed=True)
    assert typed["format_func"]("written by hand") == "written by hand"


def test_show_table_leaves_missing_values_empty(monkeypatch):
    import streamlit as st

    seen = {}
    monkeypatch.setattr(st, "dataframe", lambda data, **kwargs: seen.update(kwargs))
    show_table([1], hide_index=True)
    assert seen == {"placeholder": "", "hide_index": True}
