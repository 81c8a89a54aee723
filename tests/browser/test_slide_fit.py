"""The slides laid out by Chromium at 1280x720, on the sample and with the longest texts a
sheet may hold: nothing spills out of its slide or column, a text is cut (an ellipsis) only
when its box is full, and the text stays large enough to read from the back of a room; no
tile shows 0, the stage track names its stages, partners are among the key actors, the help
line of the exported deck is on the screen. Screenshots of every slide of the sample's deck
in French and English land in test-artifacts/screenshots/.

The deck is the standalone export (``deck_html``): it shares every rule of SLIDE_CSS with
the presenter page, and the slide's layout depends on its width only (container units), so
the check needs no server. The page's own fit (buttons, no scrolling) is checked in
test_interactions.py.
"""

from __future__ import annotations

import csv
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from bench.harness import new_page
from coalitions.format import apostrophes
from coalitions.history.resetdays import ResetDay
from coalitions.report import build_report
from coalitions.report.deck import build_slides, deck_html
from coalitions.workbook.stages import STAGES
from data_sources.reading.loader import SAMPLE_DIR, SourceSpec, load_local
from tests.browser.conftest import SCREENSHOTS
from tests.builders import sample_dataset

pytestmark = pytest.mark.browser

RD14 = ResetDay(14, date(2021, 5, 18))
LONG = "equite"  # the coalition given the longest texts
# Long enough to need the clamps at 1280x720, with no space to break at in one of them.
LONG_NAME = (
    "Pour un numérique éducatif au service de l'équité scolaire, de l'inclusion de tous les "
    "élèves et de la coopération entre les familles, les enseignants et les collectivités"
)
LONG_ACTOR = "Association nationale des collectivités territoriales pour l'éducation numérique"
UNBROKEN = "Fédération" + "-des-acteurs" * 8
LONG_TEXT = (
    "Réunir les financeurs publics et privés autour d'un programme commun de trois ans, "
    "signer une charte avec les académies, puis ouvrir les premiers terrains d'expérimentation "
    "dans six territoires pionniers avant la fin de l'année scolaire prochaine"
)
LONG_EVENT = "Atelier national de co-construction du parcours d'engagement des collectivités"
LONG_PLACE = "Médiathèque intercommunale de la communauté d'agglomération du Grand Territoire"
# Text smaller than this on a 1280x720 screen is too small to read when projected.
MIN_FONT_PX = 14
# List text (what the audience reads) is at least this size at 1280x720.
MIN_LIST_FONT_PX = 18
VIEWPORTS = ((1280, 720), (1920, 1080))


def _edit(path: Path, change) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    header = list(rows[0])
    rows = change(rows) or rows
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header)
        writer.writeheader()
        writer.writerows(rows)


def _append(path: Path, rows: list[dict]) -> None:
    _edit(path, lambda existing: existing + rows)


def make_long_sample(folder: Path) -> Path:
    """A copy of the sample where one coalition has the longest texts of everything a slide
    shows, and the agenda more events than a slide lists."""
    for source in SAMPLE_DIR.glob("*.csv"):
        shutil.copy(source, folder / source.name)

    def coalitions(rows):
        for row in rows:
            if row["identifiant"] == LONG:
                row["nom"] = LONG_NAME
                row["territoire"] = (
                    "Bretagne, Pays de la Loire, Normandie et territoires d'outre-mer"
                )
                row["prochaine étape"] = LONG_TEXT
                row["freins"] = LONG_TEXT

    def progress(rows):
        for row in rows:
            if row["coalition"] == LONG and row["date"] == "2021-05-04":
                row["commentaire"] = LONG_TEXT

    _edit(folder / "coalitions.csv", coalitions)
    _edit(folder / "progress.csv", progress)
    actors = [f"{LONG_ACTOR} {n}" for n in range(1, 8)]
    _append(
        folder / "actors.csv",
        [{"nom": a, "catégorie": "réseau", "site web": ""} for a in [UNBROKEN, *actors]],
    )
    _append(
        folder / "memberships.csv",
        [
            # Two leads: they are listed first among the key actors.
            {
                "coalition": LONG,
                "acteur": a,
                "rôle": "animateur" if n < 2 else "noyau",
                "depuis": "2021-05-04",
            }  # fmt: skip
            for n, a in enumerate([UNBROKEN, *actors])
        ],
    )
    _append(
        folder / "deliverables.csv",
        [
            {"coalition": LONG, "livrable": f"{LONG_EVENT} {n}", "statut": status, "date": when}
            for n, (status, when) in enumerate(
                [
                    ("fait", "2021-05-10"),
                    ("fait", "2021-05-11"),
                    ("prévu", "2021-09-01"),
                    ("en cours", "2021-10-01"),
                ],  # fmt: skip
                start=1,
            )
        ],
    )
    _append(
        folder / "events.csv",
        [
            {
                "début": f"2021-06-0{n} 10:00",
                "titre": f"{LONG_EVENT} {n}",
                "type": "atelier",
                "coalition": LONG,
                "fin": "",
                "lieu": LONG_PLACE,
                "lien": "",
            }  # fmt: skip
            for n in range(1, 6)
        ],
    )
    return folder


