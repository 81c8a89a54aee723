"""The part of the actor network to draw: the most connected actors (and their coalitions, or
their links by shared coalitions), placed by a seeded spring layout, as line segments.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx
import pandas as pd

from coalitions.views.network import (
    ACTOR,
    COALITION,
    filter_edges,
    membership_edges,
    neighbourhood,
)
from coalitions.workbook.dataset import Dataset

BIPARTITE = "bipartite"
PROJECTION = "projection"
DEFAULT_MAX_ACTORS = 150  # a drawing people can still read on a projector
MAX_ACTORS_LIMIT = 300  # the largest choice offered by the page's slider
# networkx's spring layout switches to a scipy solver at 500 nodes (scipy is not a
# dependency), and a denser drawing is unreadable anyway.
MAX_DRAWN_NODES = 450
# Coalition nodes drawn beside the chosen actors: half as many (at least this many), the most
# linked first; more would bury the actors, and the layout's cost grows with the square.
MIN_COALITIONS_DRAWN = 30
LAYOUT_ITERATIONS = 60  # enough for the layout to settle at this size, bounded for speed


@dataclass(frozen=True)
class Drawing:
    """What to draw: nodes with positions, links, and how much of the graph they show.

    ``nodes``: key, kind (coalition/actor), name (coalition id or actor name), label
    (coalition name or actor name), type (actor type, ``""`` for coalitions), degree (in
    the whole filtered graph: coalitions of an actor, actors of a coalition), x, y.
    ``links``: source, target (node keys), weight (1 in the bipartite view, shared
    coalitions in the projection), role (bipartite view only).
    """

    nodes: pd.DataFrame
    links: pd.DataFrame
    actors_shown: int
    actors_total: int
    coalitions_shown: int
    coalitions_total: int


def drawing(
    edges: pd.DataFrame,
    view: str = BIPARTITE,
    max_actors: int = DEFAULT_MAX_ACTORS,
    focus: tuple[str, str] | None = None,
) -> Drawing:
    """The part of the graph to draw: the ``max_actors`` most connected actors.

    Actors are ranked by their number of coalitions in the whole filtered graph (then by
    name); with a focus, only its neighbourhood is ranked and the focused actor (or the
    focused coalition's actors) come first. In the bipartite view the coalitions of the
    chosen actors are drawn too, the most linked first: half as many as the actors (at least
    ``MIN_COALITIONS_DRAWN``), within ``MAX_DRAWN_NODES`` nodes; actors left with no drawn
    coalition are left out.
    The projection links the chosen actors by the coalitions they share (in the whole
    filtered graph), computed for them only.
    """
    degree_actor = edges.groupby("actor")["coalition"].nunique()
    degree_coalition = edges.groupby("coalition")["actor"].nunique()
    scope = neighbourhood(edges, focus)
    max_actors = max(1, min(max_actors, MAX_DRAWN_NODES - 1))
    ranking = pd.DataFrame({"actor": scope["actor"].unique()})
    ranking["degree"] = ranking["actor"].map(degree_actor).fillna(0)
    ranking["first"] = _priority(ranking["actor"], scope, focus)
    chosen = ranking.sort_values(
        ["first", "degree", "actor"], ascending=[False, False, True], kind="stable"
    )["actor"].head(max_actors)
    picked = scope[scope["actor"].isin(chosen)]
    if view == PROJECTION:
        nodes = _actor_nodes(picked, degree_actor)
        links = actor_projection(edges, nodes["name"])
        coalitions_shown = 0
    else:
        room = min(max(MIN_COALITIONS_DRAWN, len(chosen) // 2), MAX_DRAWN_NODES - len(chosen))
        weight = picked.groupby("coalition").size().rename("links").reset_index()
        weight["first"] = focus is not None and focus[0] == COALITION
        weight["first"] &= weight["coalition"] == (focus[1] if focus else None)
        kept = weight.sort_values(
            ["first", "links", "coalition"], ascending=[False, False, True], kind="stable"
        )["coalition"].head(room)
        picked = picked[picked["coalition"].isin(kept)]
        nodes = pd.concat(
            [_coalition_nodes(picked, degree_coalition), _actor_nodes(picked, degree_actor)],
            ignore_index=True,
        )
        links = pd.DataFrame(
            {
                "source": "c:" + picked["coalition"].astype(str),
                "target": "a:" + picked["actor"].astype(str),
                "weight": 1,
                "role": picked["role"],
            }
        ).reset_index(drop=True)
        coalitions_shown = int((nodes["kind"] == COALITION).sum())
    nodes = _place(nodes, links)
    return Drawing(
        nodes=nodes,
        links=links,
        actors_shown=int((nodes["kind"] == ACTOR).sum()),
        actors_total=int(edges["actor"].nunique()),
        coalitions_shown=coalitions_shown,
        coalitions_total=int(edges["coalition"].nunique()),
    )


def focus_scope(
    data: Dataset,
    actor_types: list[str] | None,
    roles: list[str] | None,
    families: list[str] | None,
    focus: tuple[str, str] | None,
    levers: list[str] | None = None,
) -> int:
    """How many actors of the filtered memberships lie in ``focus``'s neighbourhood (all
    of them without a focus): the most the drawing can show."""
    edges = filter_edges(membership_edges(data), actor_types, roles, families, levers)
    return int(neighbourhood(edges, focus)["actor"].nunique())


def filtered_drawing(
    data: Dataset,
    actor_types: list[str] | None,
    roles: list[str] | None,
    families: list[str] | None,
    view: str,
    max_actors: int,
    focus: tuple[str, str] | None,
    levers: list[str] | None = None,
) -> Drawing:
    """``drawing`` of ``data``'s memberships kept by the filters."""
    edges = filter_edges(membership_edges(data), actor_types, roles, families, levers)
    return drawing(edges, view, max_actors, focus)


