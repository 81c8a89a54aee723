"""The Reset Day report on the sample: figures counted by hand from data_sources/sample/*.csv.

Reset Day 13 was on 2021-04-20, 14 on 2021-05-18, 15 on 2021-06-15 and 16 on 2021-07-20.
By hand, from progress.csv, memberships.csv, deliverables.csv and events.csv:

- (RD 13, RD 14]: algo-publics 1→2 (27 April), equite 1→2 (4 May), sante-donnees 0→1 (11 May);
  10 actors joined (achat 3 on 11 May, equite 4 on 4 May, algo-publics 2 on 27 April,
  sante-donnees 1 on 11 May; civictech's two of 20 April belong to the month before);
  1 deliverable done (equite's manifeste, 4 May); 1 event held (Reset Day 14 itself);
  5 events until RD 15 (launches of 19 and 20 May, 3 June, 7 June, Reset Day 15);
  13 coalitions without a move since 18 February or before; launched on 18 May: reemploi,
  sobriete-web, mediation (3).
- (RD 14, RD 15]: envdata 2→3 (19 May), civictech 2→3 (20 May), reemploi 4→5 (1 June),
  cyber-asso 0→1 (1 June), accessibilite 1→2 (8 June); 4 actors joined; 4 deliverables done
  (28 May, 1, 8 and 10 June); 5 events held (19 May, 20 May, 3 June, 7 June, RD 15);
  5 events until RD 16; 9 stale; launched on 15 June: the three above plus envdata and
  civictech (5).
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import zipfile
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docx import Document

from coalitions.dataset import RawWorkbook
from coalitions.escape import escape_text
from coalitions.report import (
    ORDERS,
    build_report,
    default_reset_day,
    find_reset_day,
    format_date,
    order_sections,
    report_docx,
    report_html,
    report_markdown,
    reset_day_choices,
)
from coalitions.resetdays import ResetDay
from coalitions.validation import build_dataset
from data_sources.loader import SAMPLE_DIR, SourceSpec, load_local

ROOT = Path(__file__).resolve().parents[2]
MESSY = ROOT / "tests" / "fixtures" / "messy.xlsx"
TODAY = date(2021, 5, 21)  # the sample's reference date
SCRIPT = "<script>alert('x')</script>"

RD14_FIGURES = {
    "coalitions": 20,
    "pilots": 3,
    "launched": 3,
    "moved_up": 3,
    "moved_down": 0,
    "new_coalitions": 0,
    "joined": 10,
    "deliverables_done": 1,
    "events_held": 1,
    "events_coming": 5,
    "stale": 13,
}
RD15_FIGURES = {
    **RD14_FIGURES,
    "launched": 5,
    "moved_up": 5,
    "joined": 4,
    "deliverables_done": 4,
    "events_held": 5,
    "stale": 9,
}
RD14_MOVES = {
    "algo-publics": "Socle commun → Noyau d'acteurs (étape franchie le 27 avril 2021)",
    "equite": "Socle commun → Noyau d'acteurs (étape franchie le 4 mai 2021)",
    "sante-donnees": "Sujet identifié → Socle commun (étape franchie le 11 mai 2021)",
}
RD15_MOVES = {
    "envdata": "Noyau d'acteurs → Lancée (étape franchie le 19 mai 2021)",
    "civictech": "Noyau d'acteurs → Lancée (étape franchie le 20 mai 2021)",
    "reemploi": "En action → Impact (étape franchie le 1er juin 2021)",
    "cyber-asso": "Sujet identifié → Socle commun (étape franchie le 1er juin 2021)",
    "accessibilite": "Socle commun → Noyau d'acteurs (étape franchie le 8 juin 2021)",
}
# Figure labels as the report writes them (French), with the counts of RD 14.
RD14_FIGURE_LINES = [
    ("Coalitions", 20),
    ("Coalitions pilotes", 3),
    ("Lancées ou plus avancées", 3),
    ("Ont franchi une étape", 3),
    ("Ont reculé d'une étape", 0),
    ("Nouvelles coalitions", 0),
    ("Acteurs arrivés dans une coalition", 10),
    ("Livrables terminés", 1),
    ("Événements tenus", 1),
    ("Événements d'ici le prochain Reset Day", 5),
    ("Sans évolution depuis 3 mois ou plus", 13),
]


@pytest.fixture(scope="module")
def sample():
    return load_local(SourceSpec("sample", str(SAMPLE_DIR)))


@pytest.fixture(scope="module")
def rd14(sample):
    return build_report(sample, ResetDay(14, date(2021, 5, 18)))


@pytest.fixture(scope="module")
def rd15(sample):
    return build_report(sample, ResetDay(15, date(2021, 6, 15)))


def _section(report, cid):
    return next(s for s in report.sections if s.id == cid)


def _docx_text(data: bytes) -> tuple[list[tuple[str, str]], list[list[str]]]:
    """(style name, text) of every paragraph and the cells of every table of a .docx."""
    document = Document(io.BytesIO(data))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    tables = [[cell.text for row in t.rows for cell in row.cells] for t in document.tables]
    return paragraphs, tables


class _Text(HTMLParser):
    """The text of an HTML page, and its tags."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def _html_text(page: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(page)
    return "".join(parser.text), parser.tags


