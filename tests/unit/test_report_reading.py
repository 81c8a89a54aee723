"""What a blind reader of the sample's Reset Day 14 e-mail found (notes/read/reader-1.md), each
checked on what the reader reads (the e-mail's text part, built from ``report_text``): an
English letter in English from greeting to signature, the coordinators' French message
introduced as such, sheet notes quoted rather than spliced into English sentences.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from coalitions.history.asof import past_reset_days
from coalitions.history.resetdays import ResetDay
from coalitions.report import build_report, report_txt
from coalitions.report.actors import named_in
from coalitions.report.coalition_text import Field
from coalitions.report.deck import build_slides, slide_html
from coalitions.report.sentences import report_text
from coalitions.report.sheet_text import unmarked
from coalitions.report.writers import email_html, report_html

RD14 = ResetDay(14, date(2021, 5, 18))


@pytest.fixture(scope="module")
def letters(sample) -> dict[str, str]:
    return {lang: report_txt(build_report(sample, RD14, lang)) for lang in ("fr", "en")}


def test_the_english_letter_opens_and_closes_in_english(letters):
    text = letters["en"]
    assert text.startswith("Report on Reset Day 14\n")
    assert "\n\nDear all,\n\n" in text
    assert "\nWHAT’S NEW\n" in text and "WHAT MOVED" not in text
    signature = text.rsplit("\n\n--\n", 1)[0].rsplit("\n\n", 1)[1].splitlines()
    assert signature == [
        "Best wishes,",
        "The RESET coordination team",
        "FING, for the RESET community",
        "animation@reset.example.org",
    ]
    assert "No change of stage in three months." in text


def test_the_month_message_is_introduced_as_quoted_french_in_english(letters, sample):
    paragraphs = letters["en"].split("\n\n")
    intro = paragraphs.index("The coordinators’ message this month, in French:")
    quoted = paragraphs[intro + 1]
    assert quoted.startswith("Pour un numérique choisi plutôt que subi")
    # As typed in the sheet: no French no-break spacing added in an English letter.
    assert not re.search("[\u00a0\u202f]", quoted)
    # In French, the coordinators' own words open the letter, with French spacing.
    french = letters["fr"].split("\n\n")
    assert french[french.index("Bonjour à toutes et à tous,") + 1].startswith(
        "Pour un numérique choisi plutôt que subi\u00a0: c’est le cap"
    )


def test_sheet_notes_read_as_quotes_in_english(letters):
    text = letters["en"]
    assert "stage on 27 April 2021: un laboratoire" not in text
    assert "the workbook notes: “un laboratoire et une civic tech s’engagent”." in text
    # News from the sheet is quoted as a whole before the English sentences.
    # (its titles link to the deliverables they name: the URL follows each in text).
    assert (
        "This month: “Un plaidoyer <https://reset.example.org/travaux/equite-scolaire/plaidoyer>"
        " et un manifeste <" in text
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_who_came_is_said_in_the_one_list_of_actors(sample, lang):
    """The reader saw « Nouveaux arrivants : Réseau Canopé… » then « Acteurs : In Fine à
    l'animation ; FING comme partenaire » and thought Canopé gone: one list, newcomers in it."""
    actors, month, came = (
        ("Acteurs", "Ce mois-ci", "depuis ce mois-ci")
        if lang == "fr"
        else ("Actors", "This month", "new this month")
    )
    for reset_day in past_reset_days(sample, date(2021, 7, 31)):
        report = build_report(sample, reset_day, lang)
        sections = {s.id: s for s in report.sections}
        for coalition in (c for p in report_text(report).parts for c in p.coalitions):
            fields = {b.label: b.text for b in coalition.blocks if isinstance(b, Field)}
            section = sections[coalition.id]
            # The sheet's own words (news, the stage's note) may name who came: told there.
            news = " ".join([n.text for n in section.news] + [section.stage_note])
            for actor, _ in section.joined:
                if named_in(actor, news):
                    continue
                assert not named_in(actor, fields.get(month, "")), (reset_day, actor)
                listed = unmarked(fields[actors])
                assert named_in(actor, listed) and came in listed, (reset_day, actor, listed)


def test_a_role_partly_named_by_the_news_says_so(letters):
    equite = letters["fr"].split("Pour un numérique au service de l’équité scolaire\n")[1]
    line = next(line for line in equite.splitlines() if line.startswith("Acteurs"))
    assert line.endswith("FING comme partenaire, en plus de ceux cités plus haut")
    assert "Réseau Canopé" in line and "Nouveaux arrivants" not in equite.split("\n\n")[0]


def test_the_parts_tell_the_truth(sample):
    """A coalition with news this month never sits under « Les autres coalitions »; « Les
    coalitions pilotes » is never a heading over one pilot while the others are above."""
    for reset_day in past_reset_days(sample, date(2021, 7, 31)):
        report = build_report(sample, reset_day)
        sections = {s.id: s for s in report.sections}
        for part in report_text(report).parts:
            ids = [c.id for c in part.coalitions]
            if part.heading == "Les autres coalitions":
                assert not any(sections[i].news or sections[i].held for i in ids), reset_day
            if part.heading == "Les coalitions pilotes":
                assert not any(s.pilot and s.group == "moved" for s in report.sections)
    rd14 = build_report(sample, RD14)
    headings = [part.heading for part in report_text(rd14).parts]
    assert headings == ["Ce qui a bougé", "Les autres coalitions pilotes", "Les autres coalitions"]
    assert next(s for s in rd14.sections if s.id == "dematerialiser").group == "moved"


