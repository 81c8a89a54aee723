"""The Reset Day deck on the sample: which slides, what each shows, the standalone export."""

from __future__ import annotations

import html
import re
from datetime import date
from html.parser import HTMLParser

import pandas as pd
import pytest

from coalitions.history.resetdays import ResetDay
from coalitions.i18n import translate
from coalitions.report import build_report, report_txt
from coalitions.report.deck import (
    DECK_SCRIPT,
    SLIDE_CSS,
    Slide,
    build_slides,
    deck_html,
    slide_html,
    stage_track,
)
from coalitions.report.deck_fit import Fit, Piece, fit, text_width, wrapped_lines
from coalitions.report.summary import figure_lines
from coalitions.workbook.dataset import RawWorkbook
from coalitions.workbook.validation import build_dataset

RD14 = ResetDay(14, date(2021, 5, 18))
NBSP = "\u00a0"


@pytest.fixture(scope="module")
def report(sample):
    return build_report(sample, RD14)


def _coalition_slide(slides, cid):
    return next(s for s in slides if s.section is not None and s.section.id == cid)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(page: str) -> _Text:
    parser = _Text()
    parser.feed(page)
    return parser


def test_the_deck_has_one_slide_per_idea(report):
    slides = build_slides(report)
    # Title, the month's message, the month at a glance, the 11 coalitions with news, one
    # slide for the 9 quiet ones, the agenda.
    assert len(slides) == 16
    assert [s.kind for s in slides[:3]] == ["title", "message", "glance"]
    assert [s.kind for s in slides[-2:]] == ["quiet", "agenda"]
    assert {s.kind for s in slides[3:-2]} == {"coalition"}
    # What moved first (the launches, soonest first), then the pilots, then the others.
    assert [s.section.id for s in slides[3:14]] == [
        "envdata", "civictech", "achat", "equite", "dematerialiser", "algo-publics",
        "sante-donnees", "mediation", "sobriete-web", "reemploi", "accessibilite",
    ]  # fmt: skip
    assert len(slides[-2].quiet) == 9


def test_a_subset_in_a_chosen_order(report):
    slides = build_slides(report, ["equite", "communs", "mediation", "envdata"], "pilots")
    assert [s.section.id for s in slides if s.section] == ["envdata", "equite", "mediation"]
    assert [s.id for s in slides[-2].quiet] == ["communs"]
    assert len(slides) == 8
    by_stage = build_slides(report, None, "stage")
    assert [s.section.id for s in by_stage[3:5]] == ["envdata", "civictech"]
    assert [s.id for s in by_stage[-2].quiet][:2] == ["logiciels-libres", "climat-num"]


def test_title_and_glance_slides(report):
    slides = build_slides(report)
    title = _parse(slide_html(report, slides[0]))
    assert "Reset Day 14" in title.text and "mardi 18 mai 2021" in title.text
    glance = "".join(_parse(slide_html(report, slides[2])).text)
    # French as the report writes it: typographic apostrophes (this said « d'étape »). The
    # arrivals told apart as the report tells them: « 10 Acteurs arrivés dans une coalition »
    # read as contradicting its « sept acteurs ont rejoint…, trois autres… intérêt ».
    for label, count in (("Ont franchi une étape", 3), ("Acteurs ont rejoint une coalition", 7),
                         ("Acteurs ont manifesté leur intérêt", 3),
                         ("Sans changement d’étape depuis 3 mois ou plus", 12)):  # fmt: skip
        assert f"{count}{label}" in glance


def test_glance_labels_agree_with_their_number(sample):
    """« 1 Livrables terminés » was printed under a 1; the Reset Days are not events held."""
    # The French deck's typographic apostrophes, as in the report (this said « d'ici »).
    for lang, expected in (
        ("fr", (("Livrable terminé", 1), ("Événements d’ici le prochain Reset Day", 4),
                ("Coalitions pilotes", 3))),
        ("en", (("Deliverable done", 1), ("Events before the next Reset Day", 4),
                ("Pilot coalitions", 3))),
    ):  # fmt: skip
        glance = "".join(_parse(slide_html(build_report(sample, RD14, lang), Slide("glance"))).text)
        for label, count in expected:
            assert f"{count}{label}" in glance


