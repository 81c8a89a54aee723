"""ui.network_view.place_labels: which coalition names the network drawing writes, so that no
two overlap and none covers another coalition."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ui.network_view import CHAR_PX, LINE_PX, PAD_PX, PLOT_PX, node_boxes, place_labels

WIDTH, HEIGHT = PLOT_PX


def test_far_apart_nodes_are_all_labelled_above():
    # Corners of the plot: nothing can meet.
    placed = place_labels([0, 1, 0, 1], [0, 0, 1, 1], ["a", "b", "c", "d"], [1] * 4, [10] * 4)
    assert placed == ["top center"] * 4


def test_a_label_that_would_cover_the_one_above_goes_elsewhere():
    # Two nodes one line apart vertically in the middle of a wide plot (extremes at 0 and 1
    # set the scale): the lower one's name above would cover the upper one's name.
    gap = (LINE_PX + 10) / HEIGHT
    x = [0.0, 1.0, 0.5, 0.5]
    y = [0.0, 1.0, 0.5, 0.5 - gap]
    placed = place_labels(x, y, ["", "", "Upper name", "Lower name"], [0, 0, 5, 1], [10] * 4)
    assert placed[:3] == [None, None, "top center"]
    assert placed[3] in ("bottom center", "middle right", "middle left")


def test_most_connected_first_and_the_focus_before_all():
    # Room for one name only: the hub's, or the focused coalition's.
    x, y = [0.0, 1.0], [0.0, 1.0]
    labels = ["Small coalition", "Hub coalition"]
    assert place_labels(x, y, labels, [1, 9], [10, 10], max_labels=1) == [None, "top center"]
    focused = place_labels(x, y, labels, [1, 9], [10, 10], first=[True, False], max_labels=1)
    assert focused == ["top center", None]
    # Ties keep the nodes' order.
    assert place_labels(x, y, labels, [3, 3], [10, 10], max_labels=1) == ["top center", None]


def test_at_most_max_labels_and_never_an_empty_one():
    x = np.linspace(0, 1, 30)
    y = np.linspace(0, 1, 30) ** 2
    labels = ["n"] * 15 + [""] * 15
    placed = place_labels(x, y, labels, range(30), [8] * 30, max_labels=5)
    assert sum(p is not None for p in placed) == 5
    assert all(p is None for p in placed[15:])
    assert place_labels([], [], [], [], []) == []


def test_a_label_never_covers_a_solid_marker_and_avoids_the_others():
    # A big marker right above the labelled node: the name goes below it.
    x = [0.0, 1.0, 0.5, 0.5]
    y = [0.0, 1.0, 0.5, 0.5 + 20 / HEIGHT]
    labels = ["", "", "Name", ""]
    for solid in ([False, False, True, True], [False, False, True, False]):
        placed = place_labels(x, y, labels, [0, 0, 1, 0], [10, 10, 10, 20], solid=solid)
        assert placed[2] == "bottom center"
    # Markers all around (actors ringing their coalition): a name may cross one that is not
    # solid, in the first place on a tie.
    step_x, step_y = 30 / WIDTH, 20 / HEIGHT
    ring_x = [0.5, 0.5, 0.5 + step_x, 0.5 - step_x]
    ring_y = [0.5 + step_y, 0.5 - step_y, 0.5, 0.5]
    x, y = [0.0, 1.0, 0.5, *ring_x], [0.0, 1.0, 0.5, *ring_y]
    labels = ["", "", "Name", "", "", "", ""]
    size = [10, 10, 10, 20, 20, 20, 20]
    loose = [False, False, True, False, False, False, False]
    assert place_labels(x, y, labels, [0] * 7, size, solid=loose)[2] == "top center"
    assert place_labels(x, y, labels, [0] * 7, size)[2] is None


def test_boxes_follow_plotly_positions():
    markers, boxes = node_boxes([0.0, 1.0], [0.0, 1.0], ["ab", ""], [10, 10])
    assert markers.tolist() == [[-5, -5, 5, 5], [WIDTH - 5, HEIGHT - 5, WIDTH + 5, HEIGHT + 5]]
    width = 2 * CHAR_PX
    assert boxes["top center"][0].tolist() == [-width / 2, 5, width / 2, 5 + LINE_PX]
    assert boxes["middle right"][0].tolist() == [5, -LINE_PX / 2, 5 + width, LINE_PX / 2]


def _meet(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(0, 1),
            st.floats(0, 1),
            st.text(alphabet="abcdef ", max_size=28),
            st.integers(1, 20),
            st.booleans(),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_written_labels_never_overlap_each_other_or_a_solid_marker(nodes):
    x, y, labels, degree, solid = (list(column) for column in zip(*nodes, strict=True))
    size = [10 + 6 * np.sqrt(d) for d in degree]
    placed = place_labels(x, y, labels, degree, size, solid=solid)
    markers, boxes = node_boxes(x, y, labels, size)
    written = [(i, boxes[p][i]) for i, p in enumerate(placed) if p]
    assert all(labels[i] for i, _ in written)
    for n, (i, box) in enumerate(written):
        for _, other in written[n + 1 :]:
            assert not _meet(box, other)
        for j, marker in enumerate(markers):
            if j != i and solid[j]:
                # The box with its padding stays clear: the bare box is well clear.
                padded = box + np.array([-PAD_PX, -PAD_PX, PAD_PX, PAD_PX])
                assert not _meet(padded, marker)