@pytest.fixture(scope="module")
def long_data(tmp_path_factory):
    """The long sample, read."""
    return load_local(SourceSpec("csv", str(make_long_sample(tmp_path_factory.mktemp("long")))))


def _deck(data, lang: str) -> tuple[str, int]:
    report = build_report(data, RD14, lang)
    slides = build_slides(report)
    number = next(i for i, s in enumerate(slides, 1) if s.section and s.section.id == LONG)
    return deck_html(report, slides), number


@pytest.fixture
def long_deck(long_data) -> tuple[str, int]:
    """The French deck of Reset Day 14 on the long sample, and the number of the long slide."""
    return _deck(long_data, "fr")


# For each slide: what spills out of the slide, of the body or of a column; clamped texts
# (their box smaller than their content: the ellipsis shows) and the sizes of the text.
MEASURE = """
() => [...document.querySelectorAll('.rs-slide')].map((slide) => {
  const box = (el) => el.getBoundingClientRect();
  const out = [];
  const within = (el, outer, what) => {
    const r = box(el), o = box(outer);
    if (r.height > 0 && (r.bottom > o.bottom + 0.5 || r.right > o.right + 0.5
        || r.top < o.top - 0.5 || r.left < o.left - 0.5)) {
      out.push(`${el.tagName}.${el.className} "${el.textContent.slice(0, 40)}" out of ${what}`);
    }
  };
  const body = slide.querySelector('.rs-body');
  for (const el of slide.querySelectorAll('.rs-body > *, .rs-body li, .rs-footer')) {
    within(el, slide, 'the slide');
  }
  for (const el of body.querySelectorAll(':scope > *')) { within(el, body, 'the body'); }
  for (const col of slide.querySelectorAll('.rs-col')) {
    for (const el of col.querySelectorAll('li, li > span, p')) { within(el, col, 'its column'); }
    within(col, slide.querySelector('.rs-cols'), 'the columns');
  }
  const clamped = [...slide.querySelectorAll('.rs-text, .rs-name, .rs-note, h1, .rs-detail')]
    .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
    .map((el) => ({cls: el.className, lines: Math.round(
      el.clientHeight / parseFloat(getComputedStyle(el).lineHeight))}));
  const sizes = (selector) => [...slide.querySelectorAll(selector)]
    .filter((el) => el.textContent.trim() && box(el).height > 0)
    .map((el) => parseFloat(getComputedStyle(el).fontSize));
  return {out, clamped, width: box(slide).width, smallest: Math.min(...sizes('*')),
          smallestList: Math.min(Infinity, ...sizes('li:not(.rs-step), li:not(.rs-step) *'))};
})
"""


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("viewport", VIEWPORTS, ids=lambda v: f"{v[0]}x{v[1]}")
def test_long_texts_stay_inside_their_slide(chromium, long_data, viewport, lang):
    deck, number = _deck(long_data, lang)
    page = new_page(chromium, viewport)
    try:
        page.set_content(deck)
        # Every slide in the flow (as without scripts), each at the presenter's size.
        page.evaluate("() => document.documentElement.classList.remove('js')")
        slides = page.evaluate(MEASURE)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.locator(".rs-frame").nth(number - 1).screenshot(
            path=str(SCREENSHOTS / f"slide-long-{lang}-{viewport[0]}.png")
        )
        page.locator(".rs-frame").last.screenshot(
            path=str(SCREENSHOTS / f"slide-long-agenda-{lang}-{viewport[0]}.png")
        )
        scale = slides[0]["width"] / 1132  # the slide is 1132 px wide in a 1280x720 page
    finally:
        page.context.close()
    spilled = {i: s["out"] for i, s in enumerate(slides, 1) if s["out"]}
    assert not spilled, spilled
    # The long coalition's texts fill their boxes and are cut (an ellipsis ends them) there.
    clamped = {c["cls"].split()[0] for c in slides[number - 1]["clamped"]}
    assert {"rs-title", "rs-note", "rs-text"} <= clamped, clamped
    for number, slide in enumerate(slides, 1):
        assert slide["smallest"] >= MIN_FONT_PX * scale, (number, slide["smallest"])
        if slide["smallestList"] != float("inf"):
            assert slide["smallestList"] >= MIN_LIST_FONT_PX * scale, (number, slide)


