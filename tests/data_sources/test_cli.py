"""``python -m data_sources validate``: findings, summary and exit codes."""

import subprocess
import sys

import pytest

from data_sources.cli import main
from tests.conftest import FIXTURES, ROOT


def test_sample_is_clean(capsys):
    assert main(["validate", "sample"]) == 0
    assert (
        capsys.readouterr().out.strip() == "20 coalitions lues ; 0 erreur(s), 0 avertissement(s)."
    )


def test_messy_workbook_lists_every_finding_and_fails(capsys):
    assert main(["validate", str(FIXTURES / "messy.xlsx"), "--lang", "en"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "5 coalitions read; 12 error(s), 15 warning(s)."
    assert lines[0].startswith("ERROR   coalitions:5:id «envdata» — Id already used")
    assert len(lines) == 12 + 15 + 1


def test_warnings_alone_pass(tmp_path, capsys):
    (tmp_path / "coalitions.csv").write_text("id,name,stage,pilot\na,A,1,peut-être\n")
    assert main(["validate", str(tmp_path)]) == 0
    assert "1 avertissement(s)" in capsys.readouterr().out


@pytest.mark.parametrize("content", [b"PK\x03\x04broken zip", b"\x89PNG\r\n\x1a\n\x00\x00"])
def test_unreadable_source_exits_2(tmp_path, capsys, content):
    path = tmp_path / "book.xlsx"
    path.write_bytes(content)
    assert main(["validate", str(path)]) == 2
    assert "n'a pas pu être lu" in capsys.readouterr().out


def test_missing_path_exits_2(tmp_path):
    assert main(["validate", str(tmp_path / "nowhere")]) == 2


def test_runs_as_a_module():
    done = subprocess.run(
        [sys.executable, "-m", "data_sources", "validate", "sample"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_sheet_text_reaches_the_terminal_without_control_sequences(tmp_path, capsys):
    (tmp_path / "coalitions.csv").write_text("id,name,stage\na,A,\x1b[2J\x1b]0;t\x07zz\n")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "zz" in out  # the finding is printed...
    assert "\x1b" not in out and "\x07" not in out  # ...without its control characters
