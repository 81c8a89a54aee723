"""Links wherever a deliverable appears in the report, and the calls for contributions beside
« Pour rejoindre » (issue 24). Sample: envdata's launch logbook (linked) is due on 19 May,
the day after Reset Day 14; envdata and civictech each have an open call."""

from __future__ import annotations

import email
import email.policy
import io
import re
import zipfile
from datetime import date

import pandas as pd
import pytest
from docx import Document
from markdown_it import MarkdownIt

from coalitions.history.timeline import as_of
from coalitions.report import (
    build_report,
    report_docx,
    report_eml,
    report_html,
    report_markdown,
    report_txt,
)
from coalitions.report.deck import build_slides, deck_html, slide_html
from coalitions.report.links import LinkedLine, link_titles, named_in_order, with_urls
from coalitions.views.library import calls_for_contributions
from coalitions.workbook.dataset import RawWorkbook
from coalitions.workbook.validation import build_dataset
from tests.unit.test_report import RD14

NBSP = "\u00a0"
LOGBOOK = "https://reset.example.org/travaux/donnees-environnementales/carnet-de-bord"
CALL = "https://reset.example.org/appels/terrains-de-jeux"


@pytest.fixture(scope="module")
def rd14(sample):
    return build_report(sample, RD14)


def test_a_linked_line_is_its_text():
    line = link_titles("Livrable prévu : guide, pour demain", [("guide", "https://a.example/g")])
    assert isinstance(line, LinkedLine) and line == "Livrable prévu : guide, pour demain"
    assert line.segments == (
        ("Livrable prévu : ", ""),
        ("guide", "https://a.example/g"),
        (", pour demain", ""),
    )
    assert with_urls(line) == "Livrable prévu : guide <https://a.example/g>, pour demain"
    # No usable link: the line stays a plain str.
    plain = link_titles("guide", [("guide", "javascript:alert(1)")])
    assert type(plain) is str and with_urls(plain) == "guide"


def test_html_and_email_link_the_title(rd14):
    html = report_html(rd14)
    assert re.search(
        rf"19 mai 2021 — Remise du livrable «."
        rf'<a href="{LOGBOOK}">carnet de bord du lancement</a>.»',
        html,
    )
    message = email.message_from_bytes(report_eml(rd14), policy=email.policy.default)
    html_part = message.get_body(preferencelist=("html",)).get_content()
    assert f'<a href="{LOGBOOK}">carnet de bord du lancement</a>' in html_part
    text_part = message.get_body(preferencelist=("plain",)).get_content()
    assert f"carnet de bord du lancement <{LOGBOOK}>" in text_part


def test_text_and_markdown_write_the_url_after_the_title(rd14):
    text = report_txt(rd14)
    assert re.search(
        rf"19 mai 2021 — Remise du livrable «.carnet de bord du lancement <{LOGBOOK}>.»", text
    )
    markdown = report_markdown(rd14)
    assert f"carnet de bord du lancement <{LOGBOOK}>" in markdown
    hrefs = re.findall(r'href="([^"]+)"', MarkdownIt("commonmark").render(markdown))
    assert LOGBOOK in hrefs and CALL in hrefs


def test_the_calls_come_with_pour_rejoindre_not_among_the_deliverables_due(rd14):
    text = report_txt(rd14)
    start = text.index(f"Pour rejoindre{NBSP}: https://reset.example.org/rejoindre/donnees-")
    envdata = text[start : text.index("\n\n", start)]
    join = envdata.index(f"Pour rejoindre{NBSP}: https://reset.example.org/rejoindre/")
    calls = envdata.index(f"Appels à contribution en cours{NBSP}:")
    assert join < calls
    assert f"  - appel à terrains de jeux territoriaux <{CALL}>" in envdata
    assert text.count("appel à terrains de jeux territoriaux") == 1  # not also « due »
    html = report_html(rd14)
    assert f'<li><a href="{CALL}">appel à terrains de jeux territoriaux</a></li>' in html


def test_word_links_the_title(rd14):
    document = Document(io.BytesIO(report_docx(rd14)))
    targets = {rel.target_ref for rel in document.part.rels.values() if rel.is_external}
    assert {LOGBOOK, CALL} <= targets
    with zipfile.ZipFile(io.BytesIO(report_docx(rd14))) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert re.search(r"<w:hyperlink [^>]*>.*?carnet de bord du lancement</w:t>", xml)


def test_the_library_and_the_report_agree_on_the_open_calls(sample, rd14):
    day = as_of(sample, RD14.date)
    library = set(zip(calls_for_contributions(day)["coalition"],
                      calls_for_contributions(day)["title"], strict=True))  # fmt: skip
    report = {(s.id, c.title) for s in rd14.sections for c in s.calls}
    assert (
        library
        == report
        == {
            ("envdata", "appel à terrains de jeux territoriaux"),
            ("civictech", "appel à cas concrets de concertation"),
        }
    )


