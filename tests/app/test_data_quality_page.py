"""The data-quality page: every finding, counted and filterable."""

from tests.conftest import FIXTURES

PAGE = "app_pages/data_quality.py"


def test_sample_has_no_finding(app):
    at = app(page=PAGE)
    assert not at.exception
    assert at.success and "Aucun problème" in at.success[0].value


def test_messy_workbook_counts_and_lists_findings(app):
    at = app(page=PAGE, data=FIXTURES / "messy.xlsx")
    assert not at.exception
    assert [m.value for m in at.metric] == ["12", "15", "6"]
    counts = at.dataframe[0].value
    assert counts.set_index("Onglet").loc["membres"].tolist() == [1, 4]  # as the template names it
    assert len(at.dataframe[1].value) == 27


def test_filters_narrow_the_list(app):
    at = app(page=PAGE, data=FIXTURES / "messy.xlsx", lang="en")
    at.multiselect[0].set_value(["error"]).run()  # the English label
    at.multiselect[1].set_value(["events"]).run()
    shown = at.dataframe[1].value
    assert shown["tab"].tolist() == ["events", "events"]
    assert set(shown["severity"]) == {"error"}


def test_sidebar_points_to_the_page_when_rows_are_left_out(app):
    at = app(data=FIXTURES / "messy.xlsx")
    labels = [link.label for link in at.sidebar.get("page_link")]
    # 12 error findings on 12 distinct rows (the actors' row 6 has a warning and an error).
    assert any(label.startswith("12 lignes écartées") for label in labels)


def test_messages_name_columns_as_the_template_writes_them(app):
    at = app(page=PAGE, data=FIXTURES / "messy.xlsx")
    table = at.dataframe[1].value
    missing_id = table[(table["tab"] == "coalitions") & (table["row"] == 8)].iloc[0]
    assert missing_id["column"] == "identifiant"
    assert "«\u00a0identifiant\u00a0»" in missing_id["message"]
