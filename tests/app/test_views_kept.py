"""Pages take what they compute from the dataset through the data boundary's cache
(``data_sources.cache.cached_view``): a rerun, or another visitor on the same data, gets the
kept result instead of computing it again; a new version of the data computes it afresh.
On a 1,000-coalition workbook these computations took seconds on every run."""

from __future__ import annotations

import functools
from collections import Counter

import pytest

import coalitions.history.asof
import coalitions.history.progress
import coalitions.report
import coalitions.views.agenda
import coalitions.views.library
import ui.history_views
import ui.overview_views
import ui.reset_day
import ui.view_date
from data_sources.cache import clear_cache

# page -> the functions it computes from the dataset, as (module where the page looks them
# up, name). Every page also computes the sidebar's past Reset Days (« Afficher au »).
PAGES = {
    "app_pages/overview.py": [
        (ui.history_views, "past_reset_days"),
        (ui.history_views, "pipeline_over_time"),
        (ui.history_views, "network_growth"),
        (ui.overview_views, "recent_changes"),
    ],
    "app_pages/maturity.py": [
        (coalitions.history.progress, "stage_paths"),
        (coalitions.history.progress, "time_in_stage"),
        (coalitions.history.progress, "launch_readiness"),
    ],
    "app_pages/network.py": [(coalitions.history.asof, "arrivals_since_last_reset_day")],
    "app_pages/agenda.py": [(coalitions.views.agenda, "agenda_events")],
    "app_pages/library.py": [
        (coalitions.views.library, "library"),
        (coalitions.views.library, "calls_for_contributions"),
    ],
    "app_pages/presenter.py": [
        (ui.reset_day, "chosen_reset_day"),
        (coalitions.report, "build_report"),
    ],
    "app_pages/report.py": [
        (ui.reset_day, "chosen_reset_day"),
        (coalitions.report, "build_report"),
    ],
}
# The coalition sheet is not kept: it is quick (0.2 s on 1,000 coalitions), and one kept view
# per coalition visited would push the network's costly ones out of the cache's 64 entries.


def count_calls(monkeypatch, targets) -> Counter:
    """Count the calls of each (module, name) in ``targets``, still computing them."""
    calls: Counter = Counter()
    for module, name in [*targets, (ui.view_date, "past_reset_days")]:
        original = getattr(module, name)

        # wraps: the cache tells views apart by the function's module and name.
        @functools.wraps(original)
        def counting(*args, _name=name, _original=original, **kwargs):
            calls[_name] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, counting)
    return calls


@pytest.mark.parametrize("page", list(PAGES))
def test_a_rerun_computes_nothing_again(app, monkeypatch, page):
    calls = count_calls(monkeypatch, PAGES[page])
    clear_cache()  # a fresh dataset version: nothing kept from other tests
    at = app(page=page)
    at.run()  # the first run may write the page's place in the URL (?rd=14): read it back
    assert not at.exception
    first = dict(calls)
    assert set(first) == {name for _, name in PAGES[page]} | {"past_reset_days"}
    at.run()
    assert dict(calls) == first
    # Another visitor on the same data gets what the first one computed.
    other = app(page=page)
    assert not other.exception
    assert dict(calls) == first
    # A new version of the data (the refresh button) computes it again.
    clear_cache()
    at.run()
    assert all(calls[name] > first[name] for name in first)


def test_the_report_is_kept_per_reset_day_language_and_order(app, monkeypatch):
    calls = count_calls(monkeypatch, PAGES["app_pages/report.py"])
    clear_cache()
    at = app(page="app_pages/report.py")
    assert calls["build_report"] == 1
    at.selectbox(key="report_order").set_value("stage").run()
    assert calls["build_report"] == 2
    at.selectbox(key="report_order").set_value("family").run()
    assert calls["build_report"] == 2
    assert not at.exception
