"""What people do in the meeting room: focus the network, open a coalition, page through the
slides with the arrow keys, take the calendar and the report home. On the sample."""

from __future__ import annotations

import email
import email.policy
import html.parser
import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from docx import Document
from icalendar import Calendar

from tests.browser.conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

ENVDATA = "Pour des données environnementales d'intérêt général actionnables par les acteurs du territoire"  # noqa: E501
CIVICTECH = "Pour des civic tech au service de la qualité démocratique"


def query(tab) -> dict[str, str]:
    """The page URL's query parameters (first value of each)."""
    return {key: values[0] for key, values in parse_qs(urlsplit(tab.location()).query).items()}


def choose(tab, key: str, text: str) -> None:
    """Pick the option containing ``text`` in the selectbox of widget key ``key``."""
    box = tab.page.locator(f".st-key-{key} [role='combobox']")
    box.click()
    tab.page.keyboard.type(text)
    option = tab.page.get_by_role("option").filter(has_text=text).first
    tab.act(option.click)


def showing(tab) -> tuple[int, int]:
    """(actors drawn, actors in scope) from the network's "Affichés : 61 acteurs sur 61" line."""
    caption = tab.page.get_by_text(re.compile(r"^Affichés")).first.inner_text()
    drawn, total = re.search(r"(\d+) acteurs sur (\d+)", caption).groups()
    return int(drawn), int(total)


def test_network_focuses_on_a_coalition(sample_server, browse):
    tab = browse(sample_server)
    tab.open("/network")
    assert showing(tab) == (61, 61)
    choose(tab, "network-focus", "civic tech au service")
    assert query(tab)["focus"] == "c:civictech"
    drawn, total = showing(tab)
    assert 0 < drawn < total == 61
    # The focused coalition's sheet is one click away.
    link = tab.page.locator('[data-testid="stPageLink-NavLink"]').filter(has_text=CIVICTECH)
    assert link.count() == 1
    tab.assert_clean(sample_server)


def test_network_focus_from_the_url(sample_server, browse):
    tab = browse(sample_server)
    tab.open("/network?focus=civictech")
    drawn, total = showing(tab)
    assert 0 < drawn < total == 61
    tab.assert_clean(sample_server)


def test_coalition_opens_from_a_link(sample_server, browse):
    tab = browse(sample_server)
    tab.open("/")
    link = tab.page.locator('[data-testid="stPageLink-NavLink"]').filter(has_text=CIVICTECH)
    tab.act(link.first.click)
    assert urlsplit(tab.location()).path == "/coalition"
    assert query(tab)["coalition"] == "civictech"
    assert tab.page.locator("[data-testid='stMain'] h2").first.inner_text() == CIVICTECH
    tab.assert_clean(sample_server)


def test_coalition_opens_from_a_deep_link(sample_server, browse):
    tab = browse(sample_server)
    tab.open("/coalition?coalition=envdata")
    assert tab.page.locator("[data-testid='stMain'] h2").first.inner_text() == ENVDATA
    assert query(tab)["coalition"] == "envdata"
    tab.assert_clean(sample_server)


def download(tab, key: str, tmp_path):
    """Click the download button of widget key ``key``; the saved file's path."""
    with tab.page.expect_download() as info:
        tab.page.locator(f".st-key-{key} button:visible").click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    return target


def test_agenda_calendar_file_parses(sample_server, browse, tmp_path):
    tab = browse(sample_server)
    tab.open("/agenda")
    path = download(tab, "agenda-ics", tmp_path)
    assert path.suffix == ".ics"
    calendar = Calendar.from_ical(path.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    summaries = {str(event.get("SUMMARY")) for event in events}
    assert events and "Reset Day 15" in summaries, summaries
    tab.assert_clean(sample_server)


class _Titles(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.title = ""
        self.h1 = ""

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if "title" in self.stack:
            self.title += data
        if "h1" in self.stack:
            self.h1 += data


def test_report_downloads_parse(sample_server, browse, tmp_path):
    tab = browse(sample_server)
    tab.open("/report")
    markdown = download(tab, "report_md", tmp_path)
    assert markdown.suffix == ".md"
    assert "Reset Day 14" in markdown.read_text(encoding="utf-8").splitlines()[0]

    page = download(tab, "report_html", tmp_path)
    parser = _Titles()
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    assert "Reset Day 14" in parser.title and "Reset Day 14" in parser.h1

    word = download(tab, "report_docx", tmp_path)
    paragraphs = [p.text for p in Document(io.BytesIO(word.read_bytes())).paragraphs]
    assert any("Reset Day 14" in text for text in paragraphs)

    mail = download(tab, "report_eml", tmp_path)
    message = email.message_from_bytes(mail.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == "Compte-rendu du Reset Day 14 — 18 mai 2021"
    assert "Reset Day 14" in message.get_body(("plain",)).get_content()
    assert "Reset Day 14" in message.get_body(("html",)).get_content()
    tab.assert_clean(sample_server)


def slide_number(tab) -> int:
    return int(query(tab)["slide"])


def test_presenter_moves_with_the_arrow_keys(sample_server, browse):
    tab = browse(sample_server)
    tab.open("/presenter")
    assert slide_number(tab) == 1
    tab.act(lambda: tab.page.keyboard.press("ArrowRight"))
    assert slide_number(tab) == 2
    tab.act(lambda: tab.page.keyboard.press("ArrowRight"))
    assert slide_number(tab) == 3
    tab.act(lambda: tab.page.keyboard.press("ArrowLeft"))
    assert slide_number(tab) == 2
    # A reload stays on the slide.
    tab.open("/presenter?slide=2")
    assert slide_number(tab) == 2
    tab.assert_clean(sample_server)


def test_every_slide_fits_a_projector_without_scrolling(sample_server, browse):
    tab = browse(sample_server, viewport=(1280, 720))
    tab.open("/presenter")
    counter = tab.page.get_by_text(re.compile(r"^[0-9]+ / [0-9]+$")).first.inner_text()
    total = int(counter.split("/")[1])
    assert total > 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    overflowing = []
    for number in range(1, total + 1):
        if number > 1:  # the next slide, as the presenter moves on
            tab.act(lambda: tab.page.keyboard.press("ArrowRight"))
        assert slide_number(tab) == number
        # The slide and its buttons in view, and nothing below them to scroll to (a
        # scrollbar on the projected slide, or a wheel that moves it, is the failure).
        height, visible, bottom = tab.page.evaluate(
            """() => {
                const main = document.querySelector('[data-testid="stMain"]');
                const next = document.querySelector('.st-key-slide_next');
                return [main.scrollHeight, main.clientHeight,
                        Math.ceil(next.getBoundingClientRect().bottom)]; }"""
        )
        if bottom > visible:
            overflowing.append(f"slide {number}: buttons end at {bottom}px > {visible}px")
        elif height > visible:
            overflowing.append(f"slide {number}: page scrolls, {height}px > {visible}px")
        tab.page.screenshot(path=str(SCREENSHOTS / f"slide-{number:02d}.png"))
    assert not overflowing, overflowing
    tab.assert_clean(sample_server)


def test_template_workbook_downloads_and_follows_the_contract(sample_server, browse, tmp_path):
    from openpyxl import load_workbook

    from coalitions.workbook.matching import match_tab

    tab = browse(sample_server)
    tab.open("/data_quality")
    path = download(tab, "template", tmp_path)
    assert path.name == "modele-coalitions.xlsx"
    titles = load_workbook(path, read_only=True).sheetnames
    assert {match_tab(title) for title in titles} >= {"coalitions", "actors", "memberships"}
    tab.assert_clean(sample_server)