def test_glance_leaves_out_the_tiles_showing_zero(report):
    """Three tiles showed 0 (moved down, new coalition, events held): they tell nothing."""
    page = slide_html(report, Slide("glance"))
    figures = re.findall(r'rs-figure">(\d+)<', page)
    assert figures and "0" not in figures
    # Nine: the ten arrivals are two tiles, seven members and three interested.
    assert len(figures) == sum(1 for _, _, count in figure_lines(report) if count) == 9
    # Nine in rows of three: none left alone on a last row.
    assert 'class="rs-cards rs-three"' in page
    assert "Événement tenu" not in page and "Nouvelle coalition" not in page


def test_event_details_name_a_kind_only_when_it_tells_something(report):
    """The slides said « Autre · En ligne » and « Reset Day 15 — Reset Day · En ligne »; like
    the report, they leave out « autre » and a kind the title already says."""
    slides = build_slides(report)
    agenda = _parse(slide_html(report, slides[-1])).text
    details = [t for t in agenda if "En ligne" in t]
    assert details[-1] == "En ligne" and not any("Autre" in t for t in agenda)
    # The coalition by its short name (« nom court »), as in the report's agenda.
    assert "En ligne · achat public responsable" in details
    assert "Lancement · En ligne" not in " ".join(agenda)  # « Lancement national de … »
    equite = _parse(slide_html(report, _coalition_slide(slides, "equite"))).text
    assert "Atelier" in equite  # « Cycle éducatif : première rencontre » doesn't say it


def test_an_english_deck_says_online_in_english(sample):
    """The English deck showed the sheet's « En ligne » under every online meeting, where the
    English report says « online » (``location_text`` owns the words for an online place)."""
    english = build_report(sample, RD14, "en")
    slides = build_slides(english)
    shown = " ".join(t for s in slides for t in _parse(slide_html(english, s)).text)
    assert "En ligne" not in shown
    assert "Online · achat public responsable" in shown
    assert "online" in report_txt(english)


def test_a_coalition_slide(report):
    slide = _coalition_slide(build_slides(report), "equite")
    page = slide_html(report, slide)
    text = "".join(_parse(page).text)
    # Catalogue and sheet text with typographic apostrophes, as the report writes them (these
    # said « l'équité », « Noyau d'acteurs », « cycle d'événements »: straight ones).
    assert "Pour un numérique au service de l’équité scolaire" in text
    assert "Éducation & inclusion · National" in text
    assert "Socle commun → Noyau d’acteurs, étape franchie le 4 mai 2021" in text
    # What changed: the news, the move with its note, the arrivals on one line, the deliverable.
    assert "Un plaidoyer et un manifeste pour l’équité" in text
    # The news in full, then the move's note; the arrivals and the deliverable did not fit
    # after them: they are counted.
    assert "+ 2 autres" in text
    # Key actors: the lead, the core and the partners, with their roles.
    assert "In Fine Animateur" in text and "Réseau Canopé Noyau" in text
    assert "Fréquence École Partenaire" in "".join(_parse(_actors(page)).text)
    assert (
        f"Prochaine étape{NBSP}: Construire le cycle d’événements et ses parcours d’engagement."
        in text
    )
    assert f"Pour rejoindre{NBSP}: https://reset.example.org/rejoindre/equite-scolaire" in text
    assert "<a " not in page  # a projected slide is read, not clicked
    assert "rs-up" in page


def _shown_and_more(html_list: str) -> tuple[list[str], int]:
    """The texts of a list's items and the N of its "+ N autre(s)" line (0 without)."""
    items = re.findall(r"<li>(.*?)</li>", html_list)
    more = re.search(r'class="rs-more">\+ (\d+) autre', html_list)
    return items, int(more.group(1)) if more else 0