def _field(report, cid: str, label: str):
    coalition = next(c for p in report_text(report).parts for c in p.coalitions if c.id == cid)
    return next((b for b in coalition.blocks if b.label == label), None)


def test_the_next_step_does_not_say_the_news_again(sample):
    rd14 = build_report(sample, RD14)
    # « Saisir les opportunités repérées : la DITP, une commande d'un ministère, … » after the
    # news « Des opportunités précises sont qualifiées : la DITP, une commande ministérielle… »
    assert _field(rd14, "dematerialiser", "Prochaine étape").text == (
        "Saisir les opportunités repérées."
    )
    # « Atelier de production le 7 juin, restitution début juillet »: the news and the dated
    # events below say it all.
    assert _field(rd14, "civictech", "Prochaine étape") is None
    # A step that says something new is kept whole.
    assert _field(rd14, "envdata", "Prochaine étape").text.startswith(
        "Animer les terrains de jeux territoriaux"
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_event_and_its_deliverable_of_the_same_day_are_told_once(sample, lang):
    rd14 = build_report(sample, RD14, lang)
    label = "À venir" if lang == "fr" else "Coming up"
    lines = _field(rd14, "civictech", label).lines
    july = [line for line in lines if ("juillet" if lang == "fr" else "July") in line]
    assert len(july) == 1 and "Restitution des travaux" in july[0]
    # Different things on the same day stay two lines (launch and its logbook).
    may = [line for line in _field(rd14, "envdata", label).lines if "19" in line[:25]]
    assert len(may) == 2
    # The deck tells the same: no « restitution des ateliers » beside the event.
    slide = next(
        s for s in build_slides(rd14) if s.kind == "coalition" and s.section.id == "civictech"
    )
    dates = slide_html(rd14, slide).split("rs-actors")[-1].split("rs-col")[-1]
    # Three events and the 7 June deliverable, shown or counted: four, not five.
    shown = len(re.findall(r"<li>", dates))
    more = re.search(r"\+\s*(\d|one|two|three)\s", re.sub("<[^>]+>", " ", dates))
    words = {"one": 1, "two": 2, "three": 3}
    count = (int(more.group(1)) if more.group(1).isdigit() else words[more.group(1)]) if more else 0
    assert shown + count == 4, dates


def test_no_form_wording_in_the_letter(letters, sample):
    """The reader's « form filled in by a machine »: what a person would write instead."""
    text = letters["fr"]
    for form in (
        "Sans échéance encore",
        "Intéressés sans être encore membres",
        "livrable en cours",
        "livrable prévu",
        "Écrit à partir du classeur",
        "sont faits",
        "pilotes\u202f; trois sont lancées",
    ):
        assert form not in text, form
    assert "dont trois pilotes et trois déjà lancées ou plus avancées." in text
    assert "le livrable «\u00a0manifeste\u00a0» a été terminé" in text  # named, not « un livrable »
    assert (
        "Pas encore de date pour «\u00a0socle de bonnes pratiques\u00a0», en préparation." in text
    )
    assert (
        "— Remise prévue du livrable «\u00a0kit d’appropriation pour les terrains de jeux\u00a0»"
        in text
    )
    assert text.endswith(
        "\n--\nPréparé avec le tableau de bord de RESET, d’après le classeur des coalitions.\n"
    )
    # The coordinators' words are the letter's own, not a citation: no quote bar.
    for form in (report_html, email_html):
        page = form(build_report(sample, RD14))
        assert not re.search(r"\.message\s*\{[^}]*border-left", page), form


def test_the_agenda_names_each_coalition_by_its_short_name(letters):
    agenda = letters["fr"].split("AGENDA JUSQU’AU")[1].split("\n\n")[0]
    assert "avec la coalition «\u00a0civic tech\u00a0»" in agenda
    assert "Pour des civic tech au service" not in agenda and "Pour un achat public" not in agenda
    # Each line starts its title with a capital, as a sentence does.
    titles = [line.split(" — ", 1)[1] for line in agenda.splitlines() if " — " in line]
    assert titles and all(title[0].isupper() for title in titles)


def test_groups_of_actors_are_written_in_lower_case_in_the_list(letters):
    actors = [line for line in letters["fr"].splitlines() if line.startswith("Acteurs")]
    text = "\n".join(actors)
    assert "acteurs associatifs, acteurs publics nationaux et territoriaux" in text
    assert "éditeurs éducatifs et acteurs territoriaux de l’éducation" in text
    # Proper names stay as typed: one word, or a capital further on.
    assert "Soluris, Déclic et OPSN" in text and "Entreprises EdTech" in text
    assert "Les Interconnectés" in text and "Réseau éducation environnement" in text


def test_groups_of_actors_are_in_lower_case_in_the_english_list_too(letters):
    # The sheet's French inside an English letter: a capital mid-list read as a name.
    actors = "\n".join(line for line in letters["en"].splitlines() if line.startswith("Actors"))
    assert "acteurs publics de la participation, and associations de la participation" in actors
    assert "Acteurs publics de la participation" not in actors
    assert "Entreprises EdTech" in actors
