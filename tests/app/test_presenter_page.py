"""The presenter page driven through AppTest: every slide of the sample, the URL, the choices.

On the sample (reference date 2021-05-21) the default is Reset Day 14 of 2021-05-18 and the
deck has 16 slides: title, the month's message, the month at a glance, the 11 coalitions with
news or a date before the next Reset Day, one slide naming the 9 quiet ones, the agenda.
Figures on the slides are counted by hand in data_sources/sample/*.csv.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from tests.conftest import partial_workbook

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data_sources" / "sample"
MESSY = ROOT / "tests" / "fixtures" / "messy.xlsx"
PAGE = "app_pages/presenter.py"
TOTAL = 16
NBSP = "\u00a0"


def counter(at) -> str:
    """The slide counter ("3 / 23"): the caption made of two numbers."""
    found = [c.value for c in at.caption if c.value.replace(" / ", "", 1).isdigit()]
    assert len(found) == 1, found
    return found[0]


def slide(at) -> str:
    """The HTML of the slide shown."""
    found = [h.value for h in at.html if 'class="rs-frame"' in h.value]
    assert len(found) == 1
    return found[0]


def click(at, key: str):
    at.button(key=key).click().run()
    assert not at.exception
    return at


def test_through_every_slide_and_back(app):
    at = app(page=PAGE)
    assert not at.exception
    assert at.query_params["rd"] == "14"
    assert at.query_params["slide"] == "1"
    assert counter(at) == f"1 / {TOTAL}"
    assert "Reset Day 14" in slide(at) and "18 mai 2021" in slide(at)
    assert at.button(key="slide_prev").disabled
    seen = [slide(at)]
    for n in range(2, TOTAL + 1):
        click(at, "slide_next")
        assert counter(at) == f"{n} / {TOTAL}"
        assert at.query_params["slide"] == str(n)
        seen.append(slide(at))
    assert at.button(key="slide_next").disabled
    assert f"Prochain rendez-vous{NBSP}: Reset Day 15, le mardi 15 juin 2021" in seen[-1]
    assert len(set(seen)) == TOTAL  # every slide is a different one
    for n in range(TOTAL - 1, 0, -1):
        click(at, "slide_prev")
        assert counter(at) == f"{n} / {TOTAL}"
        assert at.query_params["slide"] == str(n)
        assert slide(at) == seen[n - 1]
    assert at.query_params["rd"] == "14"


def test_the_url_keeps_the_place(app):
    at = app(page=PAGE, query={"rd": "15", "slide": "5"})
    assert not at.exception
    # Reset Day 15, drafted on the sample's day (21 May): no message, 8 coalitions written.
    assert counter(at) == "5 / 12"
    # Title, glance (no message that month), the launches of envdata and civictech, then the
    # other coalitions that moved (news included), real ones first: achat.
    assert "Pour un achat public numérique responsable et conscient de ses choix" in slide(at)
    assert at.query_params["rd"] == "15"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"slide": "99"}, ("14", f"{TOTAL} / {TOTAL}")),
        ({"slide": "-3"}, ("14", f"1 / {TOTAL}")),
        ({"slide": "trois"}, ("14", f"1 / {TOTAL}")),
        ({"rd": "quatorze"}, ("14", f"1 / {TOTAL}")),
        ({"rd": "60"}, ("14", f"1 / {TOTAL}")),  # not one of the meetings one may choose
        # On 17 March 2020 only envdata, achat, reemploi and communs had a history entry.
        ({"rd": "1", "slide": "2"}, ("1", "2 / 7")),
    ],
)
def test_bad_or_far_query_params_fall_back(app, query, expected):
    at = app(page=PAGE, query=query)
    assert not at.exception
    assert (at.query_params["rd"], counter(at)) == expected
    assert at.query_params["slide"] == expected[1].split(" / ")[0]


def test_month_at_a_glance(app):
    at = app(page=PAGE, query={"slide": "3"})
    page = slide(at)
    # progress.csv between 20 April and 18 May: algo-publics, equite, sante-donnees moved up;
    # memberships.csv: 10 arrivals, seven members and three interested, two tiles as the
    # report tells them (one tile of 10 read as contradicting it); 13 coalitions without a
    # move since 18 February, but envdata launches the next day. The slide's French as the
    # report writes it: « d’étape » (this expected « d'étape », escaped as &#39;).
    for figure, label in ((3, "Ont franchi une étape"), (7, "Acteurs ont rejoint une coalition"),
                          (3, "Acteurs ont manifesté leur intérêt"),
                          (12, "Sans changement d’étape depuis 3 mois ou plus")):  # fmt: skip
        assert f'rs-figure">{figure}</span><span class="rs-caption">{label}' in page


def test_buttons_have_stable_keys_and_keyboard_shortcuts(app):
    at = app(page=PAGE)
    assert at.button(key="slide_prev").proto.shortcut.lower() == "left"
    assert at.button(key="slide_next").proto.shortcut.lower() == "right"
    assert at.button(key="slide_next").label == "Suivante"
    # Clickers send PageUp/PageDown: a constant script passes them to the same buttons.
    # The app's own scripts (the page's language) are on every page: find the keys one.
    scripts = [h.value for h in at.html if "<script>" in h.value and "PageDown" in h.value]
    assert len(scripts) == 1
    assert "PageDown" in scripts[0] and ".st-key-" in scripts[0] and "slide_next" in scripts[0]


def test_chrome_is_hidden(app):
    at = app(page=PAGE)
    styles = [h.value for h in at.html if h.value.startswith("<style>") and "stSidebar" in h.value]
    assert len(styles) == 1
    for hidden in ('[data-testid="stSidebar"]', '[data-testid="stHeader"]',
                   '[data-testid="stToolbar"]'):  # fmt: skip
        assert hidden in styles[0]


def test_nothing_below_the_button_row(app):
    # On a projector the page must not scroll: under the slide, one row (previous, the
    # counter, the settings in a popover that opens over the slide, next) and nothing else.
    at = app(page=PAGE)
    assert not at.expander
    # The app's document settings (language script, focus style) are hidden on every page.
    blocks = [
        n for n in at.main.children.values() if getattr(n, "key", None) != "document_settings"
    ]
    assert [n.type for n in blocks] == ["html", "flex_container", "flex_container"]
    assert blocks[1].key == "slide_keys"  # the keys script, hidden by the page's CSS
    row = [list(column.children.values()) for column in blocks[2].children.values()]
    assert [[(n.type, n.key) for n in column] for column in row] == [
        [("button", "slide_prev")],
        [("flex_container", "slide_counter")],
        [("popover", "presenter_settings")],
        [("button", "slide_next")],
    ]
    settings = row[2][0]
    inside = {getattr(node, "key", None) for node in settings}
    assert {"presenter_rd", "presenter_order", "presenter_only", "deck_download"} <= inside
    # Leave the presentation, or open the presenter view (tests/app/test_presenter_view.py).
    links = [n.label for n in settings if n.type == "page_link"]
    assert links == ["Vue de l’animateur", "Quitter la présentation"]
    styles = [h.value for h in at.html if h.value.startswith("<style>") and "stSidebar" in h.value]
    assert '[data-testid="stLayoutWrapper"]:has(> .st-key-slide_keys)' in styles[0]


def test_english(app):
    at = app(page=PAGE, lang="en", query={"slide": "3"})
    assert not at.exception
    assert at.button(key="slide_prev").label == "Previous"
    assert "The month at a glance" in slide(at)


def test_choosing_another_reset_day_goes_back_to_the_first_slide(app):
    at = app(page=PAGE, query={"slide": "7"})
    choice = at.selectbox(key="presenter_rd")
    assert choice.value.number == 14
    choice.select(next(o for o in choice.options if o.startswith("Reset Day 15"))).run()
    assert not at.exception
    assert at.query_params["rd"] == "15"
    assert counter(at) == "1 / 12"  # Reset Day 15, drafted on 21 May: 8 coalitions with news
    click(at, "slide_next")
    # Between 18 May and 21 May (the sample's day) two coalitions moved up (progress.csv).
    assert 'rs-figure">2</span><span class="rs-caption">Ont franchi une étape' in slide(at)


def test_a_chosen_subset_and_order(app):
    at = app(page=PAGE, query={"slide": "9"})
    at.multiselect(key="presenter_only").set_value(["equite", "reemploi", "mediation"]).run()
    assert not at.exception
    # Title, message, glance, equite (it moved), mediation (a pilot), reemploi (a deliverable
    # due before Reset Day 15), the agenda.
    assert counter(at) == "7 / 7"  # the 9th slide no longer exists: the last one is shown
    at.segmented_control(key="presenter_order").set_value("pilots").run()
    at.query_params["slide"] = "4"
    at.run()
    assert counter(at) == "4 / 7"
    assert "équité scolaire" in slide(at)  # what moved comes before the pilots


def test_deck_download_offered(app):
    at = app(page=PAGE)
    buttons = at.get("download_button")
    assert [b.proto.label for b in buttons] == ["Télécharger la présentation (HTML autonome)"]


def _copy_sample(folder: Path) -> Path:
    folder.mkdir()
    for file in SAMPLE.glob("*.csv"):
        shutil.copy(file, folder / file.name)
    return folder


def test_markup_in_a_coalition_name_is_shown_as_text(app, tmp_path):
    folder = _copy_sample(tmp_path / "hostile")
    path = folder / "coalitions.csv"
    rows = list(csv.reader(path.open(encoding="utf-8")))
    for row in rows[1:]:
        if row[0] == "achat":
            row[1] = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    at = app(page=PAGE, data=folder, query={"slide": "6"})  # after envdata and civictech
    assert not at.exception
    page = slide(at)
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x" in page


def test_a_workbook_with_only_the_coalitions_tab(app, tmp_path):
    at = app(page=PAGE, data=partial_workbook(tmp_path / "partial", "coalitions"))
    assert not at.exception
    # No settings tab: today is the real date, the default recurrence numbers the meetings.
    # Title, glance, the three pilots, the 17 others on one slide, the agenda.
    assert counter(at) == "1 / 7"
    for _ in range(6):
        click(at, "slide_next")
    # French as the report writes it, « d’ici » (this expected the straight « d'ici »).
    assert "Aucun événement prévu d’ici le prochain Reset Day." in slide(at)


def test_an_empty_workbook(app, tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    header = (SAMPLE / "coalitions.csv").read_text(encoding="utf-8").splitlines()[0]
    (folder / "coalitions.csv").write_text(header + "\n", encoding="utf-8")
    at = app(page=PAGE, data=folder)
    assert not at.exception
    assert [i.value for i in at.info] == [
        f"Le classeur ne contient aucune coalition lisible{NBSP}: rien à présenter."
    ]
    assert not [b for b in at.button if b.key in ("slide_prev", "slide_next")]


def test_the_messy_workbook(app):
    assert MESSY.exists(), "tests/fixtures/messy.xlsx is missing"
    at = app(page=PAGE, data=MESSY)
    assert not at.exception
    total = int(counter(at).split(" / ")[1])
    for _ in range(total - 1):
        click(at, "slide_next")
    assert counter(at) == f"{total} / {total}"