def _actors(page: str) -> str:
    return page.split('class="rs-actors')[1].split("</ul>")[0]


def test_key_actors_wrap_instead_of_being_cut(report):
    # civictech: two leads, four core members and a partner on 18 May, two long names.
    page = slide_html(report, _coalition_slide(build_slides(report), "civictech"))
    items, more = _shown_and_more(_actors(page))
    assert len(items) + more == 7 and len(items) >= 4
    # The whole name is in the slide, clamped to the two lines it takes, the role below it in
    # its own span.
    name = "ICPC (Institut de la Concertation et de la Participation Citoyenne)"
    assert items[0] == (
        f'<span class="rs-name" style="-webkit-line-clamp:2">{name}</span>'
        ' <span class="rs-role">Animateur</span>'
    )
    assert "…" not in _actors(page)


def _workbook(name: str, actors: list[str], next_step: str = "", obstacles: str = ""):
    rows = {
        "coalitions": [
            ["id", "name", "stage", "family", "next_step", "obstacles", "pilot"],
            ["x", name, "2", "F", next_step, obstacles, "oui"],
        ],
        "memberships": [["coalition", "actor", "role"]]
        + [["x", actor, "noyau"] for actor in actors],
    }
    data = build_dataset(RawWorkbook("t", {k: pd.DataFrame(v) for k, v in rows.items()}))
    report = build_report(data, RD14)
    return slide_html(report, build_slides(report)[2])  # title, glance, the pilot


def test_short_key_actors_are_all_named_while_the_column_has_room():
    """« + 3 autres » was written under five short names with half the column empty."""
    page = _workbook("Court", [f"Acteur {n}" for n in range(1, 9)])
    assert _shown_and_more(_actors(page)) == (_shown_and_more(_actors(page))[0], 0)
    assert len(_shown_and_more(_actors(page))[0]) == 8
    items, more = _shown_and_more(_actors(_workbook("Court", [f"Acteur {n}" for n in range(40)])))
    assert more and len(items) + more == 40


def test_long_texts_leave_room_for_fewer_items():
    actors = [f"Association régionale des acteurs du numérique responsable {n}" for n in range(8)]
    roomy = _shown_and_more(_actors(_workbook("Court", actors)))
    text = "Réunir les financeurs autour d'un programme commun de trois ans, signer une charte " * 2
    crowded = _shown_and_more(_actors(_workbook("Un nom " * 20, actors, text, text)))
    # Each long name takes two lines and its role a third: fewer fit under a two-line title
    # and two notes of two lines, and the others are counted.
    assert len(crowded[0]) < len(roomy[0])
    assert len(crowded[0]) + crowded[1] == len(roomy[0]) + roomy[1] == 8


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", 1),
        ("Sobriweb", 1),
        ("a" * 23, 1),  # 0.6 em each: 13.8 em on a 14.2 em line
        ("a" * 24, 2),  # a word longer than a line is broken, as overflow-wrap does
        ("a" * 48, 3),
        ("Clément Mabi (Université de technologie", 2),  # wrapped at the spaces
        ("Saint-Étienne-du-Rouvray Saint-Étienne-du-Rouvray", 2),  # and after a hyphen
        ("iiii " * 9, 1),  # narrow letters: more of them on a line
        ("MMMM " * 9, 3),
    ],
)
def test_lines_a_text_takes(text, lines):
    assert wrapped_lines(text, 14.2) == lines


def test_bold_is_wider_and_no_break_spaces_do_not_break():
    assert text_width("Reset Day", bold=True) > text_width("Reset Day")
    assert wrapped_lines("mardi 18\u00a0mai 2021\u00a0à\u00a014\u00a0h", 9.0) == 2


