"""``reset-coalitions report``: each format written from the sample, clean failures."""

from __future__ import annotations

import email
import io
from email import policy

import pytest
from docx import Document

from reset_cli.main import main
from tests.conftest import ROOT


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    """Run away from any .streamlit/secrets.toml: without --data the sample is read."""
    monkeypatch.chdir(tmp_path)


def run(*args: str) -> int:
    return main(["report", *args])


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "docx", "eml"])
def test_each_format_from_the_sample(tmp_path, capsys, fmt):
    out = tmp_path / f"rd14.{fmt}"
    assert run("--date", "2021-05-18", "--format", fmt, "--out", str(out), "--data", "sample") == 0
    assert "Reset Day 14 (18 mai 2021) → " in capsys.readouterr().out
    data = out.read_bytes()
    if fmt == "docx":
        document = Document(io.BytesIO(data))
        texts = [p.text for p in document.paragraphs]
        assert texts[0] == "Compte-rendu du Reset Day 14"
        # progress.csv: three coalitions moved up between 20 April and 18 May.
        assert sum("a franchi l’étape" in t for t in texts) == 3
    elif fmt == "eml":
        message = email.message_from_bytes(data, policy=policy.default)
        assert message["Subject"] == "Compte-rendu du Reset Day 14 — 18 mai 2021"
        text = message.get_body(("plain",)).get_content()
        assert text.count("a franchi l’étape") == 3
        assert "Compte-rendu du Reset Day 14" in message.get_body(("html",)).get_content()
    else:
        text = data.decode("utf-8")
        assert "Compte-rendu du Reset Day 14" in text
        assert text.count("a franchi l’étape") == 3
        if fmt == "html":
            assert text.startswith("<!DOCTYPE html>") and "@page" in text


def test_a_date_between_meetings_takes_the_one_before(tmp_path, capsys):
    out = tmp_path / "report.md"
    assert run("--date", "2021-06-20", "--format", "md", "--out", str(out)) == 0
    assert "Reset Day 15 (15 juin 2021)" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Compte-rendu du Reset Day 15\n")
    # Between 18 May and 15 June: envdata, civictech, reemploi, cyber-asso, accessibilite.
    assert text.count("a franchi l’étape") == 5


def test_english_and_order(tmp_path):
    out = tmp_path / "report.md"
    args = ("--date", "2021-05-18", "--format", "md", "--out", str(out), "--lang", "en")
    assert run(*args, "--order", "stage") == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Report on Reset Day 14\n")
    # The quiet coalitions, furthest along first: logiciels-libres (shared foundation).
    assert "No news this month: Mutualiser les logiciels des collectivités" in text


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
    assert capsys.readouterr().err.strip() == "Aucun Reset Day le 1er janvier 2019 ni avant."
    assert run("--date", "2019-01-01", "--format", "md", "--out", str(out), "--lang", "en") == 2
    assert capsys.readouterr().err.strip() == "No Reset Day on or before 1 January 2019."
    assert not out.exists()


def test_an_unwritable_output(tmp_path, capsys):
    out = tmp_path / "no" / "such" / "folder" / "report.md"
    assert run("--date", "2021-05-18", "--format", "md", "--out", str(out)) == 2
    # The catalogue's typographic apostrophe (this said « d'écrire »).
    assert capsys.readouterr().err.startswith(f"Impossible d’écrire {out}\u00a0:")


@pytest.mark.parametrize(
    "args",
    [
        ("--date", "18/05/2021", "--format", "md", "--out", "x.md"),
        ("--date", "2021-05-18", "--format", "pdf", "--out", "x.md"),
        ("--date", "2021-05-18", "--format", "md"),
    ],
)
def test_bad_arguments_exit_2(args, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run(*args)
    assert exit_info.value.code == 2
    assert "reset-coalitions report\u00a0: erreur\u00a0:" in capsys.readouterr().err
