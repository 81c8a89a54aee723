"""« Afficher au »: every page as the community stood on a past date, kept in ``?au=``.

Expected values counted by hand in data_sources/sample/*.csv: envdata reached « Noyau
d'acteurs » on 2021-02-16 and « Lancée » on 2021-05-19; on 2021-04-20 only reemploi (5),
sobriete-web (4) and mediation (3) had launched, against five today (reference 2021-05-21).
"""

from __future__ import annotations

import json

import pytest

from tests.app.output import shown

COALITION = "app_pages/coalition.py"
OVERVIEW = "app_pages/overview.py"


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def banner(at) -> str:
    return " ".join(i.value for i in at.info if "Situation au" in i.value or "As of" in i.value)


def test_a_coalition_sheet_in_the_past(app):
    at = app(page=COALITION, query={"coalition": "envdata", "au": "2021-05-18"})
    assert not at.exception
    # The catalogue's French apostrophes are typographic (this said « d'acteurs »).
    assert metrics(at)["Maturité"] == "2 · Noyau d’acteurs"
    assert "mardi 18\u00a0mai 2021" in banner(at).replace(
        " ", "\u00a0"
    ) or "mardi 18 mai 2021" in banner(at)
    assert at.query_params["au"] == ["2021-05-18"] or at.query_params["au"] == "2021-05-18"


def test_the_day_after_the_launch_shows_it(app):
    at = app(page=COALITION, query={"coalition": "envdata", "au": "2021-05-19"})
    assert metrics(at)["Maturité"] == "3 · Lancée"


def test_the_overview_a_month_earlier_counts_fewer_launches(app):
    now = metrics(app(page=OVERVIEW))["Lancées"]
    at = app(page=OVERVIEW, query={"au": "2021-04-20"})
    assert not at.exception
    assert (now, metrics(at)["Lancées"]) == ("5", "3")
    assert at.sidebar.selectbox(key="view_choice").value == "2021-04-20"


def test_back_to_today(app):
    at = app(page=OVERVIEW, query={"au": "2021-04-20"})
    at.button(key="view_back").click().run()
    assert not banner(at)
    assert metrics(at)["Lancées"] == "5"
    assert "au" not in at.query_params


def test_choosing_a_reset_day_in_the_sidebar_puts_it_in_the_url(app):
    at = app(page=OVERVIEW)
    assert not banner(at)
    at.sidebar.selectbox(key="view_choice").select("2021-04-20").run()
    assert metrics(at)["Lancées"] == "3"
    assert "Reset Day 13" in str(at.sidebar.selectbox(key="view_choice").format_func("2021-04-20"))


@pytest.mark.parametrize("value", ["demain", "2021-02-30", "2099-01-01", ""])
def test_a_date_that_cannot_be_shown_means_today(app, value):
    at = app(page=OVERVIEW, query={"au": value})
    assert not at.exception
    assert not banner(at)
    assert metrics(at)["Lancées"] == "5"


def test_in_english(app):
    at = app(page=COALITION, query={"coalition": "envdata", "au": "2021-05-18"}, lang="en")
    assert "As of Tuesday 18 May 2021" in banner(at)
    assert metrics(at)["Maturity"].startswith("2 · ")


def test_every_page_runs_in_the_past(app):
    from ui.navigation import page_scripts

    for script in page_scripts():
        at = app(page=script, query={"au": "2021-03-16"})
        assert not at.exception, (script, at.exception)
        assert banner(at), script
        texts = " ".join(text for _, text in shown(at))
        assert "Traceback" not in texts


def test_the_network_in_the_past_is_its_own_and_not_today_cached(app):
    def actors_shown(at) -> int:
        return len(next(d.value for d in at.dataframe if "bridge" in d.value.columns))

    # Today first, so a cache keyed on the workbook alone would hand the past today's view.
    assert actors_shown(app(page="app_pages/network.py")) == 61
    past = app(page="app_pages/network.py", query={"au": "2020-06-01"})
    assert not past.exception
    assert 0 < actors_shown(past) < 61


def test_the_network_rings_the_actors_who_joined_since_the_last_reset_day(app):
    def arrivals(at) -> list[str]:
        chart = json.loads(at.get("plotly_chart")[0].proto.spec)
        return [len(trace["x"]) for trace in chart["data"] if "Arrivés" in trace.get("name", "")]

    # memberships.csv: ten actors joined between Reset Day 13 (20 April) and 18 May; none
    # between Reset Day 14 and today (21 May).
    assert arrivals(app(page="app_pages/network.py", query={"au": "2021-05-18"})) == [10]
    assert arrivals(app(page="app_pages/network.py")) == []