def test_a_list_is_set_smaller_before_it_is_cut():
    """Three long texts: all of them in full at their size when they fit, else smaller; cut
    only when even smaller they do not fit, and then the cut one keeps the lines left."""
    pieces = [Piece((("mot " * 40, False),), 14.2)] * 3
    full, small = pieces[0].lines(1.0), pieces[0].lines(0.875)
    assert small < full
    at_size = 3 * (full + 0.25)
    smaller = 3 * (small * 0.875 + 0.25)
    assert fit(pieces, at_size, 0.25, 1.25, (1.0, 0.875)) == Fit((full,) * 3, 0, 1.0)
    assert fit(pieces, smaller, 0.25, 1.25, (1.0, 0.875)) == Fit((small,) * 3, 0, 0.875)
    # A line short of holding them even smaller: the last one loses its last line.
    cut = fit(pieces, smaller - 0.875, 0.25, 1.25, (1.0, 0.875))
    assert cut == Fit((small, small, small - 1), 0, 0.875)
    # Room for one and a half: the first in full, the second cut, the third counted.
    crowded = fit(pieces, 1.5 * (small * 0.875 + 0.25) + 1.25, 0.25, 1.25, (1.0, 0.875))
    assert crowded.clamps[0] == small and 2 <= crowded.clamps[1] < small
    assert crowded.left_out == 1


def test_next_dates_and_staleness(report):
    slides = build_slides(report)
    page = slide_html(report, _coalition_slide(slides, "envdata"))
    text = "".join(_parse(page).text)
    # The whole title is there: the CSS wraps it in its column, three lines at most.
    title = "Lancement national de la coalition données environnementales"
    assert f"mercredi 19 mai 2021 à 10{NBSP}h — {title}" in text
    # Its last move was three months ago, but it launches the day after: no remark. (Typographic
    # apostrophes, as in the report: these said « d'étape ».)
    assert "Pas de changement d’étape" not in text
    assert "coalition pilote" in text
    mediation = "".join(_parse(slide_html(report, _coalition_slide(slides, "mediation"))).text)
    assert "Pas de changement d’étape depuis trois mois." in mediation


def test_dates_to_confirm_and_later_dates():
    rows = {
        "coalitions": [["id", "name", "stage", "pilot"], ["x", "X", "2", "oui"]],
        "events": [
            ["date", "title", "coalition", "kind", "to_confirm"],
            ["2021-07-06", "Restitution", "x", "restitution", "oui"],
        ],
    }
    data = build_dataset(RawWorkbook("t", {k: pd.DataFrame(v) for k, v in rows.items()}))
    report = build_report(data, RD14)
    text = "".join(_parse(slide_html(report, build_slides(report)[2])).text)
    assert "mardi 6 juillet 2021, date à confirmer — Restitution" in text


def test_stage_track(report):
    equite = _coalition_slide(build_slides(report), "equite").section
    track = _parse(stage_track(equite))
    steps = [attrs["class"].split() for tag, attrs in track.tags if tag == "li"]
    assert len(steps) == 6
    assert [("rs-reached" in s) for s in steps] == [True, True, True, False, False, False]
    assert [i for i, s in enumerate(steps) if "rs-current" in s] == [2]
    assert [i for i, s in enumerate(steps) if "rs-from" in s] == [1]
    # Read out as the report writes it, « Noyau d’acteurs » (this said « d'acteurs »).
    assert track.tags[0][1]["aria-label"] == f"Parcours de maturité{NBSP}: Noyau d’acteurs"


def test_agenda_slide(report):
    page = slide_html(report, build_slides(report)[-1])
    text = "".join(_parse(page).text)
    assert page.count("<li>") == 5
    assert f"Prochain rendez-vous{NBSP}: Reset Day 15, le mardi 15 juin 2021" in text
    assert (
        f"lundi 7 juin 2021 à 14{NBSP}h — Atelier de production{NBSP}: leviers et freins des "
        "scénarios" in text
    )


def test_counter_in_the_footer_when_asked(report):
    slides = build_slides(report)
    assert "rs-counter" not in slide_html(report, slides[0])
    assert '<span class="rs-counter">1 / 16</span>' in slide_html(report, slides[0], "1 / 16")


