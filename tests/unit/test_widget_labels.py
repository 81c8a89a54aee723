"""Widgets get their labels one way: ``ui.widgets.labelled`` (and ``filter_multiselect``
built on it), a dict filled during the run, because Streamlit and AppTest may call a
``format_func`` outside the run, where ``t()`` has no language. No page or view writes a
``format_func`` of its own."""

from __future__ import annotations

import ast
from pathlib import Path

from ui.widgets import labelled

ROOT = Path(__file__).resolve().parents[2]
OWNER = ROOT / "ui" / "widgets.py"


def own_format_funcs(paths, root: Path = ROOT) -> list[str]:
    found = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "format_func":
                found.append(f"{path.relative_to(root)}:{node.value.lineno}")
    return found


def test_no_page_or_view_writes_its_own_format_func():
    files = [p for d in ("app_pages", "ui") for p in sorted((ROOT / d).glob("*.py")) if p != OWNER]
    assert len(files) > 20
    assert own_format_funcs(files) == []


def test_a_planted_format_func_is_found(tmp_path):
    page = tmp_path / "page.py"
    page.write_text('import streamlit as st\n\nst.selectbox("x", [1], format_func=str)\n')
    assert own_format_funcs([page], tmp_path) == ["page.py:3"]


def test_labelled_looks_labels_up_only():
    widget = labelled({"a": "Alpha", "b": "Bêta"})
    assert widget["options"] == ["a", "b"]
    assert widget["format_func"]("b") == "Bêta"
    typed = labelled({"a": "Alpha"}, typed=True)
    assert typed["format_func"]("written by hand") == "written by hand"
