"""The [updates] secrets: off by default, on only when said so; and the cache's write API."""

from __future__ import annotations

import shutil

import pytest

from coalitions.updates.appends import NewRow
from data_sources import cache
from data_sources.atomic import locked
from data_sources.reading import gsheets_retry
from data_sources.reading.loader import SAMPLE_DIR
from data_sources.writing import file_writers
from data_sources.writing.update_settings import UpdateSettings, update_settings
from data_sources.writing.writers import WriteError
from tests.app.output import sample_workbook
from tests.data_sources.test_cache_secrets import _Secrets
from tests.fakes.sheets_api import FakeSheetsApi


@pytest.mark.parametrize(
    "secrets",
    [
        {},
        {"updates": {}},
        {"updates": {"enabled": "true"}},
        {"updates": "on"},
        {"updates": {"enabled": 1}},
    ],
)
def test_updates_are_off_unless_enabled_is_true(secrets):
    assert update_settings(secrets) == UpdateSettings()


def test_editors_are_normalised_e_mails():
    settings = update_settings(
        {
            "updates": {
                "enabled": True,
                "editors": ["Lead@FING.org ", "not an e-mail", 42],
                "allow_without_login": True,
            }
        }
    )
    assert settings == UpdateSettings(True, frozenset({"lead@fing.org"}), True)
    assert update_settings({"updates": {"editors": "a@fing.org; b@fing.org,c@x.fr"}}).editors == {
        "a@fing.org",
        "b@fing.org",
        "c@x.fr",
    }


def news(ref: str) -> list[NewRow]:
    return [
        NewRow.make(
            "updates", {"date": "2026-11-24", "coalition": "envdata", "news": "Atelier", "ref": ref}
        )
    ]


def test_without_updates_on_nothing_is_written(monkeypatch, tmp_path):
    folder = tmp_path / "copie"
    shutil.copytree(SAMPLE_DIR, folder)
    monkeypatch.setenv("RESET_DATA", str(folder))
    monkeypatch.setattr(cache.st, "secrets", _Secrets(values={}))
    writer = cache.current_writer()
    assert (writer.can_write, writer.refusal) == (False, "disabled")
    with pytest.raises(WriteError) as caught:
        cache.submit_update(news("u1"))
    assert caught.value.reason == "disabled"


def test_a_written_update_is_read_by_everyone_and_a_queued_one_at_the_next_read(
    monkeypatch, tmp_path
):
    folder = tmp_path / "copie"
    shutil.copytree(SAMPLE_DIR, folder)
    monkeypatch.setenv("RESET_DATA", str(folder))
    monkeypatch.setattr(cache.st, "secrets", _Secrets(values={"updates": {"enabled": True}}))
    monkeypatch.setattr(file_writers, "LOCK_TIMEOUT", 0.1)
    assert "u1" not in set(cache.load_dataset().updates["ref"])
    assert cache.submit_update(news("u1")) == "sent"
    assert "u1" in set(cache.load_dataset().updates["ref"])  # the cache was refreshed
    with locked(folder / ".reset-write.lock", timeout=1):
        assert cache.submit_update(news("u2")) == "queued"
    assert [u.coalition for u in cache.pending_updates("envdata")] == ["envdata"]
    assert cache.pending_updates("achat") == []
    assert "u2" not in set(cache.load_dataset().updates["ref"])  # still the cached copy
    cache.clear_cache()  # the TTL ran out: the next read sends the outbox, then shows it
    assert "u2" in set(cache.load_dataset().updates["ref"])
    assert cache.pending_updates() == []


def test_a_queued_update_to_a_google_sheet_is_sent_at_the_next_good_read(monkeypatch):
    monkeypatch.setattr(gsheets_retry, "sleep", lambda seconds: None)
    api = FakeSheetsApi(sample_workbook())
    secrets = {"connections": {"gsheets": api.secrets_section()}, "updates": {"enabled": True}}
    monkeypatch.setattr(cache.st, "secrets", _Secrets(values=secrets))
    with api.intercepting():
        assert "g1" not in set(cache.load_dataset().updates["ref"])
        api.fail_next(503, times=1000)
        assert cache.submit_update(news("g1")) == "queued"
        assert api.appended == []
        api.clear_faults()
        assert "g1" not in set(cache.load_dataset().updates["ref"])  # cached, no read yet
        cache.clear_cache()
        assert "g1" in set(cache.load_dataset().updates["ref"])
    assert cache.pending_updates() == []
    assert [row.cells[-1] for row in api.appended] == ["g1"]
