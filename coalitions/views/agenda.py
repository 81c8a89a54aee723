"""The agenda: the events tab merged with the Reset Days of the recurrence, and its .ics file.

Reset Days come from two places: the recurrence (third Tuesday of the month by default, see
``coalitions.history.resetdays``) and the ``Reset Day`` rows of the events tab, which move or
describe a meeting. They are merged without duplicates: an events-tab Reset Day on the date
the recurrence gives (after its own move) takes that meeting's number, and the recurrence
adds the meetings nobody has written down yet.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pandas as pd

from coalitions.escape import escape_text, safe_url
from coalitions.format import format_time_range, month_name, weekday_name
from coalitions.history.resetdays import Recurrence, recurrence_from_settings, reset_days
from coalitions.i18n import translate
from coalitions.workbook.dataset import Dataset
from coalitions.workbook.examples import example_names
from coalitions.workbook.schema import fold

# The community meets in France: times typed in the sheet are Paris wall-clock times.
TIMEZONE = ZoneInfo("Europe/Paris")
# How far the computed Reset Days reach, ahead and back: a year ahead covers the season's
# planning; a year back keeps the recent meetings in the past section.
HORIZON_MONTHS = 12
PAST_MONTHS = 12
# UIDs must be globally unique and stable: the same event keeps its UID from one download to
# the next, so a calendar app updates it instead of adding a copy.
UID_DOMAIN = "reset-coalitions.fing.org"
PRODID = "-//FING//RESET coalitions dashboard//FR"
COLUMNS = [
    "uid",
    "date",
    "end",
    "all_day",
    "title",
    "kind",
    "coalition",
    "coalition_name",
    "location",
    "url",
    "number",
    "computed",
    "past",
]


def agenda_events(
    data: Dataset,
    today: date,
    *,
    lang: str = "fr",
    coalitions: list[str] | None = None,
    kinds: list[str] | None = None,
    horizon_months: int = HORIZON_MONTHS,
    past_months: int = PAST_MONTHS,
    recurrence: Recurrence | None = None,
) -> pd.DataFrame:
    """Every event of the agenda, sorted by date, with its Reset Day number if it is one.

    The events tab's rows plus the Reset Days the recurrence gives (from the settings tab
    unless ``recurrence`` is passed) from ``past_months`` before ``today`` to
    ``horizon_months`` after it, merged without duplicates (see the module docstring).
    ``coalitions`` and ``kinds`` filter as ``filter_events`` does.

    Columns: uid (stable, for the .ics), date, end (NaT if none), all_day (no time given),
    title, kind, coalition (id, ``""`` for the whole community), coalition_name, location,
    url (only http(s) links, else ``""``), number (Reset Day number, <NA> otherwise),
    computed (True for a Reset Day added from the recurrence), past (before ``today``).
    """
    recurrence = recurrence or recurrence_from_settings(data.settings)
    sheet = data.events.copy()
    for column in ("title", "kind", "coalition", "location", "url"):
        sheet[column] = sheet[column].fillna("").astype(str)
    sheet = sheet[sheet["date"].notna()]
    is_meeting = sheet["kind"] == "reset_day"
    start = (pd.Timestamp(today) - pd.DateOffset(months=past_months)).date()
    if is_meeting.any():
        start = min(start, sheet.loc[is_meeting, "date"].min().date())
    end = (pd.Timestamp(today) + pd.DateOffset(months=horizon_months)).date()
    meetings = reset_days(recurrence, start, end, sheet)
    numbers = pd.Series(
        [m.number for m in meetings], index=pd.to_datetime([m.date for m in meetings])
    )
    numbers = numbers[~numbers.index.duplicated()]
    day = sheet["date"].dt.normalize()
    sheet["number"] = day.map(numbers).where(is_meeting).astype("Int64")
    # A meeting numbered twice (two rows on the same day) keeps its number on the first only.
    sheet.loc[sheet["number"].notna() & sheet["number"].duplicated(), "number"] = pd.NA
    sheet["computed"] = False
    written = set(sheet["number"].dropna().astype(int))
    missing = [m for m in meetings if m.number not in written]
    added = pd.DataFrame(
        {
            "date": pd.to_datetime([m.date for m in missing]),
            "end": pd.Series(pd.NaT, index=range(len(missing)), dtype="datetime64[ns]"),
            "title": [translate("agenda.reset_day_title", lang, number=m.number) for m in missing],
            "kind": "reset_day",
            "coalition": "",
            "location": "",
            "url": "",
            "number": pd.array([m.number for m in missing], dtype="Int64"),
            "computed": True,
        }
    )
    events = pd.concat([sheet.drop(columns=["row"], errors="ignore"), added], ignore_index=True)
    # Named as every output names them: an invented example is marked (sheet contract).
    names = example_names(data.coalitions, lang)
    events["coalition_name"] = events["coalition"].map(names).fillna("")
    events["url"] = events["url"].map(safe_url)
    events["all_day"] = events["date"] == events["date"].dt.normalize()
    events["past"] = events["date"] < pd.Timestamp(today)
    events["uid"] = _uids(events)
    events = events.sort_values(["date", "title"], kind="stable").reset_index(drop=True)
    return filter_events(events[COLUMNS], coalitions, kinds)


def filter_events(
    events: pd.DataFrame, coalitions: list[str] | None = None, kinds: list[str] | None = None
) -> pd.DataFrame:
    """The events of these coalition ids (``""``: community-wide) and kinds (None/empty: all)."""
    keep = pd.Series(True, index=events.index)
    if coalitions:
        keep &= events["coalition"].isin(coalitions)
    if kinds:
        keep &= events["kind"].isin(kinds)
    return events[keep].reset_index(drop=True)


def _uids(events: pd.DataFrame) -> pd.Series:
    """Reset Days by number (moving one updates it); other events by date, title, coalition."""
    if events.empty:
        return pd.Series(dtype=object, index=events.index)
    basis = (
        events["date"].dt.strftime("%Y-%m-%dT%H:%M")
        + "|"
        + events["title"].map(fold)
        + "|"
        + events["coalition"]
    )
    digest = basis.map(lambda text: hashlib.sha256(text.encode("utf-8")).hexdigest()[:20])
    # Two identical rows are still two events: number the repeats.
    repeat = digest.groupby(digest).cumcount()
    digest = digest.where(repeat == 0, digest + "-" + (repeat + 1).astype(str))
    meeting = events["number"].notna()
    uid = ("event-" + digest).where(
        ~meeting, "reset-day-" + events["number"].astype("string").fillna("")
    )
    return uid + "@" + UID_DOMAIN


def upcoming(events: pd.DataFrame) -> pd.DataFrame:
    """The events on or after the day the agenda was computed for, soonest first."""
    return events[~events["past"]]


def past(events: pd.DataFrame) -> pd.DataFrame:
    """The events before that day, most recent first."""
    return events[events["past"]].iloc[::-1]


def build_ics(events: pd.DataFrame, lang: str = "fr", stamp: datetime | None = None) -> bytes:
    """An iCalendar file (RFC 5545) of ``events`` (a frame from ``agenda_events``).

    One VEVENT per event: its stable UID, DTSTART/DTEND (dates for all-day events, with an
    exclusive end; Paris times otherwise, their VTIMEZONE included), SUMMARY, LOCATION, URL
    for http(s) links only, and a DESCRIPTION naming the kind and the coalition. Text goes
    in as typed: icalendar escapes it. ``stamp`` (DTSTAMP) defaults to now.
    """
    stamp = stamp or datetime.now(UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", translate("agenda.ics_name", lang))
    for event in events.itertuples(index=False):
        calendar.add_component(_vevent(event, lang, stamp))
    if len(events):
        # Only the years the events span: the default (1970-2038) triples the file's size.
        first, last = events["date"].min(), events["date"].max()
        calendar.add_missing_timezones(date(first.year, 1, 1), date(last.year + 2, 1, 1))
    return calendar.to_ical()


def _vevent(event, lang: str, stamp: datetime) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", stamp)
    start, end = pd.Timestamp(event.date), event.end
    if event.all_day:
        last = pd.Timestamp(end).date() if not pd.isna(end) else start.date()
        vevent.add("dtstart", start.date())
        # DTEND of an all-day event is exclusive: the day after its last day.
        vevent.add("dtend", max(last, start.date()) + timedelta(days=1))
    else:
        vevent.add("dtstart", start.to_pydatetime().replace(tzinfo=TIMEZONE))
        if not pd.isna(end) and pd.Timestamp(end) > start:
            vevent.add("dtend", pd.Timestamp(end).to_pydatetime().replace(tzinfo=TIMEZONE))
    vevent.add("summary", event.title)
    if event.location:
        vevent.add("location", event.location)
    link = safe_url(event.url)
    if link:
        vevent.add("url", link)
    lines = [translate(f"kind.{event.kind}", lang)]
    if event.coalition_name:
        lines.append(translate("agenda.ics_coalition", lang, name=event.coalition_name))
    vevent.add("description", "\n".join(lines))
    return vevent


def ics_filename(today: date, lang: str = "fr") -> str:
    """The download's file name, e.g. ``agenda-reset-2021-05-21.ics``."""
    stem = translate("agenda.ics_file", lang, day=today.isoformat())
    return f"{escape_text(stem, 'filename')}.ics"


