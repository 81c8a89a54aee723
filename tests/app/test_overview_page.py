"""The overview page on the sample (figures counted by hand in data_sources/sample/*.csv), in
English, on the messy workbook, on a coalitions-only workbook and on an empty one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coalitions.escape import escape_text
from tests.conftest import partial_workbook

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data_sources" / "sample"
MESSY = ROOT / "tests" / "fixtures" / "messy.xlsx"
PAGE = "app_pages/overview.py"
ENVDATA = (
    "Pour des données environnementales d'intérêt général actionnables par les acteurs du "
    "territoire"
)


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_sample_key_figures(app):
    at = app(page=PAGE)
    assert not at.exception
    figures = metrics(at)
    # coalitions.csv: 20 rows; stages 3 and 4 for envdata, civictech, mediation, sobriete-web,
    # reemploi; pilote=oui for envdata, civictech, mediation; actors.csv: 61 rows.
    assert figures["Coalitions"] == "20"
    assert figures["Lancées"] == "5"
    assert figures["Pilotes"] == "3"
    assert figures["Acteurs"] == "61"
    # events.csv after 2021-05-21: Reset Days 15-18 and 8 coalition events.
    assert figures["Événements à venir"] == "12"
    assert figures["Prochain Reset Day"] == "n° 15"
    assert "15 juin 2021" in [c.value for c in at.caption]
    by_stage = [figures[f"{n} · {label}"] for n, label in enumerate(STAGE_LABELS_FR)]
    # On the sample's day: reemploi's Impact, accessibilite's core group and cyber-asso's
    # shared foundation are dated June (progress.csv), after it.
    assert by_stage == ["6", "6", "3", "3", "2", "0"]


# The catalogue's French apostrophes are typographic (this said « d'acteurs »).
STAGE_LABELS_FR = ["Sujet identifié", "Socle commun", "Noyau d’acteurs", "Lancée", "En action",
                   "Impact"]  # fmt: skip


def test_sample_pipeline_chart(app):
    at = app(page=PAGE)
    # The pipeline, then the change over time: stages at each Reset Day, network growth.
    assert len(at.get("plotly_chart")) == 3
    table = next(d.value for d in at.dataframe if "Famille" in d.value.columns)
    # 7 families; Environnement: climat-num (1), envdata (3), reemploi (4: Impact in June).
    assert table["Famille"].nunique() == 7
    environment = table[table["Famille"] == "Environnement"]
    assert list(environment["Maturité"]) == ["Socle commun", "Lancée", "En action"]
    assert list(environment["Coalitions"]) == [1, 1, 1]
    assert table["Coalitions"].sum() == 20


@pytest.mark.parametrize(
    ("lang", "label", "told_apart"),
    [
        ("fr", "Acteurs arrivés",
         "7 acteurs ont rejoint une coalition · 3 acteurs ont manifesté leur intérêt"),
        ("en", "Actors who joined", "7 actors joined a coalition · 3 actors showed interest"),
    ],
)  # fmt: skip
def test_arrivals_are_told_apart_as_the_report_and_deck_say(app, lang, label, told_apart):
    """On Reset Day 14 the page said « 10 Acteurs arrivés », the deck « 7 » and « 3 », the
    letter « sept … trois autres … »: the metric's help gives the two numbers, in the deck's
    words, so that the page's ten are found in both."""
    at = app(page=PAGE, query={"au": "2021-05-18"}, lang=lang)
    metric = next(m for m in at.metric if m.label == label)
    assert (metric.value, metric.help) == ("10", told_apart)


def test_sample_since_the_last_reset_day(app):
    at = app(page=PAGE)
    assert "Depuis le Reset Day 14 (18 mai 2021)" in [s.value for s in at.subheader]
    figures = metrics(at)
    # progress.csv: envdata (19/05) and civictech (20/05) launched after Reset Day 14; nobody
    # joined; four deliverables were done from 19/05 to 21/05 (deliverables.csv: never later
    # than the sample's reference date); the two launch events were held.
    assert figures["Changements de maturité"] == "2"
    assert figures["Acteurs arrivés"] == "0"
    assert figures["Livrables terminés"] == "4"
    assert figures["Événements tenus"] == "2"
    links = [(link.proto.page, link.proto.query_string) for link in at.get("page_link")]
    assert links[:2] == [
        ("coalition", "coalition=envdata"),
        ("coalition", "coalition=civictech"),
    ]
    captions = [c.value for c in at.caption]
    # The catalogue's French apostrophes are typographic (this said « d'acteurs »).
    assert escape_text("Noyau d’acteurs → Lancée (19 mai 2021)", "markdown") in captions
    # The kind inside the line is lower case, as written mid-sentence.
    held = "Lancement de la coalition civic tech — lancement (20 mai 2021)"
    assert escape_text(held, "markdown") in captions


