"""The actor network: exact metrics on small hand-built graphs, the drawing's limits, focus."""

from __future__ import annotations

import math
import random
from dataclasses import replace

import networkx as nx
import pandas as pd
import pytest

from coalitions.views import betweenness, network, network_drawing, network_metrics
from coalitions.workbook.dataset import RawWorkbook
from coalitions.workbook.validation import build_dataset


def _edges(rows: list[tuple[str, str, str, str]], family: str = "") -> pd.DataFrame:
    """Edges from (coalition, actor, type, role) tuples, as membership_edges gives them."""
    frame = pd.DataFrame(rows, columns=["coalition", "actor", "type", "role"])
    frame["coalition_name"] = "Coalition " + frame["coalition"]
    frame["family"] = family
    return frame[network.EDGE_COLUMNS]


# A path: A - x - B - y - C (coalitions A, B, C; actors x, y), plus nothing else.
PATH = _edges(
    [
        ("A", "x", "public", "lead"),
        ("B", "x", "public", "core"),
        ("B", "y", "company", "partner"),
        ("C", "y", "company", "core"),
    ]
)


def _workbook(**tabs: list[list]) -> RawWorkbook:
    return RawWorkbook("test", {name: pd.DataFrame(rows) for name, rows in tabs.items()})


def test_betweenness_of_a_path_is_exact():
    # On a 5-node path, node i lies on i * (4 - i) of the 6 pairs of other nodes.
    result = betweenness.betweenness(PATH)
    assert result.exact
    assert result.nodes == 5
    assert result.values["c:A"] == 0.0
    assert result.values["a:x"] == pytest.approx(3 / 6)
    assert result.values["c:B"] == pytest.approx(4 / 6)
    assert result.values["a:y"] == pytest.approx(3 / 6)
    assert result.values["c:C"] == 0.0


def test_betweenness_equals_networkx_on_random_graphs():
    for seed in range(4):
        rng = random.Random(seed)
        rows = {(f"c{rng.randrange(8)}", f"a{rng.randrange(30)}") for _ in range(60)}
        edges = _edges([(c, a, "", "") for c, a in sorted(rows)])
        ours = betweenness.betweenness(edges)
        graph = nx.Graph([("c:" + c, "a:" + a) for c, a in rows])
        reference = pd.Series(nx.betweenness_centrality(graph))
        assert ours.exact
        assert ours.values.sort_index().to_numpy() == pytest.approx(
            reference.sort_index().to_numpy(), abs=1e-12
        )


def test_betweenness_samples_sources_beyond_the_budget():
    rng = random.Random(7)
    rows = {(f"c{rng.randrange(20)}", f"a{rng.randrange(200)}") for _ in range(600)}
    edges = _edges([(c, a, "", "") for c, a in sorted(rows)])
    first = betweenness.betweenness(edges, work_budget=0, min_pivots=16)
    again = betweenness.betweenness(edges.iloc[::-1], work_budget=0, min_pivots=16)
    assert not first.exact
    assert first.pivots == 16
    assert first.nodes == edges["coalition"].nunique() + edges["actor"].nunique()
    # The same sources are drawn whatever the order of the rows.
    pd.testing.assert_series_equal(first.values, again.values.loc[first.values.index])
    # The budget buys as many sources as it can pay for: 600 links, 6,000 -> 10 sources.
    assert betweenness.betweenness(edges, work_budget=len(edges) * 10, min_pivots=1).pivots == 10
    # The estimate is unbiased: averaged over many draws it comes back to the exact value.
    exact = betweenness.betweenness(edges).values
    draws = [
        betweenness.betweenness(edges, work_budget=0, min_pivots=16, seed=s).values
        for s in range(60)
    ]
    mean = pd.concat(draws, axis=1).mean(axis=1)
    top = exact.nlargest(10).index
    assert mean[top].to_numpy() == pytest.approx(exact[top].to_numpy(), rel=0.1)


def test_betweenness_of_tiny_graphs():
    one = betweenness.betweenness(_edges([("A", "x", "", "")]))
    assert one.exact and list(one.values) == [0.0, 0.0]
    assert betweenness.betweenness(_edges([])).values.empty


def test_degree_and_bridges():
    edges = pd.concat([PATH, _edges([("A", "z", "association", "core")])], ignore_index=True)
    table = network_metrics.actor_metrics(edges).set_index("actor")
    assert table.loc["x", "coalitions"] == 2
    assert table.loc["y", "coalitions"] == 2
    assert table.loc["z", "coalitions"] == 1
    assert table["bridge"].to_dict() == {"x": True, "y": True, "z": False}
    # Most connected first, then by name.
    assert list(network_metrics.actor_metrics(edges)["actor"]) == ["x", "y", "z"]


