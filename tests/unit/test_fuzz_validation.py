"""Random workbooks through validation: it never raises and loses no row silently.

Hypothesis builds tables whose headers mix the schema's names and aliases (with the case,
accent, space and ``_``/``-`` variations the contract allows) with junk, and whose cells are
text, numbers, dates, booleans, spreadsheet error values, blanks, ``None``, NaN and huge
strings, with coalition references drawn from a small shared pool so that some resolve.
Properties of ``build_dataset``:

- it returns a Dataset, whatever the input;
- every non-blank input row of a table tab is accounted for: kept in its table (same row
  number, or among a kept deliverable's ``history``) or named by a finding (same tab
  and row, or among a finding's ``dependants``), or its whole tab is named by a tab-level
  finding (missing required column, duplicate tab);
- findings point at real rows and have a catalogue message; kept rows respect the
  documented conventions (stages 0-5 or the unknown stage for coalitions, 0-5 in the
  history, names never blank, references resolved to coalition ids).
"""

from __future__ import annotations

import math
import unicodedata
from datetime import date, datetime, time

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coalitions.i18n import CATALOGUE
from coalitions.workbook import matching, schema, vocabularies
from coalitions.workbook.dataset import RawWorkbook
from coalitions.workbook.findings import ERROR, WARNING
from coalitions.workbook.stages import UNKNOWN_STAGE
from coalitions.workbook.validation import build_dataset

# Hundreds of random workbooks: the full run's, not the quick loop's (CONTRIBUTING).
pytestmark = pytest.mark.slow

TABLE_TABS = ("coalitions", "actors", "memberships", "events", "progress", "deliverables")
IDS = ["envdata", "civictech", "Données", "alpha", "beta", "ENVDATA", " envdata "]
WORDS = [
    "3",
    "Lancée",
    "lancee",
    "Impact",
    "7",
    "-1",
    "2.5",
    "oui",
    "non",
    "x",
    "offre; usages",
    "commande, demand",
    "animateur",
    "noyau",
    "partenaire",
    "atelier",
    "Reset Day",
    "fait",
    "en cours",
    "2021-05-19",
    "19/05/2021",
    "31/02/2021",
    "2021-06-07 14:00",
    "07/06/2021 14h30",
    "44335",
    "https://www.cerema.fr",
    "javascript:alert(1)",
    "association",
    "civic tech",
]
ERROR_VALUES = sorted(vocabularies.ERROR_VALUES) + ["#n/a", " #REF! "]


def _vary(name: str):
    """A header or tab name spelled as a person might: case, accents, spaces, separators."""
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    )
    return st.sampled_from(
        [
            name,
            name.upper(),
            f"  {name} ",
            name.replace(" ", "_"),
            name.replace(" ", "-"),
            stripped,
            name.title(),
            name.replace(" ", "  "),
        ]
    )


def _names(tab: schema.Tab) -> list[str]:
    return [alias for column in tab.columns for alias in (column.name, *column.aliases)]


junk_text = st.text(max_size=12)
cells = st.one_of(
    st.none(),
    st.just(""),
    st.sampled_from(["   ", "\t", "\xa0", "\u200b"]),
    junk_text,
    st.sampled_from(WORDS),
    st.sampled_from(IDS),
    st.sampled_from(ERROR_VALUES),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
    st.times(),
    st.sampled_from(["x" * 100_000, "<script>" * 5_000, "é" * 50_000]),
)


@st.composite
def tab_frames(draw, tab: schema.Tab):
    """A header row and data rows for ``tab`` (a rectangular, header-less DataFrame)."""
    names = _names(tab)
    header_cell = st.one_of(
        st.sampled_from(names).flatmap(_vary),
        st.sampled_from(names).flatmap(_vary),
        junk_text,
        st.none(),
        st.integers(0, 9),
    )
    headers = draw(st.lists(header_cell, min_size=0, max_size=len(names) + 3))
    width = len(headers) + draw(st.integers(0, 2))  # cells with no header at all
    rows = draw(st.lists(st.lists(cells, min_size=width, max_size=width), max_size=12))
    if not headers and not rows:
        return pd.DataFrame(dtype=object)
    table = [[*headers, *[None] * (width - len(headers))], *rows]
    return pd.DataFrame(table, dtype=object)


