"""The messy workbook gives exactly the findings a careful reader of it expects."""

import pytest

from coalitions.workbook.stages import UNKNOWN_STAGE
from coalitions.workbook.validation import build_dataset
from data_sources.reading.files import read_xlsx
from tests.conftest import FIXTURES

E, W = "error", "warning"
EXPECTED = [
    (E, "coalitions", 5, "id", "envdata", "duplicate_id"),
    (W, "coalitions", 6, "stage", "étape inconnue", "stage_unknown"),
    (W, "coalitions", 7, "launch_date", "#REF!", "error_value"),
    (W, "coalitions", 7, "levers", "usages; blabla", "unknown_lever"),
    (W, "coalitions", 7, "pilot", "peut-être", "bad_bool"),
    (E, "coalitions", 8, "id", "", "required_missing"),
    (W, "coalitions", 10, "launch_date", "31/02/2021", "bad_date"),
    (W, "actors", 3, "website", "javascript:alert(1)", "bad_url"),
    (E, "actors", 4, "name", "cerema", "duplicate_actor"),
    (E, "actors", 5, "name", "", "required_missing"),
    (W, "actors", 6, "name", "#N/A", "error_value"),
    (E, "actors", 6, "name", "", "required_missing"),
    (E, "memberships", 4, "coalition", "inconnue", "unknown_coalition"),
    (W, "memberships", 5, "actor", "Ademe", "unknown_actor"),
    (W, "memberships", 6, "actor", "Cerema", "duplicate_membership"),
    (W, "memberships", 7, "actor", "Ademe", "unknown_actor"),
    (W, "memberships", 7, "role", "chef", "unknown_role"),
    (E, "events", 3, "title", "", "required_missing"),
    (E, "events", 4, "date", "demain", "bad_date"),
    (W, "events", 6, "coalition", "fantôme", "unknown_coalition"),
    (W, "events", 7, "kind", "kermesse", "unknown_kind"),
    (W, "events", 8, "end", "2021-07-10 17:00", "end_before_start"),
    (E, "progress", 7, "coalition", "fantôme", "unknown_coalition"),
    (E, "progress", 8, "stage", "9", "unknown_stage"),
    (W, "deliverables", 4, "status", "bientôt", "unknown_status"),
    (E, "deliverables", 5, "coalition", "", "required_missing"),
]


@pytest.fixture(scope="module")
def messy():
    return build_dataset(read_xlsx(FIXTURES / "messy.xlsx"))


def test_exact_findings(messy):
    got = [(f.severity, f.tab, f.row, f.column, f.value, f.code) for f in messy.findings]
    assert got == EXPECTED


def test_rows_with_errors_stay_out_and_the_rest_is_read(messy):
    # achat's stage can't be read: it stays, at the unknown stage.
    assert messy.coalitions["id"].tolist() == [
        "envdata",
        "civic",
        "achat",
        "equite",
        "demat",
        "numa",
    ]
    assert messy.coalitions["stage"].tolist() == [3, 3, UNKNOWN_STAGE, 1, 1, 2]
    envdata = messy.coalitions.iloc[0]
    assert (envdata["stage"], envdata["pilot"], envdata["levers"]) == (3, True, ("offre", "usages"))
    assert str(envdata["launch_date"].date()) == "2021-05-19"  # French day-first text
    civic = messy.coalitions.iloc[1]
    assert str(civic["launch_date"].date()) == "2021-05-20"  # a real date cell
    assert str(messy.coalitions.iloc[4]["launch_date"].date()) == "2021-05-19"  # serial 44335
    assert messy.coalitions["Colonne perso"].tolist() == ["a", "b", "", "", "", ""]
    assert messy.memberships["coalition"].tolist() == [
        "envdata",
        "civic",
        "envdata",
        "civic",
        "civic",
    ]
    # "Civic tech" (a name) resolved to its id; "CEREMA" matched to the listed "Cerema".
    assert set(messy.actors.loc[~messy.actors["listed"], "name"]) == {"Ademe"}
    assert messy.events["title"].str.startswith("Atelier").sum() == 1
    assert len(messy.events) == 5
    assert messy.progress["stage"].tolist() == [1, 2, 2, 1, 3, 3]  # sorted by date
    assert messy.deliverables["status"].tolist() == ["done", "done", ""]
    assert messy.settings == {"reset_day_week": "3"}
    assert messy.tabs_present == {
        "coalitions", "actors", "memberships", "events", "progress", "deliverables", "settings"
    }  # fmt: skip


def test_messages_exist_in_both_languages(messy):
    for finding in messy.findings:
        for lang in ("fr", "en"):
            message = finding.message(lang)
            assert message and not message.startswith("finding."), finding
