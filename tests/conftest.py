"""Shared fixtures: the repository root, an AppTest factory, an isolated snapshot folder."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
import streamlit as st
from hypothesis import settings
from streamlit.components.v2 import manifest_scanner
from streamlit.testing.v1 import AppTest

from tests.builders import sample_dataset

# Shared machines are noisy: a property test is judged on its examples, never on its timing.
settings.register_profile("reset", deadline=None, print_blob=True)
settings.load_profile("reset")

# Each new AppTest looks for Streamlit components in the metadata of every installed package
# (about 0.2 s, a third of a short page test); the packages do not change while the tests run,
# so the session looks once. The app uses no such component: the scan finds nothing either way.
_scan_once = cache(manifest_scanner.scan_component_manifests)
manifest_scanner.scan_component_manifests = lambda max_workers=None: list(_scan_once())

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = ROOT / "data_sources" / "sample"


# Each test's tier, from its folder: ``-m unit`` is the quick loop (domain, data layer and
# command line, no Streamlit run, no browser); ``apptest`` runs pages in Streamlit's AppTest;
# ``browser`` drives Chromium. ``slow`` marks the unit-tier tests that start processes or
# sweep the code (CONTRIBUTING: the quick command leaves them out).
TIERS = {"unit": "unit", "data_sources": "unit", "cli": "unit", "app": "apptest",
         "browser": "browser"}  # fmt: skip


def pytest_collection_modifyitems(items) -> None:
    """Mark every test with its tier; a test outside the tiers' folders is an error."""
    tests = Path(__file__).parent
    for item in items:
        folder = item.path.relative_to(tests).parts[0]
        if folder not in TIERS:
            raise pytest.UsageError(f"{item.nodeid}: tests live in one of {sorted(TIERS)}")
        item.add_marker(TIERS[folder])


def partial_workbook(folder: Path, *tabs: str, header_only: bool = False) -> Path:
    """A CSV workbook with only these tabs of the sample (or only their header rows)."""
    folder.mkdir()
    for tab in tabs:
        lines = (SAMPLE / f"{tab}.csv").read_text(encoding="utf-8").splitlines(keepends=True)
        (folder / f"{tab}.csv").write_text("".join(lines[:1] if header_only else lines), "utf-8")
    return folder


def hand_clock(monkeypatch, module: object, name: str) -> type:
    """Replace ``module.name`` (a monotonic clock) by one moved by hand: ``clock.now += 5``."""

    class Clock:
        now = 1000.0

    monkeypatch.setattr(module, name, lambda: Clock.now)
    return Clock


def run_concurrently(task: Callable[[int], object], count: int) -> list[Exception]:
    """Run ``task(0)`` ... ``task(count - 1)`` each in its own thread, released together;
    the exceptions they raised."""
    errors: list[Exception] = []
    start = threading.Barrier(count)

    def run(number: int) -> None:
        start.wait()
        try:
            task(number)
        except Exception as exc:  # noqa: BLE001 - returned to the test
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.fixture(scope="session")
def sample():
    """The built-in sample's Dataset (``tests.builders.sample_dataset``): shared, never edited."""
    return sample_dataset()


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    """Snapshots go to a temporary folder, never into the working tree; caches start empty."""
    monkeypatch.setenv("RESET_CACHE_DIR", str(tmp_path_factory.mktemp("snapshots")))
    monkeypatch.delenv("RESET_DATA", raising=False)
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def app(monkeypatch):
    """Build an AppTest of app.py, optionally on another page, data source, query or secrets.

    ``app(page="app_pages/network.py", data=PATH, query={"coalition": "envdata"}, lang="en",
    secrets={...})`` returns the AppTest after its first run.
    """

    def make(page=None, data=None, query=None, lang=None, secrets=None, run=True, timeout=60):
        if data is not None:
            monkeypatch.setenv("RESET_DATA", str(data))
        at = AppTest.from_file(APP, default_timeout=timeout)
        for key, value in (secrets or {}).items():
            at.secrets[key] = value
        for key, value in (query or {}).items():
            at.query_params[key] = value
        if lang:
            at.query_params["lang"] = lang
        if not run:
            return at
        if page:
            # Straight to the page, as a shared link opens it: the page's url path is its
            # file name, so Streamlit finds it before a first run of the home page.
            at.switch_page(page)
        at.run()
        return at

    return make
