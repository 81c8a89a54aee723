"""coalitions.views.library, the domain of « Travaux des coalitions » (issue 24): every deliverable
newest first, the filters, the counts per kind and the open calls with their contact.
Counted by hand in data_sources/sample/deliverables.csv (23 rows; 2 open calls)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from coalitions.escape import safe_url
from coalitions.history.timeline import as_of
from coalitions.views import library
from coalitions.views.sheet import coalition_sheet
from coalitions.workbook.dataset import RawWorkbook
from coalitions.workbook.validation import build_dataset

TODAY = date(2021, 5, 21)


@pytest.fixture(scope="module")
def works(sample):
    return library.library(sample)


def test_every_deliverable_newest_first_undated_last(works):
    assert len(works) == 23
    dated = works["date"].dropna()
    assert dated.is_monotonic_decreasing
    assert works["date"].isna().tolist() == [False] * 19 + [True] * 4
    # Undated ones keep the sheet's order.
    assert works["row"][works["date"].isna()].is_monotonic_increasing
    assert works.loc[0, "title"] == "parcours d'engagement"


def test_names_are_marked_when_invented_and_families_given(works):
    by_title = works.set_index("title")
    assert by_title.loc["état des lieux", "coalition_name"].endswith("(exemple)")
    assert by_title.loc["plaidoyer", "coalition_name"] == (
        "Pour un numérique au service de l'équité scolaire"
    )
    assert by_title.loc["plaidoyer", "family"] == "Éducation & inclusion"


def test_filters_combine_and_counts_follow_the_contracts_order(works):
    envdata = library.filter_library(works, coalitions=["envdata"])
    assert len(envdata) == 6
    done = library.filter_library(works, families=["Environnement"], statuses=["done"])
    assert set(done["coalition"]) == {"envdata", "reemploi"} and len(done) == 6
    assert library.filter_library(works, kinds=["call"], statuses=["planned"]).empty
    counts = library.count_kinds(works)
    assert list(counts.index) == [
        "diagnostic", "mapping", "benchmark", "manifesto", "advocacy", "guide", "logbook", "kit",
        "pathway", "call", "other",
    ]  # fmt: skip
    assert counts.sum() == 23 and counts["diagnostic"] == 4 and counts["call"] == 2
    options = library.filter_options(envdata)
    assert options["kind"] == ["diagnostic", "mapping", "benchmark", "logbook", "kit", "call"]
    assert options["status"] == ["planned", "in_progress", "done"]


def test_the_open_calls_with_their_coalitions_contact(sample):
    calls = library.calls_for_contributions(sample)
    assert list(zip(calls["coalition"], calls["contact_link"], strict=True)) == [
        ("envdata", "https://reset.example.org/rejoindre/donnees-environnementales"),
        ("civictech", "mailto:democratie-numerique@reset.example.org"),
    ]
    # Undated « en cours » rows are known from the start (a due date, not an event): on
    # 20 April both calls were already open.
    assert len(library.calls_for_contributions(as_of(sample, date(2021, 4, 20)))) == 2


def test_a_call_done_is_no_longer_open():
    frames = {
        "coalitions": [["id", "name", "stage", "contact"], ["a", "Alpha", 2, "javascript:x"]],
        "deliverables": [
            ["coalition", "title", "status", "date", "type"],
            ["a", "appel", "en cours", "2021-03-01", "appel à contribution"],
            ["a", "appel", "fait", "2021-05-01", ""],
            ["a", "autre appel", "en cours", "", "call for contributions"],
        ],
    }
    data = build_dataset(
        RawWorkbook("t", {k: pd.DataFrame(v, dtype=object) for k, v in frames.items()}),
        today=TODAY,
    )
    calls = library.calls_for_contributions(data)
    assert list(calls["title"]) == ["autre appel"]
    # A contact that is no link is shown as text, never linked.
    assert (calls.loc[0, "contact"], calls.loc[0, "contact_link"]) == ("javascript:x", "")
    # On 15 April the first call was still open.
    assert set(library.calls_for_contributions(as_of(data, date(2021, 4, 15)))["title"]) == {
        "appel",
        "autre appel",
    }


def test_the_library_and_the_coalition_sheet_agree_on_each_link(sample, works):
    for cid in ("envdata", "achat", "equite"):
        sheet = coalition_sheet(sample, cid, TODAY).deliverables
        mine = library.filter_library(works, coalitions=[cid])
        assert dict(zip(sheet["title"], sheet["url"].map(safe_url), strict=True)) == dict(
            zip(mine["title"], mine["url"], strict=True)
        )


def test_the_table_and_its_csv_in_both_languages(works):
    french = library.library_table(works.head(2), "fr")
    assert list(french.columns) == [
        "Date", "Travail", "Type", "Statut", "Coalition", "Famille", "Lien",
    ]  # fmt: skip
    # The catalogue's typographic apostrophes (this said « Parcours d'engagement »).
    assert list(french["Type"]) == ["Parcours d’engagement", "Kit d’appropriation"]
    english = library.library_table(works.head(1), "en")
    assert english.iloc[0].tolist()[1:4] == ["parcours d'engagement", "Engagement pathway",
                                             "Planned"]  # fmt: skip


def test_an_empty_workbook_gives_an_empty_library():
    data = build_dataset(
        RawWorkbook("t", {"coalitions": pd.DataFrame([["id", "name", "stage"]], dtype=object)}),
        today=TODAY,
    )
    assert library.library(data).empty and library.calls_for_contributions(data).empty
