"""The one palette: a colour per maturity stage and per actor type, used on every page.

Both are colour-blind safe and readable on a projector: stages follow viridis (ordered from
light to dark, so maturity reads as depth even in greyscale); actor types follow Okabe & Ito's
qualitative palette, designed to stay distinct for the common colour-vision deficiencies.
"""

from __future__ import annotations

from coalitions.workbook.schema import ACTOR_TYPES
from coalitions.workbook.stages import UNKNOWN_STAGE

# Keyed by stage number: the unknown stage (-1) must never pick the last colour as a tuple's
# [-1] would. Its grey is outside viridis (it says "no stage", not "a stage"), dark enough to
# stand out from white (3.4:1) and light enough for dark text (5.2:1).
STAGE_COLOURS: dict[int, str] = {
    0: "#FDE725",  # topic identified
    1: "#7AD151",  # shared foundation
    2: "#22A884",  # core group
    3: "#2A788E",  # launched
    4: "#414487",  # acting
    5: "#440154",  # impact
    UNKNOWN_STAGE: "#8C8C8C",
}
# Text drawn on a stage colour: dark on the three light ones and the grey, white on the dark.
STAGE_TEXT_COLOURS: dict[int, str] = {
    stage: "#FFFFFF" if stage >= 3 else "#1A1A1A" for stage in STAGE_COLOURS
}

ACTOR_TYPE_COLOURS: dict[str, str] = dict(
    zip(
        ACTOR_TYPES,
        (
            "#E69F00",  # association
            "#0072B2",  # public
            "#CC79A7",  # academic
            "#D55E00",  # company
            "#009E73",  # local_authority
            "#56B4E9",  # civic_tech
            "#F0E442",  # network
            "#999999",  # other
        ),
        strict=True,
    )
)
# One colour per line when several coalitions share a chart (their stage paths): Okabe & Ito's
# series again, in an order that puts far-apart hues next to each other, without its pale
# yellow (unreadable as a thin line on white) and with black in place of its grey.
SERIES_COLOURS: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#000000",  # black
)
UNKNOWN_COLOUR = "#BBBBBB"  # free-text actor types outside the list, and blanks
COALITION_NODE_COLOUR = "#333333"  # coalition nodes in the network, neutral beside actor types


def stage_colour(stage: int) -> str:
    """The colour of maturity stage ``stage`` (0-5, or the unknown stage's grey)."""
    return STAGE_COLOURS[int(stage)]


def series_colour(index: int) -> str:
    """The colour of the ``index``-th line of a chart (the series repeats past its end)."""
    return SERIES_COLOURS[index % len(SERIES_COLOURS)]


def actor_type_colour(actor_type: str) -> str:
    """The colour of an actor type key; unknown or free-text types share a neutral grey."""
    return ACTOR_TYPE_COLOURS.get(actor_type, UNKNOWN_COLOUR)