@st.composite
def workbooks(draw):
    tabs: dict[str, pd.DataFrame] = {}
    for tab in schema.TABS:
        if not draw(st.booleans()) and tab.name != "coalitions":
            continue
        for _ in range(draw(st.sampled_from([1, 1, 1, 2]))):  # sometimes a duplicate tab
            title = draw(st.sampled_from([tab.name, *tab.aliases]).flatmap(_vary))
            while title in tabs:
                title += " "
            tabs[title] = draw(tab_frames(tab))
    if draw(st.booleans()):
        tabs[draw(junk_text) + "?"] = draw(tab_frames(schema.COALITIONS))
    if draw(st.integers(0, 9)) == 0:
        tabs.pop(next(iter(tabs)), None)  # sometimes no coalitions tab at all
    return RawWorkbook(title=draw(junk_text), tabs=tabs)


def _blank(cell) -> bool:
    if cell is None:
        return True
    if isinstance(cell, float) and math.isnan(cell):
        return True
    return isinstance(cell, str) and cell.strip() == ""


def _picked(raw: RawWorkbook) -> dict[str, pd.DataFrame]:
    """The frame validation reads for each table tab: the first one whose title matches."""
    picked = {}
    for title, frame in raw.tabs.items():
        name = matching.match_tab(title)
        if name in TABLE_TABS and name not in picked:
            picked[name] = frame
    return picked


def check(raw: RawWorkbook) -> None:
    data = build_dataset(raw)
    tables = {name: getattr(data, name) for name in TABLE_TABS}
    by_row = {(f.tab, f.row) for f in data.findings}
    by_row |= {(tab, row) for f in data.findings for tab, _title, row in f.dependants}
    tab_level = {f.tab for f in data.findings if f.code in ("missing_column", "missing_tab")}
    for name, frame in _picked(raw).items():
        kept = set(tables[name]["row"].dropna().astype(int))
        if name == "deliverables":
            kept |= {state[0] for states in tables[name]["history"] for state in states}
        for position in range(1, frame.shape[0]):
            row = position + 1
            if all(_blank(cell) for cell in frame.iloc[position]):
                assert row not in kept, f"{name} row {row} is blank but kept"
                continue
            assert row in kept or (name, row) in by_row or name in tab_level, (
                f"{name} row {row} vanished: {list(frame.iloc[position])!r:.300}"
            )
    sizes = {name: frame.shape[0] for name, frame in _picked(raw).items()}
    for finding in data.findings:
        assert finding.severity in (ERROR, WARNING)
        assert f"finding.{finding.code}" in CATALOGUE, finding.code
        finding.message("fr")
        finding.message("en")
        if finding.row is not None and finding.tab in sizes:
            assert 1 <= finding.row <= max(sizes[finding.tab], 1), finding
    coalitions = data.coalitions
    ids = set(coalitions["id"])
    assert coalitions["stage"].isin([*range(6), UNKNOWN_STAGE]).all()
    assert (coalitions["id"] != "").all() and (coalitions["name"] != "").all()
    assert data.progress["stage"].isin(range(6)).all()
    for name in ("memberships", "progress", "deliverables"):
        assert set(tables[name]["coalition"]) <= ids, name
    assert set(data.events["coalition"]) <= ids | {""}
    assert set(data.memberships["actor"]) <= set(data.actors["name"])


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(workbooks())
@example(RawWorkbook("", {}))
@example(RawWorkbook("", {"coalitions": pd.DataFrame(dtype=object)}))
@example(RawWorkbook("", {"coalitions": pd.DataFrame([[""] * 4] * 5, dtype=object)}))
@example(
    RawWorkbook(
        "",
        {
            "coalitions": pd.DataFrame(
                [["id", "nom", "maturité"], ["", "", ""], [None, "Données", 3], ["a", "", "9"]],
                dtype=object,
            ),
            "membres": pd.DataFrame([["coalition", "acteur"], ["", ""], ["zz", "x"]]),
        },
    )
)
def test_random_workbooks_never_raise_and_lose_no_row(raw):
    check(raw)


