"""The coalitions' work (« Travaux des coalitions », issue 24) on the sample: counted by hand
in data_sources/sample/deliverables.csv (23 deliverables; two open calls for contributions,
envdata's and civictech's; reference day 2021-05-21)."""

from __future__ import annotations

import csv
import shutil

import pytest

from tests.conftest import ROOT, SAMPLE, partial_workbook

PAGE = "app_pages/library.py"
NBSP = "\u00a0"
DIAGNOSTIC = "https://reset.example.org/travaux/donnees-environnementales/diagnostic"
GUIDE = "https://reset.example.org/travaux/achat-responsable/guide"


def markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def captions(at) -> list[str]:
    return [c.value for c in at.caption]


def table(at):
    return at.dataframe[0].value


def test_every_work_newest_first_with_titles_as_links(app):
    at = app(page=PAGE)
    assert not at.exception
    assert at.title[0].value == "Travaux des coalitions"
    assert [s.value for s in at.subheader] == ["Appels à contribution", "Tous les travaux"]
    works = table(at)
    assert len(works) == 23
    dates = works["Date"].dropna().tolist()
    assert dates == sorted(dates, reverse=True) and works["Date"].iloc[-1] is None
    text = markdown(at)
    # envdata's diagnostic and achat's guide: both titles open their document.
    assert f"**[diagnostic]({DIAGNOSTIC})**" in text
    assert f"**[guide de l'achat numérique responsable]({GUIDE})**" in text
    # A work without a link is plain text.
    # The sheet's title as typed, then the catalogue's kind, typographic (this said
    # « Parcours d'engagement » for the kind too).
    assert "**parcours d'engagement** — Parcours d’engagement · Prévu, 5 octobre 2021" in text
    assert f"**{23}{NBSP}travaux**" in text or "**23 travaux**" in text
    by_kind = next(c for c in captions(at) if c.startswith("Par type"))
    assert f"Diagnostic{NBSP}: 4" in by_kind and f"Appel à contribution{NBSP}: 2" in by_kind
    assert f"Autre{NBSP}: 2" in by_kind
    # The table offers the links too, and the whole list as CSV.
    assert set(works["Lien"]) >= {DIAGNOSTIC, GUIDE, ""}
    button = at.get("download_button")[0]
    assert button.proto.label == "Télécharger (CSV)"


def test_the_calls_for_contributions_come_first_with_the_coalitions_contact(app):
    at = app(page=PAGE)
    bodies = [m.value for m in at.markdown]
    first_call = bodies.index(
        "**[appel à terrains de jeux territoriaux](https://reset.example.org/appels/terrains-de-jeux)**"
    )
    assert first_call < bodies.index(next(b for b in bodies if b.startswith("- **")))
    # Each with its coalition's sheet and how to join it (the coalitions tab's contact).
    assert bodies[first_call + 1].startswith("Pour rejoindre")
    assert (
        "(https://reset.example.org/rejoindre/donnees-environnementales)" in bodies[first_call + 1]
    )
    assert any("(mailto:democratie-numerique@reset.example.org)" in b for b in bodies)
    links = [link.proto.query_string for link in at.get("page_link")]
    assert "coalition=envdata" in links and "coalition=civictech" in links


@pytest.mark.parametrize(
    ("key", "value", "count"),
    [
        ("library-kinds", ["call"], 2),
        ("library-statuses", ["planned"], 4),
        ("library-families", ["Environnement"], 8),
        ("library-coalitions", ["envdata"], 6),
    ],
)
def test_each_filter(app, key, value, count):
    at = app(page=PAGE)
    at.multiselect(key=key).set_value(value).run()
    assert not at.exception
    assert len(table(at)) == count
    assert f"**{count} travaux**" in markdown(at).replace(NBSP, " ")


def test_filters_combine_and_an_empty_result_says_so(app):
    at = app(page=PAGE)
    at.multiselect(key="library-coalitions").set_value(["envdata"]).run()
    at.multiselect(key="library-kinds").set_value(["guide"]).run()
    assert not at.exception
    assert "Aucun travail ne correspond à ces filtres" in " ".join(i.value for i in at.info)
    assert not at.dataframe


def test_afficher_au_shows_what_existed_then(app):
    # On 2021-04-20 the launch logbook (done 2021-05-19) was being made, the works done in May
    # were not done yet, and the coalitions that did not exist yet have no work.
    at = app(page=PAGE, query={"au": "2021-04-20"})
    assert not at.exception
    works = table(at).set_index("Travail")
    assert works.loc["carnet de bord du lancement", "Statut"] == "En cours"
    assert works.loc["manifeste", "Statut"] == "En cours"
    assert (works["Statut"] == "Fait").sum() < (table(app(page=PAGE))["Statut"] == "Fait").sum()


def test_in_english(app):
    at = app(page=PAGE, lang="en")
    assert not at.exception
    assert at.title[0].value == "Coalition work"
    assert [s.value for s in at.subheader] == ["Calls for contributions", "All the work"]
    assert list(table(at).columns) == [
        "Date", "Work", "Kind", "Status", "Coalition", "Family", "Link",
    ]  # fmt: skip
    by_kind = next(c for c in captions(at) if c.startswith("By kind"))
    assert "Diagnosis: 4" in by_kind and "Call for contributions: 2" in by_kind
    assert "To join: " in markdown(at)


def test_without_a_deliverables_tab(app, tmp_path):
    at = app(page=PAGE, data=partial_workbook(tmp_path / "book", "coalitions"))
    assert not at.exception
    # The catalogue's French apostrophes are typographic (this said « n'a », « l'instant »).
    assert "n’a pas d’onglet «" in at.info[0].value and not at.dataframe


def test_with_no_deliverable_yet(app, tmp_path):
    folder = partial_workbook(tmp_path / "book", "coalitions")
    (folder / "deliverables.csv").write_text("coalition,livrable,statut\n", "utf-8")
    at = app(page=PAGE, data=folder)
    assert not at.exception
    assert at.info[0].value.startswith("Aucun travail pour l’instant")


@pytest.fixture
def hostile_links(tmp_path):
    """The sample with a javascript: link on envdata's diagnostic."""
    folder = tmp_path / "book"
    shutil.copytree(SAMPLE, folder)
    path = folder / "deliverables.csv"
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    rows[1][rows[0].index("lien")] = "javascript:alert(document.cookie)"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return folder


def test_a_javascript_link_is_never_a_link(app, hostile_links):
    at = app(page=PAGE, data=hostile_links)
    assert not at.exception
    text = markdown(at)
    assert "javascript" not in text
    assert "**diagnostic** — Diagnostic · Fait, 15 septembre 2020" in text
    assert "javascript" not in "".join(table(at)["Lien"])
    # The guide keeps its link.
    assert f"({GUIDE})" in text


def test_on_the_messy_workbook_a_blank_status_reads_sans_statut(app):
    at = app(page=PAGE, data=ROOT / "tests" / "fixtures" / "messy.xlsx")
    assert not at.exception
    works = table(at).set_index("Travail")
    assert works.loc["benchmark", "Statut"] == "Sans statut"
    assert "**benchmark** — Autre · Sans statut · Civic tech" in markdown(at)
