"""The actor network: who takes part in which coalition, who bridges them, how mixed they are.

The graph is bipartite: coalition nodes and actor nodes, one link per membership. Its
actor–actor projection links two actors by the coalitions they share (weight = how many).
Metrics (degree, betweenness, bridges, diversity of actor types) are computed on the whole
filtered graph; only the drawing is limited, to the most connected actors, so that a
workbook of 20,000 actors stays readable and fast (the full actor–actor projection of such a
workbook would have millions of links and is never built).

Node keys are strings ``"c:<coalition id>"`` and ``"a:<actor name>"``, so that an actor
named like a coalition id stays a different node.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd

from coalitions.workbook.dataset import Dataset
from coalitions.workbook.schema import ACTOR_TYPES, LEVERS, ROLES, fold

COALITION = "coalition"
ACTOR = "actor"
BIPARTITE = "bipartite"
PROJECTION = "projection"
# The kinds of actors whose presence makes a coalition heterogeneous in the community's sense
# (Reset Day 14: "acteurs hétérogènes": public bodies, academics, associations, territories).
KEY_TYPES = ("public", "academic", "association", "local_authority")
# Betweenness costs one breadth-first search per source node, each touching every link: its
# work is sources x links. Within this budget every node is a source and the values are exact
# (a 600-node, 2,300-link graph takes ~0.3 s with the vectorised search below, where
# networkx's pure-Python one takes ~2.8 s); beyond it, sources are sampled.
BETWEENNESS_WORK_BUDGET = 2_000_000
# Never fewer sampled sources than this: on the benchmark workbook (21,000 nodes, 100,000
# links) 64 sources take ~0.5 s (~8 ms each), where networkx's sampler needs ~0.2 s a source.
BETWEENNESS_MIN_PIVOTS = 64
DEFAULT_MAX_ACTORS = 150  # a drawing people can still read on a projector
MAX_ACTORS_LIMIT = 300  # the largest choice offered by the page's slider
# networkx's spring layout switches to a scipy solver at 500 nodes (scipy is not a
# dependency), and a denser drawing is unreadable anyway.
MAX_DRAWN_NODES = 450
# Coalition nodes drawn beside the chosen actors: half as many (at least this many), the most
# linked first; more would bury the actors, and the layout's cost grows with the square.
MIN_COALITIONS_DRAWN = 30
LAYOUT_ITERATIONS = 60  # enough for the layout to settle at this size, bounded for speed


EDGE_COLUMNS = ["coalition", "coalition_name", "family", "actor", "type", "role"]


def node_key(kind: str, name: str) -> str:
    """The graph key of a coalition (``kind="coalition"``, by id) or an actor (by name)."""
    return ("c:" if kind == COALITION else "a:") + str(name)


def parse_node_key(key: str) -> tuple[str, str] | None:
    """``(kind, name)`` for a node key, or None if it is not one."""
    if isinstance(key, str) and key[:2] in ("c:", "a:") and len(key) > 2:
        return (COALITION if key[0] == "c" else ACTOR), key[2:]
    return None


def membership_edges(data: Dataset) -> pd.DataFrame:
    """Every membership joined with what the filters and labels need.

    Columns: coalition (id), coalition_name, family, actor, type (actor type key or free
    text, ``""`` unknown), role (``""`` not given), levers (what the actor acts on in that
    coalition, a tuple, empty when not given). Memberships of unknown coalitions are
    already left out by the validation.
    """
    members = data.memberships
    coalitions = data.coalitions.drop_duplicates("id").set_index("id")
    types = data.actors.drop_duplicates("name").set_index("name")["type"]
    # Lookups by hashed index rather than merges: 5x faster on 100,000 memberships.
    edges = pd.DataFrame(
        {
            "coalition": members["coalition"].to_numpy(),
            "coalition_name": members["coalition"].map(coalitions["name"]).to_numpy(),
            "family": members["coalition"].map(coalitions["family"]).to_numpy(),
            "actor": members["actor"].to_numpy(),
            "type": members["actor"].map(types).to_numpy(),
            "role": members["role"].to_numpy(),
            "levers": members["levers"].to_numpy(),
        }
    )
    edges = edges[members["coalition"].isin(coalitions.index).to_numpy()]
    for column in ("type", "family", "role", "coalition_name"):
        edges[column] = edges[column].fillna("").astype(str)
    return edges.reset_index(drop=True)


def filter_edges(
    edges: pd.DataFrame,
    actor_types: list[str] | None = None,
    roles: list[str] | None = None,
    families: list[str] | None = None,
    levers: list[str] | None = None,
) -> pd.DataFrame:
    """The memberships whose actor type, role and coalition family are among those given,
    and whose actor acts on one of ``levers`` there (the actor–lever pairs).

    A filter left as None (or empty) keeps everything; values are keys as in the dataset
    (``""`` selects the blanks).
    """
    keep = pd.Series(True, index=edges.index)
    for column, wanted in (("type", actor_types), ("role", roles), ("family", families)):
        if wanted:
            keep &= edges[column].isin(wanted)
    if levers:
        wanted = set(levers)
        keep &= edges["levers"].map(lambda pair: not wanted.isdisjoint(pair)).astype(bool)
    return edges[keep].reset_index(drop=True)


@dataclass(frozen=True)
class FilterChoices:
    """What the filters offer: the actor types, roles and families found in the memberships.

    Known actor types in the vocabulary's order, then free-text types alphabetically, then
    ``""`` (unknown) if any; roles in the vocabulary's order, ``""`` last; families
    alphabetically (case-insensitive), ``""`` last.
    """

    types: list[str]
    roles: list[str]
    families: list[str]
    # The levers the memberships name (vocabulary order); empty when the sheet has none.
    levers: list[str] = ()


def filter_choices(data: Dataset) -> FilterChoices:
    """The filter choices of ``data``'s memberships (see ``FilterChoices``)."""
    edges = membership_edges(data)
    found_types, found_roles = set(edges["type"]), set(edges["role"])
    types = [k for k in ACTOR_TYPES if k in found_types]
    types += sorted(found_types - set(ACTOR_TYPES) - {""})
    types += [""] if "" in found_types else []
    roles = [r for r in (*ROLES, "") if r in found_roles]
    families = sorted(set(edges["family"]), key=lambda f: (f == "", f.casefold()))
    named = {lever for pair in edges["levers"].drop_duplicates() for lever in pair}
    return FilterChoices(types, roles, families, [k for k in LEVERS if k in named])