# For each box a slide fills with a list (a coalition's columns, the agenda, the quiet
# ones): the free space under its list, in lines of the list's text, and whether a text in
# it is cut (its box smaller than its content) or items are left out (« + N autres »).
ROOM = """
() => [...document.querySelectorAll('.rs-slide')].map((slide) => {
  const boxes = [];
  const measure = (box, list, bottom) => {
    const line = parseFloat(getComputedStyle(list).lineHeight);
    const cut = [...list.querySelectorAll('li > span, li')].filter(
      (el) => el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent.slice(0, 60));
    boxes.push({free: (bottom - list.getBoundingClientRect().bottom) / line, cut,
                more: !!list.querySelector('.rs-more'), what: box.textContent.slice(0, 40)});
  };
  for (const col of slide.querySelectorAll('.rs-col')) {
    const list = col.querySelector('ul');
    if (list) { measure(col, list, col.parentElement.getBoundingClientRect().bottom); }
  }
  const agenda = slide.querySelector('ul.rs-agenda');
  if (agenda) {
    measure(slide, agenda, slide.querySelector('.rs-next').getBoundingClientRect().top);
  }
  const figures = [...slide.querySelectorAll('.rs-figure')].map((el) => el.textContent);
  const steps = [...slide.querySelectorAll('.rs-step')].map((el) => ({
    text: el.textContent, shown: el.scrollWidth <= el.clientWidth + 1,
    label: el.querySelector('.rs-label').getBoundingClientRect().width}));
  const actors = [...slide.querySelectorAll('ul.rs-actors li')].map((el) => el.innerText);
  return {boxes, figures, steps, actors};
})
"""
# A cut text leaves less than a line and a half of its box empty (an estimate's error, and
# the line it would need); items are left out only when less than two lines and a half are
# (the next one needs two lines, the « + N » line one).
MOST_FREE_WHEN_CUT = 1.5
MOST_FREE_WHEN_LEFT_OUT = 2.5


def measure_room(page, deck: str) -> list[dict]:
    """Every slide of ``deck`` laid out in ``page``, in the flow, measured by ROOM."""
    page.set_content(deck)
    page.evaluate("() => document.documentElement.classList.remove('js')")
    return page.evaluate(ROOM)


def crowded_boxes(slides: list[dict]) -> list[tuple]:
    """The boxes where a text is cut or items left out while the box has room."""
    return [
        (number, box["what"], round(box["free"], 2), box["cut"], box["more"])
        for number, slide in enumerate(slides, 1)
        for box in slide["boxes"]
        if (box["cut"] and box["free"] >= MOST_FREE_WHEN_CUT)
        or (box["more"] and box["free"] >= MOST_FREE_WHEN_LEFT_OUT)
    ]


