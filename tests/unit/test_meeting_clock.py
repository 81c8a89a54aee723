"""A meeting run from the presenter page: its budget, its timer (a controlled clock), the
registry that followers poll, the slide notes, the slide a follower draws."""

from __future__ import annotations

from datetime import date

from coalitions.format import format_duration
from coalitions.report import build_report, chosen_reset_day
from coalitions.report.deck import build_slides, slide_html
from coalitions.report.meeting import (
    CODE_ALPHABET,
    CODE_LENGTH,
    DEFAULT_MEETING_MINUTES,
    DEFAULT_MINUTES_PER_COALITION,
    Budget,
    MeetingRegistry,
    Position,
    coalition_notes,
    meeting_budget,
    meeting_deck,
    new_code,
    note_ref,
    summarize,
    valid_code,
)

RD14 = date(2021, 5, 18)
START = Position(14, "family", (), 1)


def codes(*names: str):
    """A code maker giving ``names`` in turn (collisions are tested with repeats)."""
    left = list(names)
    return lambda: left.pop(0)


def test_the_budget_comes_from_the_settings_with_defaults():
    assert meeting_budget({}) == Budget(DEFAULT_MINUTES_PER_COALITION, DEFAULT_MEETING_MINUTES)
    assert meeting_budget({"meeting_minutes_per_coalition": " 4 ", "meeting_minutes": "90"}) == (
        Budget(4, 90)
    )
    for bad in ("", "quatre", "0", "-3", "4.5"):
        assert meeting_budget({"meeting_minutes_per_coalition": bad}).per_coalition == 5


def test_time_on_a_slide_and_on_the_meeting_with_a_controlled_clock():
    registry = MeetingRegistry(codes("AAAAAA"))
    budget = Budget(per_coalition=5, meeting=120)
    code = registry.start(START, now=1000.0)
    timing = registry.timing(code, 1000.0 + 299, budget, coalition_slide=True)
    assert (timing.slide_seconds, timing.meeting_seconds) == (299, 299)
    assert not timing.slide_over and not timing.meeting_over
    timing = registry.timing(code, 1000.0 + 301, budget, coalition_slide=True)
    assert timing.slide_over and timing.slide_budget == 5  # over its five minutes
    # The title slide has no budget of its own: never flagged.
    assert not registry.timing(code, 1000.0 + 3000, budget, coalition_slide=False).slide_over
    # A move restarts the slide's time, not the meeting's.
    registry.show(code, Position(14, "family", (), 2), now=1400.0)
    timing = registry.timing(code, 1430.0, budget, coalition_slide=True)
    assert (timing.slide_seconds, timing.meeting_seconds) == (30, 430)
    assert not timing.slide_over
    assert registry.timing(code, 1000.0 + 120 * 60, budget, True).meeting_over is False
    assert registry.timing(code, 1000.0 + 120 * 60 + 1, budget, True).meeting_over
    # Time per slide, a slide shown twice counted twice.
    registry.show(code, START, now=1500.0)
    registry.show(code, Position(14, "family", (), 2), now=1520.0)
    assert registry.seconds_on(code, 1600.0) == {1: 400 + 20, 2: 100 + 80}


def test_a_move_bumps_the_version_a_rerun_does_not():
    registry = MeetingRegistry(codes("AAAAAA"))
    code = registry.start(START, now=0.0)
    assert registry.position(code) == START
    assert registry.show(code, START, now=5.0).version == 0  # the same place: no move
    moved = registry.show(code, Position(14, "family", (), 3), now=6.0)
    assert (moved.slide, moved.version) == (3, 1)
    # Another order is another deck: followers redraw.
    assert registry.show(code, Position(14, "group", (), 3), now=7.0).version == 2
    assert registry.position(code).order == "group"
    registry.close(code)
    assert registry.position(code) is None and len(registry) == 0


def test_a_meeting_unknown_to_the_process_resumes_from_the_presenters_url():
    # After a restart the registry is empty; the presenter view's URL has code and slide.
    registry = MeetingRegistry(codes())
    resumed = registry.show("K7P2QX", Position(14, "family", (), 9), now=50.0)
    assert (resumed.slide, resumed.version) == (9, 0)
    assert registry.position("K7P2QX") == resumed
    assert registry.timing("K7P2QX", 80.0, Budget(), True).slide_seconds == 30


def test_codes_are_short_unambiguous_and_never_reused_while_running():
    registry = MeetingRegistry(codes("AAAAAA", "AAAAAA", "BBBBBB"))
    assert registry.start(START, 0.0) == "AAAAAA"
    assert registry.start(START, 0.0) == "BBBBBB"  # AAAAAA is taken: another is drawn
    made = {new_code() for _ in range(200)}
    assert all(len(c) == CODE_LENGTH and set(c) <= set(CODE_ALPHABET) for c in made)
    assert not set("01OIL") & set(CODE_ALPHABET)
    assert valid_code(" k7p2 qx ") == "K7P2QX"
    for bad in (None, "", "K7P2Q", "K7P2QXX", "K7P2Q0", "../../x", "<script>"):
        assert valid_code(bad) is None


def test_the_registry_keeps_a_bounded_number_of_meetings():
    registry = MeetingRegistry(codes("AAAAAA", "BBBBBB", "CCCCCC"), limit=2)
    first = registry.start(START, 0.0)
    second = registry.start(START, 1.0)
    registry.show(first, Position(14, "family", (), 2), 2.0)  # first moved last
    registry.start(START, 3.0)
    assert len(registry) == 2
    assert registry.position(second) is None and registry.position(first) is not None


