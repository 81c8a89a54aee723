"""The issue's case on the dashboard at ``?au=``: the coalition sheet says what the report and
the deck say (tests/unit/test_timeline.py builds the case and checks those)."""

from __future__ import annotations

import pytest

from tests.unit.test_timeline import GUIDE, issue_case

COALITION = "app_pages/coalition.py"


@pytest.fixture
def case_folder(tmp_path):
    return issue_case(tmp_path / "sample")


def _stage(at) -> str:
    return {m.label: m.value for m in at.metric}["Maturité"]


def _guide_status(at) -> str:
    table = next(d.value for d in at.dataframe if "Livrable" in d.value.columns)
    return table.set_index("Livrable").loc[GUIDE, "Statut"]


@pytest.mark.parametrize(
    ("day", "stage", "status"),
    [
        # The catalogue's French apostrophes are typographic (this said « d'acteurs »).
        ("2021-04-20", "2 · Noyau d’acteurs", "Prévu"),
        ("2021-05-18", "3 · Lancée", "En cours"),
        ("2021-05-21", "3 · Lancée", "Fait"),
    ],
)
def test_the_coalition_sheet_on_a_day(app, case_folder, day, stage, status):
    at = app(page=COALITION, data=case_folder, query={"coalition": "achat", "au": day})
    assert not at.exception
    assert _stage(at) == stage
    assert _guide_status(at) == status
