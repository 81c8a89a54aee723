"""The agenda page on the sample (dates counted by hand in data_sources/sample/events.csv and
settings.csv), in English, with filters and past events, on the messy workbook and on
partial workbooks."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import partial_workbook

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data_sources" / "sample"
MESSY = ROOT / "tests" / "fixtures" / "messy.xlsx"
PAGE = "app_pages/agenda.py"


def reset_day_cards(at) -> list[tuple[str, str]]:
    """The next Reset Days' cards as (title, date): a bold title, then the date subheader."""
    titles = [m.value for m in at.markdown if re.fullmatch(r"\*\*Reset Day \d+\*\*", m.value)]
    dates = [s.value for s in at.subheader][1 : 1 + len(titles)]  # after "Next Reset Days"
    return [(title.strip("*"), day) for title, day in zip(titles, dates, strict=True)]


def captions(at) -> list[str]:
    return [c.value for c in at.caption]


def test_next_reset_days_on_the_sample(app):
    at = app(page=PAGE, lang="en")
    assert not at.exception
    assert at.title[0].value == "Agenda"
    # settings.csv: third Tuesday, August skipped, today 2021-05-21. Reset Day 14 was on
    # 18 May, so no. 15 is on Tuesday 15 June 2021; 16 on 20 July; no meeting in August;
    # 17 on 21 September, 18 on 19 October (all four also in events.csv).
    assert reset_day_cards(at) == [
        ("Reset Day 15", "Tuesday 15 June 2021"),
        ("Reset Day 16", "Tuesday 20 July 2021"),
        ("Reset Day 17", "Tuesday 21 September 2021"),
        ("Reset Day 18", "Tuesday 19 October 2021"),
    ]
    assert "Calendar: the third Tuesday of the month; no Reset Day in August." in captions(at)


def test_upcoming_events_on_the_sample(app):
    at = app(page=PAGE, lang="en")
    # events.csv: 12 rows on or after 2021-05-21 (Reset Days 15-18, 8 coalition events); the
    # calendar adds Reset Days 19-25 (16/11/2021 to 17/05/2022): 19 events.
    assert "19 upcoming events with these filters." in captions(at)
    upcoming = at.dataframe[-1].value
    assert len(upcoming) == 19
    assert upcoming["title"].iloc[0] == "Échange avec les acteurs de la mutualisation"
    # Reset Day numbers as text; the other events' cells blank (a missing number showed
    # « None » in the table).
    numbers = list(upcoming["reset_day"])
    assert [n for n in numbers if n] == [str(n) for n in range(15, 26)]
    assert numbers[:2] == ["", ""]  # 3 June exchange, 7 June workshop
    # The first card: 3 June 2021 at 11:00, linked to the achat coalition's sheet.
    cards = [m.value for m in at.markdown if "  \n" in m.value]
    assert cards[0] == "**Thursday 3 June 2021**  \n11:00"
    assert cards[1] == "**Échange avec les acteurs de la mutualisation**  \nOther · En ligne"
    links = [(link.proto.page, link.proto.query_string) for link in at.get("page_link")]
    assert links[0] == ("coalition", "coalition=achat")
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert {trace["name"] for trace in chart["data"]} == {
        "Reset Day", "Workshop", "Report-back", "Other",
    }  # fmt: skip
    button = next(b for b in at.get("download_button") if b.proto.label.endswith("(.ics)"))
    assert button.proto.label == "Download for my calendar (.ics)"
    assert button.proto.deferred_file_id  # built on click only
    assert not button.proto.disabled
    assert any(c.startswith("19 events: those shown") for c in captions(at))


def test_french_by_default(app):
    at = app(page=PAGE)
    assert not at.exception
    assert reset_day_cards(at)[0] == ("Reset Day 15", "mardi 15 juin 2021")
    assert (
        "Calendrier\u00a0: le troisième mardi du mois\u202f; pas de Reset Day en août."
        in captions(at)
    )


def test_filters(app):
    at = app(page=PAGE, lang="en")
    at.multiselect(key="agenda-coalitions").set_value(["civictech"]).run()
    assert not at.exception
    # civictech after 21 May: the workshop of 7 June and the report-back of 6 July.
    assert "2 upcoming events with these filters." in captions(at)
    assert list(at.dataframe[-1].value["title"]) == [
        "Atelier de production : leviers et freins des scénarios",
        "Restitution des travaux",
    ]
    # The next Reset Days do not depend on the filters.
    assert reset_day_cards(at)[0] == ("Reset Day 15", "Tuesday 15 June 2021")
    at.multiselect(key="agenda-coalitions").set_value([])
    at.multiselect(key="agenda-kinds").set_value(["reset_day"]).run()
    assert "11 upcoming events with these filters." in captions(at)
    at.multiselect(key="agenda-kinds").set_value(["launch"]).run()
    assert "No upcoming event with these filters." in [i.value for i in at.info]


def test_past_events(app):
    at = app(page=PAGE, lang="en")
    at.toggle(key="agenda-past").set_value(True).run()
    assert not at.exception
    assert "Past events" in [s.value for s in at.subheader]
    past = at.dataframe[-1].value
    # events.csv before 21 May 2021: Reset Days 10-14, five launches, one workshop (11);
    # the calendar adds Reset Days 4-9 (June-December 2020, August skipped): 17.
    assert len(past) == 17
    assert past["title"].iloc[0] == "Lancement de la coalition civic tech"  # latest first
    assert [n for n in past["reset_day"] if n] == [str(n) for n in range(14, 3, -1)]
    assert past["reset_day"].iloc[0] == ""  # the civic tech launch
    assert any(c.startswith("36 events: those shown") for c in captions(at))


def test_messy_workbook(app):
    at = app(page=PAGE, data=MESSY, lang="en")
    assert not at.exception
    at.toggle(key="agenda-past").set_value(True).run()
    assert not at.exception
    assert all("<img" not in m.value and "<script" not in m.value for m in at.markdown)
    past = at.dataframe[-1].value
    # The hostile title stays text in the table.
    assert any(title.startswith("Soirée <img") for title in past["title"])


def test_no_events_tab(app, tmp_path):
    at = app(page=PAGE, data=partial_workbook(tmp_path / "wb", "coalitions", "settings"), lang="en")
    assert not at.exception
    assert "no “events” tab" in at.info[0].value
    # Computed from the settings alone: 15 June 2021 is the third Tuesday after no. 14.
    assert reset_day_cards(at)[0] == ("Reset Day 15", "Tuesday 15 June 2021")
    # Reset Days 15-25 (August skipped): one a month for a year.
    assert "11 upcoming events with these filters." in captions(at)


def test_only_coalitions(app, tmp_path):
    at = app(page=PAGE, data=partial_workbook(tmp_path / "wb", "coalitions"), lang="en")
    assert not at.exception
    assert "no “events” tab" in at.info[0].value
    # Without settings the real date is today: the next four monthly meetings.
    assert len(reset_day_cards(at)) == 4


def test_empty_events_tab(app, tmp_path):
    folder = partial_workbook(tmp_path / "wb", "coalitions", "settings")
    (folder / "events.csv").write_text("début,titre,type\n", encoding="utf-8")
    at = app(page=PAGE, data=folder, lang="en")
    assert not at.exception
    assert "holds no readable row yet" in at.info[0].value
    assert reset_day_cards(at)[0] == ("Reset Day 15", "Tuesday 15 June 2021")
