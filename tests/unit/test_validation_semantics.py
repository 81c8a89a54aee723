"""Validation semantics: no cascade, checks for real mistakes, one source of truth, and
findings in the sheet's own words (issue 10, items 1-4)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from coalitions.history.progress import launch_readiness, stage_board, stage_paths, time_in_stage
from coalitions.history.resetdays import ResetDay
from coalitions.palette import STAGE_COLOURS, stage_colour
from coalitions.report import build_report
from coalitions.report.summary import finding_lines
from coalitions.workbook.findings import ERROR, WARNING
from coalitions.workbook.quality import count_findings, describe
from coalitions.workbook.stages import UNKNOWN_STAGE, stage_label
from tests.builders import dataset_from_rows

NBSP = "\u00a0"
COALITIONS = [["Identifiant", "Nom", "Maturité", "Mis à jour"]]


build = dataset_from_rows  # each tab's title is its keyword (``_`` = space)


def codes(data) -> list[tuple[str, str, int | None, str]]:
    return [(f.severity, f.tab, f.row, f.code) for f in data.findings]


def _cited_workbook(alpha_id: str, alpha_stage: str) -> dict[str, list[list]]:
    """Coalition alpha (row 2) cited by a dozen rows: 7 members, 3 events, a deliverable and
    a piece of news; nothing in the history."""
    return {
        "Coalitions": [*COALITIONS, [alpha_id, "Alpha", alpha_stage, ""], ["beta", "Bêta", 2, ""]],
        "Membres": [["Coalition", "Acteur", "Rôle"]]
        + [["Alpha", f"Acteur {k}", "noyau"] for k in range(7)],
        "Agenda": [["Début", "Titre", "Coalition"]]
        + [[f"2021-06-0{k + 1}", f"Atelier {k}", "Alpha"] for k in range(3)],
        "Livrables": [["Coalition", "Livrable", "Statut"], ["Alpha", "diagnostic", "en cours"]],
        "Nouvelles": [["Date", "Coalition", "Nouvelles"], ["2021-05-10", "Alpha", "Ça avance."]],
        "Historique": [["Date", "Coalition", "Maturité"], ["2021-01-10", "beta", 2]],
    }


# --------------------------------------------------------------------------- no cascade


def test_an_unreadable_stage_is_one_finding_and_loses_nothing():
    data = build(**_cited_workbook("alpha", "bientôt"))
    assert codes(data) == [(WARNING, "coalitions", 2, "stage_unknown")]
    alpha = data.coalitions.set_index("id").loc["alpha"]
    assert alpha["stage"] == UNKNOWN_STAGE
    assert (data.memberships["coalition"] == "alpha").sum() == 7
    assert (data.events["coalition"] == "alpha").sum() == 3
    assert list(data.deliverables["coalition"]) == ["alpha"]
    assert list(data.updates["coalition"]) == ["alpha"]
    finding = data.findings[0]
    assert (finding.tab_title, finding.column_header, finding.value) == (
        "Coalitions",
        "Maturité",
        "bientôt",
    )


def test_a_blank_name_keeps_the_row_under_its_id():
    data = build(Coalitions=[*COALITIONS, ["alpha", "", 1, ""]])
    assert codes(data) == [(WARNING, "coalitions", 2, "name_missing")]
    assert data.coalition_names() == {"alpha": "alpha"}


def test_a_row_without_id_is_set_aside_with_its_dependants_in_one_finding():
    data = build(**_cited_workbook("", 1))
    assert codes(data) == [(ERROR, "coalitions", 2, "required_missing")]
    finding = data.findings[0]
    assert len(finding.dependants) == 12
    assert {tab for tab, _title, _row in finding.dependants} == {
        "memberships",
        "events",
        "deliverables",
        "updates",
    }
    message = finding.message("fr")
    assert f"12 lignes la citent («{NBSP}Membres{NBSP}», «{NBSP}Agenda{NBSP}»" in message
    assert "12 rows cite it" in finding.message("en")
    assert data.memberships.empty and data.deliverables.empty and data.updates.empty
    assert set(data.events["coalition"]) == {""}  # the events stay, linked to none
    assert data.rows_left_out() == 1 + 7 + 1 + 1  # the row and the rows that left with it
    only_news = {**_cited_workbook("", 1), "Membres": [["Coalition", "Acteur"]]}
    only_news |= {"Agenda": [["Début", "Titre"]], "Livrables": [["Coalition", "Livrable"]]}
    assert "1 ligne la cite («" in build(**only_news).findings[0].message("fr")


def test_a_duplicate_id_row_sums_up_the_rows_citing_its_name():
    tabs = _cited_workbook("alpha", 1)
    beta, alpha = tabs["Coalitions"][2], ["beta", "Alpha", 1, ""]  # alpha reuses beta's id
    data = build(**{**tabs, "Coalitions": [*COALITIONS, beta, alpha]})
    duplicate = [f for f in data.findings if f.code == "duplicate_id"]
    assert len(duplicate) == 1 and len(duplicate[0].dependants) == 12
    assert not [f for f in data.findings if f.code == "unknown_coalition"]


# --------------------------------------------------------------------------- real mistakes


def test_a_deliverable_done_in_the_future_is_warned_about():
    tabs = {
        "Coalitions": [*COALITIONS, ["a", "A", 1, ""]],
        "Livrables": [
            ["Coalition", "Livrable", "Statut", "Date"],
            ["a", "diagnostic", "fait", "2021-05-28"],
            ["a", "guide", "prévu", "2021-09-30"],
            ["a", "benchmark", "fait", "2021-05-21"],
        ],
    }
    data = build(today=date(2021, 5, 21), **tabs)
    assert codes(data) == [(WARNING, "deliverables", 2, "done_in_future")]
    assert data.findings[0].value == "2021-05-28"
    assert codes(build(today=date(2021, 6, 1), **tabs)) == []
    # Without a date passed in, the settings' reference_date is today.
    settings = [["Clé", "Valeur"], ["reference_date", "2021-05-21"]]
    assert [f.code for f in build(Paramètres=settings, **tabs).findings] == ["done_in_future"]


def test_a_move_back_without_a_note_is_warned_about():
    data = build(
        Coalitions=[*COALITIONS, ["a", "A", 1, ""], ["b", "B", 1, ""]],
        Historique=[
            ["Date", "Coalition", "Maturité", "Commentaire"],
            ["2021-01-01", "a", 2, ""],
            ["2021-02-01", "a", 1, ""],
            ["2021-01-01", "b", 2, ""],
            ["2021-02-01", "b", 1, "le noyau se défait"],
        ],
    )
    assert codes(data) == [(WARNING, "progress", 3, "stage_back_without_note")]
    finding = data.findings[0]
    assert finding.column_header == "Commentaire"
    # The catalogue writes French apostrophes typographic, « l’étape » (this said « l'étape »).
    assert "Retour de l’étape 2 à l’étape 1" in finding.message("fr")


def test_the_same_actor_twice_in_a_coalition_is_one_finding_per_duplicate():
    data = build(
        Coalitions=[*COALITIONS, ["a", "A", 1, ""]],
        Acteurs=[["Nom"], ["Cerema"]],
        Membres=[
            ["Coalition", "Acteur"],
            ["a", "Ademe"],
            ["a", "ADEME"],
            ["a", "Cerema"],
            ["a", "cerema"],
        ],
    )
    assert codes(data) == [
        (WARNING, "memberships", 2, "unknown_actor"),
        (WARNING, "memberships", 3, "duplicate_membership"),
        (WARNING, "memberships", 5, "duplicate_membership"),
    ]
    assert "(ligne 4)" in data.findings[2].message("fr")
    assert len(data.memberships) == 2


def test_an_event_ending_before_it_starts_is_still_caught():
    data = build(
        Coalitions=[*COALITIONS, ["a", "A", 1, ""]],
        Agenda=[["Début", "Titre", "Fin"], ["2021-07-10 18:00", "Soirée", "2021-07-10 17:00"]],
    )
    assert codes(data) == [(WARNING, "events", 2, "end_before_start")]


# --------------------------------------------------------------------------- one source of truth


def _stage_workbook(sheet_stage, updated: str) -> dict[str, list[list]]:
    return {
        "Coalitions": [*COALITIONS, ["a", "A", sheet_stage, updated]],
        "Historique": [
            ["Date", "Coalition", "Maturité"],
            ["2021-03-01", "a", 2],
            ["2021-05-19", "a", 3],
            ["2021-04-01", "a", 2],
        ],
    }


def test_the_latest_progress_row_gives_the_stage_without_a_warning():
    for updated in ("", "2021-05-01", "2021-05-19"):  # older, or the same day: history wins
        data = build(**_stage_workbook(2, updated))
        assert data.coalitions["stage"].tolist() == [3], updated
        assert data.findings == [], updated


def test_a_coalitions_row_updated_later_wins_with_a_warning_when_they_disagree():
    data = build(**_stage_workbook(4, "2021-05-20"))
    assert data.coalitions["stage"].tolist() == [4]
    assert codes(data) == [(WARNING, "coalitions", 2, "stage_mismatch")]
    message = data.findings[0].message("fr")
    assert f"onglet «{NBSP}Historique{NBSP}», ligne 3, étape 3" in message
    assert build(**_stage_workbook(3, "2021-05-20")).findings == []  # they agree


def test_an_unreadable_stage_comes_from_the_history():
    data = build(**_stage_workbook("?", "2021-05-20"))
    assert data.coalitions["stage"].tolist() == [3]
    assert codes(data) == [(WARNING, "coalitions", 2, "stage_from_history")]


def test_deliverable_rows_are_one_deliverables_history():
    data = build(
        Coalitions=[*COALITIONS, ["a", "A", 1, ""]],
        Livrables=[
            ["Coalition", "Livrable", "Statut", "Date", "Saisi le"],
            ["a", "Diagnostic", "fait", "2021-04-01", ""],  # the latest date by hand...
            ["a", "diagnostic", "en cours", "2021-03-01", ""],
            ["a", "Guide", "prévu", "2021-09-01", "2021-05-02 10:00"],
            ["a", "guide", "en cours", "2021-06-01", "2021-05-01 10:00"],  # entered before
            ["a", "Benchmark", "prévu", "", ""],
            ["a", "benchmark", "en cours", "", ""],  # same date: the row order decides
        ],
    )
    assert data.findings == []
    table = data.deliverables.set_index("title")
    assert table.loc["Diagnostic", "status"] == "done"
    assert [state[:2] for state in table.loc["Diagnostic", "history"]] == [(3, "in_progress")]
    assert table.loc["Guide", "status"] == "planned"
    assert table.loc["benchmark", "status"] == "in_progress"
    assert len(data.deliverables) == 3


# --------------------------------------------------------------------------- the unknown stage


def test_the_unknown_stage_has_a_label_a_neutral_colour_and_a_board_column():
    assert stage_label(UNKNOWN_STAGE) == "Étape inconnue"
    assert stage_label(UNKNOWN_STAGE, "en") == "Unknown stage"
    assert stage_colour(UNKNOWN_STAGE) not in [STAGE_COLOURS[s] for s in range(6)]
    data = build(**_cited_workbook("alpha", "bientôt"))
    board = stage_board(data.coalitions)
    assert [c.stage for c in board] == [0, 1, 2, 3, 4, 5, UNKNOWN_STAGE]
    assert board[-1].cards["id"].tolist() == ["alpha"]
    assert [c.stage for c in stage_board(data.coalitions[data.coalitions["id"] == "beta"])] == [
        *range(6)
    ]
    assert launch_readiness(data)["coalition"].tolist() == ["beta"]
    assert stage_paths(data, date(2021, 5, 21), ["alpha"]).empty
    stay = time_in_stage(data, date(2021, 5, 21)).set_index("coalition")
    assert pd.isna(stay.loc["alpha", "days"])


# --------------------------------------------------------------------------- the sheet's words


def test_describe_names_tab_and_column_as_written_in_one_language():
    data = build(
        Coalitions=[*COALITIONS, ["a", "A", 1, ""]],
        Membres=[["Coalition", "Acteur"], ["zz", "Cerema"]],
    )
    finding = data.findings[0]
    # The catalogue writes French apostrophes typographic (this said « l'identifiant »).
    assert describe(finding, "fr") == (
        f"Erreur · onglet «{NBSP}Membres{NBSP}», ligne 2, colonne «{NBSP}Coalition{NBSP}» · "
        f"valeur «{NBSP}zz{NBSP}» · Coalition inconnue{NBSP}: indiquez l’identifiant ou le nom "
        f"d’une ligne de l’onglet «{NBSP}Coalitions{NBSP}»."
    )
    assert describe(finding, "en") == (
        "Error · tab “Membres”, row 2, column “Coalition” · value “zz” · Unknown coalition: "
        "give the id or name of a row of the “Coalitions” tab."
    )


def test_a_missing_column_is_named_as_the_template_writes_it():
    data = build(Coalitions=[*COALITIONS, ["a", "A", 1, ""]], Historique=[["Date", "Coalition"]])
    finding = data.findings[0]
    assert (finding.code, finding.tab_title, finding.column_header) == (
        "missing_column",
        "Historique",
        None,
    )
    # The catalogue writes French apostrophes typographic (this said « l'onglet »).
    assert finding.message("fr").startswith(
        f"La colonne obligatoire «{NBSP}maturité{NBSP}» manque dans l’onglet "
        f"«{NBSP}Historique{NBSP}»"
    )


def test_counts_carry_the_tab_titles():
    data = build(
        Coalitions=[*COALITIONS, ["a", "A", "?", ""]],
        Membres=[["Coalition", "Acteur"], ["zz", "Cerema"]],
    )
    counts = count_findings(data.findings_frame())
    assert counts[["tab", "tab_title", "error", "warning"]].values.tolist() == [
        ["coalitions", "Coalitions", 0, 1],
        ["memberships", "Membres", 1, 0],
    ]


def test_tabs_of_blank_cells_and_headers_only_build():
    blank = build(Coalitions=[*COALITIONS, ["a", "A", 1, ""]],
                  Livrables=[["Coalition", "Livrable", "Statut"], ["", "", ""]])  # fmt: skip
    assert blank.deliverables.empty and "history" in blank.deliverables
    headers = build(Coalitions=COALITIONS, Livrables=[["Coalition", "Livrable"]])
    assert headers.coalitions.empty and headers.deliverables.empty


def test_the_report_appendix_writes_findings_as_the_command_line_does():
    data = build(
        Coalitions=[*COALITIONS, ["a", "A", 1, ""]],
        Membres=[["Coalition", "Acteur"], ["zz", "Cerema"]],
    )
    report = build_report(data, ResetDay(14, date(2021, 5, 18)))
    assert finding_lines(report) == [describe(data.findings[0], "fr")]
    assert f"onglet «{NBSP}Membres{NBSP}», ligne 2" in finding_lines(report)[0]
