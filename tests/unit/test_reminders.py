"""« Mes coalitions »: what each coalition misses before the next Reset Day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd

from coalitions.history.timeline import latest_texts
from coalitions.views.reminders import reminders

RD14 = date(2021, 5, 18)


def test_news_since_the_last_reset_day_and_a_recent_next_step_make_a_coalition_ready(sample):
    found = reminders(sample, ["equite", "mediation", "climat-num", "unknown"], RD14)
    assert (found.last.number, found.last.date) == (13, date(2021, 4, 20))
    assert (found.next.number, found.next.date) == (14, RD14)
    equite, mediation, climat = found.items  # an unknown id is left out
    assert equite.ready  # news on 6 May, next step written on 6 May
    assert (mediation.news_missing, mediation.step_old, mediation.step_missing) == (
        True,
        True,  # written on 27 January: more than three months before 18 May
        False,
    )
    assert mediation.step_written == date(2021, 1, 27)
    assert (climat.news_missing, climat.step_missing, climat.step_old) == (True, True, False)


def test_news_before_the_last_reset_day_do_not_count(sample):
    # On Reset Day 15, equite's news of 6 May belong to the month before.
    (equite,) = reminders(sample, ["equite"], date(2021, 6, 15)).items
    assert equite.news_missing


def test_a_posted_next_step_replaces_the_sheet_text_and_dates_it(sample):
    row = {
        "row": 99, "date": pd.Timestamp("2021-05-17"), "coalition": "mediation", "news": "",
        "next_step": "Réunir les partenaires en juin", "obstacles": "", "author": "",
        "entered_by": "x@fing.org", "entered_at": pd.Timestamp("2021-05-17 08:00"), "ref": "r",
    }  # fmt: skip
    data = replace(sample, updates=pd.concat([sample.updates, pd.DataFrame([row])]))
    texts = latest_texts(data, RD14).loc["mediation"]
    assert (texts["next_step"], texts["next_step_on"]) == (
        "Réunir les partenaires en juin",
        date(2021, 5, 17),
    )
    (mediation,) = reminders(data, ["mediation"], RD14).items
    assert not mediation.step_old and mediation.news_missing
    assert texts["obstacles_on"] == date(2021, 1, 27)
