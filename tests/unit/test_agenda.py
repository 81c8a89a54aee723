"""The agenda: Reset Days merged with the events tab, filters, the table and the .ics file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import icalendar
import pandas as pd

from coalitions.history.resetdays import Recurrence
from coalitions.views import agenda
from coalitions.workbook.dataset import RawWorkbook
from coalitions.workbook.validation import build_dataset

TODAY = date(2021, 5, 21)  # the sample's reference date
STAMP = datetime(2021, 5, 21, 8, 0, tzinfo=UTC)
HOSTILE = '<script>alert("x")</script>, a; b\\c\nsecond line'
COALITIONS = [["id", "nom", "maturité"], ["envdata", "Données environnementales", 3]]


def _dataset(**tabs: list[list]):
    tabs.setdefault("coalitions", COALITIONS)
    return build_dataset(
        RawWorkbook("test", {name: pd.DataFrame(rows) for name, rows in tabs.items()})
    )


def _meetings(events: pd.DataFrame) -> list[tuple[int, str, bool]]:
    rows = events[events["number"].notna()]
    return [
        (int(n), d.strftime("%Y-%m-%d"), bool(c))
        for n, d, c in zip(rows["number"], rows["date"], rows["computed"], strict=True)
    ]


def test_sample_reset_days_merge_the_events_tab_and_the_calendar(sample):
    events = agenda.agenda_events(sample, TODAY)
    coming = agenda.upcoming(events)
    # 15-18 are written in the events tab (August skipped); 19-25 come from the calendar,
    # third Tuesdays up to a year after 21 May 2021.
    assert _meetings(coming) == [
        (15, "2021-06-15", False),
        (16, "2021-07-20", False),
        (17, "2021-09-21", False),
        (18, "2021-10-19", False),
        (19, "2021-11-16", True),
        (20, "2021-12-21", True),
        (21, "2022-01-18", True),
        (22, "2022-02-15", True),
        (23, "2022-03-15", True),
        (24, "2022-04-19", True),
        (25, "2022-05-17", True),
    ]
    numbers = events["number"].dropna()
    assert numbers.is_unique
    # Past: 10-14 from the tab, 4-9 computed from June 2020 (a year back; August skipped).
    assert _meetings(agenda.past(events).iloc[::-1]) == [
        (4, "2020-06-16", True),
        (5, "2020-07-21", True),
        (6, "2020-09-15", True),
        (7, "2020-10-20", True),
        (8, "2020-11-17", True),
        (9, "2020-12-15", True),
        (10, "2021-01-19", False),
        (11, "2021-02-16", False),
        (12, "2021-03-16", False),
        (13, "2021-04-20", False),
        (14, "2021-05-18", False),
    ]
    # 12 rows of the events tab are on or after 21 May 2021, plus 7 computed Reset Days.
    assert len(coming) == 19
    assert len(agenda.past(events)) == 11 + 6
    assert coming.iloc[0]["title"] == "Échange avec les acteurs de la mutualisation"
    computed = coming[coming["computed"]].iloc[0]
    assert computed["title"] == "Reset Day 19"
    assert computed["all_day"]


def test_settings_override_the_recurrence():
    data = _dataset(
        settings=[
            ["clé", "valeur"],
            ["reset_day_weekday", "jeudi"],
            ["reset_day_week", "1"],
            ["reset_day_skip_months", "juillet, août"],
            ["reset_day_anchor_number", "30"],
            ["reset_day_anchor_date", "2021-05-06"],
        ]
    )
    events = agenda.agenda_events(data, TODAY, horizon_months=5, past_months=1)
    # First Thursdays; July and August skipped take no number.
    assert _meetings(events) == [
        (30, "2021-05-06", True),
        (31, "2021-06-03", True),
        (32, "2021-09-02", True),
        (33, "2021-10-07", True),
    ]
    assert list(events["past"]) == [True, False, False, False]


def test_last_weekday_and_an_explicit_recurrence():
    data = _dataset()
    last_friday = Recurrence(weekday=4, week=-1, anchor_number=1, anchor_date=date(2021, 6, 25))
    events = agenda.agenda_events(
        data, TODAY, recurrence=last_friday, horizon_months=3, past_months=0
    )
    assert _meetings(events) == [(1, "2021-06-25", True), (2, "2021-07-30", True)]


def test_events_tab_reset_days_move_and_complement_the_calendar():
    data = _dataset(
        events=[
            ["date", "titre", "type", "coalition", "lieu"],
            ["2021-06-22 10:00", "Reset Day 15 (décalé)", "Reset Day", "", "Paris"],
            ["2021-08-17", "Reset Day d'été", "Reset Day", "", ""],
            ["2021-06-07", "Atelier", "atelier", "envdata", ""],
        ],
        settings=[["clé", "valeur"], ["reset_day_skip_months", "août"]],
    )
    events = agenda.agenda_events(data, TODAY, horizon_months=4, past_months=0)
    # June's meeting moved a week: numbered 15 at its new date, no copy on the 15th.
    assert _meetings(events) == [
        (15, "2021-06-22", False),
        (16, "2021-07-20", True),
        (17, "2021-09-21", True),
    ]
    assert "2021-06-15" not in set(events["date"].dt.strftime("%Y-%m-%d"))
    moved = events[events["number"] == 15].iloc[0]
    assert moved["title"] == "Reset Day 15 (décalé)"
    assert moved["location"] == "Paris"
    assert moved["uid"] == "reset-day-15@" + agenda.UID_DOMAIN
    # A meeting in a skipped month stays, as written, without a number.
    summer = events[events["title"] == "Reset Day d'été"].iloc[0]
    assert pd.isna(summer["number"])
    assert summer["kind"] == "reset_day"
    assert len(events) == 5


def test_two_rows_for_the_same_meeting_keep_one_number():
    data = _dataset(
        events=[
            ["date", "titre", "type"],
            ["2021-06-15 09:30", "Reset Day 15", "Reset Day"],
            ["2021-06-15 14:00", "Reset Day 15 : ateliers", "Reset Day"],
        ]
    )
    events = agenda.agenda_events(data, TODAY, horizon_months=1, past_months=0)
    assert _meetings(events) == [(15, "2021-06-15", False)]
    assert len(events) == 2
    assert events["uid"].is_unique


def test_filters_by_coalition_and_kind(sample):
    events = agenda.agenda_events(sample, TODAY)
    civic = agenda.filter_events(agenda.upcoming(events), coalitions=["civictech"])
    assert list(civic["title"]) == [
        "Atelier de production : leviers et freins des scénarios",
        "Restitution des travaux",
    ]
    community = agenda.filter_events(events, coalitions=[""])
    assert set(community["kind"]) == {"reset_day"}
    meetings = agenda.filter_events(agenda.upcoming(events), kinds=["reset_day"])
    assert len(meetings) == 11
    both = agenda.agenda_events(sample, TODAY, coalitions=["envdata", "reemploi"], kinds=["launch"])
    assert list(both["title"]) == [
        "Lancement de la coalition réemploi",
        "Lancement national de la coalition données environnementales",
    ]
    assert list(both["coalition_name"])[1].startswith("Pour des données environnementales")


def test_uids_are_stable_and_unique(sample):
    first = agenda.agenda_events(sample, TODAY)
    again = agenda.agenda_events(sample, date(2021, 6, 1))
    assert first["uid"].is_unique
    common = first.merge(again, on=["date", "title"], suffixes=("", "_again"))
    assert (common["uid"] == common["uid_again"]).all()
    assert len(common) > 20
    assert first.loc[first["number"] == 19, "uid"].item() == "reset-day-19@" + agenda.UID_DOMAIN


def test_no_events_tab_still_gives_the_reset_days():
    data = _dataset()
    assert "events" not in data.tabs_present
    events = agenda.agenda_events(data, TODAY, horizon_months=2, past_months=1)
    assert _meetings(events) == [
        (14, "2021-05-18", True),
        (15, "2021-06-15", True),
        (16, "2021-07-20", True),
    ]
    assert agenda.upcoming(events)["past"].sum() == 0


def test_table_reads_like_an_agenda(sample):
    events = agenda.upcoming(agenda.agenda_events(sample, TODAY))
    table = agenda.agenda_table(events, "fr").set_index("title")
    assert table.loc["Reset Day 15", "time"] == "9\u00a0h\u00a030 – 12\u00a0h\u00a030"
    assert table.loc["Reset Day 15", "reset_day"] == 15
    assert table.loc["Reset Day 15", "kind"] == "Reset Day"
    assert table.loc["Échange avec les acteurs de la mutualisation", "time"] == "11\u00a0h"
    assert table.loc["Cycle éducatif : première rencontre", "time"] == ""
    assert table.loc["Atelier de production : leviers et freins des scénarios", "kind"] == (
        "Atelier"
    )
    assert pd.isna(table.loc["Reset Day 15", "until"])
    english = agenda.agenda_table(events, "en").set_index("title")
    assert english.loc["Reset Day 15", "time"] == "09:30–12:30"


def test_recurrence_in_both_languages():
    default = Recurrence(skip_months=frozenset({8}))
    assert agenda.describe_recurrence(default, "fr") == (
        "Calendrier\u00a0: le troisième mardi du mois\u202f; pas de Reset Day en août."
    )
    assert agenda.describe_recurrence(Recurrence(weekday=3, week=-1), "en") == (
        "Calendar: the last Thursday of the month."
    )


def _calendar(events: pd.DataFrame, lang: str = "fr") -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(agenda.build_ics(events, lang, stamp=STAMP))


def test_ics_parses_back_with_the_expected_events(sample):
    events = agenda.upcoming(agenda.agenda_events(sample, TODAY))
    calendar = _calendar(events)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == agenda.PRODID
    vevents = calendar.walk("VEVENT")
    assert len(vevents) == 19
    by_uid = {str(v["UID"]): v for v in vevents}
    assert len(by_uid) == 19
    paris = ZoneInfo("Europe/Paris")
    rd15 = by_uid["reset-day-15@" + agenda.UID_DOMAIN]
    assert str(rd15["SUMMARY"]) == "Reset Day 15"
    assert rd15.decoded("DTSTART") == datetime(2021, 6, 15, 9, 30, tzinfo=paris)
    assert rd15.decoded("DTEND") == datetime(2021, 6, 15, 12, 30, tzinfo=paris)
    assert str(rd15["LOCATION"]) == "En ligne"
    assert rd15.decoded("DTSTAMP") == STAMP
    # A computed Reset Day is an all-day event: DTEND is the next day (exclusive).
    rd19 = by_uid["reset-day-19@" + agenda.UID_DOMAIN]
    assert rd19.decoded("DTSTART") == date(2021, 11, 16)
    assert rd19.decoded("DTEND") == date(2021, 11, 17)
    workshop = next(v for v in vevents if str(v["SUMMARY"]).startswith("Atelier de production"))
    assert "Coalition\u00a0: Pour des civic tech au service de la qualité démocratique" in str(
        workshop["DESCRIPTION"]
    )
    assert str(workshop["DESCRIPTION"]).startswith("Atelier")
    # Times need their zone described in the file itself.
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]


def test_ics_in_english_names_the_coalition():
    data = _dataset(events=[["date", "titre", "coalition"], ["2021-06-01", "Talk", "envdata"]])
    events = agenda.filter_events(agenda.agenda_events(data, TODAY), kinds=["other"])
    vevent = _calendar(events, "en").walk("VEVENT")[0]
    assert str(vevent["DESCRIPTION"]) == "Other\nCoalition: Données environnementales"
    assert "X-WR-CALNAME:RESET agenda" in agenda.build_ics(events, "en").decode()


def test_ics_keeps_hostile_text_as_text_and_drops_unsafe_links():
    data = _dataset(
        coalitions=[["id", "nom", "maturité"], ["evil", HOSTILE, 1]],
        events=[
            ["date", "fin", "titre", "type", "coalition", "lieu", "lien"],
            ["2021-06-01", "2021-06-03", HOSTILE, "atelier", "evil", HOSTILE,
             "javascript:alert(1)"],
            ["2021-06-02 18:00", "", "Soirée", "autre", "", "Bar; Café, Lyon",
             "https://example.org/a?b=1;c=2,3"],
        ],
    )  # fmt: skip
    events = agenda.filter_events(agenda.agenda_events(data, TODAY), kinds=["workshop", "other"])
    raw = agenda.build_ics(events, "fr", stamp=STAMP)
    vevents = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    hostile = next(v for v in vevents if str(v["SUMMARY"]) != "Soirée")
    assert str(hostile["SUMMARY"]) == HOSTILE
    assert str(hostile["LOCATION"]) == HOSTILE
    assert str(hostile["DESCRIPTION"]) == f"Atelier\nCoalition\u00a0: {HOSTILE}"
    assert "URL" not in hostile
    # Over three days, all day: DTEND is the day after the last one.
    assert hostile.decoded("DTSTART") == date(2021, 6, 1)
    assert hostile.decoded("DTEND") == date(2021, 6, 4)
    evening = next(v for v in vevents if str(v["SUMMARY"]) == "Soirée")
    assert str(evening["LOCATION"]) == "Bar; Café, Lyon"
    assert str(evening["URL"]) == "https://example.org/a?b=1;c=2,3"
    assert "DTEND" not in evening  # no end given: none invented
    # The raw file never carries an unescaped line break or separator inside a value.
    text = raw.decode()
    assert "\\, a\\; b\\\\c\\nsecond line" in text.replace("\r\n ", "")
    assert "javascript:" not in text


def test_ics_of_no_event_is_still_a_calendar():
    calendar = _calendar(agenda.agenda_events(_dataset(), TODAY).iloc[0:0])
    assert calendar.walk("VEVENT") == []
    assert str(calendar["VERSION"]) == "2.0"


def test_ics_filename_is_safe():
    assert agenda.ics_filename(TODAY, "fr") == "agenda-reset-2021-05-21.ics"
    assert agenda.ics_filename(TODAY, "en") == "reset-agenda-2021-05-21.ics"
