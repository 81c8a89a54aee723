"""The presenter view (``/presenter?vue=animateur``) and the follower view
(``/presenter?suivre=CODE``) driven through AppTest, on the sample (Reset Day 14, 16 slides;
slide 4 is envdata's, see tests/app/test_presenter_page.py).

AppTest runs the pages in this process, so a presenter's and a follower's AppTest share the
meetings' registry as two browser sessions on one server do. The timer's clock is replaced.
A follower's page holds the whole deck, the slide the meeting shows visible; its script (run
in Chromium by tests/browser/test_meeting.py, not here) then follows the meeting's position
file, which these tests read instead.
"""

from __future__ import annotations

import json
import re
import shutil

import pytest

import ui.meetings
from coalitions.report import build_report
from coalitions.report.deck import build_slides
from coalitions.updates.access import hash_passcode
from data_sources.meeting_position import PositionFiles
from tests.app.test_presenter_page import PAGE, TOTAL, click, counter, slide
from tests.conftest import SAMPLE, hand_clock
from tests.unit.test_report import RD14

NBSP = "\u00a0"
VIEW = {"vue": "animateur"}


@pytest.fixture
def clock(monkeypatch):
    """The meeting's monotonic clock, moved by hand: ``clock.now += 60``."""
    return hand_clock(monkeypatch, ui.meetings, "clock")


@pytest.fixture(autouse=True)
def _no_meetings():
    """Each test starts with no meeting in the process."""
    for code in list(ui.meetings.REGISTRY._meetings):
        ui.meetings.REGISTRY.close(code)


@pytest.fixture(autouse=True)
def positions(monkeypatch, tmp_path) -> PositionFiles:
    """The meetings' position files, in a folder of the test's own."""
    files = PositionFiles(tmp_path / "meetings")
    monkeypatch.setattr(ui.meetings, "POSITIONS", files)
    return files


def position_file(files: PositionFiles, code: str) -> dict | None:
    """What a follower's script reads: the meeting's position file, None when absent."""
    path = files.folder / files.name(code)
    return json.loads(path.read_text()) if path.exists() else None


_FOLLOW_SLIDE = re.compile(r'<div class="rs-follow-slide" data-caption="([^"]*)"( hidden)?>')


def follow_page(at) -> str:
    """The follower page's HTML: the deck, the captions, the waiting message, the script."""
    found = [h.value for h in at.html if 'class="rs-follow"' in h.value]
    assert len(found) == 1
    return found[0]


def held(at) -> list[tuple[str, bool, str]]:
    """(caption, shown, HTML) of each slide the follower page holds."""
    page = follow_page(at)
    found = list(_FOLLOW_SLIDE.finditer(page))
    ends = [m.start() for m in found[1:]] + [page.index('<p class="rs-follow-caption"')]
    ends = ends[: len(found)]
    return [
        (m.group(1), m.group(2) is None, page[m.end() : end].removesuffix("</div>\n"))
        for m, end in zip(found, ends, strict=True)
    ]


def followed_slide(at) -> str:
    """The one slide the follower page shows."""
    shown_now = [html for _, visible, html in held(at) if visible]
    assert len(shown_now) == 1
    return shown_now[0]


def deck_of(at) -> str:
    """The deck key the follower page was drawn with."""
    return re.search(r'data-deck="([0-9a-f]*)"', follow_page(at)).group(1)


def shown(at) -> str:
    """The HTML of the slide shown large (the presenter view draws the next one after it)."""
    found = [h.value for h in at.html if 'class="rs-frame"' in h.value]
    assert found
    return found[0]


def text_in(at, key: str) -> str:
    """The markdown of the container ``key``."""
    return "\n".join(m.value for m in at.container(key=key).markdown)


def presenter(app, slide_number: int = 4, **query):
    at = app(page=PAGE, query={**VIEW, "slide": str(slide_number), **query})
    assert not at.exception
    return at


def start(at) -> str:
    click(at, "meeting_start")
    code = at.query_params["seance"]
    assert ui.meetings.REGISTRY.position(code) is not None
    return code


def follower(app, code: str, **options):
    at = app(page=PAGE, query={"suivre": code}, **options)
    assert not at.exception
    return at