# ---------------------------------------------------------------------------- the model


def test_reset_day_choice_and_default(sample):
    assert default_reset_day(sample, TODAY) == ResetDay(14, date(2021, 5, 18))
    assert default_reset_day(sample, date(2021, 5, 18)) == ResetDay(14, date(2021, 5, 18))
    assert default_reset_day(sample, date(2021, 5, 17)) == ResetDay(13, date(2021, 4, 20))
    choices = reset_day_choices(sample, TODAY)
    # From the first progress entry (17 March 2020, Reset Day 1) to the next meeting, August
    # skipped (settings).
    assert choices[0] == ResetDay(1, date(2020, 3, 17))
    assert choices[-1] == ResetDay(15, date(2021, 6, 15))
    assert [d.number for d in choices] == list(range(1, 16))
    assert all(d.date.month != 8 for d in choices)
    assert find_reset_day(sample, "15") == ResetDay(15, date(2021, 6, 15))
    assert find_reset_day(sample, "quinze") is None
    assert find_reset_day(sample, None) is None
    assert find_reset_day(sample, "0") is None


def test_rd14_figures_and_neighbours(rd14):
    assert rd14.figures == RD14_FIGURES
    assert rd14.previous == ResetDay(13, date(2021, 4, 20))
    assert rd14.next == ResetDay(15, date(2021, 6, 15))
    assert rd14.stale_months == 3
    assert rd14.findings == ()


def test_rd15_figures(rd15):
    assert rd15.figures == RD15_FIGURES


def test_sections_hold_the_stage_on_the_day_and_its_move(rd14, rd15):
    assert len(rd14.sections) == 20
    moved14 = {s.id: (s.stage_from, s.stage) for s in rd14.sections if s.direction}
    assert moved14 == {"algo-publics": (1, 2), "equite": (1, 2), "sante-donnees": (0, 1)}
    moved15 = {s.id: (s.stage_from, s.stage) for s in rd15.sections if s.direction}
    assert moved15 == {
        "envdata": (2, 3),
        "civictech": (2, 3),
        "reemploi": (4, 5),
        "cyber-asso": (0, 1),
        "accessibilite": (1, 2),
    }
    # envdata launched the day after Reset Day 14: on the day it was still a core group.
    assert _section(rd14, "envdata").stage == 2
    assert _section(rd14, "envdata").stale_months == 3
    assert _section(rd14, "reemploi").stale_months == 6
    assert _section(rd15, "reemploi").stale_months is None  # impact: never stale


def test_sections_actors_joined_done_and_coming(rd14):
    equite = _section(rd14, "equite")
    assert dict(equite.actors)["lead"] == ("In Fine",)
    assert dict(equite.actors)["core"] == (
        "Réseau Canopé",
        "Entreprises EdTech",
        "Éditeurs éducatifs",
        "Acteurs territoriaux de l'éducation",
    )
    assert [role for role, _ in equite.actors] == ["lead", "core", "partner"]
    assert len(equite.joined) == 4
    assert [d.title for d in equite.done] == ["manifeste"]
    assert [d.title for d in equite.planned] == ["parcours d'engagement"]
    civictech = _section(rd14, "civictech")
    assert [e.title for e in civictech.coming] == [
        "Lancement de la coalition civic tech",
        "Atelier de production : leviers et freins des scénarios",
    ]
    # Members who joined after the day are not yet members.
    reemploi = dict(_section(rd14, "reemploi").actors)
    assert "Métropole de Rivemont" not in reemploi.get("partner", ())


