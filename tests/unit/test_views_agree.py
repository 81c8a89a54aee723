"""The views agree on « what was true on day D »: the report model, the deck and the
dashboard's pages at ``?au=D``.

The dashboard at ``?au=D`` cuts the dataset once (``app.py``: ``timeline.as_of``) and its pages
call ``overview.key_figures`` (overview), ``overview.recent_changes`` (« since the last Reset
Day ») and ``asof.arrivals_since_last_reset_day`` (network) on it; ``page_view`` does the same.
The report is ``build_report``; the deck is drawn from it. Checked on the sample at every Reset
Day and on generated dated workbooks (random progress rows, coalitions tab updates before and
after D, deliverable histories, undated rows, coalitions created after D) at every Reset Day
of their span and at random days.
"""

from __future__ import annotations

import html
import re
from datetime import date, timedelta

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coalitions.format import apostrophes
from coalitions.history.asof import arrivals_since_last_reset_day, past_reset_days
from coalitions.history.resetdays import ResetDay
from coalitions.history.timeline import as_of
from coalitions.report import build_report
from coalitions.report.deck import build_slides, slide_html
from coalitions.report.model import FIGURES
from coalitions.report.summary import figure_lines
from coalitions.views.overview import key_figures, recent_changes
from coalitions.workbook.dataset import RawWorkbook
from coalitions.workbook.validation import build_dataset

START = date(2021, 1, 1)  # generated workbooks' dates run over the first half of 2021
SPAN = 180
END = START + timedelta(days=SPAN)
STAGE_WORDS = ["0", "1", "2", "3", "4", "5"]
STATUS_WORDS = ["prévu", "en cours", "fait"]
MONTH = ("moved", "new_coalitions", "joined", "interested", "arrivals", "deliverables_done",
         "events_held")  # fmt: skip
SETTINGS = [["clé", "valeur"], ["reference_date", END.isoformat()]]


def page_view(data, day: date) -> dict:
    """What the dashboard's pages compute at ``?au=day``."""
    shown = as_of(data, day)
    figures = key_figures(shown, day)
    found = recent_changes(shown, day)
    _, arrivals = arrivals_since_last_reset_day(shown, day)
    changes = found.changes if found else None
    return {
        "stages": dict(zip(shown.coalitions["id"], shown.coalitions["stage"], strict=True)),
        "coalitions": figures.coalitions,
        "launched": figures.launched,
        "pilots": figures.pilots,
        "moved": _net_moves(changes, shown) if changes else {},
        "new_coalitions": len(changes.new_coalitions) if changes else 0,
        "joined": len(changes.joined) if changes else 0,
        # The overview's help under « Acteurs arrivés » tells these apart (``arrivals``).
        "interested": changes.counts()["interested"] if changes else 0,
        "arrivals": arrivals,
        "deliverables_done": len(changes.deliverables_done) if changes else 0,
        "events_held": changes.counts()["events_held"] if changes else 0,
        "since": changes.since if changes else None,
    }


def _net_moves(changes, shown) -> dict[str, int]:
    """The page's stage changes of the month, as each coalition's net direction (a first
    entry is an arrival, not a move)."""
    moves = changes.stage_changes
    moves = moves[moves["from_stage"].notna()]
    moves = moves[~moves["coalition"].isin(changes.new_coalitions["coalition"])]
    stage = shown.coalitions.set_index("id")["stage"]
    net = {}
    for cid, first in moves.groupby("coalition")["from_stage"].first().items():
        now, first = int(stage[cid]), int(first)
        direction = (now > first) - (now < first)
        if direction:
            net[cid] = int(direction)
    return net


def report_view(data, reset_day: ResetDay) -> dict:
    """The same facts as the report model gives them."""
    report = build_report(data, reset_day)
    sections = report.sections
    return report, {
        "stages": {s.id: s.stage for s in sections},
        "coalitions": report.figures["coalitions"],
        "launched": report.figures["launched"],
        "pilots": report.figures["pilots"],
        "moved": {s.id: s.direction for s in sections if s.direction},
        "new_coalitions": report.figures["new_coalitions"],
        "joined": report.figures["joined"],
        "interested": report.interested,
        "arrivals": {actor for s in sections for actor, _role in s.joined},
        "deliverables_done": report.figures["deliverables_done"],
        "events_held": report.figures["events_held"],
        "since": report.previous.date if report.previous else None,
    }


_FIGURE = re.compile(r'<span class="rs-figure">(\d+)</span><span class="rs-caption">([^<]*)<')
_CURRENT = re.compile(r'rs-current"[^>]*><span class="rs-num">(-?\d+)</span>')


def deck_view(report) -> dict:
    """The deck's month-at-a-glance figures and each coalition slide's stage, as drawn."""
    slides = build_slides(report)
    glance = next(s for s in slides if s.kind == "glance")
    stages = {}
    for slide in slides:
        if slide.kind == "coalition":
            found = _CURRENT.findall(slide_html(report, slide))
            stages[slide.section.id] = int(found[0]) if found else None
    # A tile is drawn for each figure but those at 0 (left out: they tell nothing).
    drawn = {
        html.unescape(label): int(n) for n, label in _FIGURE.findall(slide_html(report, glance))
    }
    # The deck shows the labels typeset (« Sans changement d’étape »), as the report writes
    # French; the straight spelling compared here was the deck's old typography.
    labels = {apostrophes(label, report.lang): name for name, label, _ in figure_lines(report)}
    assert set(drawn) <= set(labels) and 0 not in drawn.values()
    figures = dict.fromkeys([*FIGURES, "interested"], 0)
    for label, number in drawn.items():
        # The arrivals are two tiles, members and the interested: together, « joined ».
        name = labels[label]
        figures[name] += number
        if name == "interested":
            figures["joined"] += number
    return {"figures": figures, "stages": stages}


