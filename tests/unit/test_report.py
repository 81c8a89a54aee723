"""The Reset Day report on the sample: its content model, its words and its five forms.

Reset Day 13 was on 2021-04-20, 14 on 2021-05-18, 15 on 2021-06-15 and 16 on 2021-07-20.
By hand, from data_sources/sample/*.csv, for (RD 13, RD 14]:

- moved up: algo-publics 1→2 (27 April), equite 1→2 (4 May), sante-donnees 0→1 (11 May);
  7 actors joined (equite 4, algo-publics 2, sante-donnees 1) and 3 more came as only
  interested (achat: Soluris, Déclic, OPSN), counted apart; 1 deliverable done
  (equite's manifeste, 4 May); 5 events until RD 15, two of them launches (envdata on
  19 May, civictech on 20 May: both launch dates of the coalitions tab too);
- news in updates.csv in the month: equite, dematerialiser, achat, civictech, envdata;
- so what moved: envdata, civictech (launches, soonest first), achat, equite (arrivals, a
  move), then the examples algo-publics and sante-donnees; the pilots: mediation (an example,
  nothing new); the others: dematerialiser (news), then the examples sobriete-web, reemploi
  and accessibilite (a deliverable due before RD 15: marked done on a later day, it was still
  in progress on 18 May); the nine left are quiet;
- 13 coalitions have not moved for 3 months, but envdata launches the next day: 12 stale.
"""

from __future__ import annotations

import csv
import dataclasses
import email
import io
import re
import shutil
import zipfile
from datetime import UTC, date, datetime
from email import policy
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from docx import Document
from markdown_it import MarkdownIt

from coalitions.escape import email_address
from coalitions.history.resetdays import ResetDay
from coalitions.i18n import translate
from coalitions.report import (
    FORMATS,
    ORDERS,
    build_report,
    chosen_reset_day,
    default_reset_day,
    find_reset_day,
    order_sections,
    render,
    report_docx,
    report_eml,
    report_html,
    report_markdown,
    report_txt,
    reset_day_choices,
)
from coalitions.report.deck import build_slides, deck_html
from coalitions.report.entries import coming_lines
from coalitions.report.sentences import report_text
from coalitions.report.summary import summary_text
from coalitions.workbook.dataset import RawWorkbook
from coalitions.workbook.validation import build_dataset
from data_sources.reading.loader import SAMPLE_DIR, SourceSpec, load_local
from tests.builders import sample_dataset

ROOT = Path(__file__).resolve().parents[2]
MESSY = ROOT / "tests" / "fixtures" / "messy.xlsx"
TODAY = date(2021, 5, 21)  # the sample's reference date
RD14 = ResetDay(14, date(2021, 5, 18))
RD15 = ResetDay(15, date(2021, 6, 15))
SCRIPT = "<script>alert('x')</script>"
NBSP, NNBSP = "\u00a0", "\u202f"

RD14_FIGURES = {
    "coalitions": 20,
    "pilots": 3,
    "launched": 3,
    "moved_up": 3,
    "moved_down": 0,
    "new_coalitions": 0,
    "joined": 10,  # every arrival; the summary tells achat's three « intéressé » apart
    "interested": 3,
    "deliverables_done": 1,
    "events_held": 0,  # the Reset Days are not counted: Reset Day 14 is the meeting itself
    "events_coming": 4,  # as many as the summary's « 4 rendez-vous », Reset Day 15 aside
    "stale": 12,
}
RD14_GROUPS = {
    # « Dématérialiser » has news this month: among what moved, not « Les autres ».
    "moved": [
        "envdata",
        "civictech",
        "achat",
        "equite",
        "dematerialiser",
        "algo-publics",
        "sante-donnees",
    ],
    "pilot": ["mediation"],
    "other": ["sobriete-web", "reemploi", "accessibilite"],
}
RD14_QUIET = {
    "logiciels-libres", "communs", "parentalite", "climat-num", "vie-privee-ville",
    "cyber-asso", "donnees-sociales", "plateformes-travail", "commerce-local",
}  # fmt: skip
_REACHED = "La coalition a franchi l’étape «\u00a0{}\u00a0» le {}"
RD14_MOVES = {
    "algo-publics": _REACHED.format("Noyau d’acteurs", "27 avril 2021"),
    "equite": _REACHED.format("Noyau d’acteurs", "4 mai 2021"),
    "sante-donnees": _REACHED.format("Socle commun", "11 mai 2021"),
}


@pytest.fixture(scope="module")
def rd14(sample):
    return build_report(sample, RD14)


@pytest.fixture(scope="module")
def rd15(sample):
    return build_report(sample, RD15)


@pytest.fixture(scope="module")
def rd14_en(sample):
    return build_report(sample, RD14, "en")


def _section(report, cid):
    return next(s for s in report.sections if s.id == cid)


def _workbook(tabs: dict[str, list[list[str]]], settings: dict[str, str] | None = None):
    rows = dict(tabs)
    if settings:
        rows["settings"] = [["key", "value"], *([k, v] for k, v in settings.items())]
    return build_dataset(RawWorkbook("t", {k: pd.DataFrame(v) for k, v in rows.items()}))


class _Text(HTMLParser):
    """The text a reader sees in an HTML page (not its style or script), its tags and their
    attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._hidden += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._hidden -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._hidden:
            self.text.append(data)


def _html(page: str) -> _Text:
    parser = _Text()
    parser.feed(page)
    return parser


def _html_text(page: str) -> str:
    return "".join(_html(page).text)


def _docx_text(data: bytes) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph of a .docx."""
    return [(p.style.name, p.text) for p in Document(io.BytesIO(data)).paragraphs]


def _eml_parts(data: bytes) -> tuple[email.message.EmailMessage, str, str]:
    message = email.message_from_bytes(data, policy=policy.default)
    text = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    page = message.get_body(("html",)).get_content()
    return message, text, page


