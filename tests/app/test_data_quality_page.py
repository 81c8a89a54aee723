"""The data-quality page: every finding, counted and filterable, in the sheet's own words."""

from tests.conftest import FIXTURES

NBSP = "\u00a0"

PAGE = "app_pages/data_quality.py"


def test_sample_has_no_finding(app):
    at = app(page=PAGE)
    assert not at.exception
    assert at.success and "Aucun problème" in at.success[0].value


def test_messy_workbook_counts_and_lists_findings(app):
    at = app(page=PAGE, data=FIXTURES / "messy.xlsx")
    assert not at.exception
    assert [m.value for m in at.metric] == ["11", "15", "6"]
    counts = at.dataframe[0].value
    assert counts.set_index("Onglet").loc["Participations"].tolist() == [1, 4]  # as written
    assert len(at.dataframe[1].value) == 26


def test_filters_narrow_the_list(app):
    at = app(page=PAGE, data=FIXTURES / "messy.xlsx", lang="en")
    at.multiselect[0].set_value(["error"]).run()  # the English label
    at.multiselect[1].set_value(["Agenda"]).run()  # the tab as the workbook names it
    shown = at.dataframe[1].value
    assert shown["tab"].tolist() == ["Agenda", "Agenda"]  # the messy workbook's title
    assert set(shown["severity"]) == {"error"}


def test_sidebar_points_to_the_page_when_rows_are_left_out(app):
    at = app(data=FIXTURES / "messy.xlsx")
    labels = [link.label for link in at.sidebar.get("page_link")]
    # 11 error findings on 11 distinct rows (the actors' row 6 has a warning and an error).
    assert any(label.startswith("11 lignes écartées") for label in labels)


def test_messages_name_columns_as_the_workbook_writes_them(app):
    at = app(page=PAGE, data=FIXTURES / "messy.xlsx")
    table = at.dataframe[1].value
    missing_id = table[(table["tab"] == "Coalitions") & (table["row"] == 8)].iloc[0]
    assert missing_id["column"] == "Identifiant"
    assert f"«{NBSP}Identifiant{NBSP}»" in missing_id["message"]


def _french_workbook(folder):
    folder.mkdir()
    (folder / "Coalitions.csv").write_text(
        "Identifiant,Nom,Maturité\nenvdata,Données,Lancée\nachat,Achat,bientôt\n", "utf-8"
    )
    (folder / "Membres.csv").write_text("Coalition,Acteur\nenvdata,Cerema\nenvdta,Ademe\n")
    (folder / "Historique.csv").write_text("Date,Coalition,Maturité\n2021-05-19,envdata,9\n")
    return folder


def test_french_tabs_and_headers_as_written_with_french_severities(app, tmp_path):
    at = app(page=PAGE, data=_french_workbook(tmp_path / "book"))
    assert not at.exception
    counts = at.dataframe[0].value
    assert counts["Onglet"].tolist() == ["Coalitions", "Membres", "Historique"]
    table = at.dataframe[1].value
    assert table[["severity", "tab", "row", "column"]].values.tolist() == [
        ["avertissement", "Coalitions", 3, "Maturité"],
        ["erreur", "Membres", 3, "Coalition"],
        ["erreur", "Historique", 2, "Maturité"],
    ]
    # The catalogue's French apostrophes are typographic (this said « l'onglet »).
    assert table["message"].iloc[1].endswith(f"l’onglet «{NBSP}Coalitions{NBSP}».")
    assert [o for o in at.multiselect[1].options] == ["Coalitions", "Membres", "Historique"]
