"""``python -m data_sources report``: each format written from the sample, clean failures."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

import data_sources.report_cli  # noqa: F401  (registers the subcommand)
from data_sources import cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    """Run away from any .streamlit/secrets.toml: without --data the sample is read."""
    monkeypatch.chdir(tmp_path)


def run(*args: str) -> int:
    return cli.main(["report", *args])


def test_registered():
    assert "report" in cli.COMMANDS


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_each_format_from_the_sample(tmp_path, capsys, fmt):
    out = tmp_path / f"rd14.{fmt}"
    assert run("--date", "2021-05-18", "--format", fmt, "--out", str(out), "--data", "sample") == 0
    assert "Reset Day 14 (2021-05-18)" in capsys.readouterr().out
    data = out.read_bytes()
    if fmt == "docx":
        document = Document(io.BytesIO(data))
        texts = [p.text for p in document.paragraphs]
        assert texts[0] == "Compte-rendu du Reset Day 14"
        # progress.csv: three coalitions moved up between 20 April and 18 May.
        assert sum("étape franchie le" in t for t in texts) == 3
    else:
        text = data.decode("utf-8")
        assert "Compte-rendu du Reset Day 14" in text
        assert text.count("étape franchie le") == 3
        if fmt == "html":
            assert text.startswith("<!DOCTYPE html>") and "@page" in text


def test_a_date_between_meetings_takes_the_one_before(tmp_path, capsys):
    out = tmp_path / "report.md"
    assert run("--date", "2021-06-20", "--format", "md", "--out", str(out)) == 0
    assert "Reset Day 15 (2021-06-15)" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Compte-rendu du Reset Day 15\n")
    # Between 18 May and 15 June: envdata, civictech, reemploi, cyber-asso, accessibilite.
    assert "- Ont franchi une étape : **5**" in text


def test_english_and_order(tmp_path):
    out = tmp_path / "report.md"
    args = ("--date", "2021-05-18", "--format", "md", "--out", str(out), "--lang", "en")
    assert run(*args, "--order", "stage") == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Report of Reset Day 14\n")
    assert text.split("\n### ")[1].startswith("Réemploi et reconditionnement des équipements")


def test_data_from_the_environment(tmp_path, monkeypatch):
    folder = tmp_path / "partial"
    folder.mkdir()
    lines = (ROOT / "data_sources" / "sample" / "coalitions.csv").read_text(encoding="utf-8")
    (folder / "coalitions.csv").write_text("\n".join(lines.splitlines()[:3]) + "\n", "utf-8")
    monkeypatch.setenv("RESET_DATA", str(folder))
    out = tmp_path / "report.md"
    assert run("--date", "2021-05-18", "--format", "md", "--out", str(out)) == 0
    assert out.read_text(encoding="utf-8").count("\n### ") == 2


@pytest.mark.parametrize("source", ["missing.xlsx", "missing-folder"])
def test_unreadable_data_fails_cleanly(tmp_path, capsys, source):
    out = tmp_path / "report.md"
    code = run("--date", "2021-05-18", "--format", "md", "--out", str(out),
               "--data", str(tmp_path / source))  # fmt: skip
    assert code == 2
    assert not out.exists()
    captured = capsys.readouterr()
    assert captured.err.strip() and "Traceback" not in captured.err


def test_a_corrupt_workbook_fails_cleanly(tmp_path, capsys):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    out = tmp_path / "report.md"
    assert run("--date", "2021-05-18", "--format", "md", "--out", str(out), "--data", str(bad)) == 2
    assert not out.exists()


def test_no_reset_day_before_the_first_one(tmp_path, capsys):
    out = tmp_path / "report.md"
    assert run("--date", "2019-01-01", "--format", "md", "--out", str(out)) == 2
    assert "no Reset Day" in capsys.readouterr().err
    assert not out.exists()


def test_an_unwritable_output(tmp_path, capsys):
    out = tmp_path / "no" / "such" / "folder" / "report.md"
    assert run("--date", "2021-05-18", "--format", "md", "--out", str(out)) == 2
    assert "can't write" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ("--date", "18/05/2021", "--format", "md", "--out", "x.md"),
        ("--date", "2021-05-18", "--format", "pdf", "--out", "x.md"),
        ("--date", "2021-05-18", "--format", "md"),
    ],
)
def test_bad_arguments_exit_2(args):
    with pytest.raises(SystemExit) as exit_info:
        run(*args)
    assert exit_info.value.code == 2


def test_python_dash_m(tmp_path):
    """The command as typed, once data_sources.cli imports this module (see the brief)."""
    if "report_cli" not in (ROOT / "data_sources" / "cli.py").read_text(encoding="utf-8"):
        pytest.skip("data_sources/cli.py does not import data_sources.report_cli yet")
    out = tmp_path / "rd14.html"
    done = subprocess.run(
        [sys.executable, "-m", "data_sources", "report", "--date", "2021-05-18",
         "--format", "html", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Compte-rendu du Reset Day 14" in out.read_text(encoding="utf-8")
    bad = subprocess.run(
        [sys.executable, "-m", "data_sources", "report", "--date", "2021-05-18",
         "--format", "md", "--out", str(tmp_path / "x.md"), "--data", str(tmp_path / "none")],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert bad.returncode == 2
