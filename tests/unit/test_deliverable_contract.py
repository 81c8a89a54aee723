"""The deliverables' link (``lien``) and kind (``type``), issue 24: read through the one link
rule, kinds in French and English, unknown kinds kept as « autre » with a finding in the
sheet's words, and a ``javascript:`` link a finding, never a link."""

from __future__ import annotations

import pandas as pd

from coalitions.escape import safe_url
from coalitions.workbook.dataset import RawWorkbook
from coalitions.workbook.findings import WARNING
from coalitions.workbook.quality import describe
from coalitions.workbook.validation import build_dataset
from reset_cli.main import main

NBSP = "\u00a0"
COALITIONS = [["Identifiant", "Nom", "Maturité"], ["envdata", "Données", 3], ["achat", "Achat", 2]]
HEADER = ["Coalition", "Livrable", "Statut", "Date", "Type", "Lien"]


def build(rows: list[list]):
    frames = {
        "Coalitions": pd.DataFrame(COALITIONS, dtype=object),
        "Livrables": pd.DataFrame([HEADER, *rows], dtype=object),
    }
    return build_dataset(RawWorkbook("test", frames))


def by_title(data) -> pd.DataFrame:
    return data.deliverables.set_index("title")


def test_kinds_in_french_and_english_and_blank_is_other():
    data = build(
        [
            ["envdata", "diagnostic", "fait", "2020-09-15", "Diagnostic", ""],
            ["envdata", "carte", "fait", "2020-12-15", "cartographie", ""],
            ["envdata", "appel", "en cours", "", "Appel à contribution", ""],
            ["achat", "call", "en cours", "", "call for contributions", ""],
            ["achat", "kit", "prévu", "", "kit d’appropriation", ""],
            ["achat", "path", "prévu", "", "Engagement pathway", ""],
            ["achat", "sans type", "prévu", "", "", ""],
        ]
    )
    kinds = by_title(data)["kind"].to_dict()
    assert kinds == {
        "diagnostic": "diagnostic",
        "carte": "mapping",
        "appel": "call",
        "call": "call",
        "kit": "kit",
        "path": "pathway",
        "sans type": "other",
    }
    assert data.findings == []


def test_an_unknown_kind_is_kept_as_other_with_a_warning_in_the_sheets_words():
    data = build([["envdata", "frise", "fait", "2020-09-15", "frise chronologique", ""]])
    assert by_title(data).loc["frise", "kind"] == "other"
    [finding] = data.findings
    assert (finding.severity, finding.row, finding.code) == (WARNING, 2, "unknown_deliverable_kind")
    text = describe(finding, "fr")
    assert f"«{NBSP}Livrables{NBSP}»" in text and f"«{NBSP}Type{NBSP}»" in text
    assert "frise chronologique" in text and "appel à contribution" in text
    assert f"«{NBSP}autre{NBSP}»" in text
    assert "counted as “other”" in describe(finding, "en")


def test_a_javascript_link_is_a_finding_and_never_a_link():
    data = build(
        [
            ["envdata", "diagnostic", "fait", "2020-09-15", "diagnostic", "javascript:alert(1)"],
            # Reads like fing.org, goes to evil.example: the link rule refuses it too.
            ["achat", "guide", "en cours", "", "guide", "https://fing.org@evil.example/guide"],
            [
                "achat",
                "plaidoyer",
                "fait",
                "2021-01-10",
                "plaidoyer",
                "https://reset.example.org/p",
            ],
        ]
    )
    urls = by_title(data)["url"].to_dict()
    assert urls == {"diagnostic": "", "guide": "", "plaidoyer": "https://reset.example.org/p"}
    assert [(f.row, f.column, f.code) for f in data.findings] == [
        (2, "url", "bad_url"),
        (3, "url", "bad_url"),
    ]
    assert f"colonne «{NBSP}Lien{NBSP}»" in describe(data.findings[0], "fr")
    # Whatever the table keeps is a link the drawing rule accepts as it is.
    assert all(safe_url(u) == u for u in urls.values() if u)


def test_a_row_that_only_changes_the_status_keeps_the_link_and_kind_typed_before():
    data = build(
        [
            ["achat", "guide", "en cours", "2021-03-01", "guide", "https://reset.example.org/g"],
            ["achat", "guide", "fait", "2021-05-01", "", ""],
            ["envdata", "carte", "en cours", "2021-03-01", "", "https://reset.example.org/a"],
            [
                "envdata",
                "carte",
                "fait",
                "2021-05-01",
                "cartographie",
                "https://reset.example.org/b",
            ],
        ]
    )
    table = by_title(data)
    assert tuple(table.loc["guide", ["status", "kind", "url"]]) == (
        "done",
        "guide",
        "https://reset.example.org/g",
    )
    # A later link replaces an earlier one.
    assert tuple(table.loc["carte", ["kind", "url"]]) == ("mapping", "https://reset.example.org/b")


def test_validate_explains_a_bad_kind_and_a_bad_link(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "coalitions.csv").write_text("identifiant,nom,maturité\nenvdata,D,3\n", "utf-8")
    (tmp_path / "livrables.csv").write_text(
        "coalition,livrable,statut,type,lien\nenvdata,diagnostic,fait,frise,javascript:alert(1)\n",
        "utf-8",
    )
    assert main(["validate", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        f"Avertissement · onglet «{NBSP}livrables{NBSP}», ligne 2, colonne «{NBSP}type{NBSP}» · "
        f"valeur «{NBSP}frise{NBSP}» · Type de livrable inconnu{NBSP}: diagnostic, cartographie, "
        "benchmark, manifeste, plaidoyer, guide, carnet de bord, kit d'appropriation, parcours "
        "d'engagement, appel à contribution ou autre. Le livrable est gardé, compté comme "
        f"«{NBSP}autre{NBSP}»."
    )
    assert lines[1] == (
        f"Avertissement · onglet «{NBSP}livrables{NBSP}», ligne 2, colonne «{NBSP}lien{NBSP}» · "
        f"valeur «{NBSP}javascript:alert(1){NBSP}» · Lien ignoré{NBSP}: seuls les liens http:// "
        "et https:// sont acceptés."
    )