def _section(sample, coalition):
    report = build_report(sample, chosen_reset_day(sample, RD14, "14")[0], "fr")
    return next(s for s in report.sections if s.id == coalition)


def test_notes_of_envdata_on_reset_day_14(sample):
    notes = coalition_notes(sample, _section(sample, "envdata"), RD14)
    assert notes.leads == ("FING",)  # memberships.csv: envdata, FING, animateur
    assert notes.last_news == date(2021, 5, 17)  # updates.csv
    assert notes.reminder.coalition == "envdata" and not notes.reminder.news_missing
    assert (notes.previous.number, notes.previous.date) == (13, date(2021, 4, 20))


def test_notes_say_what_mes_coalitions_says_was_missing(sample):
    # mediation: no news since 20 April, a next step written on 27 January (see
    # tests/unit/test_reminders.py, the same reminder on the morning of Reset Day 14).
    notes = coalition_notes(sample, _section(sample, "mediation"), RD14)
    assert notes.reminder.news_missing and notes.reminder.step_old
    assert notes.reminder.step_written == date(2021, 1, 27)
    # News after the meeting's day are not its last news.
    later = coalition_notes(sample, _section(sample, "envdata"), date(2021, 5, 16))
    assert later.last_news is None or later.last_news <= date(2021, 5, 16)


def test_a_follower_draws_the_presenters_slides(sample):
    report = build_report(sample, chosen_reset_day(sample, RD14, "14")[0], "fr")
    slides = build_slides(report, None, "family")
    deck = meeting_deck(sample, RD14, 14, "family", (), "fr")
    assert deck == tuple(slide_html(report, s) for s in slides)
    # The presenter's subset and the follower's language: title, message, glance, envdata,
    # agenda.
    english = build_report(sample, report.reset_day, "en")
    subset = build_slides(english, ["envdata"], "family")
    only = meeting_deck(sample, RD14, 14, "family", ("envdata",), "en")
    assert subset[3].section.id == "envdata" and len(only) == 5
    assert only == tuple(slide_html(english, s) for s in subset)
    assert meeting_deck(sample, RD14, 999, "family", (), "fr") == ()


def test_durations_are_written_to_the_second():
    assert format_duration(0) == "0\u00a0min\u00a000\u00a0s"
    assert format_duration(305.9) == "5\u00a0min\u00a005\u00a0s"
    assert format_duration(3729) == "1\u00a0h\u00a002\u00a0min\u00a009\u00a0s"
    assert format_duration(-4) == "0\u00a0min\u00a000\u00a0s"


def test_a_second_presenter_view_does_not_pull_the_room_back():
    # The note-taker's view reruns on slide 4 while the presenter moved to 6: only moves and
    # a new deck change the meeting.
    registry = MeetingRegistry(codes("AAAAAA"))
    code = registry.start(Position(14, "family", (), 4), now=0.0)
    registry.show(code, Position(14, "family", (), 6), now=1.0)
    assert registry.keep(code, Position(14, "family", (), 4), now=2.0).slide == 6
    changed = registry.keep(code, Position(14, "group", (), 4), now=3.0)
    assert (changed.order, changed.slide) == ("group", 4)
    assert registry.keep("BBBBBB", Position(14, "family", (), 9), now=4.0).slide == 9


def test_a_note_has_the_same_ref_however_often_it_is_sent():
    first = note_ref("K7P2QX", "envdata", "Atelier le 7 juin", "")
    assert first == note_ref("K7P2QX", "envdata", " Atelier  le 7 juin ", "")
    assert first != note_ref("K7P2QX", "envdata", "Atelier le 8 juin", "")
    assert first != note_ref("BBBBBB", "envdata", "Atelier le 7 juin", "")
    assert first != note_ref("K7P2QX", "civictech", "Atelier le 7 juin", "")


def test_the_summary_counts_time_per_coalition_and_notes():
    registry = MeetingRegistry(codes("AAAAAA"))
    code = registry.start(START, now=0.0)
    deck = {4: ("envdata", "Données"), 5: ("civictech", "Civic tech"), 6: ("achat", "Achat")}
    registry.show(code, Position(14, "family", (), 4), now=30.0)
    registry.noted(code, "envdata", "Atelier le 7 juin")
    registry.noted(code, "envdata", "Atelier le 7 juin")  # the same note again: once
    registry.show(code, Position(14, "family", (), 5), now=230.0)
    registry.show(code, Position(14, "family", (), 4), now=260.0)  # back to envdata
    registry.noted(code, "achat", "Achat : un guide en juillet")  # noted, never shown
    meeting = registry.close(code)
    summary = summarize(meeting, deck, now=300.0)
    assert registry.position(code) is None
    assert (summary.reset_day, summary.seconds, summary.coalitions, summary.notes) == (
        14, 300.0, 3, 2,
    )  # fmt: skip
    assert [(c.coalition, c.seconds, c.notes) for c in summary.covered] == [
        ("envdata", 200.0 + 40.0, ("Atelier le 7 juin",)),
        ("civictech", 30.0, ()),
        ("achat", 0.0, ("Achat : un guide en juillet",)),
    ]