def test_bridges_list_the_coalitions_they_link():
    metrics = network_metrics.network_metrics(PATH, _coalitions("A", "B", "C"))
    top = network_metrics.bridges(PATH, metrics.actors)
    assert list(top["actor"]) == ["x", "y"]  # same count, same betweenness: by name
    assert top.loc[0, "linked"] == "Coalition A · Coalition B"
    assert top.loc[1, "linked"] == "Coalition B · Coalition C"


def _coalitions(*ids: str) -> pd.DataFrame:
    return pd.DataFrame(
        {"id": list(ids), "name": [f"Coalition {i}" for i in ids], "family": [""] * len(ids)}
    )


def test_diversity_counts_types_and_flags_homogeneous_coalitions():
    edges = _edges(
        [
            ("mixed", "p", "public", "core"),
            ("mixed", "e1", "company", "core"),
            ("mixed", "e2", "company", "core"),
            ("firms", "e1", "company", "lead"),
            ("firms", "e3", "company", "core"),
            ("unknown", "u", "", "core"),
            ("local", "v", "local_authority", "core"),
            ("local", "free", "tiers-lieu", "partner"),
        ]
    )
    table = network_metrics.coalition_diversity(
        edges, _coalitions("mixed", "firms", "unknown", "local", "empty")
    ).set_index("coalition")
    assert table.loc["mixed", "actors"] == 3
    assert table.loc["mixed", "types"] == 2
    # Shannon entropy of shares 1/3 and 2/3.
    expected = -(1 / 3 * math.log(1 / 3) + 2 / 3 * math.log(2 / 3))
    assert table.loc["mixed", "shannon"] == pytest.approx(round(expected, 3))
    assert table.loc["mixed", "missing"] == ("academic", "association", "local_authority")
    assert not table.loc["mixed", "homogeneous"]
    assert table.loc["firms", "types"] == 1
    assert table.loc["firms", "shannon"] == 0.0
    assert table.loc["firms", "missing"] == network_metrics.KEY_TYPES
    assert table.loc["firms", "homogeneous"]
    # Types unknown: nothing to say; no members: not "homogeneous" either.
    assert table.loc["unknown", "types"] == 0 and table.loc["unknown", "actors"] == 1
    assert not table.loc["unknown", "homogeneous"]
    assert table.loc["empty", "actors"] == 0
    assert not table.loc["empty", "homogeneous"]
    # A free-text type counts as a type, a territory is enough.
    assert table.loc["local", "types"] == 2
    assert table.loc["local", "shannon"] == pytest.approx(round(math.log(2), 3))
    assert not table.loc["local", "homogeneous"]


def test_type_filter_does_not_fake_homogeneity():
    edges = _edges([("A", "p", "public", "core"), ("A", "e", "company", "core")])
    metrics = network_metrics.network_metrics(edges, _coalitions("A"), actor_types=["company"])
    assert list(metrics.actors["actor"]) == ["e"]
    row = metrics.coalitions.iloc[0]
    assert row["types"] == 2
    assert not row["homogeneous"]


def test_filters_by_type_role_and_family():
    edges = pd.concat(
        [
            _edges([("A", "x", "public", "lead"), ("A", "y", "", "core")], family="Env"),
            _edges([("B", "x", "public", "partner"), ("B", "z", "company", "")]),
        ],
        ignore_index=True,
    )
    assert len(network.filter_edges(edges)) == 4
    assert list(network.filter_edges(edges, actor_types=["public"])["coalition"]) == ["A", "B"]
    assert list(network.filter_edges(edges, actor_types=[""])["actor"]) == ["y"]
    assert list(network.filter_edges(edges, roles=["lead", ""])["actor"]) == ["x", "z"]
    assert list(network.filter_edges(edges, families=["Env"])["actor"]) == ["x", "y"]
    assert list(network.filter_edges(edges, families=[""])["coalition"]) == ["B", "B"]


def test_projection_weights_count_shared_coalitions():
    edges = _edges(
        [
            ("A", "x", "", ""),
            ("A", "y", "", ""),
            ("B", "x", "", ""),
            ("B", "y", "", ""),
            ("B", "z", "", ""),
        ]
    )
    links = network_drawing.actor_projection(edges, ["x", "y", "z"])
    weights = {(s, t): w for s, t, w in links.itertuples(index=False)}
    assert weights == {("a:x", "a:y"): 2, ("a:x", "a:z"): 1, ("a:y", "a:z"): 1}
    # Only the actors asked for are joined.
    assert list(network_drawing.actor_projection(edges, ["x", "z"])["weight"]) == [1]


