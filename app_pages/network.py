"""Actor network: who takes part where, who bridges coalitions, how mixed each coalition is."""

import streamlit as st

from coalitions.format import format_number
from coalitions.views import network, network_drawing, network_metrics
from coalitions.workbook.examples import example_names, mark_examples
from data_sources.cache import cached_view
from ui.context import dataset, lang, t
from ui.network_view import draw_network, type_label, type_labels_of
from ui.widgets import (
    chart_with_data,
    coalition_link,
    decimal_column,
    decimals_as_text,
    download_csv,
    empty_state,
    filter_multiselect,
    labelled,
    show_table,
)

# Diversity flags listed as links; the table below has all of them.
MAX_FLAGGED_LINKS = 12
# Actors listed on screen, most connected first; the CSV download has them all (a 20,000-row
# table takes a second to send and nobody scrolls it).
MAX_TABLE_ROWS = 1000

data = dataset()
st.title(t("nav.network"))
st.caption(t("network.intro"))

if data.memberships.empty:
    present = "memberships" in data.tabs_present
    empty_state("network.empty.memberships" if present else "network.empty.no_memberships_tab")
    st.stop()
if "actors" not in data.tabs_present:
    st.info(t("network.no_actors_tab"), icon=":material/info:")


def family_label(family: str) -> str:
    return family or t("network.no_family")


names = data.coalition_names()  # coalition_link marks the examples itself
marked = example_names(data.coalitions, lang())
# Everything costly (metrics, layout) is computed once per dataset version and choice of
# filters, focus and size, and kept for every session's reruns.
choices = cached_view(data, network.filter_choices)
types_present, roles_present, families_present = choices.types, choices.roles, choices.families

type_labels = {k: type_label(k) for k in types_present}
role_labels = {r: t(f"role.{r}") for r in roles_present}
family_labels = {f: family_label(f) for f in families_present}
# A fourth filter when the memberships say who acts on what (the actor–lever pairs).
lever_labels = {k: t(f"lever.{k}") for k in choices.levers}
col1, col2, col3, *col4 = st.columns(4 if lever_labels else 3)
every = t("network.filter.all")
types = filter_multiselect(col1, t("network.filter.type"), type_labels, "network-types", every)
roles = filter_multiselect(col2, t("network.filter.role"), role_labels, "network-roles", every)
families = filter_multiselect(
    col3, t("network.filter.family"), family_labels, "network-families", every
)
levers = (
    filter_multiselect(
        col4[0],
        t("network.filter.lever"),
        lever_labels,
        "network-levers",
        every,
        help=t("network.filter.lever.help"),
    )  # fmt: skip
    if col4
    else []
)
filters = (types, roles, families)
filtered = cached_view(data, network_metrics.filtered_network, *filters, levers=levers)
if not filtered.coalitions:
    empty_state("network.filtered_out")
    st.stop()

# Focus: the selectbox, preset from ?focus= (a coalition id or name, or an actor name).
coalition_keys = ["c:" + c for c in filtered.coalitions]
actor_keys = ["a:" + a for a in filtered.actors]
options = ["", *coalition_keys, *actor_keys]
asked = network.resolve_focus(data, st.query_params.get("focus"))
preset = network.node_key(*asked) if asked else ""


focus_labels = {"": t("network.focus.none")}
focus_labels.update(
    (key, t("network.focus.coalition", name=marked.get(key[2:], key[2:]))) for key in coalition_keys
)
focus_labels.update((key, key[2:]) for key in actor_keys)
view_labels = {
    v: t(f"network.view.{v}") for v in (network_drawing.BIPARTITE, network_drawing.PROJECTION)
}
left, middle, right = st.columns([2, 1, 1])
focus_key = left.selectbox(
    t("network.focus"), **labelled(focus_labels),
    index=options.index(preset) if preset in options else 0,
    key="network-focus", help=t("network.focus.help"),
    placeholder=t("network.focus.placeholder"),
)  # fmt: skip
focus = network.parse_node_key(focus_key)
# Keep the focus in the URL, so that a link shows the same neighbourhood.
if focus_key and st.query_params.get("focus") != focus_key:
    st.query_params["focus"] = focus_key
elif not focus_key and "focus" in st.query_params:
    del st.query_params["focus"]
view = middle.radio(t("network.view"), **labelled(view_labels), key="network-view", horizontal=True)
scope_actors = cached_view(data, network_drawing.focus_scope, *filters, focus, levers=levers)
limit = min(network_drawing.MAX_ACTORS_LIMIT, scope_actors)
max_actors = limit
if limit > 10:
    max_actors = right.slider(
        t("network.max_actors"), 10, limit, min(network_drawing.DEFAULT_MAX_ACTORS, limit),
        key="network-max-actors", help=t("network.max_actors.help"),
    )  # fmt: skip

drawn = cached_view(
    data, network_drawing.filtered_drawing, *filters, view, max_actors, focus, levers=levers
)
st.caption(
    t(
        "network.showing",
        actors=t(
            "network.showing.actors",
            count=drawn.actors_shown,
            total=format_number(drawn.actors_total, lang()),
        ),
        coalitions=t(
            "network.showing.coalitions",
            count=drawn.coalitions_shown,
            total=format_number(drawn.coalitions_total, lang()),
        ),
    )
    if view == network_drawing.BIPARTITE
    else t(
        "network.showing.projection",
        count=drawn.actors_shown,
        total=format_number(drawn.actors_total, lang()),
    )
)
if focus and focus[0] == network.COALITION:
    coalition_link(focus[1], names.get(focus[1], focus[1]))


