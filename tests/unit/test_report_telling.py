"""The report tells each fact once, as a person writes a letter: every actor of a written
coalition named exactly once in its section (with its role, or in the month's news), a move
told once, no straight apostrophe in French prose outside web and e-mail addresses; in
English, the sheet's French marked as French (``lang="fr"``).

Checked on the sample at every Reset Day, in French and English, and on generated workbooks
(``test_views_agree.workbooks``: random memberships, roles and arrival dates).
"""

from __future__ import annotations

import email
import html
import io
import re
from datetime import date
from email import policy
from html.parser import HTMLParser

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings

from coalitions.history.asof import past_reset_days
from coalitions.history.resetdays import ResetDay
from coalitions.report import (
    build_report,
    report_docx,
    report_eml,
    report_html,
    report_markdown,
    report_txt,
)
from coalitions.report.coalition_text import CoalitionText, Field
from coalitions.report.sentences import report_text
from tests.unit.test_views_agree import END, workbooks

_SPACES = re.compile("[\u00a0\u202f]")


def _section_text(coalition: CoalitionText) -> str:
    """All a reader reads of one coalition's section, apostrophes and spaces made plain."""
    parts = [coalition.title, coalition.meta, coalition.stale]
    for block in coalition.blocks:
        parts.append(block.label)
        parts += [block.text] if isinstance(block, Field) else list(block.lines)
    return _SPACES.sub(" ", "\n".join(parts).replace("\u2019", "'"))


def _times_named(name: str, text: str) -> int:
    """How often ``text`` names the actor: its full name, else its name outside or inside a
    bracket (« DINUM (Direction interministérielle du numérique) » is « la DINUM » in news,
    « Office français de la biodiversité (OFB) » « l'OFB »)."""
    outside, _, inside = name.partition(" (")
    for form in filter(None, (name, outside, inside.rstrip(")"))):
        # « Acteurs associatifs » is « acteurs associatifs » in a list: its first letter aside.
        first = f"[{form[0]}{form[0].lower()}]" if " " in form else re.escape(form[0])
        pattern = first + re.escape(form[1:])
        times = len(re.findall(rf"(?<!\w){pattern}(?!\w)", text))
        if times:
            return times
    return 0


def _twice_or_never(report) -> list[tuple[str, str, int]]:
    """(coalition, actor, times named) for each actor of a written section not named once."""
    sections = {s.id: s for s in report.sections}
    wrong = []
    for part in report_text(report).parts:
        for coalition in part.coalitions:
            section = sections[coalition.id]
            text = _section_text(coalition)
            names = {n for _, names in section.actors for n in names}
            names |= {actor for actor, _ in section.joined}
            for name in names:
                times = _times_named(name, text)
                if times != 1:
                    wrong.append((coalition.id, name, times))
    return wrong


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_actor_is_named_once_in_its_coalition_section_on_the_sample(sample, lang):
    days = past_reset_days(sample, date(2021, 7, 31))
    assert len(days) > 10
    for reset_day in days:
        report = build_report(sample, reset_day, lang)
        assert not _twice_or_never(report), (reset_day, _twice_or_never(report))


def test_reset_day_14_names_its_arrivals_once_with_their_role(sample):
    report = build_report(sample, ResetDay(14, date(2021, 5, 18)))
    equite = next(c for p in report_text(report).parts for c in p.coalitions if c.id == "equite")
    text = _section_text(equite)
    # Joined the core this month: said once, in the list of actors, with the role.
    assert _times_named("Réseau Canopé", text) == 1
    assert "Réseau Canopé, Entreprises EdTech, éditeurs éducatifs et" in text
    # Named by the news (« Parmi les partenaires : l'UNAF… »): not listed again.
    assert _times_named("UNAF", text) == 1 and _times_named("FING", text) == 1


@settings(max_examples=12, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=workbooks())
def test_each_actor_is_named_once_on_generated_workbooks(data):
    for reset_day in past_reset_days(data, END):
        for lang in ("fr", "en"):
            report = build_report(data, reset_day, lang)
            assert not _twice_or_never(report), (reset_day, lang, _twice_or_never(report))