def test_drawing_keeps_the_most_connected_actors():
    drawn = network_drawing.drawing(PATH, max_actors=1)
    # x and y both have 2 coalitions: the name decides.
    assert list(drawn.nodes.loc[drawn.nodes["kind"] == "actor", "name"]) == ["x"]
    assert (drawn.actors_shown, drawn.actors_total) == (1, 2)
    assert (drawn.coalitions_shown, drawn.coalitions_total) == (2, 3)
    assert set(drawn.links["source"]) == {"c:A", "c:B"}
    assert drawn.nodes[["x", "y"]].notna().all().all()
    full = network_drawing.drawing(PATH)
    assert (full.actors_shown, full.coalitions_shown) == (2, 3)
    degrees = dict(zip(full.nodes["key"], full.nodes["degree"], strict=True))
    assert degrees == {"c:A": 1, "c:B": 2, "c:C": 1, "a:x": 2, "a:y": 2}


def test_drawing_is_reproducible():
    first = network_drawing.drawing(PATH)
    second = network_drawing.drawing(PATH)
    pd.testing.assert_frame_equal(first.nodes, second.nodes)


def test_focus_on_a_coalition_or_an_actor():
    around_a = network_drawing.drawing(PATH, focus=("coalition", "A"))
    assert set(around_a.nodes["key"]) == {"c:A", "c:B", "a:x"}
    around_y = network_drawing.drawing(PATH, focus=("actor", "y"))
    assert set(around_y.nodes["key"]) == {"c:B", "c:C", "a:x", "a:y"}
    # The focused actor is drawn even when others are better connected.
    star = pd.concat(
        [PATH, _edges([(c, "hub", "", "") for c in "ABC"]), _edges([("C", "w", "", "")])],
        ignore_index=True,
    )
    drawn = network_drawing.drawing(star, max_actors=1, focus=("actor", "w"))
    assert list(drawn.nodes.loc[drawn.nodes["kind"] == "actor", "name"]) == ["w"]


def test_projection_drawing_links_drawn_actors_only():
    drawn = network_drawing.drawing(PATH, view=network_drawing.PROJECTION)
    assert drawn.coalitions_shown == 0
    assert set(drawn.nodes["kind"]) == {"actor"}
    assert list(drawn.links["weight"]) == [1]  # x and y share B


def test_drawing_stays_within_the_node_budget():
    rows = [(f"c{i}", f"a{j}", "", "") for i in range(60) for j in range(i % 7, 400, 9)]
    drawn = network_drawing.drawing(_edges(rows), max_actors=network_drawing.MAX_ACTORS_LIMIT)
    assert drawn.actors_shown <= network_drawing.MAX_ACTORS_LIMIT
    assert drawn.coalitions_shown <= max(
        network_drawing.MIN_COALITIONS_DRAWN, network_drawing.MAX_ACTORS_LIMIT // 2
    )
    assert len(drawn.nodes) < network_drawing.MAX_DRAWN_NODES


def test_segments_join_node_positions():
    drawn = network_drawing.drawing(PATH)
    segs = network_drawing.segments(drawn)
    where = drawn.nodes.set_index("key")
    first = drawn.links.iloc[0]
    assert segs.loc[0, "x0"] == where.loc[first["source"], "x"]
    assert segs.loc[0, "y1"] == where.loc[first["target"], "y"]
    assert len(segs) == len(drawn.links) == 4


def test_sample_membership_edges(sample):
    edges = network.membership_edges(sample)
    assert len(edges) == 80  # memberships.csv has 80 rows
    assert edges["actor"].nunique() == 61
    fing = edges[edges["actor"] == "FING"]
    assert fing["type"].unique().tolist() == ["association"]
    assert sorted(fing["coalition"]) == sorted(
        ["envdata", "civictech", "achat", "equite", "dematerialiser", "climat-num",
         "algo-publics", "sobriete-web", "accessibilite"]
    )  # fmt: skip