def test_english(sample):
    report = build_report(sample, RD14, "en")
    slides = build_slides(report)
    text = "".join(_parse(slide_html(report, slides[2])).text)
    assert "The month at a glance" in text and "3Moved up a stage" in text
    text = "".join(_parse(slide_html(report, _coalition_slide(slides, "equite"))).text)
    assert "Shared foundation → Core group, moved up on 4 May 2021" in text
    # The coordinators' words stay as typed: the title says they are quoted in French.
    message = "".join(_parse(slide_html(report, slides[1])).text)
    assert "This month's message, quoted in French" in message
    assert "No news this month" in "".join(_parse(slide_html(report, slides[-2])).text)


def test_unknown_slide_kind(report):
    with pytest.raises(ValueError):
        slide_html(report, Slide("summary"))


def test_deck_export_is_standalone(report):
    slides = build_slides(report)
    page = deck_html(report, slides)
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('<section class="rs-slide') == 16
    assert '<span class="rs-counter">16 / 16</span>' in page
    # Inline CSS and one constant inline script, nothing fetched from anywhere.
    assert page.count("<style>") == 1 and SLIDE_CSS in page
    assert re.findall(r"<script>(.*?)</script>", page, re.DOTALL) == [DECK_SCRIPT]
    # Nothing fetched: no source, import or url(); the only links are the deliverables'
    # documents (https, opened by a click on the saved deck), never an address as a link.
    assert not re.search(r"""src=|@import|url\(""", page)
    links = re.findall(r'href="([^"]*)"', page)
    assert links and all(link.startswith("https://reset.example.org/") for link in links)
    # Arrow keys and clicker keys; printing gives one slide per page.
    for key in ("ArrowRight", "ArrowLeft", "PageDown", "PageUp"):
        assert key in DECK_SCRIPT
    assert "@page" in page and "break-after: page" in page