fig, graph_table, alt = draw_network(data, drawn, focus, types_present)
chart_with_data(fig, graph_table, "network-graph", t("network.file.graph"), alt)

# Metrics of the whole filtered graph (not only what is drawn).
metrics = filtered.metrics
st.subheader(t("network.metrics"))
between = metrics.betweenness
if between.exact:
    st.caption(t("network.betweenness.exact"))
else:
    st.caption(t("network.betweenness.approx", pivots=between.pivots, nodes=between.nodes))

actors_tab, coalitions_tab = st.tabs([t("network.tab.actors"), t("network.tab.coalitions")])
with actors_tab:
    actors = metrics.actors.assign(type=type_labels_of(metrics.actors["type"]))
    shown_actors = actors.head(MAX_TABLE_ROWS)
    if len(actors) > MAX_TABLE_ROWS:
        st.caption(
            t(
                "network.table.capped",
                rows=format_number(MAX_TABLE_ROWS, lang()),
                total=format_number(len(actors), lang()),
            )
        )
    show_table(
        shown_actors.assign(betweenness=decimals_as_text(shown_actors["betweenness"], 3)),
        hide_index=True, key="network-actors",
        column_config={
            "actor": t("network.col.name"),
            "type": t("network.col.type"),
            "coalitions": st.column_config.NumberColumn(
                t("network.col.coalitions"), help=t("network.col.coalitions.help")),
            "families": st.column_config.NumberColumn(t("network.col.families")),
            "bridge": st.column_config.CheckboxColumn(
                t("network.col.bridge"), help=t("network.col.bridge.help")),
            "betweenness": decimal_column(
                t("network.col.betweenness"), help=t("network.col.betweenness.help")),
        },
    )  # fmt: skip
    download_csv(actors, "network-actors", t("network.file.actors"))
with coalitions_tab:
    coalitions = mark_examples(metrics.coalitions, data.coalitions, lang()).assign(
        family=metrics.coalitions["family"].map(family_label),
        missing=metrics.coalitions["missing"].map(
            lambda keys: ", ".join(type_label(k) for k in keys)
        ),
    )
    show_table(
        coalitions.drop(columns=["coalition"]).assign(
            shannon=decimals_as_text(coalitions["shannon"], 2),
            betweenness=decimals_as_text(coalitions["betweenness"], 3),
        ),
        hide_index=True, key="network-coalitions",
        column_config={
            "name": t("network.col.name"),
            "family": t("network.col.family"),
            "actors": st.column_config.NumberColumn(t("network.col.actors")),
            "types": st.column_config.NumberColumn(
                t("network.col.types"), help=t("network.col.types.help")),
            "shannon": decimal_column(
                t("network.col.shannon"), help=t("network.col.shannon.help")),
            "missing": t("network.col.missing"),
            "homogeneous": st.column_config.CheckboxColumn(
                t("network.col.homogeneous"), help=t("network.col.homogeneous.help")),
            "betweenness": decimal_column(t("network.col.betweenness")),
        },
    )  # fmt: skip
    download_csv(coalitions, "network-coalitions", t("network.file.coalitions"))

st.subheader(t("network.bridges"))
bridge_count = int(metrics.actors["bridge"].sum())
if bridge_count == 0:
    empty_state("network.bridges.none")
else:
    st.caption(
        t(
            "network.bridges.count",
            count=bridge_count,
            total=format_number(len(metrics.actors), lang()),
        )
    )
    top = filtered.bridges
    show_table(
        top.assign(
            type=type_labels_of(top["type"]), betweenness=decimals_as_text(top["betweenness"], 3),
            linked=top["linked_ids"].map(lambda ids: " · ".join(marked[i] for i in ids)),
        ).drop(columns="linked_ids"),
        hide_index=True, key="network-bridges",
        column_config={
            "actor": t("network.col.name"),
            "type": t("network.col.type"),
            "coalitions": st.column_config.NumberColumn(t("network.col.coalitions")),
            "betweenness": decimal_column(t("network.col.betweenness")),
            "linked": t("network.col.linked"),
        },
    )  # fmt: skip

st.subheader(t("network.diversity"))
st.caption(
    t("network.diversity.help", types=", ".join(type_label(k) for k in network_metrics.KEY_TYPES))
)
flagged = metrics.coalitions[metrics.coalitions["homogeneous"]]
if flagged.empty:
    st.success(t("network.diversity.none"), icon=":material/check_circle:")
else:
    st.warning(t("network.diversity.flagged", count=len(flagged)), icon=":material/warning:")
    for row in flagged.head(MAX_FLAGGED_LINKS).itertuples(index=False):
        coalition_link(row.coalition, row.name)
    if len(flagged) > MAX_FLAGGED_LINKS:
        st.caption(t("network.diversity.more", count=len(flagged) - MAX_FLAGGED_LINKS))
without_actors = int((metrics.coalitions["actors"] == 0).sum())
if without_actors:
    st.caption(t("network.diversity.no_actors", count=without_actors))