@pytest.mark.parametrize(
    "cell",
    [float("inf"), float("-inf"), -0.0, 1e308, 2**63, -(2**63), time(12, 30), True, "\x00"],
)
def test_odd_cells_in_every_column(cell):
    headers = [alias for tab in schema.TABS for alias in (tab.columns[0].name,)]
    tabs = {}
    for tab in schema.TABS:
        names = [c.name for c in tab.columns]
        tabs[tab.name] = pd.DataFrame([names, [cell] * len(names)], dtype=object)
    assert headers
    check(RawWorkbook("odd", tabs))


# --------------------------------------------------------------------------- references

POOL = ["envdata", "Envdata", "ENVDATA", "beta", "Beta", "Données", "donnees", "Same", "same"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(POOL), st.sampled_from(POOL)), min_size=1, max_size=6),
    st.lists(st.sampled_from(POOL), min_size=1, max_size=8),
)
def test_references_that_fold_alike_name_the_same_coalition(coalitions, references):
    frame = pd.DataFrame([["id", "nom", "maturité"], *[[i, n, 1] for i, n in coalitions]])
    members = pd.DataFrame(
        [["coalition", "acteur"], *[[r, f"a{k}"] for k, r in enumerate(references)]]
    )
    data = build_dataset(RawWorkbook("", {"coalitions": frame, "membres": members}))
    resolved = dict(zip(data.memberships["actor"], data.memberships["coalition"], strict=True))
    by_fold: dict[str, set[str]] = {}
    for k, reference in enumerate(references):
        by_fold.setdefault(schema.fold(reference), set()).add(resolved.get(f"a{k}", "?"))
    for fold, targets in by_fold.items():
        assert len(targets) == 1, (fold, targets)
    ids = {schema.fold(i): i for i in data.coalitions["id"]}
    for k, reference in enumerate(references):
        if schema.fold(reference) in ids:  # an id wins over any name spelled like it
            assert resolved[f"a{k}"] == ids[schema.fold(reference)]


def _ambiguous_workbook() -> RawWorkbook:
    coalitions = pd.DataFrame(
        [
            ["id", "nom", "maturité"],
            ["alpha", "beta", 1],  # alpha's name is beta's id
            ["beta", "Coalition bêta", 2],
            ["gamma", "Même nom", 3],
            ["delta", "même nom", 4],  # the same name as gamma, folded
        ]
    )
    members = pd.DataFrame(
        [["coalition", "acteur"], ["beta", "A"], ["Beta", "B"], ["MÊME NOM", "C"]]
    )
    return RawWorkbook("", {"coalitions": coalitions, "membres": members})


def test_ambiguous_references_resolve_to_the_id_then_the_first_row():
    data = build_dataset(_ambiguous_workbook())
    assert list(data.memberships["coalition"]) == ["beta", "beta", "gamma"]


def test_ambiguous_names_and_references_are_warned_about():
    data = build_dataset(_ambiguous_workbook())
    warned = {(f.code, f.tab, f.row) for f in data.findings if f.severity == WARNING}
    assert ("ambiguous_name", "coalitions", 2) in warned  # alpha named like beta's id
    assert ("ambiguous_name", "coalitions", 5) in warned  # delta named like gamma
    assert ("ambiguous_reference", "memberships", 2) in warned
    assert ("ambiguous_reference", "memberships", 4) in warned