def _all_outputs(report) -> dict[str, str]:
    """The text a reader gets from every form of ``report``, and from the deck."""
    _, eml_text, eml_page = _eml_parts(report_eml(report))
    return {
        "md": report_markdown(report),
        "txt": report_txt(report),
        "html": _html_text(report_html(report)),
        "docx": "\n".join(text for _, text in _docx_text(report_docx(report))),
        "eml text": eml_text,
        "eml html": _html_text(eml_page),
        "deck": _html_text(deck_html(report, build_slides(report))),
    }


# ---------------------------------------------------------------------------- the model


def test_reset_day_choice_and_default(sample):
    assert default_reset_day(sample, TODAY) == RD14
    assert default_reset_day(sample, date(2021, 5, 17)) == ResetDay(13, date(2021, 4, 20))
    choices = reset_day_choices(sample, TODAY)
    assert choices[0] == ResetDay(1, date(2020, 3, 17))
    assert choices[-1] == RD15
    assert [d.number for d in choices] == list(range(1, 16))
    assert find_reset_day(sample, "15") == RD15
    assert find_reset_day(sample, "quinze") is None
    assert find_reset_day(sample, "0") is None
    shown, _ = chosen_reset_day(sample, TODAY, "13")
    assert shown.number == 13
    for requested in (None, "x", "0", "99"):
        assert chosen_reset_day(sample, TODAY, requested)[0].number == 14


def test_rd14_figures_message_and_neighbours(rd14):
    assert rd14.figures == RD14_FIGURES
    assert rd14.previous == ResetDay(13, date(2021, 4, 20))
    assert rd14.next == RD15
    assert rd14.findings == ()
    assert rd14.message.startswith("Pour un numérique choisi plutôt que subi")
    assert rd14.letter.recipients == ("coalitions@reset.example.org",)


def test_rd15_figures(rd15):
    assert (rd15.figures["moved_up"], rd15.figures["launched"]) == (5, 5)
    assert (rd15.figures["joined"], rd15.figures["deliverables_done"]) == (4, 4)
    assert rd15.message == ""  # the sample's Reset Day 15 row has none


def test_what_moved_first_then_pilots_then_the_others(rd14):
    for group, ids in RD14_GROUPS.items():
        assert [s.id for s in rd14.group(group)] == ids
    assert {s.id for s in rd14.group("quiet")} == RD14_QUIET
    # Reading order: groups in turn, real coalitions before examples; a launch opens it.
    assert [s.id for s in rd14.sections[:11]] == sum(RD14_GROUPS.values(), [])
    assert not rd14.sections[0].example and rd14.sections[0].launching
    assert rd14.sections[0].launch_on == datetime(2021, 5, 19)


def test_orders_apply_within_the_groups(rd14):
    by_stage = order_sections(rd14.sections, "stage")
    assert [s.id for s in by_stage][:2] == ["envdata", "civictech"]  # launches stay first
    quiet = [s.id for s in by_stage if s.group == "quiet"]
    assert quiet[0] == "logiciels-libres"  # the furthest along of the quiet ones (1), by name
    assert [s.id for s in order_sections(rd14.sections, "stage", ["equite", "achat"])] == [
        "achat",
        "equite",
    ]
    with pytest.raises(ValueError):
        order_sections(rd14.sections, "alphabet")
    assert ORDERS == ("family", "stage", "pilots")


def test_sections_hold_the_month(rd14):
    equite = _section(rd14, "equite")
    assert (equite.stage_from, equite.stage, equite.direction) == (1, 2, 1)
    assert [role for role, _ in equite.actors] == ["lead", "core", "partner"]
    assert len(equite.joined) == 4 and [d.title for d in equite.done] == ["manifeste"]
    assert [n.text[:20] for n in equite.news] == ["Un plaidoyer et un m"]
    assert equite.problem.startswith("Le numérique éducatif")
    assert _section(rd14, "envdata").contact.startswith("https://")
    civictech = _section(rd14, "civictech")
    assert [e.title for e in civictech.coming] == [
        "Lancement de la coalition civic tech",
        "Atelier de production : leviers et freins des scénarios",
    ]
    # After the next Reset Day: the report-back, typed « à confirmer », on the very day its
    # deliverable is firmly due: the firm date wins.
    assert [(e.title, e.to_confirm) for e in civictech.later] == [
        ("Restitution des travaux", False)
    ]
    assert [d.title for d in civictech.due] == ["scénarios d'évolution de la démocratie numérique"]
    assert [d.title for d in civictech.due_later] == ["restitution des ateliers"]


def test_no_staleness_remark_with_a_launch_or_an_event_coming(rd14):
    # envdata's last move was on 16 February, but it launches the day after the meeting.
    assert _section(rd14, "envdata").stale_months is None
    assert _section(rd14, "reemploi").stale_months == 6
    data = _workbook(
        {
            "coalitions": [["id", "name", "stage"], ["a", "Alpha", "1"], ["b", "Beta", "1"]],
            "progress": [["date", "coalition", "stage"], ["2020-01-07", "a", "1"],
                         ["2020-01-07", "b", "1"]],
            "events": [["date", "title", "coalition", "kind"],
                       ["2021-06-01", "Atelier", "a", "atelier"]],
        }
    )  # fmt: skip
    report = build_report(data, RD14)
    assert _section(report, "a").stale_months is None
    assert _section(report, "b").stale_months == 16
    assert _section(report, "a").group == "other" and _section(report, "b").group == "quiet"


