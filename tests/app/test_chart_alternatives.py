"""Every chart on the sample comes with its text alternative (coalitions.views.chart_alt), in the
page's language, as a caption just before it: one sentence per chart, none missing."""

from __future__ import annotations

import pytest

# Page -> the query it needs, and how each of its charts' sentences begins (fr, en).
CHART_PAGES = {
    "app_pages/overview.py": (
        {},
        [
            ("20 coalitions\xa0: 6 au stade", "20 coalitions: 6 at"),
            ("Coalitions par stade à 14 Reset Days", "Coalitions by stage at 14 Reset Days"),
            ("Acteurs et participations en fin de mois", "Actors and memberships at the end"),
        ],
    ),
    "app_pages/maturity.py": (
        {},
        [("Parcours de ", "Paths of "), ("Temps passé au stade actuel", "Time at the current")],
    ),
    "app_pages/coalition.py": (
        {"coalition": "envdata"},
        # The catalogue's French apostrophes are typographic (this said « d'une »).
        [("Parcours d’une coalition\xa0: Pour des données", "Path of one coalition: Pour des")],
    ),
    "app_pages/agenda.py": ({}, [("19 événements à venir, du ", "19 coming events, from ")]),
    "app_pages/network.py": ({}, [("Réseau de ", "Network of ")]),
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("page", sorted(CHART_PAGES))
def test_every_chart_has_its_sentence(app, page, language):
    query, starts = CHART_PAGES[page]
    at = app(page=page, query=query, lang=language)
    assert not at.exception
    captions = [caption.value.replace("\\", "") for caption in at.caption]  # markdown escapes
    expected = [fr if language == "fr" else en for fr, en in starts]
    found = [start for start in expected if any(c.startswith(start) for c in captions)]
    assert found == expected, captions
    assert len(at.get("plotly_chart")) == len(expected)