def actor_metrics(edges: pd.DataFrame) -> pd.DataFrame:
    """One row per actor of ``edges``: type, coalitions (its degree), families, bridge.

    ``bridge`` is True for an actor taking part in two coalitions or more: it carries
    knowledge and people between them. Sorted by coalitions (most first), then name.
    """
    if edges.empty:
        return pd.DataFrame(
            {
                "actor": pd.Series(dtype=object),
                "type": pd.Series(dtype=object),
                "coalitions": pd.Series(dtype="int64"),
                "families": pd.Series(dtype="int64"),
                "bridge": pd.Series(dtype=bool),
            }
        )
    grouped = edges.groupby("actor", sort=False)
    table = pd.DataFrame(
        {
            "type": grouped["type"].first(),
            "coalitions": grouped["coalition"].nunique(),
            "families": grouped["family"].nunique(),
        }
    ).reset_index()
    table["bridge"] = table["coalitions"] >= 2
    return table.sort_values(
        ["coalitions", "actor"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)


def coalition_diversity(edges: pd.DataFrame, coalitions: pd.DataFrame) -> pd.DataFrame:
    """How mixed each coalition's actors are.

    One row per coalition of ``coalitions`` (id, name, family), with: actors (its degree),
    types (number of distinct known actor types), shannon (Shannon entropy, natural log, of
    the shares of known types; 0 with a single type), missing (the ``KEY_TYPES`` it lacks,
    a tuple) and homogeneous (True when its actors of known type include none of
    ``KEY_TYPES``: no public body, academic, association nor local authority, the
    heterogeneity the community looks for; False when no actor's type is known). Actors of
    unknown type count in ``actors`` but not in the types.
    """
    table = coalitions[["id", "name", "family"]].copy()
    table["family"] = table["family"].fillna("").astype(str)
    actors = edges.groupby("coalition")["actor"].nunique()
    table["actors"] = table["id"].map(actors).fillna(0).astype("int64")
    known = edges[edges["type"] != ""].drop_duplicates(["coalition", "actor"])
    counts = known.groupby(["coalition", "type"]).size()
    if len(counts):
        shares = counts / counts.groupby(level="coalition").transform("sum")
        entropy = (-(shares * np.log(shares))).groupby(level="coalition").sum()
        distinct = counts.groupby(level="coalition").size()
        present = (
            counts[counts.index.get_level_values("type").isin(KEY_TYPES)]
            .reset_index()
            .groupby("coalition")["type"]
            .agg(frozenset)
        )
    else:
        entropy = distinct = pd.Series(dtype=float)
        present = pd.Series(dtype=object)
    table["types"] = table["id"].map(distinct).fillna(0).astype("int64")
    # -0.0 from a single type reads oddly in a table; entropy is never negative.
    table["shannon"] = table["id"].map(entropy).fillna(0.0).abs().round(3)
    has = table["id"].map(present)
    table["missing"] = [
        tuple(k for k in KEY_TYPES if not (isinstance(h, frozenset) and k in h)) for h in has
    ]
    # Without a known type nothing can be said (no actors tab, types left blank): no flag.
    table["homogeneous"] = (table["types"] > 0) & (table["missing"].map(len) == len(KEY_TYPES))
    return table.rename(columns={"id": "coalition"}).reset_index(drop=True)


@dataclass(frozen=True)
class Betweenness:
    """Betweenness centrality of every node (normalised as networkx does, 0-1).

    ``exact`` is False when it was estimated from ``pivots`` sampled source nodes.
    """

    values: pd.Series  # indexed by node key
    exact: bool
    pivots: int
    nodes: int


def betweenness(
    edges: pd.DataFrame,
    work_budget: int = BETWEENNESS_WORK_BUDGET,
    min_pivots: int = BETWEENNESS_MIN_PIVOTS,
    seed: int = 0,
) -> Betweenness:
    """Betweenness of the coalitions and actors of the bipartite graph of ``edges``.

    Brandes' algorithm, one vectorised breadth-first search per source node, normalised as
    ``networkx.betweenness_centrality`` does (the tests check it gives networkx's values).
    Every node is a source, so the values are exact, while sources x links stays within
    ``work_budget``; beyond it, ``max(min_pivots, work_budget // links)`` sources are drawn
    with ``seed`` and the sums scaled by nodes/sources (networkx's ``k=`` estimate).
    """
    pairs = edges[["coalition", "actor"]].drop_duplicates()
    sources = ("c:" + pairs["coalition"].astype(str)).to_numpy()
    targets = ("a:" + pairs["actor"].astype(str)).to_numpy()
    # Sorted keys: the sampled sources do not depend on the order of the sheet's rows.
    codes, keys = pd.factorize(np.concatenate([sources, targets]), sort=True)
    n, links = len(keys), len(sources)
    if n < 3:  # no node can lie between two others
        return Betweenness(pd.Series(0.0, index=keys), True, n, n)
    count = min(n, max(min_pivots, work_budget // max(links, 1)))
    exact = count == n
    chosen = np.arange(n) if exact else np.random.default_rng(seed).choice(n, count, False)
    raw = _brandes(codes[:links], codes[links:], n, chosen)
    scale = n / count / ((n - 1) * (n - 2))
    return Betweenness(pd.Series(raw * scale, index=keys), exact, count, n)


def _brandes(src: np.ndarray, dst: np.ndarray, n: int, sources: np.ndarray) -> np.ndarray:
    """Sum over ``sources`` of Brandes' dependencies in an undirected unweighted graph.

    Each search runs level by level on a compressed adjacency list: a level's links are
    gathered at once, so the cost is a few numpy calls per level rather than per link.
    """
    heads = np.concatenate([src, dst])
    tails = np.concatenate([dst, src])
    order = np.argsort(heads, kind="stable")
    heads, tails = heads[order], tails[order]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(heads, minlength=n), out=indptr[1:])
    total = np.zeros(n)
    dist = np.empty(n, dtype=np.int64)
    sigma = np.empty(n)
    delta = np.empty(n)
    for source in sources:
        dist.fill(-1)
        sigma.fill(0.0)
        delta.fill(0.0)
        dist[source], sigma[source] = 0, 1.0
        frontier, level, dag = np.array([source]), 0, []
        while frontier.size:
            starts = indptr[frontier]
            counts = indptr[frontier + 1] - starts
            offsets = np.repeat(starts - np.cumsum(counts) + counts, counts)
            near = tails[np.arange(counts.sum()) + offsets]
            far = np.repeat(frontier, counts)
            seen = np.zeros(n, dtype=bool)
            seen[near[dist[near] == -1]] = True
            fresh = np.flatnonzero(seen)
            dist[fresh] = level + 1
            onward = dist[near] == level + 1
            far, near = far[onward], near[onward]
            sigma += np.bincount(near, weights=sigma[far], minlength=n)
            dag.append((far, near))
            frontier, level = fresh, level + 1
        for far, near in reversed(dag):
            share = sigma[far] / sigma[near] * (1.0 + delta[near])
            delta += np.bincount(far, weights=share, minlength=n)
        delta[source] = 0.0
        total += delta
    return total


@dataclass(frozen=True)
class NetworkMetrics:
    """The metrics tables of the filtered graph.

    ``actors``: actor_metrics columns plus betweenness. ``coalitions``: coalition_diversity
    columns plus betweenness (0 for a coalition without members). Diversity counts every
    actor type whatever the type filter (filtering types away would fake homogeneity), but
    follows the role and family filters.
    """

    actors: pd.DataFrame
    coalitions: pd.DataFrame
    betweenness: Betweenness


def network_metrics(
    edges: pd.DataFrame,
    coalitions: pd.DataFrame,
    actor_types: list[str] | None = None,
    roles: list[str] | None = None,
    families: list[str] | None = None,
    levers: list[str] | None = None,
) -> NetworkMetrics:
    """Degree, betweenness, bridges and diversity for the memberships kept by the filters.

    ``edges`` is ``membership_edges(data)`` (unfiltered), ``coalitions`` the dataset's table.
    """
    kept = filter_edges(edges, actor_types, roles, families, levers)
    between = betweenness(kept)
    actors = actor_metrics(kept)
    actors["betweenness"] = ("a:" + actors["actor"].astype(str)).map(between.values).fillna(0.0)
    scope = coalitions
    if families:
        scope = coalitions[coalitions["family"].fillna("").astype(str).isin(families)]
    table = coalition_diversity(filter_edges(edges, None, roles, families, levers), scope)
    table["betweenness"] = ("c:" + table["coalition"].astype(str)).map(between.values)
    table["betweenness"] = table["betweenness"].fillna(0.0)
    return NetworkMetrics(actors, table, between)


@dataclass(frozen=True)
class FilteredNetwork:
    """Everything the network page shows of the filtered graph besides the drawing.

    ``metrics`` and ``bridges`` as ``network_metrics`` and ``bridges`` give them; the nodes
    one may focus on: ``coalitions`` (ids, in the memberships' order) and ``actors`` (names,
    alphabetically, case-insensitive). Both lists are empty when the filters keep nothing.
    """

    metrics: NetworkMetrics
    bridges: pd.DataFrame
    coalitions: list[str]
    actors: list[str]


def filtered_network(
    data: Dataset,
    actor_types: list[str] | None = None,
    roles: list[str] | None = None,
    families: list[str] | None = None,
    levers: list[str] | None = None,
) -> FilteredNetwork:
    """The metrics, bridges and focus choices of ``data``'s memberships kept by the filters.

    This is the page's costly part (betweenness above all): it depends on the dataset and the
    filters only, so a caller may keep it while the drawing changes.
    """
    edges = membership_edges(data)
    kept = filter_edges(edges, actor_types, roles, families, levers)
    metrics = network_metrics(edges, data.coalitions, actor_types, roles, families, levers)
    return FilteredNetwork(
        metrics=metrics,
        bridges=bridges(kept, metrics.actors),
        coalitions=kept["coalition"].drop_duplicates().tolist(),
        actors=sorted(kept["actor"].unique(), key=str.casefold),
    )


def bridges(edges: pd.DataFrame, actors: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """The ``top`` actors that bridge the most coalitions, with the coalitions they link.

    ``actors`` is the ``actors`` table of ``network_metrics``; ranked by coalitions, then
    betweenness, then name. Columns: actor, type, coalitions, betweenness, linked (the
    coalitions' names, joined with `` · ``), linked_ids (their ids, in the same order, for
    a page that names them its own way: invented examples marked).
    """
    ranked = actors[actors["bridge"]].sort_values(
        ["coalitions", "betweenness", "actor"], ascending=[False, False, True], kind="stable"
    )
    best = ranked.head(top)[["actor", "type", "coalitions", "betweenness"]].copy()
    mine = edges[edges["actor"].isin(best["actor"])].drop_duplicates(["actor", "coalition"])
    ordered = mine.sort_values("coalition_name").groupby("actor")
    best["linked"] = best["actor"].map(ordered["coalition_name"].agg(" · ".join)).fillna("")
    ids = best["actor"].map(ordered["coalition"].agg(tuple))
    best["linked_ids"] = [i if isinstance(i, tuple) else () for i in ids]
    return best.reset_index(drop=True)


def neighbourhood(edges: pd.DataFrame, focus: tuple[str, str] | None) -> pd.DataFrame:
    """The links around a focused coalition or actor (all of ``edges`` without a focus).

    A coalition: its actors and every membership of theirs (so the other coalitions they
    link it to). An actor: its coalitions and all their members.
    """
    if focus is None:
        return edges
    kind, name = focus
    if kind == COALITION:
        actors = edges.loc[edges["coalition"] == name, "actor"]
        return edges[edges["actor"].isin(actors)]
    coalitions = edges.loc[edges["actor"] == name, "coalition"]
    return edges[edges["coalition"].isin(coalitions)]


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


def resolve_focus(data: Dataset, value: str | None) -> tuple[str, str] | None:
    """The node a ``?focus=`` value names: a node key, a coalition id or name, an actor name.

    Matched like references (case, accents and spacing folded); None when nothing matches.
    """
    if not value:
        return None
    parsed = parse_node_key(value)
    if parsed:
        kind, name = parsed
        table, column = (data.coalitions, "id") if kind == COALITION else (data.actors, "name")
        return parsed if (table[column] == name).any() else None
    wanted = fold(value)
    for column in ("id", "name"):
        hit = data.coalitions.loc[data.coalitions[column].map(fold) == wanted, "id"]
        if len(hit):
            return COALITION, str(hit.iloc[0])
    hit = data.actors.loc[data.actors["name"].map(fold) == wanted, "name"]
    return (ACTOR, str(hit.iloc[0])) if len(hit) else None