def test_agenda_runs_to_the_next_reset_day(rd14):
    assert [(e.when, e.title) for e in rd14.agenda] == [
        (datetime(2021, 5, 19, 10), "Lancement national de la coalition données environnementales"),
        (datetime(2021, 5, 20, 14, 0), "Lancement de la coalition civic tech"),
        (datetime(2021, 6, 3, 11, 0), "Échange avec les acteurs de la mutualisation"),
        (datetime(2021, 6, 7, 14, 0), "Atelier de production : leviers et freins des scénarios"),
        (datetime(2021, 6, 15, 9, 30), "Reset Day 15"),
    ]  # fmt: skip
    assert rd14.agenda[0].coalition.startswith("Pour des données environnementales")


@pytest.mark.parametrize(
    ("order", "first"),
    [
        ("family", ["sobriete-web", "achat", "logiciels-libres", "civictech"]),
        ("stage", ["reemploi", "sobriete-web", "mediation", "civictech"]),
        ("pilots", ["mediation", "civictech", "envdata", "reemploi"]),
    ],
)
def test_orders(rd14, order, first):
    assert [s.id for s in order_sections(rd14.sections, order)][:4] == first


def test_order_keeps_a_subset_and_rejects_unknown_orders(rd14):
    chosen = order_sections(rd14.sections, "stage", ["equite", "reemploi"])
    assert [s.id for s in chosen] == ["reemploi", "equite"]
    with pytest.raises(ValueError):
        order_sections(rd14.sections, "alphabet")
    assert ORDERS == ("family", "stage", "pilots")


def test_format_date():
    assert format_date(date(2021, 5, 18)) == "18 mai 2021"
    assert format_date(date(2021, 6, 1)) == "1er juin 2021"
    assert format_date(date(2021, 6, 1), "en") == "1 June 2021"
    assert format_date(datetime(2021, 5, 19, 10, 0), "en") == "19 May 2021, 10:00"
    assert format_date(datetime(2021, 5, 19)) == "19 mai 2021"
    assert format_date(None) == ""


# ---------------------------------------------------------------------------- the outputs


def test_markdown_rd14(rd14):
    md = report_markdown(rd14)
    assert md.startswith("# Compte-rendu du Reset Day 14\n")
    assert "_Rendez-vous mensuel de la communauté RESET, le 18 mai 2021_" in md
    assert "Période couverte\u00a0: du 20 avril 2021 (Reset Day 13) au 18 mai 2021." in md
    for label, count in RD14_FIGURE_LINES:
        assert f"- {label}\u00a0: **{count}**" in md
    assert md.count("\n### ") == 20
    assert md.count("étape franchie le") == 3
    for move in RD14_MOVES.values():
        assert f"- **Étape**\u00a0: {move}" in md
    assert "## Agenda jusqu'au Reset Day 15 (15 juin 2021)" in md
    agenda = md.split("## Agenda")[1].split("## Qualité")[0]
    assert agenda.count("\n- ") == 5
    assert "Aucun signalement\u00a0: le classeur respecte le contrat." in md
    # Sheet text is escaped for markdown: the parentheses of a name can't make a link.
    assert "OPSN \\(opérateurs publics de services numériques\\) a rejoint la coalition" in md


def test_markdown_rd15(rd15):
    md = report_markdown(rd15)
    assert md.startswith("# Compte-rendu du Reset Day 15\n")
    assert "- Ont franchi une étape\u00a0: **5**" in md
    assert "- Lancées ou plus avancées\u00a0: **5**" in md
    assert "- Livrables terminés\u00a0: **4**" in md
    assert md.count("étape franchie le") == 5
    for move in RD15_MOVES.values():
        assert f"- **Étape**\u00a0: {move}" in md
    assert "## Agenda jusqu'au Reset Day 16 (20 juillet 2021)" in md


