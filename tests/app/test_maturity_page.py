"""The maturity page on the sample (values worked out by hand from data_sources/sample/*.csv),
with its filters, in English, on the messy workbook, a coalitions-only and an empty one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coalitions.escape import escape_text
from tests.conftest import partial_workbook

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data_sources" / "sample"
MESSY = ROOT / "tests" / "fixtures" / "messy.xlsx"
PAGE = "app_pages/maturity.py"
ENVDATA = (
    "Pour des données environnementales d'intérêt général actionnables par les acteurs du "
    "territoire"
)
SAMPLE_IDS = {
    "envdata", "civictech", "achat", "equite", "dematerialiser", "climat-num", "reemploi",
    "algo-publics", "communs", "sobriete-web", "logiciels-libres", "mediation", "parentalite",
    "accessibilite", "donnees-sociales", "plateformes-travail", "commerce-local",
    "sante-donnees", "vie-privee-ville", "cyber-asso",
}  # fmt: skip


def linked_ids(at) -> list[str]:
    return [link.proto.query_string.removeprefix("coalition=") for link in at.main.get("page_link")]


def table_with(at, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def test_sample_board_and_readiness(app):
    at = app(page=PAGE)
    assert not at.exception
    ids = linked_ids(at)
    # The board links all 20 coalitions once (no column holds more than 12), then the five
    # best-prepared coalitions not yet launched.
    assert set(ids[:20]) == SAMPLE_IDS and len(ids) == 25
    # Stage 3 column: the three launched pilots, by name.
    assert ids[15:18] == ["mediation", "civictech", "envdata"]
    # Readiness by hand on the sample's day (21 May 2021): achat, equite, algo-publics =
    # stage 2 + core formed = 3 (cores of 5, 5, 3), ties by name; accessibilite = stage 1 +
    # diagnostic done = 2 (its core is formed on 8 June, after the day).
    assert ids[20:24] == ["achat", "equite", "algo-publics", "accessibilite"]
    captions = [c.value for c in at.caption]
    # The catalogue's French apostrophes are typographic (this said « d'acteurs »).
    assert (
        "n° 1 · score 3/6 · Noyau d’acteurs · acteurs du noyau\u00a0: 5 · "
        "livrables du socle\u00a0: 0/3" in captions
    )
    ranking = table_with(at, "score")
    assert len(ranking) == 15  # 20 coalitions, 5 launched
    assert list(ranking["score"].head(4)) == [3, 3, 3, 2]


def test_sample_paths_and_time_in_stage(app):
    at = app(page=PAGE)
    picked = at.multiselect(key="mat-paths").value
    # Pilots first (all at stage 3, by name), then the most advanced: reemploi and
    # sobriete-web (4; reemploi's Impact is dated June, after the day), then stage 2 by name:
    # six in all.
    assert picked == [
        "mediation", "civictech", "envdata", "reemploi", "sobriete-web", "achat",
    ]  # fmt: skip
    assert len(at.get("plotly_chart")) == 2
    # The page is cut at the sample's day like the report of that day: reemploi has been in
    # action since October 2020; its Impact row (1 June 2021) is not reached yet.
    paths = next(c.value for c in at.caption if c.value.startswith("Parcours de "))
    assert "(Sujet identifié en mars 2020, En action depuis octobre 2020" in paths.replace("\\", "")
    stay = table_with(at, "Jours au stade actuel")
    # communs: topic identified since 2020-03-17, 430 days before 2021-05-21.
    assert stay.iloc[0].tolist()[0] == "Communs numériques territoriaux (exemple)"
    assert stay.iloc[0]["Jours au stade actuel"] == 430
    envdata = stay[stay["Coalition"].str.startswith("Pour des données environnementales")]
    assert envdata["Jours au stade actuel"].tolist() == [2]


def test_filters(app):
    at = app(page=PAGE)
    at.multiselect(key="mat-family").set_value(["Environnement"]).run()
    assert not at.exception
    # Environnement: envdata (3, pilot), climat-num (1), reemploi (5); only climat-num is not
    # launched.
    assert linked_ids(at) == ["climat-num", "envdata", "reemploi", "climat-num"]
    assert "3 coalitions sur 20." in [c.value for c in at.caption]
    at.multiselect(key="mat-family").set_value([]).run()
    at.segmented_control(key="mat-pilot").set_value("pilots").run()
    assert sorted(linked_ids(at)) == ["civictech", "envdata", "mediation"]
    assert "Toutes ces coalitions sont déjà lancées." in [i.value for i in at.info]
    at.segmented_control(key="mat-pilot").set_value("all").run()
    at.multiselect(key="mat-lever").set_value(["commande"]).run()
    # leviers containing commande: achat, dematerialiser, climat-num, reemploi,
    # logiciels-libres, accessibilite, plateformes-travail.
    assert set(linked_ids(at)[:7]) == {
        "achat", "dematerialiser", "climat-num", "reemploi", "logiciels-libres",
        "accessibilite", "plateformes-travail",
    }  # fmt: skip
    at.multiselect(key="mat-territory").set_value(["Occitanie"]).run()
    assert linked_ids(at) == ["climat-num", "climat-num"]
    at.multiselect(key="mat-territory").set_value(["Valcourt"]).run()
    assert "Aucune coalition ne correspond à ces filtres." in [i.value for i in at.info]


def test_in_english(app):
    at = app(page=PAGE, lang="en")
    assert not at.exception
    assert "no. 1 · score 3/6 · Core group · core actors: 5 · foundation deliverables: 0/3" in [
        c.value for c in at.caption
    ]
    assert table_with(at, "Days at the current stage").iloc[0]["Days at the current stage"] == 430


def test_messy_workbook(app):
    at = app(page=PAGE, data=MESSY)
    assert not at.exception
    assert linked_ids(at)


def test_coalitions_only_workbook(app, tmp_path):
    at = app(page=PAGE, data=partial_workbook(tmp_path / "partial", "coalitions"))
    assert not at.exception
    assert len(linked_ids(at)) == 25
    infos = [i.value for i in at.info]
    # The catalogue's French apostrophes are typographic (this said « d'historique »).
    assert any(i.startswith("Pas d’historique") for i in infos)
    # Without history only launched coalitions at stage 3 have a date: their launch.
    stay = table_with(at, "Jours au stade actuel")
    assert stay["Jours au stade actuel"].notna().sum() == 3


def test_empty_workbook(app, tmp_path):
    at = app(page=PAGE, data=partial_workbook(tmp_path / "empty", "coalitions", header_only=True))
    assert not at.exception
    assert not linked_ids(at)
    assert "aucune coalition" in at.info[0].value.lower()


def test_board_names_cut_on_a_word_with_the_full_name_as_tooltip(app):
    at = app(page=PAGE)
    links = {link.proto.query_string: link.proto for link in at.main.get("page_link")[:20]}
    envdata = links["coalition=envdata"]
    # 96 characters, cut after "général" (CARD_LENGTH 60); the pilot's star goes first.
    assert envdata.label == escape_text(
        "★ Pour des données environnementales d'intérêt général…", "markdown"
    )
    assert envdata.help == escape_text(ENVDATA, "markdown")
    # A name that fits has no tooltip; an invented example's is marked.
    assert links["coalition=communs"].label == escape_text(
        "Communs numériques territoriaux (exemple)", "markdown"
    )
    assert links["coalition=communs"].help == ""
    # The board's links wrap in its own container (their style names its key).
    assert any(".st-key-maturity-board" in h.value for h in at.html)


@pytest.mark.parametrize(
    ("lang", "any_", "paths", "levers", "pilot"),
    [
        ("fr", "Toutes", "Choisir des coalitions", ["Commande", "Offre", "Usages"], "Autres"),
        ("en", "All", "Choose coalitions", ["Demand", "Supply", "Uses"], "Others"),
    ],
)
def test_every_picker_speaks_the_page_language(app, lang, any_, paths, levers, pilot):
    at = app(page=PAGE, lang=lang)
    for key in ("mat-family", "mat-territory", "mat-lever"):
        assert at.multiselect(key=key).proto.placeholder == any_
    assert at.multiselect(key="mat-paths").proto.placeholder == paths
    # Option labels come from dicts filled during the run (a format_func reading the
    # language outside it would fall back to French).
    assert at.multiselect(key="mat-lever").options == levers
    assert at.segmented_control(key="mat-pilot").options[2] == pilot


def test_stage_paths_have_one_colour_and_shape_each(app):
    at = app(page=PAGE)
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    lines = spec["data"]
    assert len(lines) == 6
    # The legend shows each trace's marker: it must be the line's own colour (one colour per
    # marker, not the stage colours of its points) and shape.
    assert all(trace["marker"]["color"] == trace["line"]["color"] for trace in lines)
    styles = {(trace["line"]["color"], trace["marker"]["symbol"]) for trace in lines}
    assert len(styles) == 6
    assert len({trace["line"]["color"] for trace in lines}) == 6