@pytest.fixture(scope="module")
def sample_data():
    return sample_dataset()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_text_is_cut_while_its_slide_has_room(chromium, sample_data, long_data, lang):
    """envdata's news stopped at « …de la disponibilité des… » with half its column empty,
    « + 4 autres » sat under two key actors, a deliverable read « pour le 20 m… »."""
    page = new_page(chromium, (1280, 720))
    try:
        sample = measure_room(page, deck_html(*_report_and_slides(sample_data, lang)))
        long = measure_room(page, _deck(long_data, lang)[0])
    finally:
        page.context.close()
    assert crowded_boxes(sample) == []
    assert crowded_boxes(long) == []
    # The long coalition's boxes are full: its texts are cut there, and counted.
    assert any(box["cut"] or box["more"] for slide in long for box in slide["boxes"])


def _report_and_slides(data, lang):
    report = build_report(data, RD14, lang)
    return report, build_slides(report)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tiles_stages_and_partners_as_the_room_sees_them(chromium, sample_data, lang):
    report, slides = _report_and_slides(sample_data, lang)
    page = new_page(chromium, (1280, 720))
    try:
        measured = measure_room(page, deck_html(report, slides))
    finally:
        page.context.close()
    glance = next(m for s, m in zip(slides, measured, strict=True) if s.kind == "glance")
    assert glance["figures"] and "0" not in glance["figures"]  # three tiles showed 0
    # Named as the report writes them, « Noyau d’acteurs » in French (this expected the
    # catalogue's straight « Noyau d'acteurs »).
    names = [apostrophes(stage.label(lang), lang) for stage in STAGES]
    for slide, seen in zip(slides, measured, strict=True):
        if slide.kind != "coalition":
            continue
        # Each step of the bar says its number and its name, whole, on the slide.
        assert [step["text"] for step in seen["steps"]] == [
            f"{n} {name}" for n, name in enumerate(names)
        ]
        assert all(step["shown"] and step["label"] > 0 for step in seen["steps"]), seen["steps"]
    equite = next(
        m for s, m in zip(slides, measured, strict=True) if s.section and s.section.id == "equite"
    )
    partner = "Partenaire" if lang == "fr" else "Partner"
    assert any(
        actor.startswith("Fréquence École") and partner in actor for actor in equite["actors"]
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_slide_on_a_projector_with_its_help_line(chromium, sample_data, lang):
    """The help line under the exported deck was cut at 720 px; every slide is screenshot."""
    report, slides = _report_and_slides(sample_data, lang)
    page = new_page(chromium, (1280, 720))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        page.set_content(deck_html(report, slides))
        for number in range(1, len(slides) + 1):
            page.keyboard.press("Home")
            for _ in range(number - 1):
                page.keyboard.press("ArrowRight")
            page.screenshot(path=str(SCREENSHOTS / f"deck-{lang}-{number:02d}.png"))
            help_box = page.locator(".rs-help").bounding_box()
            slide_box = page.locator(".rs-frame.rs-active").bounding_box()
            assert help_box is not None and slide_box is not None
            assert slide_box["y"] >= 0 and help_box["y"] >= slide_box["y"] + slide_box["height"]
            assert help_box["y"] + help_box["height"] <= 720, (number, help_box)
    finally:
        page.context.close()


def _shown_and_more(html_list: str) -> tuple[int, int]:
    more = re.search(r'class="rs-more">\+ (\d+) autre', html_list)
    return html_list.count("<li>"), int(more.group(1)) if more else 0


def test_what_does_not_fit_is_counted(long_deck):
    deck, number = long_deck
    slide = deck.split('<section class="rs-slide')[number]
    # In Fine, the sample's four core members and five partners, and the eight added: as
    # many as fit, the others counted.
    shown, more = _shown_and_more(slide.split("rs-actors")[1].split("</ul>")[0])
    assert shown >= 1 and more >= 1 and shown + more == 18
    # The sample's five events until Reset Day 15 and the five added.
    shown, more = _shown_and_more(deck.split('<section class="rs-slide')[-1])
    assert shown >= 1 and shown + more == 10
