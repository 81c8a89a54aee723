"""The Reset Day deck on the sample: which slides, what each shows, the standalone export."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest

from coalitions.dataset import RawWorkbook
from coalitions.report import build_report
from coalitions.resetdays import ResetDay
from coalitions.slides import (
    DECK_SCRIPT,
    MAX_ACTORS,
    SLIDE_CSS,
    Slide,
    build_slides,
    deck_html,
    slide_html,
    stage_track,
)
from coalitions.validation import build_dataset
from data_sources.loader import SAMPLE_DIR, SourceSpec, load_local

RD14 = ResetDay(14, date(2021, 5, 18))


@pytest.fixture(scope="module")
def sample():
    return load_local(SourceSpec("sample", str(SAMPLE_DIR)))


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
    assert len(slides) == 23  # title, the month at a glance, 20 coalitions, agenda
    assert [s.kind for s in slides[:2]] == ["title", "glance"]
    assert slides[-1].kind == "agenda"
    assert {s.kind for s in slides[2:-1]} == {"coalition"}
    # By family (Achats & sobriété first), the furthest along first within a family.
    assert [s.section.id for s in slides[2:5]] == ["sobriete-web", "achat", "logiciels-libres"]


def test_a_subset_in_a_chosen_order(report):
    slides = build_slides(report, ["equite", "envdata", "mediation"], "pilots")
    assert [s.section.id for s in slides if s.section] == ["mediation", "envdata", "equite"]
    assert len(slides) == 6
    assert [s.section.id for s in build_slides(report, None, "stage")[2:4]] == [
        "reemploi",
        "sobriete-web",
    ]


def test_title_and_glance_slides(report):
    slides = build_slides(report)
    title = _parse(slide_html(report, slides[0]))
    assert "Reset Day 14" in title.text and "18 mai 2021" in title.text
    glance = "".join(_parse(slide_html(report, slides[1])).text)
    for label, count in (("Ont franchi une étape", 3), ("Acteurs arrivés dans une coalition", 10),
                         ("Sans évolution depuis 3 mois ou plus", 13)):  # fmt: skip
        assert f"{count}{label}" in glance


def test_a_coalition_slide(report):
    slide = _coalition_slide(build_slides(report), "equite")
    page = slide_html(report, slide)
    text = "".join(_parse(page).text)
    assert "Pour un numérique au service de l'équité scolaire" in text
    assert "Éducation & inclusion · National" in text
    assert "Socle commun → Noyau d'acteurs (étape franchie le 4 mai 2021)" in text
    # What changed: the move with its note, the four arrivals on one line, the deliverable.
    assert "Nouvelle étape : Noyau d'acteurs — plaidoyer et manifeste publiés, noyau réuni" in text
    assert "4 acteurs ont rejoint la coalition : Réseau Canopé, Entreprises EdTech" in text
    assert "Livrable terminé : manifeste (4 mai 2021)" in text
    # Key actors: the lead and the core, with their roles.
    assert "In Fine Animateur" in text and "Réseau Canopé Noyau" in text
    assert "Fréquence École" not in text  # a partner, not a key actor
    assert "Prochaine étape : Construire le cycle événementiel de parcours." in text
    assert "rs-up" in page


def test_key_actors_are_capped(report):
    # civictech: two leads and four core members on 18 May: five shown, one more counted.
    page = slide_html(report, _coalition_slide(build_slides(report), "civictech"))
    actors = page.split("rs-actors")[1].split("</ul>")[0]
    assert actors.count("<li>") == MAX_ACTORS == 5
    assert "+ 1 autre(s)" in actors


def test_next_dates_and_staleness(report):
    page = slide_html(report, _coalition_slide(build_slides(report), "envdata"))
    text = "".join(_parse(page).text)
    # Titles are cut to fit a column (45 characters), ending with an ellipsis.
    title = "Lancement national de la coalition données environnementales"
    assert f"19 mai 2021, 10:00 — {title[:44]}…" in text
    assert title not in text
    assert "Sans évolution depuis 3 mois" in text
    assert "Coalition pilote" in text


def test_stage_track(report):
    equite = _coalition_slide(build_slides(report), "equite").section
    track = _parse(stage_track(equite))
    steps = [attrs["class"].split() for tag, attrs in track.tags if tag == "li"]
    assert len(steps) == 6
    assert [("rs-reached" in s) for s in steps] == [True, True, True, False, False, False]
    assert [i for i, s in enumerate(steps) if "rs-current" in s] == [2]
    assert [i for i, s in enumerate(steps) if "rs-from" in s] == [1]
    assert track.tags[0][1]["aria-label"] == "Parcours de maturité : Noyau d'acteurs"


def test_agenda_slide(report):
    page = slide_html(report, build_slides(report)[-1])
    text = "".join(_parse(page).text)
    assert page.count("<li>") == 5
    assert "Prochain rendez-vous : Reset Day 15, le 15 juin 2021" in text
    assert "7 juin 2021, 14:00 — Atelier de production : leviers et freins des scénarios" in text


def test_counter_in_the_footer_when_asked(report):
    slides = build_slides(report)
    assert "rs-counter" not in slide_html(report, slides[0])
    assert '<span class="rs-counter">1 / 23</span>' in slide_html(report, slides[0], "1 / 23")


def test_english(sample):
    report = build_report(sample, RD14, "en")
    slides = build_slides(report)
    text = "".join(_parse(slide_html(report, slides[1])).text)
    assert "The month at a glance" in text and "3Moved up a stage" in text
    text = "".join(_parse(slide_html(report, _coalition_slide(slides, "equite"))).text)
    assert "Shared foundation → Core group (moved up on 4 May 2021)" in text


def test_unknown_slide_kind(report):
    with pytest.raises(ValueError):
        slide_html(report, Slide("summary"))


def test_deck_export_is_standalone(report):
    slides = build_slides(report)
    page = deck_html(report, slides)
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('<section class="rs-slide') == 23
    assert '<span class="rs-counter">23 / 23</span>' in page
    # Inline CSS and one constant inline script, nothing fetched from anywhere.
    assert page.count("<style>") == 1 and SLIDE_CSS in page
    assert re.findall(r"<script>(.*?)</script>", page, re.DOTALL) == [DECK_SCRIPT]
    assert not re.search(r"""(src|href)=|@import|url\(|https?://""", page)
    # Arrow keys and clicker keys; printing gives one slide per page.
    for key in ("ArrowRight", "ArrowLeft", "PageDown", "PageUp"):
        assert key in DECK_SCRIPT
    assert "@page" in page and "break-after: page" in page


def test_markup_in_sheet_text_is_text_on_slides():
    hostile = "<script>alert(1)</script> *x*"
    rows = {
        "coalitions": [
            ["id", "name", "stage", "family", "next_step", "territory"],
            ["x", hostile, "1", "<i>F</i>", "<img src=y onerror=alert(2)>", "<b>T</b>"],
        ],
        "memberships": [["coalition", "actor", "role"], ["x", "<u>Actor</u>", "animateur"]],
        "events": [["date", "title", "coalition"], ["2021-05-20", "<svg onload=alert(3)>", "x"]],
    }
    import pandas as pd

    data = build_dataset(RawWorkbook("hostile", {k: pd.DataFrame(v) for k, v in rows.items()}))
    report = build_report(data, RD14)
    slides = build_slides(report)
    for slide in slides:
        page = slide_html(report, slide)
        tags = {tag for tag, _ in _parse(page).tags}
        assert not tags & {"script", "img", "i", "b", "u", "svg"}, slide.kind
    page = slide_html(report, slides[2])
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *x*" in page
    assert "&lt;img src=y onerror=alert(2)&gt;" in page
    assert "&lt;u&gt;Actor&lt;/u&gt;" in page
    deck = deck_html(report, slides)
    assert re.findall(r"<script>(.*?)</script>", deck, re.DOTALL) == [DECK_SCRIPT]
    assert "&lt;svg onload=alert(3)&gt;" in deck
