"""The last-known-good snapshot: round trip, atomic writes, corrupt files, no secrets."""

from __future__ import annotations

import hashlib
import json
import stat
from datetime import UTC, date, datetime, time, timedelta, timezone

import numpy as np
import pandas as pd
import pytest

from coalitions.workbook.dataset import RawWorkbook
from data_sources import atomic
from data_sources.reading import gsheets, gsheets_retry
from data_sources.reading.snapshot import load_snapshot, save_snapshot, snapshot_dir, snapshot_path
from tests.fakes.sheets_api import FakeSheetsApi, service_account_info

SOURCE = (
    "sheet:https://docs.google.com/spreadsheets/d/1ReSeTfakeCoalitionSheet0123456789abcdefGHIJ/edit"
)
READ_AT = datetime(2024, 3, 14, 9, 30, 15)


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "snapshots"
    monkeypatch.setenv("RESET_CACHE_DIR", str(folder))
    return folder


def frame(rows: list[list]) -> pd.DataFrame:
    width = max((len(row) for row in rows), default=0)
    return pd.DataFrame(rows, columns=range(width), dtype=object)


def sample_workbook() -> RawWorkbook:
    paris = timezone(timedelta(hours=2))
    return RawWorkbook(
        title="Coalitions RESET — suivi « 2024 »",
        tabs={
            "Coalitions": frame(
                [
                    ["id", "Nom", "Maturité", "Pilote", "Lancement", "Mise à jour"],
                    ["envdata", "Données environnementales", 3, True, date(2021, 5, 19), None],
                    ["énergie", "Énergie 🌱 citoyenne", 1.5, False, 44335, ""],
                    ["x", "<b>html</b>", -0.0, None, datetime(2022, 1, 3, 12, 0, 5), None],
                ]
            ),
            "Événements": frame(
                [
                    ["date", "heure", "durée", "fuseau"],
                    [datetime(2024, 3, 14, 14, 30), time(9, 15), timedelta(hours=2), None],
                    [None, None, None, datetime(2024, 6, 1, 10, 0, tzinfo=paris)],
                ]
            ),
            "L'agenda d'été": frame([]),
            "header only": frame([["a", "b", None]]),
        },
    )


def as_rows(workbook: RawWorkbook) -> dict[str, list[list]]:
    return {name: df.values.tolist() for name, df in workbook.tabs.items()}


def test_snapshot_dir_follows_the_environment(cache_dir, monkeypatch):
    assert snapshot_dir() == cache_dir
    monkeypatch.delenv("RESET_CACHE_DIR")
    default = snapshot_dir()
    assert default.parts[-2:] == (".cache", "snapshots")
    assert (default.parent.parent / "data_sources" / "reading" / "snapshot.py").is_file()


def test_round_trip_keeps_values_types_and_order():
    workbook = sample_workbook()
    save_snapshot(SOURCE, workbook, READ_AT)
    loaded, read_at = load_snapshot(SOURCE)
    assert read_at == READ_AT
    assert loaded.title == workbook.title
    assert list(loaded.tabs) == list(workbook.tabs)
    assert as_rows(loaded) == as_rows(workbook)
    for name, df in workbook.tabs.items():
        again = loaded.tabs[name]
        assert again.shape == df.shape
        assert list(again.columns) == list(df.columns)
        for original, copy in zip(df.values.ravel(), again.values.ravel(), strict=True):
            assert type(copy) is type(original)
    aware = loaded.tabs["Événements"].iloc[2, 3]
    assert aware.utcoffset() == timedelta(hours=2)


def test_an_aware_read_time_comes_back_aware():
    moment = datetime(2024, 3, 14, 8, 0, tzinfo=UTC)
    save_snapshot(SOURCE, sample_workbook(), moment)
    assert load_snapshot(SOURCE)[1] == moment


def test_pandas_and_numpy_cells_come_back_as_plain_values():
    workbook = RawWorkbook(
        title="t",
        tabs={
            "a": pd.DataFrame(
                {
                    "n": [np.int64(3), np.int64(4)],
                    "f": [1.25, np.nan],
                    "d": [pd.Timestamp("2024-03-14 10:00"), pd.NaT],
                }
            ),
            "inf": frame([[float("inf"), float("-inf")]]),
        },
    )
    save_snapshot(SOURCE, workbook, READ_AT)
    loaded, _ = load_snapshot(SOURCE)
    assert loaded.tabs["a"].values.tolist() == [
        [3, 1.25, datetime(2024, 3, 14, 10, 0)],
        [4, None, None],
    ]
    assert loaded.tabs["inf"].values.tolist() == [[float("inf"), float("-inf")]]


def test_the_file_is_named_by_a_hash_and_holds_no_source_id(cache_dir):
    path = save_snapshot(SOURCE, sample_workbook(), READ_AT)
    assert path == snapshot_path(SOURCE)
    assert path.parent == cache_dir
    assert path.name == hashlib.sha256(SOURCE.encode()).hexdigest() + ".json"
    assert "1ReSeTfake" not in path.read_text(encoding="utf-8")
    assert [p.name for p in cache_dir.iterdir()] == [path.name]


