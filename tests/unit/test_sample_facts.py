"""The built-in sample workbook: it follows the contract and holds the facts of Reset Day 14.

The CSVs are read with pandas (all cells as text, as a sheet export gives them) and matched
through ``coalitions.workbook.schema``; the validator must then accept them with no finding at all.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest

from coalitions.workbook import matching, schema, vocabularies
from coalitions.workbook.dataset import RawWorkbook
from coalitions.workbook.stages import STAGE_WORDS
from coalitions.workbook.validation import build_dataset
from data_sources.reading.files import read_csv_folder

SAMPLE = Path(__file__).resolve().parents[2] / "data_sources" / "sample"
# The seed report lives in the steering repo's shared/ folder, beside the clone (CI) or in
# the workplace; it is required: without it this test would prove nothing.
REPORT = next(
    (
        folder / "seed" / "reset-day-14-report.fr.txt"
        for folder in (Path(__file__).resolve().parents[3] / "shared", Path("/work/shared"))
        if (folder / "seed" / "reset-day-14-report.fr.txt").exists()
    ),
    Path("/work/shared/seed/reset-day-14-report.fr.txt"),
)
FILES = {t.name: f"{t.name}.csv" for t in schema.TABS}
NAMED = ("envdata", "civictech", "achat", "equite", "dematerialiser")
RD13, RD14, RD15 = date(2021, 4, 20), date(2021, 5, 18), date(2021, 6, 15)


def _raw(tab: str) -> pd.DataFrame:
    return pd.read_csv(SAMPLE / FILES[tab], header=None, dtype=str, keep_default_na=False)


def _table(tab: str) -> pd.DataFrame:
    """A tab with canonical column names (unknown headers kept as written)."""
    raw = _raw(tab)
    headers = [matching.match_column(tab, h) or h for h in raw.iloc[0]]
    body = raw.iloc[1:].reset_index(drop=True)
    body.columns = headers
    return body


def _date(text: str) -> datetime:
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            pass
    raise AssertionError(f"not an ISO or dd/mm/yyyy date: {text!r}")


def _stage(text: str) -> int:
    return STAGE_WORDS[schema.fold(text)]


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return {tab: _table(tab) for tab in FILES}


@pytest.fixture(scope="module")
def ids_by_ref(tables) -> dict[str, str]:
    coalitions = tables["coalitions"]
    refs = {schema.fold(i): i for i in coalitions["id"]}
    refs.update(
        {schema.fold(n): i for n, i in zip(coalitions["name"], coalitions["id"], strict=True)}
    )
    return refs


def test_one_utf8_csv_per_tab_with_french_headers():
    assert sorted(p.name for p in SAMPLE.glob("*.csv")) == sorted(FILES.values())
    for tab in schema.TABS:
        (SAMPLE / FILES[tab.name]).read_bytes().decode("utf-8")
        headers = list(_raw(tab.name).iloc[0])
        matched = [matching.match_column(tab.name, h) for h in headers]
        assert set(tab.required_columns) <= set(matched), tab.name
        for header, canonical in zip(headers, matched, strict=True):
            assert canonical is not None, (tab.name, header)
            column = tab.column(canonical)
            # The community writes French: a column with aliases is headed by one of them.
            if column.aliases:
                assert header in column.aliases[:2], (tab.name, header)


def test_twenty_coalitions_in_families_with_slug_ids(tables):
    coalitions = tables["coalitions"]
    assert len(coalitions) == 20
    assert coalitions["id"].is_unique and coalitions["name"].is_unique
    assert all(re.fullmatch(r"[a-z][a-z0-9-]{2,20}", i) for i in coalitions["id"])
    assert coalitions["family"].nunique() >= 5
    assert (coalitions["family"] != "").all()
    example = dict(zip(coalitions["id"], coalitions["example"], strict=True))
    assert {i for i, v in example.items() if v == "non"} == set(NAMED)
    assert set(example.values()) == {"oui", "non"}


def test_stages_heterogeneous_and_mostly_early(tables):
    stages = [_stage(s) for s in tables["coalitions"]["stage"]]
    assert set(stages) == set(range(6))
    assert sum(s <= 1 for s in stages) > len(stages) / 2


def test_values_follow_the_vocabularies(tables):
    c = tables["coalitions"]
    assert all(schema.fold(v) in vocabularies.BOOL_WORDS for v in c["pilot"])
    for levers in c["levers"]:
        for word in filter(None, (w.strip() for w in re.split(r"[;,]", levers))):
            assert schema.fold(word) in vocabularies.LEVER_WORDS
    a = tables["actors"]
    assert a["name"].is_unique
    assert all(t == "" or schema.fold(t) in vocabularies.ACTOR_TYPE_WORDS for t in a["type"])
    assert all(w == "" or w.startswith("https://") for w in a["website"])
    assert all(schema.fold(r) in vocabularies.ROLE_WORDS for r in tables["memberships"]["role"])
    assert all(schema.fold(k) in vocabularies.EVENT_KIND_WORDS for k in tables["events"]["kind"])
    kinds = {vocabularies.EVENT_KIND_WORDS[schema.fold(k)] for k in tables["events"]["kind"]}
    assert kinds == set(schema.EVENT_KINDS)
    statuses = {vocabularies.STATUS_WORDS[schema.fold(s)] for s in tables["deliverables"]["status"]}
    assert statuses == set(schema.STATUSES)


def test_dates_are_iso_or_french_and_both_occur(tables):
    cells = [
        *tables["coalitions"]["launch_date"],
        *tables["coalitions"]["updated"],
        *tables["memberships"]["since"],
        *tables["events"]["date"],
        *tables["events"]["end"],
        *tables["progress"]["date"],
        *tables["deliverables"]["date"],
    ]
    filled = [c for c in cells if c]
    for cell in filled:
        assert date(2020, 1, 1) <= _date(cell).date() <= date(2021, 12, 31), cell
    assert any("/" in c for c in filled) and any("-" in c for c in filled)


def test_references_resolve(tables, ids_by_ref):
    for tab in ("memberships", "progress", "deliverables", "events"):
        for ref in tables[tab]["coalition"]:
            assert ref == "" and tab == "events" or schema.fold(ref) in ids_by_ref, (tab, ref)
    listed = set(tables["actors"]["name"])
    assert set(tables["memberships"]["actor"]) == listed  # every actor takes part somewhere
    pairs = list(
        zip(tables["memberships"]["coalition"], tables["memberships"]["actor"], strict=True)
    )
    assert len(pairs) == len(set(pairs))


def test_progress_history_matches_current_stages(tables, ids_by_ref):
    progress = tables["progress"].assign(
        id=lambda t: [ids_by_ref[schema.fold(r)] for r in t["coalition"]],
        when=lambda t: [_date(d) for d in t["date"]],
        level=lambda t: [_stage(s) for s in t["stage"]],
    )
    current = {
        i: _stage(s)
        for i, s in zip(tables["coalitions"]["id"], tables["coalitions"]["stage"], strict=True)
    }
    assert set(progress["id"]) == set(current)
    for coalition, history in progress.sort_values("when", kind="stable").groupby("id"):
        assert history["level"].is_monotonic_increasing, coalition
        assert history["level"].iloc[-1] == current[coalition], coalition
    assert min(progress["when"]).date() < date(2020, 4, 1)
    moves = progress.assign(day=progress["when"].dt.date)
    between_13_14 = moves[(moves["day"] > RD13) & (moves["day"] <= RD14)]
    between_14_15 = moves[(moves["day"] > RD14) & (moves["day"] <= RD15)]
    assert len(between_13_14) >= 2 and len(between_14_15) >= 3
    launches = between_14_15[between_14_15["level"] == 3]
    assert set(zip(launches["id"], launches["day"], strict=True)) == {
        ("envdata", date(2021, 5, 19)),
        ("civictech", date(2021, 5, 20)),
    }
    last_move = moves.groupby("id")["day"].max()
    stale = last_move[last_move < RD15 - timedelta(days=92)]
    assert len(stale) >= 3


def test_reset_days_are_third_tuesdays_numbered_from_the_settings(tables):
    settings = dict(zip(tables["settings"]["key"], tables["settings"]["value"], strict=True))
    # The sample's "today": just after Reset Day 14, so its month reads as the latest news.
    assert RD14 < _date(settings.pop("reference_date")).date() < RD15
    # The report's letter: a plausible list address and the community's team as sender.
    letter = {key: settings.pop(key) for key in list(settings) if key.startswith("report_")}
    assert letter["report_recipients"].endswith("@reset.example.org")
    assert letter["report_sender_email"].endswith("@reset.example.org")
    assert settings == {
        "reset_day_weekday": "mardi",
        "reset_day_week": "3",
        "reset_day_anchor_number": "14",
        "reset_day_anchor_date": "2021-05-18",
        "reset_day_skip_months": "août",
        "stale_months": "3",
    }
    events = tables["events"]
    reset_days = events[events["kind"] == "Reset Day"]
    numbered = {
        int(t.rsplit(" ", 1)[1]): _date(d).date()
        for t, d in zip(reset_days["title"], reset_days["date"], strict=True)
    }
    assert numbered[13] == RD13 and numbered[14] == RD14 and numbered[15] == RD15
    assert min(numbered) < 13 and max(numbered) > 15
    for day in numbered.values():
        assert day.weekday() == 1 and 15 <= day.day <= 21 and day.month != 8


def _members(tables, coalition_ref: str) -> dict[str, str]:
    m = tables["memberships"]
    rows = m[m["coalition"].map(schema.fold) == schema.fold(coalition_ref)]
    return dict(zip(rows["actor"], rows["role"], strict=True))


def _coalition(tables, coalition_id: str) -> pd.Series:
    c = tables["coalitions"]
    return c[c["id"] == coalition_id].iloc[0]


def _deliverables(tables, coalition_id: str) -> dict[str, str]:
    d = tables["deliverables"]
    rows = d[d["coalition"] == coalition_id]
    return dict(zip(rows["title"], rows["status"], strict=True))


def _events_of(tables, coalition_id: str) -> pd.DataFrame:
    e = tables["events"]
    return e[e["coalition"] == coalition_id]


def test_envdata_facts(tables):
    row = _coalition(tables, "envdata")
    assert _date(row["launch_date"]).date() == date(2021, 5, 19)
    assert row["pilot"] == "oui" and "Bretagne" in row["territory"]
    assert "terrains de jeux" in row["territory"]
    assert "offre" in row["obstacles"]
    launch = _events_of(tables, "envdata").query("kind == 'lancement'")
    assert [_date(d).date() for d in launch["date"]] == [date(2021, 5, 19)]
    done = {t for t, s in _deliverables(tables, "envdata").items() if s == "fait"}
    assert {"diagnostic", "cartographie des acteurs"} <= done
    assert any(t.startswith("benchmark") for t in done)
    members = _members(tables, "envdata")
    core = {a for a, r in members.items() if r == "noyau"}
    assert {
        "Réseau éducation environnement",
        "Office français de la biodiversité (OFB)",
        "Commissariat général au développement durable",
        "Ademe",
        "Cerema",
    } <= core
    assert members["FING"] == "animateur"


def test_civictech_facts(tables):
    row = _coalition(tables, "civictech")
    assert _date(row["launch_date"]).date() == date(2021, 5, 20) and row["pilot"] == "oui"
    events = _events_of(tables, "civictech")
    by_kind = {k: [_date(d).date() for d in g["date"]] for k, g in events.groupby("kind")}
    assert by_kind["lancement"] == [date(2021, 5, 20)]
    assert by_kind["atelier"] == [date(2021, 6, 7)]
    assert [(d.year, d.month) for d in by_kind["restitution"]] == [(2021, 7)]
    members = _members(tables, "civictech")
    leads = {a for a, r in members.items() if r == "animateur"}
    assert any(a.startswith("ICPC") for a in leads)
    assert any(a.startswith("Clément Mabi") for a in leads)
    assert "Berger-Levrault" in members


def test_achat_facts(tables):
    row = _coalition(tables, "achat")
    assert row["levers"].startswith("commande")
    members = _members(tables, "achat")
    for actor in ("Ville de Lyon", "France Stratégie", "Les Interconnectés", "Soluris", "Déclic"):
        assert actor in members
    assert any(a.startswith("DINUM") for a in members)
    assert any(a.startswith("INR") for a in members)
    assert any(a.startswith("OPSN") for a in members)
    statuses = _deliverables(tables, "achat")
    assert any("guide" in t and s == "en cours" for t, s in statuses.items())
    assert "guide" in row["next_step"]


def test_equite_facts(tables):
    row = _coalition(tables, "equite")
    assert row["levers"] == "usages"
    members = _members(tables, "equite")
    assert members["In Fine"] == "animateur"
    for partner in ("Fréquence École", "UNAF", "CNIL", "Emmaüs Connect"):
        assert members[partner] == "partenaire"
    assert "Réseau Canopé" in members
    statuses = _deliverables(tables, "equite")
    assert statuses["plaidoyer"] == "fait" and statuses["manifeste"] == "fait"


def test_dematerialiser_facts(tables):
    row = _coalition(tables, "dematerialiser")
    assert row["name"] == "Dématérialiser sans déshumaniser"
    assert "DITP" in row["next_step"]
    members = _members(tables, row["name"])
    assert members["Ti Lab"] == "partenaire" and members["Lab Accès"] == "partenaire"
    assert sum(r == "intéressé" for r in members.values()) >= 3


def test_deliverables_done_between_reset_days_14_and_15(tables):
    d = tables["deliverables"]
    done = [
        _date(x).date() for x, s in zip(d["date"], d["status"], strict=True) if s == "fait" and x
    ]
    assert any(RD14 < day <= RD15 for day in done)


def test_no_sentence_copied_from_the_report(tables):
    """Texts are our own: no run of eight words is taken from the report."""

    def runs(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", schema.fold(text))
        return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}

    report = runs(REPORT.read_text(encoding="utf-8"))
    # Coalition and actor names are proper names, kept as the community gives them.
    proper_names = {("coalitions", "name"), ("actors", "name"), ("memberships", "actor")}
    for tab, table in tables.items():
        for column in table.columns:
            if (tab, column) in proper_names:
                continue
            for cell in table[column]:
                assert not runs(cell) & report, (tab, column, cell)


def test_validator_accepts_the_sample_without_any_finding():
    raw = RawWorkbook(title="sample", tabs={t: _raw(t) for t in FILES})
    dataset = build_dataset(raw)
    assert [(f.tab, f.row, f.code, f.value) for f in dataset.findings] == []
    assert len(dataset.coalitions) == 20
    assert len(dataset.memberships) == len(_raw("memberships")) - 1
    assert len(dataset.progress) == len(_raw("progress")) - 1
    assert dataset.coalitions["example"].sum() == 15
    envdata = dataset.coalitions.set_index("id").loc["envdata"]
    assert envdata["levers"] == ("offre", "usages")
    assert envdata["launch_date"] == pd.Timestamp("2021-05-19")
    assert dataset.settings["reset_day_anchor_number"] == "14"
    assert set(dataset.actors["listed"]) == {True}


def test_sample_reads_through_the_csv_folder_reader():
    dataset = build_dataset(read_csv_folder(SAMPLE))
    assert dataset.findings == []
    assert dataset.tabs_present == frozenset(FILES)
