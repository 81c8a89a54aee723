"""The slides with the longest texts a sheet may hold, laid out by Chromium: nothing spills
out of its slide or column, long texts end in an ellipsis after a few lines, and the text
stays large enough to read from the back of a room.

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
from coalitions.report import build_report
from coalitions.report.deck import MAX_ACTORS, MAX_AGENDA, build_slides, deck_html
from coalitions.resetdays import ResetDay
from data_sources.loader import SAMPLE_DIR, SourceSpec, load_local
from tests.browser.conftest import SCREENSHOTS

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
          smallestList: Math.min(Infinity, ...sizes('li, li *'))};
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
    # The long coalition's texts are clamped (an ellipsis ends them), not cut off mid-line.
    clamped = {(c["cls"], c["lines"]) for c in slides[number - 1]["clamped"]}
    assert ("rs-name", 2) in clamped  # an actor's name on two lines
    assert ("rs-title", 2) in clamped  # the coalition's name
    assert ("rs-note", 2) in clamped  # next step and obstacles
    assert ("rs-text", 3) in clamped  # what changed and the next dates
    assert ("rs-detail", 1) in clamped  # an event's place on one line
    for number, slide in enumerate(slides, 1):
        assert slide["smallest"] >= MIN_FONT_PX * scale, (number, slide["smallest"])
        if slide["smallestList"] != float("inf"):
            assert slide["smallestList"] >= MIN_LIST_FONT_PX * scale, (number, slide)


def _shown_and_more(html_list: str) -> tuple[int, int]:
    more = re.search(r'class="rs-more">\+ (\d+) autre', html_list)
    return html_list.count("<li>"), int(more.group(1)) if more else 0


def test_what_does_not_fit_is_counted(long_deck):
    deck, number = long_deck
    slide = deck.split('<section class="rs-slide')[number]
    # In Fine and the sample's four core members, and the eight added: as many as fit.
    shown, more = _shown_and_more(slide.split("rs-actors")[1].split("</ul>")[0])
    assert 1 <= shown < MAX_ACTORS and shown + more == 13
    # The sample's five events until Reset Day 15 and the five added.
    shown, more = _shown_and_more(deck.split('<section class="rs-slide')[-1])
    assert 1 <= shown <= MAX_AGENDA and shown + more == 10