def _priority(actors: pd.Series, scope: pd.DataFrame, focus) -> pd.Series:
    if focus is None:
        return pd.Series(False, index=actors.index)
    kind, name = focus
    if kind == ACTOR:
        return actors == name
    return actors.isin(scope.loc[scope["coalition"] == name, "actor"])


def _actor_nodes(picked: pd.DataFrame, degree: pd.Series) -> pd.DataFrame:
    actors = picked.drop_duplicates("actor")
    return pd.DataFrame(
        {
            "key": "a:" + actors["actor"].astype(str),
            "kind": ACTOR,
            "name": actors["actor"],
            "label": actors["actor"],
            "type": actors["type"],
            "degree": actors["actor"].map(degree).astype("int64"),
        }
    ).reset_index(drop=True)


def _coalition_nodes(picked: pd.DataFrame, degree: pd.Series) -> pd.DataFrame:
    coalitions = picked.drop_duplicates("coalition")
    return pd.DataFrame(
        {
            "key": "c:" + coalitions["coalition"].astype(str),
            "kind": COALITION,
            "name": coalitions["coalition"],
            "label": coalitions["coalition_name"],
            "type": "",
            "degree": coalitions["coalition"].map(degree).astype("int64"),
        }
    ).reset_index(drop=True)


def actor_projection(edges: pd.DataFrame, actors: pd.Series | list[str]) -> pd.DataFrame:
    """Links between ``actors``: source, target (node keys), weight (coalitions shared).

    Only the given actors' memberships are joined, so the cost follows the drawing, not
    the workbook. Each pair appears once (source < target).
    """
    mine = edges.loc[edges["actor"].isin(list(actors)), ["coalition", "actor"]]
    mine = mine.drop_duplicates()
    pairs = mine.merge(mine, on="coalition", suffixes=("_1", "_2"))
    pairs = pairs[pairs["actor_1"] < pairs["actor_2"]]
    weight = pairs.groupby(["actor_1", "actor_2"]).size().rename("weight").reset_index()
    return pd.DataFrame(
        {
            "source": "a:" + weight["actor_1"].astype(str),
            "target": "a:" + weight["actor_2"].astype(str),
            "weight": weight["weight"].astype("int64"),
        }
    )


def _place(nodes: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """Positions from a seeded spring layout (the same data always gives the same picture)."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes["key"])
    graph.add_weighted_edges_from(links[["source", "target", "weight"]].itertuples(index=False))
    # A spring layout of n nodes wants springs of about 1/sqrt(n); a little longer spreads
    # the labels of the small graphs of a real workbook.
    spacing = 1.5 / math.sqrt(max(len(nodes), 1))
    pos = nx.spring_layout(graph, k=spacing, seed=0, iterations=LAYOUT_ITERATIONS)
    placed = nodes.copy()
    placed["x"] = [float(pos[k][0]) for k in nodes["key"]] if len(nodes) else []
    placed["y"] = [float(pos[k][1]) for k in nodes["key"]] if len(nodes) else []
    return placed


def segments(drawn: Drawing) -> pd.DataFrame:
    """The drawing's links as line segments: x0, y0, x1, y1, weight, role (``""`` if none)."""
    where = drawn.nodes.set_index("key")[["x", "y"]]
    links = drawn.links
    start = where.reindex(links["source"]).to_numpy()
    stop = where.reindex(links["target"]).to_numpy()
    return pd.DataFrame(
        {
            "x0": start[:, 0] if len(links) else [],
            "y0": start[:, 1] if len(links) else [],
            "x1": stop[:, 0] if len(links) else [],
            "y1": stop[:, 1] if len(links) else [],
            "weight": links["weight"].to_numpy(),
            "role": links["role"].to_numpy() if "role" in links else "",
        }
    )
