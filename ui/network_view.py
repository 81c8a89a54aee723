"""The network page's drawing: the Plotly figure (``draw_network``), its table and text
alternative, and which node names it writes out so that no two of them overlap
(``place_labels``)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from coalitions.escape import escape_text
from coalitions.history import asof
from coalitions.palette import COALITION_NODE_COLOUR, UNKNOWN_COLOUR, actor_type_colour
from coalitions.views import network, network_drawing
from coalitions.views.chart_alt import describe_network
from coalitions.workbook.examples import mark_examples
from coalitions.workbook.schema import ACTOR_TYPES
from data_sources.cache import cached_view
from ui.context import lang, t, today
from ui.widgets import shorten

# The plot area the labels are laid out for: the network chart's in Chromium at 1280x720
# with the sidebar open (measured 800 x 522 px). A wider screen only spreads them apart.
PLOT_PX = (800.0, 520.0)
# Width of a character and height of a line of the chart's 12 px labels: Chromium drew the
# sample's names at 5.0 to 5.9 px a character and 16 px high; the width is rounded up so
# that a name with capitals still fits its box.
CHAR_PX = 6.5
LINE_PX = 16.0
# Space kept clear around each label, so that two labels never touch.
PAD_PX = 3.0
# Names written at most: the most connected coalitions; every node keeps its hover text.
MAX_LABELS = 12


def _pixels(values: np.ndarray, size: float) -> np.ndarray:
    span = values.max() - values.min()
    if span <= 0:
        return np.full_like(values, size / 2)
    return (values - values.min()) / span * size


# Where a name may go around its marker, in order of preference (Plotly's textposition).
POSITIONS = ("top center", "bottom center", "middle right", "middle left")


def node_boxes(
    x: Sequence[float],
    y: Sequence[float],
    labels: Sequence[str],
    marker_px: Sequence[float],
    plot_px: tuple[float, float] = PLOT_PX,
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Each node's marker box, and its label's box at each of ``POSITIONS``, in pixels.

    Boxes are rows (left, bottom, right, top), y upwards, for data coordinates ``x``, ``y``
    spread over a plot area of ``plot_px`` and markers of diameter ``marker_px``; a label
    sits against its marker as Plotly writes it for that ``textposition``.
    """
    xs = np.asarray(x, dtype=float)
    ys = np.asarray(y, dtype=float)
    if xs.size == 0:
        return np.empty((0, 4)), {position: np.empty((0, 4)) for position in POSITIONS}
    cx = _pixels(xs, plot_px[0])
    cy = _pixels(ys, plot_px[1])
    r = np.asarray(marker_px, dtype=float) / 2
    w = np.array([len(label) for label in labels], dtype=float) * CHAR_PX
    h = LINE_PX
    markers = np.column_stack([cx - r, cy - r, cx + r, cy + r])
    labels_at = {
        "top center": np.column_stack([cx - w / 2, cy + r, cx + w / 2, cy + r + h]),
        "bottom center": np.column_stack([cx - w / 2, cy - r - h, cx + w / 2, cy - r]),
        "middle right": np.column_stack([cx + r, cy - h / 2, cx + r + w, cy + h / 2]),
        "middle left": np.column_stack([cx - r - w, cy - h / 2, cx - r, cy + h / 2]),
    }
    return markers, labels_at


def _overlaps(box: np.ndarray, others: np.ndarray) -> np.ndarray:
    return (
        (others[:, 0] < box[2])
        & (box[0] < others[:, 2])
        & (others[:, 1] < box[3])
        & (box[1] < others[:, 3])
    )