def test_markup_in_sheet_text_is_text_on_slides():
    hostile = "<script>alert(1)</script> *x*"
    rows = {
        "coalitions": [
            ["id", "name", "stage", "family", "next_step", "territory", "contact"],
            [
                "x",
                hostile,
                "1",
                "<i>F</i>",
                "<img src=y onerror=alert(2)>",
                "<b>T</b>",
                "javascript:alert(4)",
            ],
        ],
        "memberships": [["coalition", "actor", "role"], ["x", "<u>Actor</u>", "animateur"]],
        "events": [["date", "title", "coalition"], ["2021-05-20", "<svg onload=alert(3)>", "x"]],
    }
    data = build_dataset(RawWorkbook("hostile", {k: pd.DataFrame(v) for k, v in rows.items()}))
    report = build_report(data, RD14)
    slides = build_slides(report)
    for slide in slides:
        page = slide_html(report, slide)
        tags = {tag for tag, _ in _parse(page).tags}
        assert not tags & {"script", "img", "i", "b", "u", "svg"}, slide.kind
    page = slide_html(report, next(s for s in slides if s.kind == "coalition"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *x*" in page
    assert "&lt;img src=y onerror=alert(2)&gt;" in page
    assert "&lt;u&gt;Actor&lt;/u&gt;" in page
    deck = deck_html(report, slides)
    assert re.findall(r"<script>(.*?)</script>", deck, re.DOTALL) == [DECK_SCRIPT]
    assert "&lt;svg onload=alert(3)&gt;" in deck


def test_the_quiet_slide_counts_every_name_it_leaves_out():
    rows = {
        "coalitions": [["id", "name", "stage"]]
        + [[f"c{n}", f"Coalition au nom assez long numéro {n}", "1"] for n in range(60)],
    }
    data = build_dataset(RawWorkbook("t", {k: pd.DataFrame(v) for k, v in rows.items()}))
    report = build_report(data, RD14)
    quiet = next(s for s in build_slides(report) if s.kind == "quiet")
    page = slide_html(report, quiet)
    shown = page.count("<li>")
    more = re.search(r'class="rs-more">\+ (\d+) autres', page)
    assert more and shown + int(more.group(1)) == len(quiet.quiet) == 60


def test_the_message_slide_leads_with_its_first_sentence(report):
    """The month's message was one block of eight lines: its first sentence now leads, large,
    and each other sentence is a paragraph of its own."""
    page = slide_html(report, Slide("message"))
    lead = re.search(r'<p class="rs-lead">([^<]*)</p>', page)
    assert lead and lead.group(1).startswith("Pour un numérique choisi plutôt que subi")
    assert lead.group(1).endswith("le cap de RESET.")
    paragraphs = re.findall(r"<p>([^<]*)</p>", page.split('class="rs-lead"')[1])
    assert len(paragraphs) == 2 and paragraphs[0].startswith("Ce mois-ci")


def test_an_english_deck_marks_the_sheets_french(sample):
    english = build_report(sample, RD14, lang="en")
    page = deck_html(english, build_slides(english))
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    # The coalition's name, an actor, a piece of news and the month's message: sheet text.
    assert re.search(
        r'<h1 class="rs-title[^"]*" lang="fr">Pour des données environnementales', page
    )
    assert '<span class="rs-name" style="-webkit-line-clamp:' in page
    assert re.search(r'<span class="rs-name" style="[^"]*" lang="fr">FING</span>', page)
    assert re.search(r'<div class="rs-message-text[^"]*" lang="fr">', page)
    assert re.search(
        r'<span class="rs-text" style="[^"]*" lang="fr">Le diagnostic, la cartographie', page
    )
    # English words stay English: a stage name, a column title.
    assert not re.search(r'lang="fr">[^<]*(Core group|This month)', page)
    french = build_report(sample, RD14)
    assert 'lang="fr"' not in deck_html(french, build_slides(french)).split("<body", 1)[1]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_arrival_tiles_say_what_the_report_says(sample, lang):
    """« 10 Acteurs arrivés dans une coalition » read as contradicting the report's « sept
    acteurs ont rejoint une coalition, trois autres acteurs ont manifesté leur intérêt »:
    the tiles give the report's two numbers, in its words."""
    report = build_report(sample, RD14, lang)
    page = slide_html(report, Slide("glance"))
    tile = r'rs-figure">(\d+)</span><span class="rs-caption">([^<]*)<'
    tiles = {html.unescape(label).lower(): int(n) for n, label in re.findall(tile, page)}
    written = report_txt(report)
    members, interested = 7, 3  # memberships.csv between 20 April and 18 May
    assert tiles.pop(translate("report.figure.joined", lang, count=2).lower()) == members
    assert tiles.pop(translate("report.figure.interested", lang, count=2).lower()) == interested
    said = {
        "fr": ("sept acteurs ont rejoint une coalition",
               "trois autres acteurs ont manifesté leur intérêt"),
        "en": ("seven actors joined a coalition", "three more actors showed interest"),
    }[lang]  # fmt: skip
    assert all(clause in written for clause in said)
    # Each tile's words are those of the report's clause for its number.
    assert translate("report.figure.joined", lang, count=2).lower() in said[0]
    assert translate("report.figure.interested", lang, count=2).lower() in said[1]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_stale_tile_is_in_the_report(sample, lang):
    """The glance slide's « 12 Sans changement d'étape depuis 3 mois ou plus » was nowhere in
    the report (it names the staleness of the coalitions it details, not of the quiet ones):
    its summary now says the tile's number."""
    report = build_report(sample, RD14, lang)
    page = slide_html(report, Slide("glance"))
    label = translate("report.figure.stale", lang, count=report.stale_months)
    tile = re.search(rf'rs-figure">(\d+)</span><span class="rs-caption">{re.escape(label)}<',
                     html.unescape(page))  # fmt: skip
    assert tile and int(tile.group(1)) == report.figures["stale"] == 12
    said = {
        "fr": "Par ailleurs, 12 coalitions n’ont pas changé d’étape depuis trois mois ou plus.",
        "en": "Meanwhile, 12 coalitions have not changed stage in three months or more.",
    }
    assert said[lang] in report_txt(report).replace("\n", " ")
