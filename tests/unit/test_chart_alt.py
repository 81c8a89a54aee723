"""Text alternatives of the charts: the sentences a screen reader hears instead of the picture."""

from __future__ import annotations

from datetime import date

import pandas as pd

from coalitions.format import NBSP, NNBSP
from coalitions.history.progress import stage_paths, time_in_stage
from coalitions.history.timeline import as_of
from coalitions.views.chart_alt import (
    NAME_LENGTH,
    describe_growth,
    describe_network,
    describe_paths,
    describe_pipeline,
    describe_pipeline_history,
    describe_time_in_stage,
    describe_timeline,
)
from coalitions.views.overview import pipeline

DAY = date(2021, 5, 21)  # the day after the sample's Reset Day 14


def test_pipeline_on_the_sample_counts_every_stage(sample):
    # On the sample's day (21 May 2021), stages 0-4 are held by 6, 6, 3, 3 and 2 coalitions:
    # the moves progress.csv dates in June (reemploi to Impact, accessibilite to 2, cyber-asso
    # to 1) are not reached yet. 3 coalitions in Achats & sobriété.
    text = describe_pipeline(pipeline(sample.coalitions), "fr")
    assert text == (
        f"20 coalitions{NBSP}: 6 au stade Sujet identifié, 6 au stade Socle commun, "
        # The stage as the charts' legends name it (this said « Noyau d'acteurs »).
        "3 au stade Noyau d’acteurs, 3 au stade Lancée et 2 au stade En action. "
        f"Famille la plus nombreuse{NBSP}: Achats & sobriété (3 coalitions)."
    )
    english = describe_pipeline(pipeline(sample.coalitions), "en")
    assert english.startswith("20 coalitions: 6 at stage Topic identified, 6 at stage Shared")
    assert english.endswith(
        "2 at stage In action. Largest family: Achats & sobriété (3 coalitions)."
    )


def test_pipeline_leaves_out_empty_stages_and_agrees_in_number():
    counts = pd.DataFrame({"family": ["", ""], "stage": [2, 4], "count": [1, 0]})
    assert describe_pipeline(counts, "en") == "1 coalition: 1 at stage Core group."
    assert describe_pipeline(counts.iloc[:0], "fr") == "Graphique vide."


def test_paths_say_where_each_coalition_started_and_stands(sample):
    paths = stage_paths(sample, DAY, ["envdata", "civictech"])
    text = describe_paths(paths, "fr")
    assert text.startswith(f"Parcours de 2 coalitions{NBSP}: Pour des données environnementales")
    assert "(Sujet identifié en mars 2020, Lancée depuis mai 2021)" in text
    assert f"){NNBSP}; Pour des civic tech" in text
    one = describe_paths(stage_paths(sample, DAY, ["envdata"]), "en")
    assert one.startswith("Path of one coalition: Pour des données environnementales")
    assert one.endswith("(Topic identified in March 2020, Launched since May 2021).")
    # On a past day: the stage of that day, reached in February 2021 (progress.csv), and no
    # « aujourd'hui » (the caption said « aujourd'hui Noyau d'acteurs » on 16 March 2021).
    past_day = date(2021, 3, 16)
    past = describe_paths(stage_paths(as_of(sample, past_day), past_day, ["envdata"]), "fr")
    assert past.endswith("(Sujet identifié en mars 2020, Noyau d’acteurs depuis février 2021).")


def test_a_path_that_never_moved_says_since_when():
    paths = pd.DataFrame(
        {
            "coalition": ["a", "a"],
            "name": ["Alpha", "Alpha"],
            "date": pd.to_datetime(["2021-02-03", "2021-05-21"]),
            "stage": [1, 1],
        }
    )
    assert (
        describe_paths(paths, "en")
        == "Path of one coalition: Alpha (Shared foundation since February 2021)."
    )


def test_time_in_stage_names_the_longest_and_the_shortest(sample):
    stay = time_in_stage(sample, DAY)
    known = stay[stay["days"].notna()]
    longest, shortest = known.iloc[0], known.iloc[-1]
    text = describe_time_in_stage(stay, "en")
    assert text.startswith(f"Time at the current stage for {len(known)} coalitions: longest, ")
    assert f"{longest['name']} ({int(longest['days'])} days at " in text
    assert f"shortest, {shortest['name']} (" in text
    single = describe_time_in_stage(known.head(1), "fr")
    assert single.startswith(f"Temps passé au stade actuel{NBSP}: {longest['name']} (")


def test_days_agree_in_number_the_french_way():
    stay = pd.DataFrame({"name": ["A"], "stage": [0], "days": pd.array([0], dtype="Int64")})
    assert "(0 jour au stade Sujet identifié)" in describe_time_in_stage(stay, "fr")
    assert "(0 days at Topic identified)" in describe_time_in_stage(stay, "en")


def test_timeline_counts_each_kind_over_its_days():
    events = pd.DataFrame(
        {
            "date": pd.to_datetime(["2021-06-15 14:00", "2021-06-01 09:00", "2021-06-08 10:00"]),
            "kind": ["reset_day", "workshop", "workshop"],
        }
    )
    assert describe_timeline(events, "fr") == (
        f"3 événements à venir, du 1er juin 2021 au 15 juin 2021{NBSP}: 1 Reset Day et 2 ateliers."
    )
    one = describe_timeline(events.head(1), "en")
    assert one == "1 coming event, on 15 June 2021: 1 Reset Day."


def test_network_names_its_most_connected_nodes_cleaned_and_cut():
    long_name = "Réseau " + "très " * 40 + "long"
    nodes = pd.DataFrame(
        {
            "label": ["FING\u202e", "envdata", long_name, "Solo"],
            "kind": ["actor", "coalition", "actor", "actor"],
            "degree": [5, 3, 4, 1],
        }
    )
    text = describe_network(nodes, 9, "en")
    assert text.startswith(
        "Network of 3 actors and 1 coalition, joined by 9 links. Most connected: "
    )
    assert "FING (5 links), Réseau très" in text  # the bidi override is gone
    assert "… (4 links), and envdata (3 links)." in text
    assert "Solo" not in text
    hub = text.split("FING (5 links), ")[1].split(" (4 links)")[0]
    assert len(hub) == NAME_LENGTH


def test_pipeline_history_tells_the_span_and_the_latest_stages():
    table = pd.DataFrame(
        {
            "number": [1, 1, 2, 2],
            "date": pd.to_datetime(["2021-04-20", "2021-04-20", "2021-05-18", "2021-05-18"]),
            "stage": [0, 3, 0, 3],
            "count": [2, 0, 1, 1],
        }
    )
    assert describe_pipeline_history(table, "en") == (
        "Coalitions by stage at 2 Reset Days, from 20 April 2021 to 18 May 2021. At the latest: "
        "1 at stage Topic identified and 1 at stage Launched."
    )


def test_growth_tells_from_what_to_what():
    growth = pd.DataFrame(
        {
            "month": pd.to_datetime(["2020-03-01", "2020-04-01"]),
            "actors": [1, 7],
            "memberships": [1, 10],
        }
    )
    assert describe_growth(growth, "fr") == (
        f"Acteurs et participations en fin de mois, de mars 2020 à avril 2020{NBSP}: de 1 à "
        "7 acteurs, de 1 à 10 participations."
    )