def check(data, day: date) -> None:
    report, said = report_view(data, ResetDay(0, day))
    seen = page_view(data, day)
    if said["since"] is None:
        # On or before the first Reset Day the page says there is no « since the last Reset
        # Day » yet, while the report counts everything up to the day: only the day's state
        # can agree.
        said = {k: v for k, v in said.items() if k not in MONTH}
        seen = {k: v for k, v in seen.items() if k not in MONTH}
    assert said == seen, day
    deck = deck_view(report)
    assert deck["figures"] == report.figures, day
    drawn = {s.id: s.stage for s in report.sections if s.group != "quiet" and s.stage >= 0}
    assert {k: v for k, v in deck["stages"].items() if k in drawn} == drawn, day


def test_the_sample_at_every_reset_day(sample):
    days = past_reset_days(sample, date(2021, 7, 31))
    assert len(days) > 10
    for reset_day in days:
        check(sample, reset_day.date)


def test_the_sample_on_days_between(sample):
    for day in (date(2021, 4, 1), date(2021, 5, 19), date(2021, 5, 21), date(2021, 6, 2)):
        check(sample, day)


# ------------------------------------------------------------------ generated workbooks

days = st.integers(0, SPAN).map(lambda n: START + timedelta(days=n))
maybe_day = st.one_of(st.just(""), days.map(date.isoformat))


@st.composite
def raw_workbooks(draw):
    count = draw(st.integers(1, 4))
    ids = [f"c{i}" for i in range(count)]
    coalitions = [["identifiant", "nom", "maturité", "mis à jour", "pilote"]]
    progress = [["date", "coalition", "maturité"]]
    deliverables = [["coalition", "livrable", "statut", "date", "saisi le"]]
    memberships = [["coalition", "acteur", "rôle", "depuis"]]
    for cid in ids:
        stage = draw(st.sampled_from([*STAGE_WORDS, "?"]))
        pilot = draw(st.sampled_from(["oui", "non"]))
        coalitions.append([cid, cid.upper(), stage, draw(maybe_day), pilot])
        for when in draw(st.lists(days, max_size=4)):
            progress.append([when.isoformat(), cid, draw(st.sampled_from(STAGE_WORDS))])
        for title in draw(st.lists(st.sampled_from(["guide", "atlas"]), max_size=2, unique=True)):
            for status in draw(st.lists(st.sampled_from(STATUS_WORDS), min_size=1, max_size=3)):
                deliverables.append([cid, title, status, draw(maybe_day), draw(maybe_day)])
        for actor in draw(st.lists(st.sampled_from("XYZ"), max_size=3, unique=True)):
            role = draw(st.sampled_from(["animateur", "noyau", "partenaire", "intéressé"]))
            memberships.append([cid, actor, role, draw(maybe_day)])
    events = [["début", "titre", "type", "coalition"]]
    for when in draw(st.lists(days, max_size=3)):
        events.append([when.isoformat(), "Atelier", "atelier", draw(st.sampled_from(ids))])
    tabs = {
        "coalitions": coalitions,
        "progress": progress,
        "livrables": deliverables,
        "membres": memberships,
        "événements": events,
        "paramètres": SETTINGS,
    }
    return RawWorkbook("generated", {name: pd.DataFrame(rows) for name, rows in tabs.items()})


def workbooks():
    return raw_workbooks().map(lambda raw: build_dataset(raw, today=END))


@settings(max_examples=12, suppress_health_check=[HealthCheck.too_slow])
@given(data=workbooks(), extra=st.lists(days, min_size=1, max_size=2))
def test_generated_workbooks_every_reset_day_and_random_days(data, extra):
    reset_days = [d.date for d in past_reset_days(data, END)]
    for day in [*reset_days, *extra]:
        check(data, day)


# ------------------------------------------------------------------ today, uncut

# The pages on today show the dataset as validation built it (``app.py`` cuts only a past
# day), while the report and the deck of today cut it at today: the stages must agree, even
# when the sheet holds moves dated after today (the sample's June rows; a typo on a live sheet).


def stages_today(data) -> dict[str, int]:
    return dict(zip(data.coalitions["id"], data.coalitions["stage"], strict=True))


def test_the_sample_today_is_the_sample_cut_at_today(sample):
    today = date(2021, 5, 21)  # the sample's reference_date
    cut = as_of(sample, today)
    assert stages_today(sample) == stages_today(cut)
    # The sample does date three moves after its today: the check is not empty.
    assert (sample.progress["date"] > pd.Timestamp(today)).sum() >= 3


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(raw=raw_workbooks(), today=days)
def test_generated_workbooks_today_is_the_workbook_cut_at_today(raw, today):
    data = build_dataset(raw, today=today)
    cut = stages_today(as_of(data, today))
    # A coalition whose history starts after today is still listed by the uncut pages (the
    # coalitions tab names it); its stage is what is compared where both show it.
    assert {k: v for k, v in stages_today(data).items() if k in cut} == cut, today