def test_the_updates_tab_gives_the_news_and_the_latest_next_step(rd14):
    data = _workbook(
        {
            "coalitions": [["id", "name", "stage", "next_step", "obstacles"],
                           ["a", "Alpha", "2", "Étape du tableau", "Frein du tableau"]],
            "updates": [
                ["date", "coalition", "news", "next_step", "obstacles"],
                ["2021-03-01", "a", "Vieille nouvelle", "Ancienne étape", ""],
                ["2021-05-02", "a", "Nouvelle du mois", "Étape de mai", ""],
                ["2021-05-10", "a", "", "", ""],
                ["2021-06-01", "a", "Trop tard", "Étape de juin", "Frein de juin"],
            ],
        }
    )  # fmt: skip
    section = _section(build_report(data, RD14), "a")
    assert [n.text for n in section.news] == ["Nouvelle du mois"]
    assert section.next_step == "Étape de mai"  # the latest non-empty one, as of the day
    assert section.obstacles == "Frein du tableau"  # none in the updates tab by then
    assert section.group == "moved"  # news this month: among what moved


def test_recipients_come_from_the_settings():
    data = _workbook(
        {"coalitions": [["id", "name", "stage"], ["a", "Alpha", "1"]]},
        {"report_recipients": "liste@reset.example.org; pas une adresse, b@x.example.org,"
         " c@x.example.org\nBcc: d@x.example.org"},
    )  # fmt: skip
    report = build_report(data, RD14)
    assert report.letter.recipients == (
        "liste@reset.example.org",
        "b@x.example.org",
        "c@x.example.org",
    )
    message, _, _ = _eml_parts(report_eml(report))
    assert message["To"] == "liste@reset.example.org, b@x.example.org, c@x.example.org"
    assert message["Bcc"] is None


# ---------------------------------------------------------------------------- the words


def test_the_report_reads_as_written_by_hand(rd14):
    md = report_markdown(rd14)
    assert md.startswith("# Compte-rendu du Reset Day 14\n")
    assert "_Rendez-vous mensuel de la communauté RESET, le mardi 18 mai 2021_" in md
    # The month's message opens it, before the summary and the coalitions.
    message = md.index("Pour un numérique choisi plutôt que subi")
    assert message < md.index("La communauté suit 20 coalitions") < md.index("## Ce qui a bougé")
    summary = summary_text(rd14)
    # The catalogue's typographic apostrophe, « D’ici » (this said « D'ici »).
    assert summary == (
        "La communauté suit 20 coalitions, dont trois pilotes et trois déjà lancées ou plus "
        "avancées. Sur les coalitions suivies, 15 sont des exemples inventés, signalés "
        "«\u00a0exemple\u00a0». "
        "Depuis le Reset Day 13 du 20 avril 2021, trois coalitions ont franchi une étape, "
        "sept acteurs ont rejoint une coalition, trois autres acteurs ont manifesté leur intérêt "
        "et le livrable «\u00a0manifeste\u00a0» a été terminé. "
        # The deck's tile « 12 Sans changement d’étape depuis 3 mois ou plus », in the letter.
        "Par ailleurs, 12 coalitions n’ont pas changé d’étape depuis trois mois ou plus. "
        "D’ici le Reset Day "
        "15 du 15 juin 2021, quatre rendez-vous sont prévus, dont deux lancements."
    )
    # Each fact once: a move is told in the month's paragraph, not also as « Étape : … → … ».
    for move in RD14_MOVES.values():
        assert move in md and md.count(move) == 1
    assert "→" not in md and "Nouvelle étape" not in md
    equite = md.split("### Pour un numérique au service")[1].split("\n### ")[0]
    assert "**Étape**" not in equite  # the month's paragraph says where it stands
    # Who came is said in the one list of actors, not in a list of its own above it.
    assert "Nouveaux arrivants" not in equite
    # The manifesto is in the news: not told again as « Livrable terminé ».
    # (the news links the titles it names: the URLs, not the words, say « manifeste » again)
    words = re.sub(r"<https?://[^>]+>", "", equite)
    assert "Livrable terminé" not in words and words.count("manifeste") == 1
    assert (
        f"**Acteurs**{NBSP}: In Fine à l’animation{NNBSP}; Réseau Canopé, Entreprises EdTech, "
        "éditeurs éducatifs et acteurs territoriaux de l’éducation dans le noyau depuis ce "
        f"mois-ci{NNBSP}; FING comme partenaire, en plus de ceux cités plus haut" in equite
    )
    assert f"- mercredi 19 mai 2021 à 10{NBSP}h — Lancement national" in md
    assert f"- mardi 15 juin 2021 à 9{NBSP}h{NBSP}30 — Reset Day 15, en ligne" in md
    assert "## Agenda jusqu’au Reset Day 15 (mardi 15 juin 2021)" in md
    assert (
        # The coalition by its short name (« nom court »), as the titles name theirs.
        f"- jeudi 3 juin 2021 à 11{NBSP}h — Échange avec les acteurs de la mutualisation, "
        f"en ligne, avec la coalition «{NBSP}achat public responsable{NBSP}»" in md
    )
    # A title that names its coalition is not followed by the coalition's full name.
    assert "Lancement de la coalition civic tech, en ligne\n" in md
    # One format for dated lines: date — title, details after commas, never in brackets.
    assert "— Point sur les opportunités (DITP, présidence française de l’UE), en ligne" in md
    assert "(en ligne)" not in md and "(atelier" not in md


def test_the_month_is_told_in_prose_on_reset_day_15(rd15):
    text = {c.id: c for part in report_text(rd15).parts for c in part.coalitions}

    def month(cid):
        return {b.label: b for b in text[cid].blocks}["Ce mois-ci"].text

    assert month("envdata") == (
        f"La coalition a franchi l’étape «{NBSP}Lancée{NBSP}» le 19 mai 2021{NBSP}: lancement "
        "national. Le livrable «\u00a0carnet de bord du lancement\u00a0» a été terminé le "
        "19 mai 2021."
    )
    # The launch held on the day it reached « Lancée » is that move: not told twice.
    assert month("civictech").endswith(
        f"La coalition a tenu «{NBSP}Atelier de production{NBSP}: leviers et freins des "
        f"scénarios{NBSP}» le 7 juin 2021."
    )
    assert "Lancement de la coalition civic tech" not in month("civictech")


