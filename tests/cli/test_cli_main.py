"""The ``reset-coalitions`` command itself: French help by default, English on request,
argparse's own words translated, the template and passcode subcommands, the installed script,
and no import cycle between the command line and the packages it uses."""

from __future__ import annotations

import ast
import importlib
import io
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coalitions.updates.access import PASSCODE, access_policy, verify_passcode
from reset_cli.main import SUBCOMMANDS, main
from tests.conftest import ROOT

COMMANDS = [module.NAME for module in SUBCOMMANDS]


def help_text(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", [(), *[(c,) for c in COMMANDS]], ids=str)
def test_help_is_french_by_default(capsys, command):
    text = help_text(capsys, *command)
    assert text.startswith("usage\u00a0: reset-coalitions")
    assert "options\u00a0:" in text
    assert "-h, --help" in text and "afficher ce message" in text
    assert re.search(r"--lang \{fr,en\}\s+langue des messages", text)
    for english in ("usage:", "show this help", "positional arguments", "language of"):
        assert english not in text
    # No stray markup from docstrings (``code``, *emphasis*) in what a keeper reads.
    assert "``" not in text and "**" not in text


@pytest.mark.parametrize("command", [(), *[(c,) for c in COMMANDS]], ids=str)
def test_help_in_english_on_request(capsys, command):
    for argv in ([*command, "--lang", "en"], ["--lang=en", *command]):
        text = help_text(capsys, *argv)
        assert text.startswith("usage: reset-coalitions")
        assert "show this help message and exit" in text
        assert "afficher" not in text and "langue" not in text


def test_the_main_help_lists_every_command_with_examples(capsys):
    text = help_text(capsys)
    for command in COMMANDS:
        assert f"    {command} " in text
        assert f"reset-coalitions {command}" in text  # an example of each


def test_usage_errors_in_french(capsys):
    with pytest.raises(SystemExit) as done:
        main([])
    assert done.value.code == 2
    assert capsys.readouterr().err.endswith(
        "reset-coalitions\u00a0: erreur\u00a0: il manque\u00a0: COMMANDE\n"
    )
    with pytest.raises(SystemExit):
        main(["validate", "a", "b"])
    assert "arguments inconnus\u00a0: b" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["report", "--date", "2021-05-18", "--format", "pdf", "--out", "x"])
    # The catalogue's « n’est » (these said « n'est »); 'pdf' and 'de' are argparse's quotes.
    assert "'pdf' n’est pas possible (au choix\u00a0: 'md', " in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["validate", "--lang", "de"])
    assert "--lang\u00a0: 'de' n’est pas possible" in capsys.readouterr().err


def test_argparse_is_left_as_it_was(capsys):
    import argparse

    before = argparse._
    with pytest.raises(SystemExit):
        main(["--help"])
    assert argparse._ is before
    assert argparse._("usage: ") == "usage: "


@pytest.mark.parametrize(("lang", "first_tab"), [("fr", "Lisez-moi"), ("en", "Read me")])
def test_template_writes_the_workbook(tmp_path, capsys, lang, first_tab):
    out = tmp_path / "modele.xlsx"
    assert main(["template", str(out), "--lang", lang]) == 0
    assert load_workbook(out).sheetnames[0] == first_tab
    expected = "Modèle écrit\u00a0: " if lang == "fr" else "Template written: "
    assert capsys.readouterr().out.strip() == f"{expected}{out}"


def test_template_into_a_missing_folder_fails_cleanly(tmp_path, capsys):
    assert main(["template", str(tmp_path / "no" / "such.xlsx")]) == 2
    # The catalogue's typographic apostrophe (this said « d'écrire »).
    assert capsys.readouterr().err.startswith("Impossible d’écrire")


def test_passcode_prints_a_hash_the_gate_accepts(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("ouvre-toi\n"))
    assert main(["passcode"]) == 0
    printed = capsys.readouterr().out.strip()
    assert verify_passcode("ouvre-toi", printed)
    assert access_policy({"access": {"passcode_hash": printed}}).mode == PASSCODE


def test_an_empty_passcode_is_refused(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert main(["passcode"]) == 1
    assert capsys.readouterr().err.startswith("Code refusé\u00a0: ")


def test_the_passcode_never_comes_as_an_argument(capsys):
    with pytest.raises(SystemExit):
        main(["passcode", "ouvre-toi"])
    assert "arguments inconnus" in capsys.readouterr().err


def test_pyproject_declares_the_command():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"] == {"reset-coalitions": "reset_cli.main:main"}
    module, function = project["scripts"]["reset-coalitions"].split(":")
    assert getattr(importlib.import_module(module), function) is main
    requirements = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    pinned = [line for line in requirements if line and not line.startswith(("#", "-e"))]
    assert sorted(project["dependencies"]) == sorted(pinned), (
        "requirements.txt and pyproject.toml's [project] dependencies must list the same pins"
    )
    assert "-e ." in requirements  # the README's install command installs the command


def test_the_installed_command_runs():
    """The console script that ``pip install -r requirements.txt`` puts beside Python."""
    script = Path(sys.executable).parent / "reset-coalitions"
    assert script.exists(), "not installed: run pip install -r requirements.txt"
    done = subprocess.run(
        [str(script), "--help"], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage\u00a0: reset-coalitions")


def test_runs_as_a_module_from_a_checkout(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "reset_cli", "validate", "sample", "--lang", "en"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("20 coalitions read")


def test_a_reader_that_stops_early_gets_no_traceback():
    """``reset-coalitions validate messy.xlsx | head -1``: the pipe closes before the output."""
    process = subprocess.Popen(
        [sys.executable, "-m", "reset_cli", "validate", str(ROOT / "tests/fixtures/messy.xlsx")],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 1
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", ["coalitions", "data_sources"])
def test_the_packages_never_import_the_command_line(package):
    for path in (ROOT / package).rglob("*.py"):
        assert not any(n.split(".")[0] == "reset_cli" for n in _imports(path)), path


@pytest.mark.parametrize(
    "module", sorted(p.stem for p in (ROOT / "reset_cli").glob("*.py") if p.stem != "__main__")
)
def test_each_module_imports_alone(module):
    name = "reset_cli" if module == "__init__" else f"reset_cli.{module}"
    done = subprocess.run(
        [sys.executable, "-c", f"import {name}"], cwd=ROOT, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
