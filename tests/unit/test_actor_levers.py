"""Actor–lever pairs (issue 24, the seed's « couples acteurs/leviers »): the memberships'
optional « leviers » column, read like the coalitions' levers, shown on the coalition sheet as
who acts on what and filtering the network."""

from __future__ import annotations

import pandas as pd

from coalitions.views import network, network_drawing, network_metrics
from coalitions.views.sheet import coalition_sheet
from coalitions.workbook.dataset import RawWorkbook
from coalitions.workbook.validation import build_dataset
from tests.builders import sample_dataset

COALITIONS = [["id", "name", "stage"], ["a", "Alpha", 2], ["b", "Bêta", 1]]


def build(memberships: list[list]):
    frames = {
        "coalitions": pd.DataFrame(COALITIONS, dtype=object),
        "membres": pd.DataFrame(memberships, dtype=object),
    }
    return build_dataset(RawWorkbook("t", frames))


def test_levers_read_in_french_and_english_blank_is_none():
    data = build(
        [
            ["coalition", "acteur", "rôle", "leviers"],
            ["a", "X", "noyau", "Commande; offre"],
            ["a", "Y", "noyau", "uses"],
            ["b", "X", "partenaire", ""],
        ]
    )
    pairs = {(m.coalition, m.actor): m.levers for m in data.memberships.itertuples()}
    assert pairs == {("a", "X"): ("commande", "offre"), ("a", "Y"): ("usages",), ("b", "X"): ()}
    assert data.findings == []


def test_without_the_column_every_membership_has_no_lever():
    data = build([["coalition", "acteur"], ["a", "X"]])
    assert list(data.memberships["levers"]) == [()]


def test_an_unknown_lever_is_a_warning_in_the_sheets_words():
    data = build([["coalition", "acteur", "Leviers"], ["a", "X", "offre; budget"]])
    [finding] = data.findings
    assert (finding.tab_title, finding.row, finding.column_header, finding.code) == (
        "membres",
        2,
        "Leviers",
        "unknown_lever",
    )


def test_the_sheet_says_who_acts_on_what():
    sample = sample_dataset()
    sheet = coalition_sheet(sample, "envdata", pd.Timestamp("2021-05-21").date())
    assert sheet.actors_by_lever() == {
        "commande": ["Ademe", "Commissariat général au développement durable"],
        "offre": ["Ademe", "Cerema", "Office français de la biodiversité (OFB)"],
        "usages": ["FING", "Réseau éducation environnement"],
    }
    # A coalition whose memberships name no lever says nothing about it.
    assert (
        coalition_sheet(sample, "mediation", pd.Timestamp("2021-05-21").date()).actors_by_lever()
        == {}
    )


def test_the_network_filters_by_lever():
    data = build(
        [
            ["coalition", "acteur", "leviers"],
            ["a", "X", "commande; offre"],
            ["a", "Y", "usages"],
            ["b", "X", ""],
            ["b", "Z", "offre"],
        ]
    )
    edges = network.membership_edges(data)
    kept = network.filter_edges(edges, levers=["offre"])
    assert list(zip(kept["coalition"], kept["actor"], strict=True)) == [("a", "X"), ("b", "Z")]
    assert network.filter_choices(data).levers == ["commande", "offre", "usages"]
    filtered = network_metrics.filtered_network(data, levers=["usages"])
    assert (filtered.coalitions, filtered.actors) == (["a"], ["Y"])
    assert network_drawing.focus_scope(data, None, None, None, None, levers=["offre"]) == 2