def describe_recurrence(recurrence: Recurrence, lang: str = "fr") -> str:
    """The recurrence in words: ``le troisième mardi du mois ; pas de Reset Day en août``."""
    ordinal = translate(f"agenda.week.{recurrence.week}", lang)
    weekday = weekday_name(recurrence.weekday, lang)
    text = translate("agenda.recurrence", lang, ordinal=ordinal, weekday=weekday)
    if recurrence.skip_months:
        months = ", ".join(month_name(m, lang) for m in sorted(recurrence.skip_months))
        text += translate("agenda.recurrence.skip", lang, months=months)
    return text + "."


def agenda_table(events: pd.DataFrame, lang: str = "fr") -> pd.DataFrame:
    """``events`` as people read them: one row per event, labels in ``lang``.

    Columns: date (the day), time (``9 h 30 – 12 h 30``, ``09:30–12:30`` in English, ``""``
    for an all-day event), until (last
    day of an event over several days, else NaT), title, kind (label), coalition (name),
    location, link (http(s) only), reset_day (its number, <NA> for other events).
    """
    start, end = events["date"], events["end"]
    timed = ~events["all_day"]
    same_day = end.notna() & (end.dt.normalize() == start.dt.normalize())
    with_end = same_day & (end > start)
    time = [
        format_time_range(s, e if has_end else None, lang) if is_timed else ""
        for s, e, has_end, is_timed in zip(start, end, with_end, timed, strict=True)
    ]
    kinds = {k: translate(f"kind.{k}", lang) for k in events["kind"].unique()}
    return pd.DataFrame(
        {
            "date": start.dt.normalize(),
            "time": pd.Series(time, index=events.index, dtype=object),
            "until": end.dt.normalize().where(end.notna() & ~same_day & (end > start)),
            "title": events["title"],
            "kind": events["kind"].map(kinds),
            "coalition": events["coalition_name"],
            "location": events["location"],
            "link": events["url"],
            "reset_day": events["number"],
        }
    ).reset_index(drop=True)