def test_the_presenter_view_shows_the_slide_the_next_one_and_envdatas_notes(app):
    deck = app(page=PAGE, query={"slide": "5"})
    fifth = slide(deck)
    at = presenter(app)
    assert counter(at) == f"4 / {TOTAL}"
    big, small = [h.value for h in at.html if 'class="rs-frame"' in h.value]
    assert small == fifth  # the next slide is the deck's slide 5, drawn the same way
    notes = text_in(at, "meeting_notes")
    assert f"Animation{NBSP}: FING" in notes
    assert "Rien ne manquait avant la séance." in notes
    assert f"Dernière nouvelle{NBSP}: 17 mai 2021" in notes
    # The same slide in the deck is the same HTML as in the presenter view.
    click(deck, "slide_prev")
    assert slide(deck) == big


def test_notes_say_what_was_missing_as_mes_coalitions_does(app, sample):
    # mediation: the same reminder as « Mes coalitions » on the morning of Reset Day 14
    # (tests/unit/test_reminders.py), in the same words. Its slide is found in the deck.
    slides = build_slides(build_report(sample, RD14))
    number = next(i for i, s in enumerate(slides, 1) if s.section and s.section.id == "mediation")
    notes = text_in(presenter(app, slide_number=number), "meeting_notes")
    assert f"Animation{NBSP}: Hub de médiation numérique de Bellerive" in notes
    assert (
        f"Manquait avant la séance{NBSP}:\n"
        "  - Pas de nouvelles depuis le Reset Day du 20 avril 2021\n"
        "  - Prochaine étape écrite le 27 janvier 2021, il y a plus de trois mois"
    ) in notes
    assert f"Dernière nouvelle{NBSP}: aucune" not in notes
    assert "Aucune nouvelle publiée" in notes
    title = presenter(app, slide_number=1)
    assert "Pas de note pour cette diapositive." in [c.value for c in title.caption]


def test_the_last_slide_has_no_next_one(app):
    at = presenter(app, slide_number=TOTAL)
    assert "C’est la dernière diapositive." in [c.value for c in at.caption]
    assert len([h for h in at.html if 'class="rs-frame"' in h.value]) == 1


def test_time_on_the_slide_and_the_meeting_against_the_budget(app, clock):
    at = presenter(app)
    timer = text_in(at, "meeting_timer")
    assert "Heure" in timer and "Séance" not in timer  # no meeting yet: the clock alone
    start(at)
    clock.now += 299
    at.run()
    timer = text_in(at, "meeting_timer")
    assert f"Sur cette diapositive{NBSP}: 4{NBSP}min{NBSP}59{NBSP}s sur 5 min" in timer
    assert f"Séance{NBSP}: 4{NBSP}min{NBSP}59{NBSP}s sur 120 min" in timer
    assert "temps dépassé" not in timer
    clock.now += 2
    at.run()
    timer = text_in(at, "meeting_timer")
    assert f"5{NBSP}min{NBSP}01{NBSP}s sur 5 min — **temps dépassé**" in timer
    click(at, "slide_next")  # a new slide: its own time starts again
    clock.now += 10
    at.run()
    timer = text_in(at, "meeting_timer")
    assert f"Sur cette diapositive{NBSP}: 0{NBSP}min{NBSP}10{NBSP}s sur 5 min" in timer
    assert f"Séance{NBSP}: 5{NBSP}min{NBSP}11{NBSP}s sur 120 min" in timer


def test_the_budget_comes_from_the_settings_tab(app, clock, tmp_path):
    copy = tmp_path / "sample"
    shutil.copytree(SAMPLE, copy)
    with (copy / "settings.csv").open("a", encoding="utf-8") as file:
        file.write("meeting_minutes_per_coalition,2\nmeeting_minutes,30\n")
    at = app(page=PAGE, query={**VIEW, "slide": "4"}, data=copy)
    assert not at.exception
    start(at)
    clock.now += 150
    at.run()
    timer = text_in(at, "meeting_timer")
    assert f"2{NBSP}min{NBSP}30{NBSP}s sur 2 min — **temps dépassé**" in timer
    assert "sur 30 min" in timer