def place_labels(
    x: Sequence[float],
    y: Sequence[float],
    labels: Sequence[str],
    degree: Sequence[float],
    marker_px: Sequence[float],
    *,
    first: Sequence[bool] | None = None,
    solid: Sequence[bool] | None = None,
    max_labels: int = MAX_LABELS,
    plot_px: tuple[float, float] = PLOT_PX,
) -> list[str | None]:
    """Where each node's label is written (a ``textposition``), or None where it is not.

    ``x``, ``y`` are every drawn node (they set the scale); a node whose label is ``""``
    only takes room. Nodes are taken by ``first`` (e.g. the focused coalition), then by
    ``degree``, highest first, ties in the given order. A label may go where its box (see
    ``node_boxes``, ``PAD_PX`` around it) meets no label written before and no other marker
    of a ``solid`` node (every node if not given); of those places it takes the one covering
    the fewest other markers, the first of ``POSITIONS`` on a tie. A label that fits nowhere
    is left out. At most ``max_labels`` labels are written.
    """
    markers, boxes = node_boxes(x, y, labels, marker_px, plot_px)
    count = len(markers)
    placed: list[str | None] = [None] * count
    if count == 0 or max_labels <= 0:
        return placed
    hard = np.ones(count, dtype=bool) if solid is None else np.asarray(solid, dtype=bool)
    priority = np.zeros(count) if first is None else np.asarray(first, dtype=float)
    order = np.lexsort((np.arange(count), -np.asarray(degree, dtype=float), -priority))
    pad = np.array([-PAD_PX, -PAD_PX, PAD_PX, PAD_PX])
    written = np.empty((0, 4))
    for index in order:
        if not labels[index]:
            continue
        best: tuple[int, str, np.ndarray] | None = None
        for position in POSITIONS:
            box = boxes[position][index] + pad
            hit = _overlaps(box, markers)
            hit[index] = False  # the label sits against its own marker
            if hit[hard].any() or _overlaps(box, written).any():
                continue
            covered = int(hit.sum())
            if best is None or covered < best[0]:
                best = (covered, position, box)
        if best is not None:
            placed[index] = best[1]
            written = np.vstack([written, best[2]])
        if len(written) == max_labels:
            break
    return placed


# Characters of a coalition name written on the drawing (cut on a word); the hover has more.
NODE_LABEL_LENGTH = 28
# A white outline keeps a name readable where it crosses a link.
HALO = "1px 1px 1px #fff, -1px -1px 1px #fff, 1px -1px 1px #fff, -1px 1px 1px #fff"


def type_label(key: str) -> str:
    return t(f"actor_type.{key}") if key in ACTOR_TYPES or key == "" else key


def type_labels_of(types: pd.Series) -> pd.Series:
    """``types`` as labels, each distinct type translated once (20,000 actors, a dozen types)."""
    return types.map({key: type_label(key) for key in types.unique()})


def node_size(degree) -> np.ndarray:
    # Area, not radius, follows the count, so a hub does not swamp the picture.
    return np.minimum(10 + 6 * np.sqrt(np.asarray(degree, dtype=float)), 48)


def line_arrays(segs) -> tuple[list, list]:
    xs = np.column_stack([segs["x0"], segs["x1"], np.full(len(segs), np.nan)]).ravel()
    ys = np.column_stack([segs["y0"], segs["y1"], np.full(len(segs), np.nan)]).ravel()
    return xs.tolist(), ys.tolist()