def test_in_english(app):
    at = app(page=PAGE, lang="en")
    assert not at.exception
    figures = metrics(at)
    assert figures["Coalitions"] == "20"
    assert figures["Launched"] == "5"
    assert figures["Next Reset Day"] == "no. 15"
    assert "15 June 2021" in [c.value for c in at.caption]
    assert "Since Reset Day 14 (18 May 2021)" in [s.value for s in at.subheader]
    assert figures["3 · Launched"] == "3"


def test_messy_workbook(app):
    at = app(page=PAGE, data=MESSY)
    assert not at.exception
    assert int(metrics(at)["Coalitions"]) > 0
    # The pipeline, then the change over time (the messy workbook has dated history).
    assert [c.key for c in at.get("plotly_chart")] == [
        "chart-pipeline",
        "chart-pipeline-history",
        "chart-network-growth",
    ]


def test_coalitions_only_workbook(app, tmp_path):
    at = app(page=PAGE, data=partial_workbook(tmp_path / "partial", "coalitions"))
    assert not at.exception
    figures = metrics(at)
    assert (figures["Coalitions"], figures["Acteurs"], figures["Événements à venir"]) == (
        "20",
        "0",
        "0",
    )
    assert figures["Changements de maturité"] == "0"
    # No dated history: the pipeline only, and one calm message instead of the change over time.
    assert [c.key for c in at.get("plotly_chart")] == ["chart-pipeline"]
    assert any("deux Reset Days" in i.value for i in at.info)


def test_empty_workbook(app, tmp_path):
    at = app(page=PAGE, data=partial_workbook(tmp_path / "empty", "coalitions", header_only=True))
    assert not at.exception
    assert not at.metric
    assert "aucune coalition" in at.info[0].value


def test_long_names_cut_on_a_word_with_the_full_name_as_tooltip(app):
    at = app(page=PAGE)
    # The « since the last Reset Day » block's link; the open call's card comes before it.
    *_calls, envdata = (
        link.proto for link in at.get("page_link") if link.proto.query_string == "coalition=envdata"
    )
    # Cut at 60 characters this read "...d'intérêt général action…".
    assert envdata.label == escape_text(
        "Pour des données environnementales d'intérêt général…", "markdown"
    )
    assert envdata.help == escape_text(ENVDATA, "markdown")


def test_pipeline_legend_sits_above_the_bars(app):
    at = app(page=PAGE, data=MESSY if MESSY.exists() else None)
    layout = json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]
    # Below the plot it met the x axis title on a short chart (the messy workbook's).
    assert layout["legend"]["y"] >= 1 and layout["legend"]["yanchor"] == "bottom"
    assert layout["xaxis"]["title"]["text"] == "Coalitions"


def test_the_open_calls_for_contributions_with_their_contact(app):
    at = app(page=PAGE)
    subheaders = [s.value for s in at.subheader]
    assert "Appels à contribution" in subheaders
    bodies = [m.value for m in at.markdown]
    assert (
        "**[appel à terrains de jeux territoriaux](https://reset.example.org/appels/terrains-de-jeux)**"
        in bodies
    )
    assert any("(mailto:democratie-numerique@reset.example.org)" in b for b in bodies)


def test_no_call_section_when_no_call_is_open(app, tmp_path):
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "coalitions.csv").write_text("id,name,stage\na,Alpha,1\n", "utf-8")
    (folder / "deliverables.csv").write_text(
        "coalition,title,status,type\na,g,fait,guide\n", "utf-8"
    )
    at = app(page=PAGE, data=folder)
    assert not at.exception
    assert "Appels à contribution" not in [s.value for s in at.subheader]
