"""Which node names the network drawing writes out, so that no two of them overlap."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

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