def _page_text(page: str) -> str:
    """What a reader reads of an HTML page (its body, tags removed, entities decoded: the
    escaped &#39; is a straight apostrophe too)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", page.split("<body>")[1]))


# Web and e-mail addresses keep what was typed; prose is what is left once they are removed.
_ADDRESS = re.compile(r"(?:https?://|mailto:)\S+|[^\s<>()@\"]+@[^\s<>()@\"]+")


@pytest.mark.parametrize("form", ["txt", "html", "eml"])
def test_no_straight_apostrophe_in_french_prose(sample, form):
    report = build_report(sample, ResetDay(14, date(2021, 5, 18)))
    if form == "txt":
        text = report_txt(report)
    elif form == "html":
        text = _page_text(report_html(report))
    else:
        message = email.message_from_bytes(report_eml(report), policy=policy.default)
        plain, page = (part.get_content() for part in message.iter_parts())
        text = "\n".join((message["Subject"], plain, _page_text(page)))
    prose = _ADDRESS.sub(" ", text)
    assert "l\u2019offre" in prose or "d\u2019" in prose
    assert not re.findall(r".{0,20}'.{0,20}", prose), re.findall(r".{0,20}'.{0,20}", prose)[:5]


class _Languages(HTMLParser):
    """Each run of text of an HTML page with the language it is in (the nearest ``lang``)."""

    VOID = {"br", "meta", "link", "img", "hr", "input"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.runs: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(dict(attrs).get("lang") or (self.stack[-1] if self.stack else ""))

    def handle_endtag(self, tag):
        if tag not in self.VOID:
            self.stack.pop()

    def handle_data(self, data):
        if data.strip() and self.stack:
            self.runs.append((self.stack[-1], data))


def _language_of(page: str, words: str) -> set[str]:
    parser = _Languages()
    parser.feed(page)
    return {lang for lang, data in parser.runs if words in data}


@pytest.mark.parametrize("form", ["html", "eml"])
def test_english_outputs_say_the_sheet_text_is_french(sample, form):
    report = build_report(sample, ResetDay(14, date(2021, 5, 18)), "en")
    if form == "html":
        page = report_html(report)
    else:
        message = email.message_from_bytes(report_eml(report), policy=policy.default)
        page = message.get_body(("html",)).get_content()
    assert '<html lang="en">' in page
    for french in (
        "Pour un numérique choisi plutôt que subi",  # the month's message
        "Pour des civic tech au service de la qualité démocratique",  # a coalition's name
        "La coalition se lance le 20 mai.",  # its news
        "Animer les terrains de jeux territoriaux après le lancement national.",  # a next step
        "Lancement de la coalition civic tech",  # an event's title
        "Berger-Levrault",  # an actor
        "Mutualiser les logiciels des collectivités",  # a quiet coalition
    ):
        assert _language_of(page, french) == {"fr"}, french
    for english in ("This month", "Coming up", "The other pilot coalitions", "in the core group"):
        assert _language_of(page, english) == {"en"}, english
    # French apostrophes and spacing in the French passages of the English report too (the
    # guillemets no longer end a line alone).
    assert "c’est le cap de RESET" in html.unescape(page)
    assert "des «\u00a0terrains de jeux\u00a0» territoriaux" in html.unescape(page)
    assert "FING as lead;" in re.sub(r"<[^>]+>", "", page)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_language_marks_never_show(sample, lang):
    report = build_report(sample, ResetDay(14, date(2021, 5, 18)), lang)
    docx = "\n".join(p.text for p in Document(io.BytesIO(report_docx(report))).paragraphs)
    for text in (report_markdown(report), report_txt(report), docx, report_html(report),
                 report_eml(report).decode("ascii")):  # fmt: skip
        assert not {"\ue000", "\ue001"} & set(text)
    if lang == "fr":
        assert 'lang="fr"' not in report_html(report).split("<body>")[1]