def test_the_file_is_readable_by_its_owner_only():
    path = save_snapshot(SOURCE, sample_workbook(), READ_AT)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_new_snapshot_replaces_the_old_one():
    save_snapshot(SOURCE, sample_workbook(), READ_AT)
    newer = RawWorkbook("v2", {"Coalitions": frame([["id"], ["nouvelle"]])})
    later = READ_AT + timedelta(hours=1)
    save_snapshot(SOURCE, newer, later)
    loaded, read_at = load_snapshot(SOURCE)
    assert (loaded.title, read_at) == ("v2", later)
    assert as_rows(loaded) == {"Coalitions": [["id"], ["nouvelle"]]}


def test_sources_do_not_share_snapshots():
    save_snapshot(SOURCE, sample_workbook(), READ_AT)
    assert load_snapshot(SOURCE + "x") is None


def test_a_failed_write_leaves_the_previous_snapshot_and_no_partial_file(cache_dir, monkeypatch):
    save_snapshot(SOURCE, sample_workbook(), READ_AT)
    before = snapshot_path(SOURCE).read_bytes()

    def disk_full(handle):  # the bytes are written, then flushing them fills the disk
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(OSError):
        save_snapshot(SOURCE, RawWorkbook("v2", {}), READ_AT + timedelta(days=1))
    assert [p.name for p in cache_dir.iterdir()] == [snapshot_path(SOURCE).name]
    assert snapshot_path(SOURCE).read_bytes() == before
    assert load_snapshot(SOURCE)[0].title == sample_workbook().title


def test_a_failed_first_write_leaves_nothing(cache_dir, monkeypatch):
    def interrupted(handle):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_snapshot(SOURCE, sample_workbook(), READ_AT)
    assert list(cache_dir.iterdir()) == []
    assert load_snapshot(SOURCE) is None


def test_an_unwritable_folder_raises_oserror(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("RESET_CACHE_DIR", str(blocker / "snapshots"))
    with pytest.raises(OSError):
        save_snapshot(SOURCE, sample_workbook(), READ_AT)


def test_no_snapshot_is_none():
    assert load_snapshot(SOURCE) is None


def _valid_payload() -> dict:
    save_snapshot(SOURCE, sample_workbook(), READ_AT)
    return json.loads(snapshot_path(SOURCE).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "corrupt",
    [
        lambda text, payload: b"",
        lambda text, payload: text.encode()[: len(text) // 2],
        lambda text, payload: b"\xff\xfe\x00garbage",
        lambda text, payload: b"[1, 2, 3]",
        lambda text, payload: b"null",
        lambda text, payload: json.dumps({**payload, "format": 99}).encode(),
        lambda text, payload: json.dumps({**payload, "read_at": "yesterday"}).encode(),
        lambda text, payload: json.dumps({**payload, "title": ["x"]}).encode(),
        lambda text, payload: json.dumps({**payload, "tabs": {"a": 1}}).encode(),
        lambda text, payload: json.dumps(
            {**payload, "tabs": [{"title": "a", "width": 2, "rows": [[1]]}]}
        ).encode(),
        lambda text, payload: json.dumps(
            {**payload, "tabs": [{"title": "a", "width": 1, "rows": [[{"$evil": 1}]]}]}
        ).encode(),
        lambda text, payload: json.dumps(
            {**payload, "tabs": [{"title": "a", "width": 1, "rows": [[{"$date": "bad"}]]}]}
        ).encode(),
        lambda text, payload: json.dumps(
            {**payload, "tabs": [{"title": "a", "width": 1, "rows": [[[1, 2]]]}]}
        ).encode(),
        lambda text, payload: json.dumps(
            {k: v for k, v in payload.items() if k != "tabs"}
        ).encode(),
    ],
)
def test_a_corrupt_snapshot_is_none(corrupt):
    payload = _valid_payload()
    path = snapshot_path(SOURCE)
    path.write_bytes(corrupt(path.read_text(encoding="utf-8"), payload))
    assert load_snapshot(SOURCE) is None


def test_an_unreadable_snapshot_is_none():
    save_snapshot(SOURCE, sample_workbook(), READ_AT)
    path = snapshot_path(SOURCE)
    path.unlink()
    path.mkdir()  # a folder where the file should be: reading it fails with an OSError
    assert load_snapshot(SOURCE) is None


@pytest.mark.parametrize("mode", ["service_account", "api_key"])
def test_a_snapshot_of_a_sheet_read_holds_no_credential(monkeypatch, mode):
    monkeypatch.setattr(gsheets_retry, "sleep", lambda seconds: None)
    api = FakeSheetsApi({"coalitions": [["id", "nom"], ["envdata", "Données"]]})
    with api.mocked():
        section = api.secrets_section(mode)
        workbook = gsheets.read_sheet(api.url, section)
    path = save_snapshot(f"sheet:{api.url}", workbook, READ_AT)
    text = path.read_text(encoding="utf-8")
    info = service_account_info()
    for secret in (api.api_key, info["private_key_id"], *info["private_key"].splitlines()[1:-1]):
        assert secret not in text
    assert load_snapshot(f"sheet:{api.url}")[0].tabs["coalitions"].iloc[1, 1] == "Données"