def test_markdown_preview_is_shortened(rd14):
    md = report_markdown(rd14, max_sections=2)
    assert md.count("\n### ") == 2
    assert "… et 18 autre(s) coalition(s), dans les fichiers téléchargés." in md


def test_markdown_in_english(sample):
    report = build_report(sample, ResetDay(14, date(2021, 5, 18)), "en")
    md = report_markdown(report)
    assert md.startswith("# Report of Reset Day 14\n")
    assert "- Moved up a stage: **3**" in md
    assert "- Actors who joined a coalition: **10**" in md
    assert "Shared foundation → Core group (moved up on 27 April 2021)" in md
    assert "## Agenda until Reset Day 15 (15 June 2021)" in md


def test_html_rd14_is_standalone_and_printable(rd14):
    page = report_html(rd14)
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="fr">' in page
    # Standalone: no script, no external resource; print CSS with page breaks.
    assert "<script" not in page
    assert not re.search(r"""(src|href)=|@import|url\(""", page)
    assert "@page" in page
    assert "break-before: page" in page and "break-inside: avoid" in page
    text, tags = _html_text(page)
    assert tags.count("article") == 20
    assert "Compte-rendu du Reset Day 14" in text
    for label, count in RD14_FIGURE_LINES:
        assert f"<dt>{label.replace(chr(39), '&#x27;')}</dt><dd>{count}</dd>" in page
    for move in RD14_MOVES.values():
        assert move in text
    assert text.count("étape franchie le") == 3


def test_html_rd15(rd15):
    text, tags = _html_text(report_html(rd15))
    assert "Compte-rendu du Reset Day 15" in text
    assert tags.count("article") == 20
    for move in RD15_MOVES.values():
        assert move in text


def test_docx_rd14(rd14):
    paragraphs, tables = _docx_text(report_docx(rd14))
    assert paragraphs[0] == ("Title", "Compte-rendu du Reset Day 14")
    headings = [text for style, text in paragraphs if style == "Heading 2"]
    assert len(headings) == 20
    assert "Transparence des algorithmes publics" in headings
    figures = dict(zip(tables[0][0::2], tables[0][1::2], strict=True))
    assert figures == {label: str(count) for label, count in RD14_FIGURE_LINES}
    texts = [text for _, text in paragraphs]
    for move in RD14_MOVES.values():
        assert f"Étape\u00a0: {move}" in texts
    assert "Agenda jusqu'au Reset Day 15 (15 juin 2021)" in texts
    assert texts[-1] == "Généré depuis le classeur des coalitions par le tableau de bord RESET."


def test_docx_rd15(rd15):
    paragraphs, tables = _docx_text(report_docx(rd15))
    texts = [text for _, text in paragraphs]
    assert texts[0] == "Compte-rendu du Reset Day 15"
    for move in RD15_MOVES.values():
        assert f"Étape\u00a0: {move}" in texts
    figures = dict(zip(tables[0][0::2], tables[0][1::2], strict=True))
    assert figures["Ont franchi une étape"] == "5"
    assert figures["Livrables terminés"] == "4"


