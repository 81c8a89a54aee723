"""Twenty sessions at once cost one sheet read per TTL, not twenty.

``st.cache_data`` is shared by every session of a server process, and it computes a missing
value once while the other sessions wait for it (one lock per cache key). The proof: 20
threads each run an AppTest of app.py at the same moment against the fake Google Sheet
(real gspread, every request counted), and the fake sees exactly two Sheets requests (the
metadata and one ``values:batchGet``), while every session gets its page.

AppTest swaps process-wide state on every run (``Runtime._instance``, ``st.secrets``),
which is not thread-safe. A real server has one runtime and one set of secrets for all its
sessions, so the test pins both for its duration: one runtime (hence one cache storage)
and one secrets object, given to every session as a real server would.
"""

from __future__ import annotations

import threading
from unittest.mock import MagicMock

import pytest
import streamlit as st
from streamlit.components.v2.component_manager import BidiComponentManager
from streamlit.runtime import Runtime
from streamlit.runtime.caching.storage.dummy_cache_storage import MemoryCacheStorageManager
from streamlit.runtime.dataframe_source_manager import DataframeSourceManager
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.runtime.secrets import Secrets
from streamlit.testing.v1 import AppTest, local_script_runner
from streamlit.testing.v1 import app_test as app_test_module

import data_sources.cache as cache
from data_sources.reading import gsheets_retry
from tests.app.output import sample_workbook, shown
from tests.conftest import APP
from tests.fakes.sheets_api import FakeSheetsApi

# Streamlit servers started and twenty sessions each: the full run's, not the quick loop's.
pytestmark = pytest.mark.slow

SESSIONS = 20
# Twenty cold sessions share two busy cores: give each run far more than it needs.
RUN_TIMEOUT = 300


@pytest.fixture
def one_server(monkeypatch):
    """One runtime and one set of secrets for every session, as in a real server process."""
    runtime = MagicMock(spec=Runtime)
    runtime.media_file_mgr = MediaFileManager(MemoryMediaFileStorage("/mock/media"))
    runtime.dataframe_source_mgr = DataframeSourceManager()
    runtime.cache_storage_manager = MemoryCacheStorageManager()
    components = BidiComponentManager()
    components.discover_and_register_components(start_file_watching=False)
    runtime.bidi_component_registry = components
    monkeypatch.setattr(Runtime, "instance", classmethod(lambda cls: runtime))
    monkeypatch.setattr(Runtime, "exists", classmethod(lambda cls: True))

    def use(secrets: dict) -> None:
        shared = Secrets()
        shared._secrets = secrets
        monkeypatch.setattr(st, "secrets", shared)

    # A server compiles its scripts once, in one lock-guarded cache; each AppTest would make
    # its own, and twenty threads parsing at once trip CPython 3.11's thread-unsafe AST
    # ("AST constructor recursion depth mismatch"), which a real server never does.
    scripts = ScriptCache()
    monkeypatch.setattr(app_test_module, "ScriptCache", lambda: scripts)
    monkeypatch.setattr(local_script_runner, "ScriptCache", lambda: scripts)
    monkeypatch.setattr(gsheets_retry, "sleep", lambda seconds: None)
    cache.clear_cache()
    yield use
    cache.clear_cache()


def run_sessions(count: int) -> tuple[list[AppTest], list[BaseException]]:
    """``count`` AppTests of app.py, each in its own thread, started together."""
    sessions = [AppTest.from_file(APP, default_timeout=RUN_TIMEOUT) for _ in range(count)]
    start = threading.Barrier(count)
    failures: list[BaseException] = []

    def session(at: AppTest) -> None:
        try:
            start.wait()
            at.run()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            failures.append(exc)

    threads = [threading.Thread(target=session, args=(at,)) for at in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(RUN_TIMEOUT + 60)
    assert not any(thread.is_alive() for thread in threads), "a session never finished"
    return sessions, failures


def test_twenty_sessions_cost_one_sheet_read(one_server):
    api = FakeSheetsApi(sample_workbook())
    one_server({"connections": {"gsheets": api.secrets_section("api_key")}})
    with api.mocked():
        sessions, failures = run_sessions(SESSIONS)
        requests_made = [call.endpoint for call in api.sheets_calls()]
    assert failures == []
    assert requests_made == ["metadata", "values"]
    assert api.token_requests == 0
    for at in sessions:
        assert not at.exception, [e.value for e in at.exception]
        assert not at.error
        assert at.title[0].value  # the default page, drawn
        sidebar = [text for _, text in shown(at, "sidebar")]
        assert any(
            text.startswith("Google Sheet «\u00a0Coalitions RESET\u00a0»") for text in sidebar
        )


def test_after_the_ttl_the_next_sessions_read_once_more(one_server):
    api = FakeSheetsApi(sample_workbook())
    one_server({"connections": {"gsheets": api.secrets_section("api_key")}})
    with api.mocked():
        run_sessions(5)
        cache.clear_cache()  # what the TTL's expiry (or the refresh button) does
        sessions, failures = run_sessions(5)
    assert failures == []
    assert [call.endpoint for call in api.sheets_calls()] == ["metadata", "values"] * 2
    assert all(not at.exception for at in sessions)


def test_twenty_threads_loading_directly_share_one_read(one_server):
    # The same without AppTest: the data layer called from 20 threads with no script run
    # context at all (how a background job would call it) still reads once.
    api = FakeSheetsApi(sample_workbook())
    one_server({"connections": {"gsheets": api.secrets_section("api_key")}})
    start = threading.Barrier(SESSIONS)
    results, failures = [], []

    def load() -> None:
        try:
            start.wait()
            results.append(cache.load_dataset())
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            failures.append(exc)

    with api.mocked():
        threads = [threading.Thread(target=load) for _ in range(SESSIONS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    assert failures == []
    assert len(results) == SESSIONS
    assert api.sheets_requests == 2
    assert {len(data.coalitions) for data in results} == {len(sample_workbook()["coalitions"]) - 1}
