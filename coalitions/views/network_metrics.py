"""The actor network's metrics, computed on the whole filtered graph: each actor's degree,
betweenness and whether it bridges coalitions, each coalition's mix of actor types, the top
bridges, and everything the network page shows besides the drawing (``filtered_network``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from coalitions.views.betweenness import Betweenness, betweenness
from coalitions.views.network import filter_edges, membership_edges
from coalitions.workbook.dataset import Dataset

# The kinds of actors whose presence makes a coalition heterogeneous in the community's sense
# (Reset Day 14: "acteurs hétérogènes": public bodies, academics, associations, territories).
KEY_TYPES = ("public", "academic", "association", "local_authority")


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