# ---------------------------------------------------------------------------- sheet text


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The sample with markup in a coalition's name and next step, and in an actor's name."""
    folder = tmp_path_factory.mktemp("hostile")
    for file in SAMPLE_DIR.glob("*.csv"):
        shutil.copy(file, folder / file.name)

    def rewrite(name, change):
        path = folder / name
        rows = list(csv.reader(path.open(encoding="utf-8")))
        rows = [rows[0]] + [change(row) for row in rows[1:]]
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(rows)

    def coalition(row):
        if row[0] == "equite":
            row[1] = f"{SCRIPT} & *gras* [lien](https://x.example)"
            row[12] = "<img src=x onerror=alert(1)> prochaine étape"
        return row

    def member(row):
        if row[1] == "In Fine":
            row[1] = "<b>In Fine</b>"
        return row

    rewrite("coalitions.csv", coalition)
    rewrite("memberships.csv", member)
    rewrite("actors.csv", lambda row: ["<b>In Fine</b>", *row[1:]] if row[0] == "In Fine" else row)
    data = load_local(SourceSpec("csv", str(folder)))
    assert not data.errors
    return build_report(data, ResetDay(14, date(2021, 5, 18)))


def test_markup_in_sheet_text_is_text_in_markdown(hostile):
    md = report_markdown(hostile)
    assert "<script" not in md and "<img" not in md and "<b>" not in md
    name = f"{SCRIPT} & *gras* [lien](https://x.example)"
    assert f"### {escape_text(name, 'markdown')}\n" in md
    assert "### &lt;script\\>alert\\('x'\\)&lt;/script\\> &amp; \\*gras\\* \\[lien\\]" in md
    assert f"- Animateur\u00a0: {escape_text('<b>In Fine</b>', 'markdown')}" in md


def test_markup_in_sheet_text_is_text_in_html(hostile):
    page = report_html(hostile)
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; *gras*" in page
    text, tags = _html_text(page)
    assert f"{SCRIPT} & *gras* [lien](https://x.example)" in text
    assert "script" not in tags and "img" not in tags and "b" not in tags


def test_markup_in_sheet_text_is_text_in_docx(hostile):
    data = report_docx(hostile)
    paragraphs, _ = _docx_text(data)
    texts = [text for _, text in paragraphs]
    assert f"{SCRIPT} & *gras* [lien](https://x.example)" in texts
    assert "Animateur\u00a0: <b>In Fine</b>" in texts
    assert "Prochaine étape\u00a0: <img src=x onerror=alert(1)> prochaine étape" in texts
    # python-docx wrote text runs: the markup is escaped XML text, never an element.
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in body
    assert "<script" not in body and "<b>" not in body


# ---------------------------------------------------------------------------- other workbooks


def test_findings_are_listed(tmp_path):
    if not MESSY.exists():
        pytest.skip("the messy workbook fixture is not there yet")
    from data_sources.loader import load_local as load

    data = load(SourceSpec("xlsx", str(MESSY)))
    assert data.findings
    day = default_reset_day(data, TODAY) or ResetDay(14, date(2021, 5, 18))
    report = build_report(data, day)
    md = report_markdown(report)
    quality = md.split("## Qualité des données")[1]
    assert quality.count("\n- ") == len(data.findings)
    assert "Signalements de la validation" in quality
    text, _ = _html_text(report_html(report))
    assert "Signalements de la validation" in text
    paragraphs, _ = _docx_text(report_docx(report))
    assert sum(style == "List Bullet" for style, _ in paragraphs) >= len(data.findings)


def test_a_workbook_with_only_coalitions():
    rows = [["id", "name", "stage", "family"], ["a", "Alpha", "2", "F"], ["b", "Beta", "0", ""]]
    data = build_dataset(RawWorkbook("partial", {"coalitions": _frame(rows)}))
    report = build_report(data, ResetDay(14, date(2021, 5, 18)))
    assert report.figures["coalitions"] == 2
    assert report.agenda == ()
    md = report_markdown(report)
    assert "Aucun événement prévu d'ici le prochain Reset Day." in md
    assert "Sans famille" in md
    assert report_html(report).count("<article") == 2
    assert _docx_text(report_docx(report))[0][0] == ("Title", "Compte-rendu du Reset Day 14")
    assert reset_day_choices(data, TODAY)[-1] == ResetDay(15, date(2021, 6, 15))


def _frame(rows):
    import pandas as pd

    return pd.DataFrame(rows)


def test_chosen_reset_day_follows_the_url_within_the_choices():
    from datetime import date

    from coalitions.report import chosen_reset_day
    from data_sources.loader import SAMPLE_DIR, SourceSpec, load_local

    data = load_local(SourceSpec("sample", str(SAMPLE_DIR)))
    today = date(2021, 5, 21)
    shown, choices = chosen_reset_day(data, today, "13")
    assert (shown.number, shown.date) == (13, date(2021, 4, 20))
    assert choices[-1].number == 15  # up to the next meeting after today
    for requested in (None, "x", "0", "99"):
        assert chosen_reset_day(data, today, requested)[0].number == 14  # the last one held