def test_a_follower_shows_the_presenters_slide_and_follows_its_moves(app, clock, positions):
    at = presenter(app)
    code = start(at)
    links = text_in(at, "meeting_code")
    assert code in links and f"/presenter?suivre={code}" in links
    one = follower(app, code)
    assert followed_slide(one) == shown(at)
    captions = [caption for caption, _, _ in held(one)]
    assert len(captions) == TOTAL  # the whole deck, drawn once
    assert captions[3] == f"Séance {code} · diapositive 4 sur {TOTAL}"
    assert f">{captions[3]}</p>" in follow_page(one)
    assert position_file(positions, code) == {"slide": 4, "version": 0, "deck": deck_of(one)}
    assert positions.url(code) in follow_page(one)
    for _ in range(3):
        click(at, "slide_next")
    # The moves reach the follower through the file its script polls: the same deck, slide 7,
    # which the page already holds as the presenter draws it. No rerun of the follower.
    moved = position_file(positions, code)
    assert (moved["slide"], moved["deck"]) == (7, deck_of(one))
    assert held(one)[6][2] == shown(at)
    one.run()  # a follower drawn now starts on the slide shown
    assert followed_slide(one) == shown(at)
    # No control in the follower: no button of the deck, no settings, no keys script; only the
    # hidden one its script presses when the deck changes.
    assert [b.key for b in one.main.button] == ["follow_rerun_button"]
    assert not [h for h in one.html if "__resetSlideKeys" in h.value]
    # The presenter changes the order: the file names another deck, and the follower's rerun
    # (which its script asks for) draws it.
    at.segmented_control(key="presenter_order").set_value("stage").run()
    assert ui.meetings.REGISTRY.position(code).order == "stage"
    assert position_file(positions, code)["deck"] != deck_of(one)
    one.button(key="follow_rerun_button").click().run()
    assert position_file(positions, code)["deck"] == deck_of(one)
    assert followed_slide(one) == shown(at)


def test_a_follower_in_english_sees_the_same_slide_in_english(app):
    at = presenter(app)
    code = start(at)
    english = follower(app, code, lang="en")
    deck = app(page=PAGE, query={"slide": "4"}, lang="en")
    assert followed_slide(english) == slide(deck)
    assert held(english)[3][0] == f"Meeting {code} · slide 4 of {TOTAL}"
    assert deck_of(english) == deck_of(follower(app, code))  # one deck key in every language


def test_an_unknown_or_invalid_code_shows_no_slide(app):
    waiting = follower(app, "K7P2QX")
    assert held(waiting) == []
    assert "La séance K7P2QX n’a pas commencé sur ce serveur" in follow_page(waiting)
    assert deck_of(waiting) == ""  # any meeting that starts asks for the rerun drawing it
    bad = follower(app, "<b>x</b>")
    assert not [h for h in bad.html if 'class="rs-f' in h.value]
    assert bad.error[0].value == "Ce lien ne contient pas de code de séance valide."


def test_a_restart_resumes_the_meeting_from_the_presenters_url(app, positions):
    at = presenter(app, slide_number=6)
    code = start(at)
    ui.meetings.REGISTRY.close(code)  # what a restart does to the meetings
    positions.withdraw(code)  # and to the files: named with the dead process's secret
    waiting = follower(app, code)
    assert held(waiting) == []
    at.run()  # the presenter's window reconnects and reruns with its URL
    assert ui.meetings.REGISTRY.position(code).slide == 6
    assert position_file(positions, code)["slide"] == 6
    waiting.run()
    assert followed_slide(waiting) == shown(at)


def test_closing_the_meeting_removes_its_position_file(app, positions):
    at = presenter(app)
    code = start(at)
    assert position_file(positions, code) is not None
    click(at, "meeting_close")
    assert ui.meetings.REGISTRY.position(code) is None
    assert position_file(positions, code) is None  # its followers show the waiting message
    assert list(positions.folder.iterdir()) == []


def test_followers_pass_the_same_access_gate(app):
    at = presenter(app)
    code = start(at)
    secrets = {"access": {"passcode_hash": hash_passcode("Reset Day 14, Lyon")}}
    gated = follower(app, code, secrets=secrets)
    assert not [h for h in gated.html if 'class="rs-f' in h.value]  # no slide, no file name
    assert len(gated.text_input) == 1  # the passcode, nothing else


def test_the_deck_links_to_the_presenter_view(app):
    at = app(page=PAGE)
    links = [link for link in at.get("page_link") if "animateur" in str(link.proto)]
    assert links, "no link to the presenter view"
