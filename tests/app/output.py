"""Helpers for app tests that check what a visitor gets to see, whatever the input.

- ``nodes``/``shown``/``raw_output``: what an AppTest run put on screen;
- ``sample_workbook``: the built-in sample as rows for ``tests.fakes.sheets_api``.
"""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from data_sources.reading.files import read_csv_folder
from data_sources.reading.loader import SAMPLE_DIR


def nodes(at: AppTest, where: str = "all") -> list:
    """Every element and block of the run (``where``: ``all``, ``main`` or ``sidebar``)."""
    root = {"all": at._tree, "main": at.main, "sidebar": at.sidebar}[where]
    return [node for node in root if node is not root]


def shown(at: AppTest, where: str = "all") -> list[tuple[str, str]]:
    """(type, text) of each element: its value, label or body, whichever it has."""
    found = []
    for node in nodes(at, where):
        if node.type in ("main", "sidebar", "event", "bottom"):
            continue
        text = ""
        for attribute in ("value", "label", "body"):
            try:
                value = getattr(node, attribute, None)
            except Exception:  # noqa: BLE001 - a widget without state yet
                value = None
            if isinstance(value, str) and value:
                text = value
                break
        found.append((node.type, text))
    return found


def raw_output(at: AppTest) -> str:
    """Everything the run sent the browser, as text: each element's full protobuf message
    (markdown bodies, labels, help texts, exception messages and traces, table data)."""
    parts = []
    for node in nodes(at):
        proto = getattr(node, "proto", None)
        if proto is not None:
            parts.append(str(proto))
            parts.append(proto.SerializeToString().decode("utf-8", "replace"))
    return "\n".join(parts)


def sample_workbook() -> dict[str, list[list]]:
    """The built-in sample's tabs as rows of cells (blanks as None), for a fake sheet."""
    raw = read_csv_folder(SAMPLE_DIR)
    return {
        title: [
            [None if cell is None or cell == "" or cell != cell else cell for cell in row]
            for row in frame.itertuples(index=False)
        ]
        for title, frame in raw.tabs.items()
    }
