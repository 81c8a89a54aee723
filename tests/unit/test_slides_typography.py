"""The deck typeset as the report is: French typographic apostrophes (« Noyau d’acteurs »,
« guide de l’achat ») in every text a French slide shows, and in the sheet's French in an
English deck; the deliverables' links found all the same (their titles are typed with ').
Sample, Reset Day 14 (18 May 2021): « guide de l'achat numérique responsable » is the deck's
linked deliverable, an apostrophe in its title."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from coalitions.report import build_report
from coalitions.report.deck import build_slides, deck_html
from tests.unit.test_slides import RD14

GUIDE = "https://reset.example.org/travaux/achat-responsable/guide"


class _Shown(HTMLParser):
    """What a deck shows or reads out: its text (not its CSS and script), its aria-labels,
    and its links as (url, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.links: list[tuple[str, str]] = []
        self._hidden = 0
        self._link: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style"):
            self._hidden += 1
        if attrs.get("aria-label"):
            self.texts.append(attrs["aria-label"])
        if tag == "a":
            self._link = [attrs.get("href") or ""]

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._hidden -= 1
        if tag == "a" and self._link is not None:
            self.links.append((self._link[0], "".join(self._link[1:])))
            self._link = None

    def handle_data(self, data):
        if self._hidden:
            return
        self.texts.append(data)
        if self._link is not None:
            self._link.append(data)


def _deck(sample, lang: str) -> _Shown:
    report = build_report(sample, RD14, lang)
    shown = _Shown()
    shown.feed(deck_html(report, build_slides(report)))
    return shown


def _straight_deck(sample, lang: str, monkeypatch) -> _Shown:
    """The deck as it was drawn before it was typeset: apostrophes left as typed."""
    with monkeypatch.context() as patch:
        for module in ("coalitions.report.deck_items", "coalitions.report.sheet_text"):
            patch.setattr(f"{module}.apostrophes", lambda text, lang="fr": text)
        return _deck(sample, lang)


def test_the_french_deck_shows_no_straight_apostrophe(sample):
    shown = _deck(sample, "fr")
    straight = [text.strip() for text in shown.texts if "'" in text]
    assert not straight, straight[:5]
    text = " ".join(shown.texts)
    # A catalogue label, the sheet's name and news, the month's message.
    for typeset in (
        "Noyau d’acteurs",
        "Pour un numérique au service de l’équité scolaire",
        "pour l’équité, l’éthique et l’inclusion",
        "c’est le cap de RESET",
    ):
        assert typeset in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_typesetting_the_deck_keeps_every_deliverable_link(sample, lang, monkeypatch):
    before = _straight_deck(sample, lang, monkeypatch).links
    after = _deck(sample, lang).links
    assert before, "the sample's deck links a deliverable"
    assert [url for url, _ in after] == [url for url, _ in before]
    # A title with an apostrophe still links: typeset as the line around it.
    assert (GUIDE, "guide de l’achat numérique responsable") in after


def test_an_english_deck_sets_the_sheets_french_alone(sample):
    text = " ".join(_deck(sample, "en").texts)
    # The sheet's French typeset as the English report sets it...
    assert "Deliverable planned: parcours d’engagement, due 5 October 2021" in text
    assert "Pour un numérique au service de l’équité scolaire" in text
    assert "un laboratoire et une civic tech s’engagent" in text
    assert "c’est le cap de RESET" in text
    # ...English left as it is.
    assert "This month's message, quoted in French" in text
