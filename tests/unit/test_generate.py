"""The benchmark's workbook generator: sizes, contract, references, determinism."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest

from bench.generate import HEADERS, SAMPLE_COUNTS, SIZES, generate_workbook, main
from coalitions.workbook import matching, schema, vocabularies
from coalitions.workbook.dataset import RawWorkbook
from coalitions.workbook.stages import STAGE_WORDS
from coalitions.workbook.validation import build_dataset

SAMPLE = Path(__file__).resolve().parents[2] / "data_sources" / "sample"
SMALL = dict(coalitions=12, actors=30, memberships=90, events=40, progress=50)


def _read(folder: Path, tab: str) -> pd.DataFrame:
    return pd.read_csv(folder / f"{tab}.csv", header=None, dtype=str, keep_default_na=False)


def _table(folder: Path, tab: str) -> pd.DataFrame:
    raw = _read(folder, tab)
    body = raw.iloc[1:].reset_index(drop=True)
    body.columns = [matching.match_column(tab, h) or h for h in raw.iloc[0]]
    return body


def _day(text: str) -> date:
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise AssertionError(f"not a date: {text!r}")


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    return generate_workbook(tmp_path_factory.mktemp("small"), **SMALL, seed=3)


def test_writes_the_seven_tabs_with_the_requested_counts(small):
    assert sorted(p.stem for p in small.glob("*.csv")) == sorted(t.name for t in schema.TABS)
    for tab, count in SMALL.items():
        assert len(_read(small, tab)) - 1 == count, tab
    assert len(_read(small, "deliverables")) - 1 == SMALL["coalitions"]


def test_headers_are_the_samples_and_match_the_schema(small):
    for tab in schema.TABS:
        headers = list(_read(small, tab.name).iloc[0])
        assert headers == HEADERS[tab.name] == list(_read(SAMPLE, tab.name).iloc[0])
        matched = {matching.match_column(tab.name, h) for h in headers}
        assert set(tab.required_columns) <= matched


def test_references_resolve_and_memberships_are_unique(small):
    ids = set(_table(small, "coalitions")["id"])
    actors = _table(small, "actors")
    assert actors["name"].is_unique
    memberships = _table(small, "memberships")
    assert set(memberships["coalition"]) <= ids
    assert set(memberships["actor"]) <= set(actors["name"])
    assert not memberships.duplicated(["coalition", "actor"]).any()
    for tab in ("progress", "deliverables"):
        assert set(_table(small, tab)["coalition"]) <= ids
    assert set(_table(small, "events")["coalition"]) <= ids | {""}


def test_values_follow_the_vocabularies_and_dates_span_2020_2022(small):
    c = _table(small, "coalitions")
    assert c["id"].is_unique and c["name"].is_unique
    assert all(schema.fold(s) in STAGE_WORDS for s in c["stage"])
    assert all(
        schema.fold(r) in vocabularies.ROLE_WORDS for r in _table(small, "memberships")["role"]
    )
    kinds = [vocabularies.EVENT_KIND_WORDS[schema.fold(k)] for k in _table(small, "events")["kind"]]
    assert "reset_day" in kinds and len(set(kinds)) >= 3
    statuses = _table(small, "deliverables")["status"]
    assert all(schema.fold(s) in vocabularies.STATUS_WORDS for s in statuses)
    types = _table(small, "actors")["type"]
    assert all(schema.fold(t) in vocabularies.ACTOR_TYPE_WORDS for t in types)
    cells = [
        *_table(small, "progress")["date"],
        *_table(small, "memberships")["since"],
        *_table(small, "events")["date"],
    ]
    days = [_day(x) for x in cells]
    assert min(days) >= date(2020, 1, 1) and max(days) <= date(2022, 12, 31)
    assert any("/" in x for x in cells) and any("-" in x for x in cells)


def test_progress_climbs_to_each_coalitions_current_stage(small):
    coalitions = _table(small, "coalitions")
    stages = coalitions["stage"].map(lambda s: STAGE_WORDS[schema.fold(s)])
    current = dict(zip(coalitions["id"], stages, strict=True))
    progress = _table(small, "progress")
    progress["day"] = progress["date"].map(_day)
    progress["level"] = progress["stage"].map(lambda s: STAGE_WORDS[schema.fold(s)])
    assert progress["day"].is_monotonic_increasing  # appended in date order, like a real sheet
    for coalition, history in progress.groupby("coalition", sort=False):
        assert history["level"].is_monotonic_increasing, coalition
        assert history["level"].iloc[-1] == current[coalition], coalition


def test_reset_days_are_numbered_from_the_settings_anchor(small):
    events = _table(small, "events")
    reset = events[events["kind"] == "Reset Day"]
    numbered = dict(zip(reset["title"], reset["date"].map(_day), strict=True))
    assert numbered["Reset Day 14"] == date(2021, 5, 18)
    settings = dict(_read(small, "settings").iloc[1:].to_numpy())
    assert settings["reset_day_anchor_number"] == "14"


def test_the_validator_finds_nothing_wrong(small):
    raw = RawWorkbook(title="generated", tabs={t.name: _read(small, t.name) for t in schema.TABS})
    dataset = build_dataset(raw)
    assert [(f.tab, f.row, f.code, f.value) for f in dataset.findings] == []
    assert len(dataset.memberships) == SMALL["memberships"]
    assert len(dataset.progress) == SMALL["progress"]


def test_same_seed_same_files_other_seed_other_files(tmp_path, small):
    again = generate_workbook(tmp_path / "again", **SMALL, seed=3)
    other = generate_workbook(tmp_path / "other", **SMALL, seed=4)
    for tab in schema.TABS:
        name = f"{tab.name}.csv"
        assert (again / name).read_bytes() == (small / name).read_bytes()
    assert (other / "memberships.csv").read_bytes() != (small / "memberships.csv").read_bytes()


def test_sizes_scale_the_sample():
    for tab, count in SAMPLE_COUNTS.items():
        assert len(_read(SAMPLE, tab)) - 1 == count, tab
        assert SIZES["x10"][tab] == 10 * count and SIZES["x100"][tab] == 100 * count
    assert SIZES["sample"] is None
    assert SIZES["large"] == dict(
        coalitions=1000,
        actors=20000,
        memberships=100000,
        events=10000,
        progress=50000,
        deliverables=10000,
    )


def test_impossible_counts_are_refused(tmp_path):
    with pytest.raises(ValueError, match="pairs"):
        generate_workbook(tmp_path, coalitions=2, actors=3, memberships=7)
    with pytest.raises(ValueError, match="coalition"):
        generate_workbook(tmp_path, coalitions=0)


def test_command_line_writes_a_named_size(tmp_path, capsys):
    assert main([str(tmp_path / "x10"), "--size", "x10"]) == 0
    assert len(_read(tmp_path / "x10", "coalitions")) - 1 == SIZES["x10"]["coalitions"]
    assert "x10" in capsys.readouterr().out


def test_works_have_kinds_links_and_calls_and_members_levers(small):
    works = _table(small, "deliverables")
    kinds = [vocabularies.DELIVERABLE_KIND_WORDS[schema.fold(k)] for k in works["kind"]]
    assert "call" in kinds and len(set(kinds)) >= 5
    links = [u for u in works["url"] if u]
    assert links and all(u.startswith("https://reset.example.org/") for u in links)
    levers = {lever for cell in _table(small, "memberships")["levers"] for lever in
              vocabularies.LEVER_WORDS.values() if lever in cell}  # fmt: skip
    assert levers == set(schema.LEVERS)