def test_the_report_reads_family_by_family_within_each_part(rd14):
    """The seed: « une vingtaine de coalitions réparties en familles d'intérêt ». Each part
    reads family by family, under the family's heading, the family first met first (what
    launches first still opens the report); the line under a title no longer repeats it."""
    md = report_markdown(rd14)
    moved = md.split("## Ce qui a bougé")[1].split("\n## ")[0]
    headings = re.findall(r"^(#{3,4}) (.+)$", moved, re.M)
    assert headings == [
        ("###", "Environnement"),
        ("####", "Pour des données environnementales d’intérêt général actionnables par les "
                 "acteurs du territoire"),
        ("###", "Démocratie"),
        ("####", "Pour des civic tech au service de la qualité démocratique"),
        ("####", "Transparence des algorithmes publics (exemple)"),
        ("###", "Achats & sobriété"),
        ("####", "Pour un achat public numérique responsable et conscient de ses choix"),
        ("###", "Éducation & inclusion"),
        ("####", "Pour un numérique au service de l’équité scolaire"),
        ("###", "Services publics"),
        ("####", "Dématérialiser sans déshumaniser"),
        ("###", "Libertés & confiance"),
        ("####", "Données de santé et confiance (exemple)"),
    ]  # fmt: skip
    assert "_Démocratie · National" not in md and "_National · coalition pilote_" in md
    docx = _docx_text(report_docx(rd14))
    assert ("Heading 2", "Environnement") in docx and ("Heading 3", "Médiation numérique "
            "pérenne (exemple)") in docx  # fmt: skip
    page = _html(report_html(rd14))
    assert [tag for tag, attrs in page.tags if attrs.get("class") == "family"].count("h3") == 10
    # Another order has no family headings: the families would repeat.
    by_stage = report_markdown(build_report(rd14_data(), RD14, order="stage"))
    assert "\n### Démocratie" not in by_stage and by_stage.count("\n### ") == 11


def rd14_data():
    return sample_dataset()


def test_what_comes_next_in_one_dated_list(rd14):
    text = {c.id: c for part in report_text(rd14).parts for c in part.coalitions}
    blocks = {b.label: b for b in text["civictech"].blocks}
    assert blocks["À venir"].lines == (
        # The kind is not repeated when the title says it; a day's events before its dues.
        f"jeudi 20 mai 2021 à 14{NBSP}h — Lancement de la coalition civic tech, en ligne",
        f"lundi 7 juin 2021 à 14{NBSP}h — Atelier de production{NBSP}: leviers et freins "
        "des scénarios, en ligne",
        f"lundi 7 juin 2021 — Remise du livrable «{NBSP}scénarios d’évolution de la démocratie "
        f"numérique{NBSP}», en préparation",
        # Typed « à confirmer », but its deliverable is firmly due that day: the firm date wins.
        # Its deliverable that day, « restitution des ateliers », is that event: told once.
        "mardi 6 juillet 2021 — Restitution des travaux, en ligne",
    )
    # An undated open deliverable is not « later »: it says it has no date yet.
    achat = {b.label: b for b in text["achat"].blocks}["À venir"].lines
    assert achat[-1] == (
        f"Pas encore de date pour «{NBSP}contribution au manifeste des Interconnectés{NBSP}», "
        "en préparation."
    )
    assert "Plus tard" not in report_markdown(rd14) and "Rien de daté" not in report_markdown(rd14)


def test_a_date_to_confirm_stays_so_without_a_firm_deliverable_that_day():
    data = _workbook(
        {
            "coalitions": [["id", "name", "stage"], ["a", "Alpha", "2"]],
            "events": [["date", "title", "coalition", "kind", "à confirmer"],
                       ["2021-09-07", "Restitution", "a", "restitution", "oui"],
                       ["2021-09-14", "Atelier", "a", "atelier", "oui"]],
            "deliverables": [["coalition", "title", "status", "date"],
                             ["a", "synthèse", "prévu", "2021-09-14"]],
        }
    )  # fmt: skip
    section = _section(build_report(data, RD14), "a")
    assert [(e.title, e.to_confirm) for e in section.later] == [
        ("Restitution", True),
        ("Atelier", False),
    ]
    assert coming_lines(section)[0] == "mardi 7 septembre 2021, date à confirmer — Restitution"


def test_quiet_coalitions_are_grouped_in_one_paragraph(rd14):
    md = report_markdown(rd14)
    assert md.count("\n#### ") == 11
    quiet = [line for line in md.splitlines() if line.startswith("Sans nouvelles ce mois-ci")]
    assert len(quiet) == 1
    assert quiet[0].startswith(f"Sans nouvelles ce mois-ci{NBSP}: Mutualiser les logiciels")
    assert quiet[0].count("(exemple)") == 9 and quiet[0].endswith(".")
    assert "Rien de nouveau" not in md


def test_example_rows_are_labelled_everywhere_and_never_open(rd14):
    outputs = _all_outputs(rd14)
    for form, text in outputs.items():
        assert "Transparence des algorithmes publics (exemple)" in text, form
        assert "Médiation numérique pérenne (exemple)" in text, form
        assert "Transparence des algorithmes publics\n" not in text, form
    first = report_markdown(rd14).split("\n#### ")[1].splitlines()[0]
    assert first == "Pour des données environnementales d’intérêt général actionnables par " + (
        "les acteurs du territoire"
    )