def test_a_javascript_link_never_reaches_the_report():
    frames = {
        "coalitions": [["id", "name", "stage"], ["a", "Alpha", 2]],
        "deliverables": [
            ["coalition", "title", "status", "date", "type", "lien"],
            ["a", "guide", "en cours", "2021-09-30", "guide", "javascript:alert(1)"],
            ["a", "appel", "en cours", "", "appel à contribution", "javascript:alert(2)"],
        ],
        # News in the month: Alpha is written in full, not only named among the quiet ones.
        "updates": [["date", "coalition", "news"], ["2021-05-10", "a", "Ça avance."]],
    }
    data = build_dataset(
        RawWorkbook("t", {k: pd.DataFrame(v, dtype=object) for k, v in frames.items()}),
        today=date(2021, 5, 21),
    )
    report = build_report(data, RD14)
    html, text, markdown = report_html(report), report_txt(report), report_markdown(report)
    # The findings name the refused values as text (« Lien ignoré »); nothing links to them.
    assert "javascript" not in html.split('class="quality"')[0]
    assert "javascript" not in text.split("QUALITÉ DES DONNÉES")[0]
    assert "javascript" not in markdown.split("## Qualité des données")[0]
    assert 'href="javascript' not in html and "<javascript" not in markdown
    assert re.search(r"30 septembre 2021 — Remise du livrable «.guide.», en préparation", text)
    assert "  - appel\n" in text


def _small_report(link: str):
    """Alpha finished its guide in Reset Day 14's month; the guide's link is ``link``."""
    frames = {
        "coalitions": [["id", "name", "stage"], ["a", "Alpha", 2]],
        "deliverables": [
            ["coalition", "title", "status", "date", "type", "lien"],
            ["a", "guide", "fait", "2021-05-10", "guide", link],
            ["a", "appel", "en cours", "", "appel à contribution", link],
        ],
    }
    data = build_dataset(
        RawWorkbook("t", {k: pd.DataFrame(v, dtype=object) for k, v in frames.items()}),
        today=date(2021, 5, 21),
    )
    return build_report(data, RD14)


def test_the_deck_links_a_deliverable_on_its_coalitions_slide():
    report = _small_report("https://reset.example.org/guide")
    slides = build_slides(report)
    alpha = next(s for s in slides if s.kind == "coalition")
    html = slide_html(report, alpha)
    assert '<a href="https://reset.example.org/guide">guide</a> (10' in html
    assert '<a href="https://reset.example.org/guide">' in deck_html(report, slides)
    hostile = _small_report("javascript:alert(1)")
    assert "<a " not in slide_html(hostile, next(s for s in build_slides(hostile)
                                                 if s.kind == "coalition"))  # fmt: skip


def test_a_coalition_whose_only_news_is_an_open_call_is_written_in_full():
    frames = {
        "coalitions": [
            ["id", "name", "stage", "contact"],
            ["a", "Alpha", 1, "a@reset.example.org"],
        ],
        "deliverables": [
            ["coalition", "title", "status", "type", "lien"],
            ["a", "appel aux témoins", "en cours", "appel à contribution", "https://r.example/a"],
        ],
    }
    data = build_dataset(
        RawWorkbook("t", {k: pd.DataFrame(v, dtype=object) for k, v in frames.items()}),
        today=date(2021, 5, 21),
    )
    report = build_report(data, RD14)
    assert report.sections[0].group == "other"
    text = report_txt(report)
    assert f"Pour rejoindre{NBSP}: a@reset.example.org" in text
    assert "  - appel aux témoins <https://r.example/a>" in text


DIAGNOSTIC = "https://reset.example.org/travaux/donnees-environnementales/diagnostic"


def test_a_deliverable_named_in_the_news_links_to_it(rd14):
    # envdata's news names its diagnostic (done in 2020, not this month): its title links
    # where the news writes it, in every output.
    html = report_html(rd14)
    assert f'Le <a href="{DIAGNOSTIC}">diagnostic</a>, la <a href=' in html
    assert f"Le diagnostic <{DIAGNOSTIC}>, la cartographie des acteurs <" in report_txt(rd14)
    assert f"Le diagnostic <{DIAGNOSTIC}>" in report_markdown(rd14)
    document = Document(io.BytesIO(report_docx(rd14)))
    assert DIAGNOSTIC in {rel.target_ref for rel in document.part.rels.values()}


GUIDE = "https://reset.example.org/travaux/achat-responsable/guide"


def test_a_title_typed_straight_links_in_a_typeset_line():
    line = link_titles("Livrable : guide de l’achat, pour mai", [("guide de l'achat", GUIDE)])
    assert line.segments == (
        ("Livrable : ", ""),
        ("guide de l’achat", GUIDE),
        (", pour mai", ""),
    )
    links = [("guide", "https://a.example/g"), ("guide de l'achat", GUIDE)]
    assert named_in_order("le guide de l’achat", links) == [("guide de l'achat", GUIDE)]


def test_the_english_report_links_a_title_with_an_apostrophe(sample):
    """Its French title set with ’ in the English report's line no longer matched the title
    typed with ': the link was lost."""
    html = report_html(build_report(sample, RD14, "en"))
    assert f'<a href="{GUIDE}">guide de l’achat numérique responsable</a>' in html
