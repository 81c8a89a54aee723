"""The coalition sheet: deep link, picker, unknown id, sample values counted by hand in
data_sources/sample/*.csv, English, hostile text, messy, coalitions-only and empty workbooks."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from coalitions.escape import escape_text
from coalitions.palette import stage_colour
from tests.conftest import partial_workbook

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data_sources" / "sample"
MESSY = ROOT / "tests" / "fixtures" / "messy.xlsx"
PAGE = "app_pages/coalition.py"
NBSP = "\u00a0"
ENVDATA = (
    "Pour des données environnementales d'intérêt général actionnables par les acteurs du "
    "territoire"
)
CIVICTECH = "Pour des civic tech au service de la qualité démocratique"


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def table_with(at, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def test_deep_link_on_the_sample(app):
    at = app(page=PAGE, query={"coalition": "envdata"})
    assert not at.exception
    assert at.header[0].value == ENVDATA
    assert at.main.selectbox[0].value == "envdata"
    figures = metrics(at)
    # coalitions.csv: maturité 3; progress.csv: Lancée on 2021-05-19, 2 days before 21/05.
    assert figures["Maturité"] == "3 · Lancée"
    assert figures["À ce stade depuis"] == "19 mai 2021"
    assert figures["Jours à ce stade"] == "2"
    # memberships.csv: FING animateur, five noyau.
    assert (figures["Animateur"], figures["Noyau"]) == ("1", "5")
    assert not at.warning  # exemple = non: a real coalition of the report
    actors = table_with(at, "actor")
    assert list(actors["actor"][:2]) == ["FING", "Ademe"]
    assert actors.set_index("actor").loc["FING", "website"] == "https://fing.org"
    assert (
        actors.set_index("actor").loc["Commissariat général au développement durable", "website"]
        == ""
    )
    deliverables = table_with(at, "Livrable")
    assert list(deliverables["Statut"]) == ["Fait"] * 4 + ["Prévu", "En cours"]
    # Each deliverable's kind and link (issue 24): the diagnostic opens from the sheet.
    by_title = deliverables.set_index("Livrable")
    assert tuple(by_title.loc["diagnostic", ["Type", "Lien"]]) == (
        "Diagnostic",
        "https://reset.example.org/travaux/donnees-environnementales/diagnostic",
    )
    assert by_title.loc["kit d'appropriation pour les terrains de jeux", "Lien"] == ""
    assert by_title.loc["appel à terrains de jeux territoriaux", "Type"] == "Appel à contribution"
    # Who acts on what: memberships.csv's « leviers » for envdata.
    bodies = [m.value for m in at.markdown]
    assert "**Qui agit sur quoi**" in bodies
    pairs = bodies[bodies.index("**Qui agit sur quoi**") + 1]
    assert pairs.splitlines()[0] == (
        f"- Commande{NBSP}: Ademe, Commissariat général au développement durable"
    )
    assert pairs.splitlines()[2] == f"- Usages{NBSP}: FING, Réseau éducation environnement"
    events = [d.value for d in at.dataframe if "title" in d.value.columns]
    # events.csv: the 22/06 playground workshop is upcoming, the 19/05 launch is past.
    assert [list(e["title"]) for e in events] == [
        ["Terrain de jeux breton : atelier données et décision"],
        ["Lancement national de la coalition données environnementales"],
    ]
    history = table_with(at, "Commentaire")
    # The catalogue's French apostrophes are typographic (this said « d'acteurs »).
    assert list(history["Maturité"]) == ["Sujet identifié", "Socle commun", "Noyau d’acteurs",
                                         "Lancée"]  # fmt: skip
    text = " ".join(m.value for m in at.markdown)
    assert "Offre, Usages" in text
    assert "Les données environnementales abondent" in text


def test_illustrative_coalition_says_so(app):
    at = app(page=PAGE, query={"coalition": "communs"})
    assert not at.exception
    assert at.warning[0].value.startswith("Exemple illustratif")
    # communs: topic identified, nobody to lead it, no readiness point but its stage.
    assert "score 0/6" in " ".join(i.value for i in at.info)


def test_picker_updates_the_query(app):
    at = app(page=PAGE, query={"coalition": "envdata"})
    at.main.selectbox[0].set_value("civictech").run()
    assert not at.exception
    assert at.query_params["coalition"] == "civictech"
    assert at.header[0].value == CIVICTECH
    at.run()
    assert at.header[0].value == CIVICTECH


def test_name_in_the_link_is_accepted(app):
    at = app(page=PAGE, query={"coalition": "dematerialiser sans deshumaniser"})
    assert not at.exception
    assert at.header[0].value == "Dématérialiser sans déshumaniser"
    assert at.query_params["coalition"] == "dematerialiser"


def test_unknown_id_shows_a_message_and_the_picker(app):
    at = app(page=PAGE, query={"coalition": "nope"})
    assert not at.exception
    assert "nope" in at.warning[0].value
    assert at.main.selectbox[0].value is None
    assert len(at.main.selectbox[0].options) == 20
    at.main.selectbox[0].set_value("achat").run()
    assert at.header[0].value.startswith("Pour un achat public")


def test_no_link_asks_to_choose(app):
    at = app(page=PAGE)
    assert not at.exception
    assert at.info[0].value.startswith("Choisissez une coalition")


def test_in_english(app):
    at = app(page=PAGE, query={"coalition": "envdata"}, lang="en")
    assert not at.exception
    figures = metrics(at)
    assert figures["Maturity"] == "3 · Launched"
    assert figures["At this stage since"] == "19 May 2021"
    assert (figures["Lead"], figures["Core"]) == ("1", "5")
    deliverables = table_with(at, "Deliverable")
    assert list(deliverables["Status"]) == ["Done"] * 4 + ["Planned", "In progress"]
    assert list(deliverables.columns) == ["Deliverable", "Kind", "Status", "Date", "Link"]
    facts = next(m.value for m in at.markdown if "**Pilot**" in m.value)
    assert "**Launch**: 19 May 2021" in facts and " :" not in facts


def test_hostile_text_is_shown_as_text(app, tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    name = "<img src=x onerror=alert(1)> **gras** [clic](javascript:alert(1))"
    with (folder / "coalitions.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "nom", "maturité", "problème", "site"])
        writer.writerow(["x", name, "1", "<script>alert(2)</script>", "javascript:alert(3)"])
    with (folder / "acteurs.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["nom", "site web"])
        writer.writerow(["Acteur", "javascript:alert(4)"])
    with (folder / "membres.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["coalition", "acteur"], ["x", "Acteur"]])
    at = app(page=PAGE, data=folder, query={"coalition": "x"})
    assert not at.exception
    header = at.header[0].value
    assert header == escape_text(name, "markdown")
    assert "<img" not in header and "**gras**" not in header and "[clic](" not in header
    for element in at.markdown:
        assert "<script" not in element.value and "<img" not in element.value
    assert table_with(at, "actor")["website"].tolist() == [""]
    # The unknown "site" column is shown as an extra, as text.
    extra = f"**site**\u00a0: {escape_text('javascript:alert(3)', 'markdown')}"
    assert any(extra in m.value for m in at.markdown)


def test_messy_workbook(app):
    at = app(page=PAGE, data=MESSY, query={"coalition": "envdata"})
    assert not at.exception
    assert at.header[0].value == "Données environnementales"
    at.main.selectbox[0].set_value("equite").run()
    assert not at.exception
    assert "<img" not in at.header[0].value


def test_coalitions_only_workbook(app, tmp_path):
    at = app(
        page=PAGE,
        data=partial_workbook(tmp_path / "partial", "coalitions"),
        query={"coalition": "envdata"},
    )
    assert not at.exception
    assert at.header[0].value == ENVDATA
    infos = " ".join(i.value for i in at.info)
    # The catalogue's French apostrophes are typographic (this said « d'historique »).
    for empty in ("Pas d’historique", "Aucun acteur", "Aucun livrable", "Aucun événement"):
        assert empty in infos
    # No history: a launched coalition counts from its launch date (19/05/2021).
    assert metrics(at)["À ce stade depuis"] == "19 mai 2021"


def test_empty_workbook(app, tmp_path):
    at = app(page=PAGE, data=partial_workbook(tmp_path / "empty", "coalitions", header_only=True))
    assert not at.exception
    assert not at.selectbox
    assert "aucune coalition" in at.info[0].value.lower()


def test_stage_path_points_take_their_stage_colour(app):
    at = app(page=PAGE, query={"coalition": "envdata"})
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    (trace,) = spec["data"]
    # progress.csv: envdata went 0, 1, 2, 3 (stage colours from the palette), and the
    # chart has no legend that a list of colours could confuse.
    assert trace["marker"]["color"][:4] == [stage_colour(s) for s in range(4)]
    assert spec["layout"]["showlegend"] is False


def test_days_in_the_tables_read_as_the_language_writes_them(app):
    # Streamlit shows a date cell as « 2020-03-17 » unless its column says otherwise.
    for lang, expected in (("fr", "DD/MM/YYYY"), ("en", "YYYY-MM-DD")):
        at = app(page=PAGE, query={"coalition": "envdata"}, lang=lang)
        assert not at.exception
        formats = [
            (column["label"], column["type_config"]["format"])
            for table in at.dataframe
            for column in json.loads(table.proto.columns or "{}").values()
            if column.get("type_config", {}).get("type") == "date"
        ]
        # The stage history under the chart, the actors' arrival, the deliverables.
        since = "Depuis" if lang == "fr" else "Since"
        assert formats == [("Date", expected), (since, expected), ("Date", expected)]
