"""``reset-coalitions validate``: findings in the sheet's words, summary and exit codes."""

import pytest

from reset_cli.main import main
from tests.conftest import FIXTURES, SAMPLE

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    """Run away from any .streamlit/secrets.toml: without a source the sample is read."""
    monkeypatch.chdir(tmp_path)


def test_sample_is_clean(capsys):
    assert main(["validate", "sample"]) == 0
    assert capsys.readouterr().out.strip().startswith("20 coalitions lues")


def test_without_a_source_the_dashboards_source_is_checked(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "coalitions.csv").write_text("id,name,stage\na,A,1\nb,B,2\n", encoding="utf-8")
    monkeypatch.setenv("RESET_DATA", str(folder))
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.startswith("2 coalitions lues")
    monkeypatch.delenv("RESET_DATA")
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.startswith("20 coalitions lues")  # the built-in sample


def test_messy_workbook_in_french_names_tabs_and_columns_as_the_sheet(capsys):
    assert main(["validate", str(FIXTURES / "messy.xlsx")]) == 1
    lines = capsys.readouterr().out.splitlines()
    # The tab and column as the workbook writes them ("  Coalitions ", "Identifiant").
    assert lines[0] == (
        f"Erreur · onglet «{NBSP}Coalitions{NBSP}», ligne 5, colonne «{NBSP}Identifiant{NBSP}» · "
        f"valeur «{NBSP}envdata{NBSP}» · Identifiant déjà utilisé par une ligne plus haut{NBSP}: "
        "ligne ignorée."
    )
    assert any(line.startswith(f"Avertissement · onglet «{NBSP}Participations") for line in lines)
    assert not any("memberships" in line or "ERROR" in line for line in lines)


def test_messy_workbook_in_english(capsys):
    assert main(["validate", str(FIXTURES / "messy.xlsx"), "--lang", "en"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].startswith("6 coalitions read; 11 error")
    assert lines[0] == (
        "Error · tab “Coalitions”, row 5, column “Identifiant” · value “envdata” · "
        "Id already used by a row above: row left out."
    )
    assert len(lines) == 11 + 15 + 1
    assert sum(line.startswith("Warning · ") for line in lines) == 15


def test_warnings_alone_pass(tmp_path, capsys):
    (tmp_path / "coalitions.csv").write_text("id,name,stage,pilot\na,A,1,peut-être\n")
    assert main(["validate", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        f"Avertissement · onglet «{NBSP}coalitions{NBSP}», ligne 2, colonne «{NBSP}pilot{NBSP}»"
    )
    assert "0 erreur" in out


@pytest.mark.parametrize("content", [b"PK\x03\x04broken zip", b"\x89PNG\r\n\x1a\n\x00\x00"])
def test_unreadable_source_exits_2(tmp_path, capsys, content):
    path = tmp_path / "book.xlsx"
    path.write_bytes(content)
    assert main(["validate", str(path)]) == 2
    # The catalogue's typographic apostrophe (this said « n'a »).
    assert "n’a pas pu être lu" in capsys.readouterr().out


def test_missing_path_exits_2(tmp_path):
    assert main(["validate", str(tmp_path / "nowhere")]) == 2


def test_sheet_text_reaches_the_terminal_without_control_sequences(tmp_path, capsys):
    (tmp_path / "coalitions.csv").write_text("id,name,stage\na,A,\x1b[2J\x1b]0;t\x07zz\n")
    assert main(["validate", str(tmp_path)]) == 0  # an unreadable stage: a warning
    out = capsys.readouterr().out
    assert "zz" in out  # the finding is printed...
    assert "\x1b" not in out and "\x07" not in out  # ...without its control characters


def test_the_csv_sample_folder_reads_as_a_path_too(capsys):
    assert main(["validate", str(SAMPLE), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("20 coalitions read")


def test_findings_in_the_sheets_words_and_in_french(tmp_path, capsys):
    """French tab names and headers come back as written, with French severities."""
    (tmp_path / "Coalitions.csv").write_text(
        "Identifiant,Nom,Maturité\nenvdata,Données,Lancée\nachat,Achat,bientôt\n"
    )
    (tmp_path / "Membres.csv").write_text("Coalition,Acteur\nenvdata,Cerema\nenvdta,Ademe\n")
    (tmp_path / "Historique.csv").write_text("Date,Coalition,Maturité\n2021-05-19,envdata,9\n")
    assert main(["validate", str(tmp_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    # The catalogue's apostrophes are typographic (these said « l'étape », « l'onglet »), but
    # « Noyau d'acteurs » is the label one types in the sheet, spelled as the sheet spells it.
    assert lines[:3] == [
        f"Avertissement · onglet «{NBSP}Coalitions{NBSP}», ligne 3, colonne «{NBSP}Maturité"
        f"{NBSP}» · valeur «{NBSP}bientôt{NBSP}» · Maturité illisible ou vide{NBSP}: la "
        "coalition reste affichée, à l’étape inconnue. Écrivez un nombre de 0 à 5 ou un "
        "libellé (Sujet identifié, Socle commun, Noyau d'acteurs, Lancée, En action, Impact).",
        f"Erreur · onglet «{NBSP}Membres{NBSP}», ligne 3, colonne «{NBSP}Coalition{NBSP}» · "
        f"valeur «{NBSP}envdta{NBSP}» · Coalition inconnue{NBSP}: indiquez l’identifiant ou "
        f"le nom d’une ligne de l’onglet «{NBSP}Coalitions{NBSP}».",
        f"Erreur · onglet «{NBSP}Historique{NBSP}», ligne 2, colonne «{NBSP}Maturité{NBSP}» · "
        f"valeur «{NBSP}9{NBSP}» · Maturité inconnue{NBSP}: un nombre de 0 à 5 ou un libellé "
        "(Sujet identifié, Socle commun, Noyau d'acteurs, Lancée, En action, Impact)"
        "\u202f; ligne ignorée.",
    ]