def test_sample_metrics(sample):
    metrics = network_metrics.network_metrics(network.membership_edges(sample), sample.coalitions)
    actors = metrics.actors.set_index("actor")
    assert actors.loc["FING", "coalitions"] == 9
    assert actors.loc["Métropole de Rivemont", "coalitions"] == 3
    assert int(actors["bridge"].sum()) == 9
    assert metrics.betweenness.exact
    assert metrics.betweenness.nodes == 81  # 20 coalitions, 61 actors
    # FING links nine coalitions: nobody lies on more shortest paths.
    assert actors["betweenness"].idxmax() == "FING"
    coalitions = metrics.coalitions.set_index("coalition")
    assert list(coalitions.index[coalitions["homogeneous"]]) == ["commerce-local"]
    assert coalitions.loc["equite", "actors"] == 10
    # equite: In Fine (no type), public x2, company x2, local authority, association x3.
    assert coalitions.loc["equite", "types"] == 4


def test_no_actors_tab_gives_unknown_types():
    raw = _workbook(
        coalitions=[["id", "nom", "maturité"], ["a", "Alpha", 1], ["b", "Beta", 2]],
        membres=[["coalition", "acteur"], ["a", "X"], ["b", "X"], ["b", "Y"]],
    )
    data = build_dataset(raw)
    edges = network.membership_edges(data)
    assert set(edges["type"]) == {""}
    table = network_metrics.coalition_diversity(edges, data.coalitions)
    assert not table["homogeneous"].any()
    assert network_metrics.actor_metrics(edges).set_index("actor").loc["X", "coalitions"] == 2


def test_empty_memberships_give_empty_tables(sample):
    data = replace(sample, memberships=sample.memberships.iloc[0:0])
    edges = network.membership_edges(data)
    assert edges.empty
    metrics = network_metrics.network_metrics(edges, data.coalitions)
    assert metrics.actors.empty
    assert len(metrics.coalitions) == 20 and (metrics.coalitions["actors"] == 0).all()
    assert metrics.betweenness.values.empty
    drawn = network_drawing.drawing(edges)
    assert drawn.nodes.empty and drawn.actors_total == 0


def test_resolve_focus(sample):
    assert network.resolve_focus(sample, "envdata") == ("coalition", "envdata")
    assert network.resolve_focus(sample, "  DÉMATÉRIALISER sans déshumaniser") == (
        "coalition",
        "dematerialiser",
    )
    assert network.resolve_focus(sample, "cerema") == ("actor", "Cerema")
    assert network.resolve_focus(sample, "a:FING") == ("actor", "FING")
    assert network.resolve_focus(sample, "c:nowhere") is None
    assert network.resolve_focus(sample, "nobody") is None
    assert network.resolve_focus(sample, None) is None


def test_the_page_views_of_the_dataset_match_the_edge_functions(sample):
    edges = network.membership_edges(sample)
    kept = network.filter_edges(edges, roles=["lead", "core"])
    got = network_metrics.filtered_network(sample, None, ["lead", "core"], None)
    metrics = network_metrics.network_metrics(edges, sample.coalitions, roles=["lead", "core"])
    pd.testing.assert_frame_equal(got.metrics.actors, metrics.actors)
    pd.testing.assert_frame_equal(got.metrics.coalitions, metrics.coalitions)
    pd.testing.assert_frame_equal(got.bridges, network_metrics.bridges(kept, metrics.actors))
    assert got.coalitions == list(dict.fromkeys(kept["coalition"]))
    assert got.actors == sorted(set(kept["actor"]), key=str.casefold)
    focus = ("coalition", "envdata")
    around = network.neighbourhood(kept, focus)["actor"].nunique()
    assert network_drawing.focus_scope(sample, None, ["lead", "core"], None, focus) == around
    drawn = network_drawing.filtered_drawing(
        sample, None, ["lead", "core"], None, network_drawing.PROJECTION, 5, focus
    )
    expected = network_drawing.drawing(kept, network_drawing.PROJECTION, 5, focus)
    pd.testing.assert_frame_equal(drawn.nodes, expected.nodes)
    pd.testing.assert_frame_equal(drawn.links, expected.links)


def test_filter_choices_follow_the_vocabularies(sample):
    choices = network.filter_choices(sample)
    edges = network.membership_edges(sample)
    assert set(choices.types) == set(edges["type"])
    known = [k for k in choices.types if k in network.ACTOR_TYPES]
    assert known == [k for k in network.ACTOR_TYPES if k in known]
    assert choices.roles == [r for r in (*network.ROLES, "") if r in set(edges["role"])]
    assert choices.families == sorted(
        set(edges["family"]), key=lambda family: (family == "", family.casefold())
    )
    empty = network_metrics.filtered_network(sample, ["no such type"])
    assert empty.coalitions == [] and empty.actors == [] and empty.bridges.empty