def test_pour_rejoindre_from_the_contact_column(rd14):
    md = report_markdown(rd14)
    assert (
        f"**Pour rejoindre**{NBSP}: <https://reset.example.org/rejoindre/donnees-environnementales>"
        in md
    )
    assert f"**Pour rejoindre**{NBSP}: <achat-responsable@reset.example.org>" in md
    page = _html(report_html(rd14))
    links = [attrs["href"] for tag, attrs in page.tags if tag == "a"]
    assert "https://reset.example.org/rejoindre/donnees-environnementales" in links
    # An e-mail address to write to is a mailto: link, in the report and its signature.
    assert "mailto:achat-responsable@reset.example.org" in links
    assert "mailto:animation@reset.example.org" in links
    assert all(link.startswith(("https://", "mailto:")) for link in links)


def test_the_eml_has_a_sender_a_date_an_id_and_a_language(sample):
    sent = datetime(2021, 5, 19, 9, 30, tzinfo=UTC)
    for lang in ("fr", "en"):
        message, text, _ = _eml_parts(report_eml(build_report(sample, RD14, lang), now=sent))
        sender = message["From"].addresses[0]
        # The team's name in the letter's language (report_sender_name_en).
        name = "L’équipe d’animation de RESET" if lang == "fr" else "The RESET coordination team"
        assert (sender.display_name, sender.addr_spec) == (name, "animation@reset.example.org")
        assert message["To"] == "coalitions@reset.example.org"
        assert message["Date"].datetime == sent
        assert re.fullmatch(r"<[^<>@\s]+@reset\.example\.org>", message["Message-ID"].strip())
        assert message["Content-Language"] == lang
        assert message["X-Unsent"] == "1"


def test_a_sheet_without_a_sender_leaves_from_to_the_mail_program():
    data = _workbook({"coalitions": [["id", "name", "stage"], ["a", "Alpha", "1"]]}, {})
    message, text, _ = _eml_parts(report_eml(build_report(data, RD14)))
    assert message["From"] is None and message["To"] == ""
    assert message["Message-ID"].endswith("@reset.invalid>")  # never the machine's name
    assert message["Date"] is not None
    # The default greeting and signature: the letter still opens and closes.
    assert "\n\nBonjour à toutes et à tous,\n\n" in text
    assert text.endswith("Bien à vous,\nL’équipe d’animation de RESET\n\n--\n" + FOOTER + "\n")


FOOTER = "Préparé avec le tableau de bord de RESET, d’après le classeur des coalitions."


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_greeting_and_signoff_come_from_the_settings(lang):
    settings = {
        "report_greeting": "Chères coalitions,",
        "report_signoff": "À très vite,",
        "report_greeting_en": "Dear coalitions,",
        "report_signoff_en": "See you soon,",
        "report_sender_name": "Camille Martin",
        "report_sender_role": "coordinatrice de la communauté",
        "report_sender_role_en": "community coordinator",
        "report_sender_email": "camille@reset.example.org",
    }
    data = _workbook({"coalitions": [["id", "name", "stage"], ["a", "Alpha", "1"]]}, settings)
    report = build_report(data, RD14, lang)
    greeting, signoff, role = (
        ("Chères coalitions,", "À très vite,", "coordinatrice de la communauté")
        if lang == "fr"
        else ("Dear coalitions,", "See you soon,", "community coordinator")
    )
    signature = [signoff, "Camille Martin", role, "camille@reset.example.org"]
    lines = report_txt(report).splitlines()
    assert lines[lines.index(greeting) - 1] == ""  # a paragraph of its own, after the period
    assert lines[-7:-3] == signature
    html_page = report_html(report)
    assert f'<p class="greeting">{greeting}</p>' in html_page
    assert "Camille Martin<br>" in html_page
    page = _html(html_page)
    assert "mailto:camille@reset.example.org" in [a["href"] for t, a in page.tags if t == "a"]
    document = Document(io.BytesIO(report_docx(report)))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert greeting in texts
    assert "\n".join(signature) in texts


def test_two_lines_on_coalitions_and_levers_from_the_settings(sample):
    """The seed reminds what a coalition is and its three levers; the catalogue says it unless
    the settings' report_about says otherwise (« - »: not at all)."""
    text = report_txt(build_report(sample, RD14))
    about = text.index("Pour rappel, une coalition réunit des acteurs différents")
    assert text.index("Pour un numérique choisi") < about < text.index("La communauté suit")
    assert "la commande (intention politique" in text and "l’offre (le numérique" in text
    english = report_txt(build_report(sample, RD14, "en"))
    assert "Each acts on one or more levers: demand (policy intent" in english
    tabs = {"coalitions": [["id", "name", "stage"], ["a", "Alpha", "1"]]}
    own = _workbook(tabs, {"report_about": "Une coalition, c'est nous.",
                           "report_about_en": "A coalition is us."})  # fmt: skip
    assert "Une coalition, c’est nous." in report_txt(build_report(own, RD14))
    assert "A coalition is us." in report_html(build_report(own, RD14, "en"))
    none = report_markdown(build_report(_workbook(tabs, {"report_about": "-"}), RD14))
    assert "Pour rappel" not in none and "\n-\n" not in none


