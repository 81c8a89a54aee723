"""The report page driven through AppTest: the chosen Reset Day, its preview, the downloads.

Figures are counted by hand in data_sources/sample/*.csv (see tests/unit/test_report.py).
"""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

from tests.conftest import partial_workbook

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data_sources" / "sample"
MESSY = ROOT / "tests" / "fixtures" / "messy.xlsx"
PAGE = "app_pages/report.py"
NBSP = "\u00a0"


def preview(at) -> str:
    """The report's preview as its reader sees it: the markdown without its escapes (every
    piece of it went through escape_text(..., "markdown"), our words too)."""
    found = [m.value for m in at.markdown if m.value.startswith("# ")]
    assert len(found) == 1
    shown = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", found[0]).replace("\u2060", "")
    return shown.replace("&lt;", "<").replace("&amp;", "&")


def test_sample_defaults_to_reset_day_14(app):
    at = app(page=PAGE)
    assert not at.exception
    assert at.query_params["rd"] == "14"
    md = preview(at)
    assert md.startswith("# Compte-rendu du Reset Day 14\n")
    assert f"Période couverte{NBSP}: du 20 avril 2021 (Reset Day 13) au 18 mai 2021." in md
    # progress.csv: algo-publics, equite, sante-donnees moved up; memberships.csv: 10 arrivals,
    # three of them only « intéressé » (told apart).
    assert "trois coalitions ont franchi une étape, sept acteurs ont rejoint une coalition" in md
    # Eleven coalitions with news or a date before Reset Day 15, the nine others in one
    # paragraph.
    assert md.count("\n#### ") == 11
    assert md.count("Sans nouvelles ce mois-ci") == 1
    assert "## Agenda jusqu’au Reset Day 15 (mardi 15 juin 2021)" in md


def test_five_downloads(app):
    at = app(page=PAGE)
    buttons = {b.key: b.proto for b in at.get("download_button")}
    assert set(buttons) == {"report_md", "report_txt", "report_html", "report_docx", "report_eml"}
    assert buttons["report_docx"].label == "Word (.docx)"
    assert buttons["report_eml"].label == "E-mail (.eml)"
    assert buttons["report_eml"].help.startswith("E-mail prêt à envoyer")


def test_reset_day_from_the_url_and_the_choice(app):
    at = app(page=PAGE, query={"rd": "15"})
    assert not at.exception
    md = preview(at)
    assert md.startswith("# Compte-rendu du Reset Day 15\n")
    # Drafted on the sample's day (21 May 2021), the report of the coming Reset Day knows what
    # the sheet says up to that day: envdata and civictech moved; the moves progress.csv dates
    # in June (reemploi, cyber-asso, accessibilite) are not true yet.
    assert "deux coalitions ont franchi une étape" in md
    assert "1er juin 2021" not in md
    choice = at.selectbox(key="report_rd")
    choice.select(next(o for o in choice.options if o.startswith("Reset Day 13"))).run()
    assert not at.exception
    assert at.query_params["rd"] == "13"
    assert preview(at).startswith("# Compte-rendu du Reset Day 13\n")


def test_report_in_english(app):
    at = app(page=PAGE)
    at.segmented_control(key="report_lang").set_value("en").run()
    assert not at.exception
    md = preview(at)
    assert md.startswith("# Report on Reset Day 14\n")
    assert "three coalitions moved up a stage" in md
    # The page itself stays in the interface's language.
    assert at.title[0].value == "Compte-rendu"


def test_interface_in_english_writes_in_english(app):
    at = app(page=PAGE, lang="en")
    assert preview(at).startswith("# Report on Reset Day 14\n")


def test_order_of_the_sections(app):
    at = app(page=PAGE)
    at.selectbox(key="report_order").select("stage").run()
    md = preview(at)
    # Within each part, the furthest along first: among the quiet ones, logiciels-libres and
    # climat-num (shared foundation), by name.
    quiet = md.split(f"Sans nouvelles ce mois-ci{NBSP}: ")[1]
    assert quiet.startswith("Mutualiser les logiciels des collectivités (exemple), Numérique")


def test_markup_in_sheet_text_is_shown_as_text(app, tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    for file in SAMPLE.glob("*.csv"):
        shutil.copy(file, folder / file.name)
    path = folder / "coalitions.csv"
    rows = list(csv.reader(path.open(encoding="utf-8")))
    for row in rows[1:]:
        if row[0] == "achat":
            row[1] = "<script>alert('x')</script> [clic](javascript:alert(1))"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    at = app(page=PAGE, data=folder)
    assert not at.exception
    md = preview(at)
    raw = [m.value for m in at.markdown if m.value.startswith("# ")][0]
    assert "<script" not in raw
    assert "&lt;script\\>alert\\('x'\\)&lt;/script\\> \\[clic\\]" in raw
    assert "<script>alert('x')</script> [clic](javascript:alert(1))" in md


def test_a_workbook_with_only_the_coalitions_tab(app, tmp_path):
    at = app(page=PAGE, data=partial_workbook(tmp_path / "partial", "coalitions"))
    assert not at.exception
    md = preview(at)
    # Without history nothing moved: the three pilots have a section, the others are quiet.
    assert md.count("\n### ") == 3
    assert md.count("(exemple)") == 15  # every example, once
    assert "Aucun événement prévu d’ici le prochain Reset Day." in md


def test_an_empty_workbook(app, tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    header = (SAMPLE / "coalitions.csv").read_text(encoding="utf-8").splitlines()[0]
    (folder / "coalitions.csv").write_text(header + "\n", encoding="utf-8")
    at = app(page=PAGE, data=folder)
    assert not at.exception
    assert [i.value for i in at.info] == [
        f"Le classeur ne contient aucune coalition lisible{NBSP}: rien à présenter."
    ]
    assert not at.get("download_button")


def test_the_messy_workbook_lists_its_findings(app):
    assert MESSY.exists(), "tests/fixtures/messy.xlsx is missing"
    at = app(page=PAGE, data=MESSY)
    assert not at.exception
    quality = preview(at).split("## Qualité des données")[1]
    assert "Signalements de la validation" in quality
    from data_sources.reading.loader import SourceSpec, load_local

    findings = load_local(SourceSpec("xlsx", str(MESSY))).findings
    assert findings and quality.count("\n- ") == len(findings)
