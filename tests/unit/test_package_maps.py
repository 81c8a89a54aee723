"""Every package's docstring is its map: it names each of its modules and sub-packages, so a
newcomer finds a room from the package above it, and a room added without a word fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = sorted(
    init.parent
    for top in ("coalitions", "data_sources", "ui", "reset_cli", "bench", "tests/fakes")
    for init in (ROOT / top).glob("**/__init__.py")
)


def unnamed(package: Path) -> list[str]:
    """The modules and sub-packages of ``package`` its docstring does not name (``name``)."""
    doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text("utf-8"))) or ""
    rooms = [p.stem for p in package.glob("*.py") if p.stem != "__init__"]
    rooms += [p.name for p in package.iterdir() if (p / "__init__.py").is_file()]
    return sorted(r for r in rooms if f"``{r}``" not in doc and f"``{r}/``" not in doc)


def test_the_packages_are_found():
    names = {p.relative_to(ROOT).as_posix() for p in PACKAGES}
    assert {"coalitions", "coalitions/workbook", "data_sources/writing", "ui"} <= names


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_docstring_names_every_module(package):
    assert unnamed(package) == []


def test_a_module_left_out_is_caught(tmp_path):
    (tmp_path / "__init__.py").write_text('"""Holds ``kept``."""\n')
    (tmp_path / "kept.py").write_text("")
    (tmp_path / "forgotten.py").write_text("")
    assert unnamed(tmp_path) == ["forgotten"]