def draw_network(data, drawn, focus, types_present: list[str]):
    """The network figure of ``drawn`` (``coalitions.views.network_drawing.filtered_drawing``),
    its data table and its text alternative: coalitions as squares named where the names fit,
    actors coloured by type, newcomers since the last Reset Day ringed."""
    fig = go.Figure()
    segs = network_drawing.segments(drawn)
    for weight, group in segs.groupby("weight"):
        xs, ys = line_arrays(group)
        fig.add_trace(
            go.Scatter(
                x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                line={"width": min(0.8 + 1.2 * (weight - 1), 6), "color": UNKNOWN_COLOUR},
                opacity=0.7,
            )
        )  # fmt: skip
    nodes = drawn.nodes
    is_coalition = (nodes["kind"] == network.COALITION).to_numpy()
    # Invented examples are marked on the graph and in its table (coalitions.workbook.examples).
    coalition_nodes = mark_examples(
        nodes[is_coalition], data.coalitions, lang(), column="label", by="name"
    )
    nodes = nodes.assign(label=coalition_nodes["label"].reindex(nodes.index).fillna(nodes["label"]))
    if len(coalition_nodes):
        labels = coalition_nodes["label"].map(lambda s: escape_text(s, "chart", max_length=90))
        # Names cut to the same length whether marked or not: the mark comes after the cut.
        plain = drawn.nodes[is_coalition]
        cut = plain.assign(label=plain["label"].map(lambda s: shorten(s, NODE_LABEL_LENGTH)))
        short = mark_examples(cut, data.coalitions, lang(), column="label", by="name")["label"]
        sizes = node_size(coalition_nodes["degree"])
        # Names written only for the most connected coalitions (the focused one first) where
        # they cover no other name or coalition (actors ring their coalitions: a name crossing
        # one stays readable on its halo); hovering any node still shows its full name.
        focused = focus is not None and focus[0] == network.COALITION
        # Every node takes room (and sets the scale); only coalitions have a name to write.
        wanted = short.reindex(nodes.index, fill_value="").tolist()
        everywhere = place_labels(
            nodes["x"], nodes["y"], wanted, nodes["degree"], node_size(nodes["degree"]),
            first=is_coalition & (nodes["name"] == focus[1]).to_numpy() if focused else None,
            solid=is_coalition,
        )  # fmt: skip
        placed = [everywhere[i] for i in np.flatnonzero(is_coalition)]
        text = [escape_text(s, "chart") if p else "" for s, p in zip(short, placed, strict=True)]
        fig.add_trace(
            go.Scatter(
                x=coalition_nodes["x"], y=coalition_nodes["y"], mode="markers+text",
                text=text, textposition=[p or "top center" for p in placed],
                # A halo keeps a name readable where it crosses a line or another node.
                textfont={"size": 12, "color": COALITION_NODE_COLOUR, "shadow": HALO},
                marker={"symbol": "square", "color": COALITION_NODE_COLOUR, "size": sizes},
                name=t("network.legend.coalition"),
                customdata=np.column_stack([labels, coalition_nodes["degree"]]),
                hovertemplate="<b>%{customdata[0]}</b><br>" + t("network.hover.actors")
                + t("chart.label_sep") + "%{customdata[1]}<extra></extra>",
            )
        )  # fmt: skip
    actor_nodes = nodes[nodes["kind"] == network.ACTOR]
    for kind in [k for k in types_present if k in set(actor_nodes["type"])]:
        group = actor_nodes[actor_nodes["type"] == kind]
        labels = group["label"].map(lambda s: escape_text(s, "chart", max_length=60))
        fig.add_trace(
            go.Scatter(
                x=group["x"], y=group["y"], mode="markers",
                marker={"color": actor_type_colour(kind), "size": node_size(group["degree"])},
                name=escape_text(type_label(kind), "chart", max_length=40),
                customdata=np.column_stack([labels, group["degree"]]),
                hovertemplate="<b>%{customdata[0]}</b><br>"
                + t("network.hover.coalitions") + t("chart.label_sep")
                + "%{customdata[1]}<extra></extra>",
            )
        )  # fmt: skip
    # Actors who joined since the last Reset Day (before the day shown) get a ring of their own,
    # a shape rather than a colour, so the highlight reads in greyscale too.
    last_reset_day, arrivals = cached_view(data, asof.arrivals_since_last_reset_day, today(data))
    new_actors = actor_nodes[actor_nodes["name"].isin(arrivals)]
    if len(new_actors):
        fig.add_trace(
            go.Scatter(
                x=new_actors["x"].tolist(), y=new_actors["y"].tolist(), mode="markers",
                hoverinfo="skip",
                marker={"symbol": "circle-open", "color": COALITION_NODE_COLOUR,
                        "size": node_size(new_actors["degree"]) + 10, "line": {"width": 3}},
                name=t("network.legend.arrivals", number=last_reset_day.number),
            )
        )  # fmt: skip
    axis = {"visible": False, "showgrid": False, "zeroline": False}
    fig.update_layout(
        height=640, xaxis=axis, yaxis=axis, legend={"orientation": "h", "y": -0.02},
        plot_bgcolor="rgba(0,0,0,0)", dragmode="pan",
    )  # fmt: skip
    kind_label = {
        network.COALITION: t("network.legend.coalition"),
        network.ACTOR: t("network.actor"),
    }
    graph_table = nodes.assign(
        kind=nodes["kind"].map(kind_label), type=type_labels_of(nodes["type"])
    )[["label", "kind", "type", "degree"]].rename(
        columns={
            "label": t("network.col.name"),
            "kind": t("network.col.kind"),
            "type": t("network.col.type"),
            "degree": t("network.col.degree"),
        }
    )
    alt = describe_network(nodes, len(segs), lang())
    return fig, graph_table, alt
