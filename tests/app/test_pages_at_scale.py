"""The maturity and network pages on a generated workbook of over a thousand coalitions: the
board shows a few cards per stage and says how many more, and every count reads as the
language writes it (« 1 200 », « 1,200 »), totals included."""

from __future__ import annotations

import re

import pytest

from bench.generate import generate_workbook

COALITIONS = 1200
ACTORS = 1500
CARDS = 12  # coalitions.history.progress.BOARD_CAP
NNBSP = "\u202f"  # French thousands separator


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    return generate_workbook(
        tmp_path_factory.mktemp("scale"),
        coalitions=COALITIONS,
        actors=ACTORS,
        memberships=4000,
        events=200,
        progress=3000,
        seed=5,
    )


def captions(at) -> list[str]:
    return [c.value for c in at.caption]


def test_maturity_board_shows_a_few_cards_per_stage_and_counts_the_rest(app, workbook):
    at = app(page="app_pages/maturity.py", data=workbook)
    assert not at.exception
    assert f"1{NNBSP}200 coalitions sur 1{NNBSP}200." in captions(at)
    headings = [h.value for h in at.get("html") if "padding:0.4rem 0.6rem" in h.value]
    totals = [int(re.search(r"\((\d+)\)", h).group(1)) for h in headings]
    assert sum(totals) == COALITIONS
    more = [int(re.sub(r"\D", "", c)) for c in captions(at) if c.startswith("+ ")]
    shown = sum(min(total, CARDS) for total in totals)
    assert sum(more) == COALITIONS - shown
    assert len(more) == sum(total > CARDS for total in totals)
    time_help = next(c for c in captions(at) if c.startswith("Les 25 plus longues sur"))
    assert f"sur 1{NNBSP}200," in time_help


def test_network_totals_are_written_with_separators(app, workbook):
    at = app(page="app_pages/network.py", data=workbook, lang="en")
    assert not at.exception
    showing = next(c for c in captions(at) if c.startswith("Showing "))
    assert re.search(r"of 1,\d{3} actors", showing), showing
    assert re.search(r"of 1,\d{3} coalitions", showing), showing
    bridges = next(c for c in captions(at) if "take part in several coalitions" in c)
    assert re.search(r" of 1,\d{3} actors", bridges), bridges