def test_the_word_report_is_a4_with_real_links(rd14):
    document = Document(io.BytesIO(report_docx(rd14)))
    for section in document.sections:
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    links = {
        rel.target_ref
        for rel in document.part.rels.values()
        if rel.reltype.endswith("/hyperlink") and rel.is_external
    }
    assert "https://reset.example.org/rejoindre/donnees-environnementales" in links
    assert "mailto:achat-responsable@reset.example.org" in links
    assert "mailto:animation@reset.example.org" in links
    # Each link is a w:hyperlink around its visible text, not a bare relationship.
    body = document.element.body.xml
    assert body.count("<w:hyperlink ") == len(
        [r for r in document.part.rels.values() if r.reltype.endswith("/hyperlink")]
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_machine_french_in_any_output(sample, lang):
    report = build_report(sample, RD14, lang)
    for form, text in _all_outputs(report).items():
        assert "(s)" not in text, form
        if lang == "fr":
            bad = re.findall(r".{12}(?: [:;!?»]|« ).{0,12}", text)
            assert not bad, (form, bad[:5])
            assert not re.search(r"\d:\d\d", text), form  # « 14 h 30 », never « 14:30 »
            assert "(Intéressé)" not in text and "Animateur :" not in text, form


def test_english_is_english(rd14_en):
    md = report_markdown(rd14_en)
    assert md.startswith("# Report on Reset Day 14\n")
    assert "_Monthly meeting of the RESET community, Tuesday 18 May 2021_" in md
    assert "## What’s new" in md and "## The other pilot coalitions" in md
    assert "- Wednesday 19 May 2021 at 10:00 — Lancement national" in md
    # A French title saying « Lancement » says « launch » too: the kind is not added.
    assert "données environnementales, online\n" in md
    assert "The coalition reached the “Core group” stage on 4 May 2021." in md
    assert "No news this month: Mutualiser les logiciels des collectivités (example)" in md
    assert "Tuesday 6 July 2021 — Restitution des travaux, online" in md
    assert (
        "Soluris, Déclic, and OPSN (opérateurs publics de services numériques) interested, "
        "new this month" in md
    )
    for word in ("Étape", "Plus tard", "Pour rejoindre", "exemple", "mai 2021"):
        assert word not in md.replace("Pour des", "").replace("Pour un", ""), word


@pytest.mark.parametrize(
    ("key", "lang", "forms"),
    [
        ("report.summary.joined", "fr", ["0 acteur a rejoint", "un acteur a rejoint",
                                         "deux acteurs ont rejoint"]),
        ("report.summary.joined", "en", ["0 actors joined", "one actor joined",
                                         "two actors joined"]),
        ("report.summary.deliverables_done", "fr", ["0 livrable a été terminé",
                                                    "un livrable a été terminé",
                                                    "deux livrables ont été terminés"]),
        ("report.summary.coalitions", "en", ["follows 0 coalitions", "follows one coalition",
                                             "follows two coalitions"]),
        ("report.who.partner", "fr", ["comme partenaire", "comme partenaire",
                                      "comme partenaires"]),
        ("report.stale", "en", ["in 0 months", "in one month", "in two months"]),
        ("presenter.more", "fr", ["+ 0 autre", "+ 1 autre", "+ 2 autres"]),
    ],
)  # fmt: skip
def test_plural_forms_for_0_1_and_2(key, lang, forms):
    for count, form in enumerate(forms):
        text = translate(key, lang, count=count, names="X")
        assert form in text and text.replace(form, "", 1).count(str(count)) == 0, text


def test_the_interested_are_not_counted_as_members():
    tabs = {
        "coalitions": [["id", "name", "stage"], ["a", "Alpha", "1"]],
        "memberships": [["coalition", "actor", "role", "since"],
                        ["a", "Soluris", "intéressé", "2021-05-11"],
                        ["a", "Déclic", "intéressé", "2021-05-11"]],
    }  # fmt: skip
    report = build_report(_workbook(tabs), RD14)
    assert report.figures["joined"] == 2 and report.interested == 2
    summary = summary_text(report)
    assert "deux acteurs ont manifesté leur intérêt pour une coalition" in summary
    assert "rejoint" not in summary
    tabs["memberships"].append(["a", "Cerema", "noyau", "2021-05-12"])
    summary = summary_text(build_report(_workbook(tabs), RD14))
    assert "un acteur a rejoint une coalition et deux autres acteurs ont manifesté" in summary
    month = report_txt(build_report(_workbook(tabs), RD14))
    assert f"Acteurs{NBSP}: Cerema dans le noyau depuis ce mois-ci{NNBSP}; " in month
    assert "Soluris et Déclic s’y intéressent depuis ce mois-ci\n" in month


def test_summary_agrees_with_one_coalition():
    data = _workbook({"coalitions": [["id", "name", "stage", "pilot"], ["a", "Alpha", "3", "oui"]]})
    report = build_report(data, RD14)
    assert summary_text(report) == (
        "La communauté suit une coalition, dont une pilote et une déjà lancée ou plus avancée. "
        "Aucune étape franchie ni arrivée depuis le rendez-vous précédent. "
        # No dated move at all: the deck's tile counts it among those without a change.
        "Par ailleurs, une coalition n’a pas changé d’étape depuis trois mois ou plus."
    )
    english = build_report(data, RD14, "en")
    assert summary_text(english).startswith(
        "The community follows one coalition, one of them a pilot and one already launched or "
        "further along."
    )


# ---------------------------------------------------------------------------- the forms


def test_every_form_says_the_same(rd14):
    titles = [c.title for part in report_text(rd14).parts for c in part.coalitions]
    assert len(titles) == 11
    for form, text in _all_outputs(rd14).items():
        if form == "deck":
            continue
        positions = [text.index(title) for title in titles]
        assert positions == sorted(positions), form
        assert "Sans nouvelles ce mois-ci" in text, form
        assert "mardi 6 juillet 2021 — Restitution des travaux, en ligne" in text, form


def test_markdown_escapes_only_what_markdown_would_misread(rd14):
    md = report_markdown(rd14)
    for typed in (
        "Berger-Levrault",
        "Office français de la biodiversité (OFB)",
        "Achats & sobriété",
        "National (Lyon)",
        "Laboratoire Usages & Société",
    ):
        assert typed in md, typed
    assert "\\" not in md and "&amp;" not in md
    # The page's preview (Streamlit's markdown) still escapes everything it would rewrite.
    preview = report_markdown(rd14, max_sections=2, context="markdown")
    assert "Berger\\-Levrault" in preview
    assert preview.count("\n#### ") == 2
    assert "… et 9 autres coalitions, dans les fichiers téléchargés\\." in preview


def test_html_is_standalone_and_printable(rd14):
    page = report_html(rd14)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fr">' in page
    assert "<script" not in page and not re.search(r"src=|@import|url\(", page)
    assert "@page" in page and "break-inside: avoid" in page
    tags = [tag for tag, _ in _html(page).tags]
    assert tags.count("article") == 11


def test_docx(rd14):
    paragraphs = _docx_text(report_docx(rd14))
    assert paragraphs[0] == ("Title", "Compte-rendu du Reset Day 14")
    assert [t for s, t in paragraphs if s == "Heading 1"] == [
        "Ce qui a bougé",
        "Les autres coalitions pilotes",
        "Les autres coalitions",
        "Agenda jusqu’au Reset Day 15 (mardi 15 juin 2021)",
    ]
    texts = "\n".join(t for _, t in paragraphs)
    for move in RD14_MOVES.values():
        assert texts.count(move) == 1
    assert texts.splitlines()[-1] == FOOTER


def test_docx_says_who_wrote_it_when_and_in_which_language(sample):
    """python-docx's blank document named "python-docx" in 2013 as its author, and US English
    as the text's language, so Word underlined every French word."""
    for lang, language, author in (
        ("fr", "fr-FR", "Tableau de bord des coalitions RESET"),
        ("en", "en-GB", "RESET coalition dashboard"),
    ):
        document = Document(io.BytesIO(report_docx(build_report(sample, RD14, lang))))
        properties = document.core_properties
        assert (properties.author, properties.last_modified_by) == (author, author)
        assert properties.language == language and properties.comments == ""
        assert properties.created.year >= 2024 and properties.modified == properties.created
        styles = document.styles.element.xml
        assert f'w:lang w:val="{language}"' in styles and "en-US" not in styles


def test_docx_in_english_marks_the_sheets_french(sample):
    """The HTML and the e-mail said lang="fr" on the sheet's text; the Word file did not, so
    Word spell-checked « Pour des données environnementales » as English and a screen reader
    read it with an English voice."""
    english = Document(io.BytesIO(report_docx(build_report(sample, RD14, "en"))))
    french_runs = [
        run.text
        for paragraph in english.paragraphs
        for run in paragraph.runs
        if run._r.rPr is not None and 'w:lang w:val="fr-FR"' in run._r.rPr.xml
    ]
    assert any(text.startswith("Pour des données environnementales") for text in french_runs)
    assert "FING" in french_runs
    # English words stay English; no mark reaches the document.
    assert not [text for text in french_runs if "Core group" in text or "This month" in text]
    body = "".join(p.text for p in english.paragraphs)
    assert "\ue000" not in body and "\ue001" not in body
    assert english.core_properties.title == "Report on Reset Day 14"
    # A French letter is French throughout: its document's language says it, no run does.
    french = Document(io.BytesIO(report_docx(build_report(sample, RD14, "fr"))))
    assert not [r for p in french.paragraphs for r in p.runs if "w:lang" in r._r.xml]


def test_the_eml_is_a_ready_to_send_email(rd14):
    data = report_eml(rd14)
    message, text, page = _eml_parts(data)
    assert message["Subject"] == "Compte-rendu du Reset Day 14 — 18 mai 2021"
    assert message["To"] == "coalitions@reset.example.org"
    assert message.get_content_type() == "multipart/alternative"
    parts = [(p.get_content_type(), p.get_content_charset()) for p in message.iter_parts()]
    assert parts == [("text/plain", "utf-8"), ("text/html", "utf-8")]
    assert text.startswith("Compte-rendu du Reset Day 14\n====")
    assert "Pour un numérique choisi plutôt que subi" in text
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert "Pour un numérique choisi plutôt que subi" in _html_text(page)
    # Lines of an e-mail stay within the RFC's limit (the parts are encoded).
    assert max(len(line) for line in data.splitlines()) <= 998


def test_txt(rd14):
    text = report_txt(rd14)
    assert text.startswith("Compte-rendu du Reset Day 14\n============================\n")
    assert "CE QUI A BOUGÉ\n==============" in text
    assert f"À venir{NBSP}:\n  - jeudi 20 mai 2021 à 14{NBSP}h — Lancement" in text
    assert f"\nCe mois-ci{NBSP}: La coalition se lance le 20 mai." in text


def test_render_writes_every_format(rd14):
    assert FORMATS == ("md", "txt", "html", "docx", "eml")
    for fmt in FORMATS:
        assert render(rd14, fmt)
    assert render(rd14, "docx").startswith(b"PK")
    with pytest.raises(ValueError):
        render(rd14, "pdf")


# ---------------------------------------------------------------------------- sheet text


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The sample with markup in a name, a next step, an actor, the message and a contact."""
    folder = tmp_path_factory.mktemp("hostile")
    for file in SAMPLE_DIR.glob("*.csv"):
        shutil.copy(file, folder / file.name)

    def rewrite(name, change):
        path = folder / name
        rows = list(csv.reader(path.open(encoding="utf-8")))
        rows = [rows[0]] + [change(rows[0], row) for row in rows[1:]]
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(rows)

    def coalition(header, row):
        if row[0] == "equite":
            row[1] = f"{SCRIPT} & *gras* [lien](javascript:alert(1))"
            row[header.index("prochaine étape")] = "<img src=x onerror=alert(1)> étape"
            row[header.index("pour rejoindre")] = "javascript:alert(1)"
        return row

    def event(header, row):
        if row[1] == "Reset Day 14":
            row[header.index("message")] = "# Titre\n<b>gras</b> [x](javascript:alert(2))"
        return row

    rewrite("coalitions.csv", coalition)
    rewrite("events.csv", event)
    rewrite("memberships.csv", lambda h, r: [r[0], "<b>In Fine</b>", *r[2:]]
            if r[1] == "In Fine" else r)  # fmt: skip
    rewrite("actors.csv", lambda h, r: ["<b>In Fine</b>", *r[1:]] if r[0] == "In Fine" else r)
    data = load_local(SourceSpec("csv", str(folder)))
    assert not data.errors
    return build_report(data, RD14)


def test_markup_in_sheet_text_is_text_in_markdown(hostile):
    md = report_markdown(hostile)
    rendered = MarkdownIt("commonmark").render(md)
    tags = {tag for tag, _ in _html(rendered).tags}
    assert not tags & {"script", "img", "b"}
    hrefs = [attrs.get("href", "") for tag, attrs in _html(rendered).tags if tag == "a"]
    assert all(h.startswith(("https://", "mailto:")) for h in hrefs), hrefs
    assert not [h for h in hrefs if h.startswith("mailto:") and not email_address(h[7:])]
    text = _html_text(rendered)
    assert f"{SCRIPT} & *gras* [lien](javascript:alert(1))" in text
    assert "# Titre" in text  # the message's hash is text, not a heading
    assert f"Pour rejoindre{NBSP}: javascript:alert(1)" in text


@pytest.mark.parametrize("writer", ["html", "eml"])
def test_markup_in_sheet_text_is_text_in_html(hostile, writer):
    page = report_html(hostile) if writer == "html" else _eml_parts(report_eml(hostile))[2]
    parsed = _html(page)
    assert not {tag for tag, _ in parsed.tags} & {"script", "img", "b"}
    hrefs = [attrs["href"] for tag, attrs in parsed.tags if tag == "a"]
    assert all(h.startswith(("https://", "mailto:")) for h in hrefs), hrefs
    assert not [h for h in hrefs if h.startswith("mailto:") and not email_address(h[7:])]
    text = "".join(parsed.text)
    assert f"{SCRIPT} & *gras* [lien](javascript:alert(1))" in text
    assert "<img src=x onerror=alert(1)> étape" in text


def test_markup_in_sheet_text_is_text_in_docx_and_txt(hostile):
    data = report_docx(hostile)
    texts = [text for _, text in _docx_text(data)]
    assert f"{SCRIPT} & *gras* [lien](javascript:alert(1)) (exemple)" not in texts
    assert f"{SCRIPT} & *gras* [lien](javascript:alert(1))" in texts
    opening = f"Acteurs{NBSP}: <b>In Fine</b> à l’animation{NNBSP}; "
    assert any(text.startswith(opening) for text in texts)
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "<script" not in body and "<b>" not in body
    assert f"Acteurs{NBSP}: <b>In Fine</b> à l’animation" in report_txt(hostile)


# ---------------------------------------------------------------------------- other workbooks


def test_findings_are_listed():
    assert MESSY.exists(), "tests/fixtures/messy.xlsx is missing"
    data = load_local(SourceSpec("xlsx", str(MESSY)))
    assert data.findings
    report = build_report(data, default_reset_day(data, TODAY) or RD14)
    md = report_markdown(report)
    quality = md.split("## Qualité des données")[1]
    assert quality.count("\n- ") == len(data.findings)
    assert "Signalements de la validation" in _html_text(report_html(report))
    bullets = sum(style == "List Bullet" for style, _ in _docx_text(report_docx(report)))
    assert bullets >= len(data.findings)


def test_a_workbook_with_only_coalitions():
    data = _workbook({"coalitions": [["id", "name", "stage", "family"], ["a", "Alpha", "2", "F"],
                                     ["b", "Beta", "0", ""]]})  # fmt: skip
    report = build_report(data, RD14)
    assert report.figures["coalitions"] == 2 and report.agenda == ()
    md = report_markdown(report)
    assert "Aucun événement prévu d’ici le prochain Reset Day." in md
    assert f"Sans nouvelles ce mois-ci{NBSP}: Alpha, Beta." in md
    for fmt in FORMATS:
        assert render(report, fmt)


# A digit alone, 1 to 9, that is not part of a date (« 3 juin »), a time (« 9 h ») or a name
# (« Reset Day 9 »): running prose spells those out.
_LONE_DIGIT = re.compile(r"(?<![\d,.\u202f])\b[1-9]\b(?![\d,.:\u202f]|\s(?:h\b|[a-zéû]+\.? \d{4}))")
_NAMED = re.compile(r"Reset Day [0-9]+")


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("count", range(1, 10))
def test_small_numbers_are_words_in_the_summary(sample, lang, count):
    report = build_report(sample, RD14, lang)
    report = dataclasses.replace(report, figures=dict.fromkeys(report.figures, count))
    text = _NAMED.sub("Reset Day N", summary_text(report))
    assert not _LONE_DIGIT.findall(text), text
    if count == 1 and lang == "fr":
        # The figures, all set to one, no longer match the deliverables done: counted.
        assert "une coalition a franchi une étape" in text
        assert "le livrable «\u00a0manifeste\u00a0» a été terminé" in text  # named when few


def test_the_lone_digit_rule_sees_digits_and_spares_dates_and_times():
    assert _LONE_DIGIT.findall("3 coalitions ont franchi une étape") == ["3"]
    assert _LONE_DIGIT.findall("dont 3 pilotes ; 1 livrable") == ["3", "1"]
    assert not _LONE_DIGIT.findall("le 3 juin 2021 à 9 h 30, 20 coalitions, 1\u202f234 acteurs")


def test_each_coalition_says_which_levers_it_acts_on(sample):
    """The seed names them for every coalition (commande, offre, usages); the sheet has them."""
    french = report_txt(build_report(sample, RD14))
    assert f"Leviers{NBSP}: offre et usages" in french
    assert f"Leviers{NBSP}: commande et offre" in french
    english = report_txt(build_report(sample, RD14, "en"))
    assert "Levers: supply and uses" in english and "Leviers" not in english
