"""Views of the dataset are computed once per dataset version and arguments."""

from dataclasses import replace
from datetime import datetime

from data_sources import cache
from data_sources.reading.loader import SAMPLE_DIR, SourceSpec, load_local

SAMPLE = SourceSpec("sample", str(SAMPLE_DIR))
calls: list[tuple[int, int]] = []


def coalitions_times(data, factor: int) -> int:
    calls.append((id(data), factor))
    return len(data.coalitions) * factor


def test_a_view_is_kept_per_version_and_arguments(monkeypatch):
    monkeypatch.setattr(cache.st, "secrets", {})
    cache.clear_cache()
    calls.clear()
    data = load_local(SAMPLE, now=datetime(2026, 1, 1, 9))
    assert cache.cached_view(data, coalitions_times, 2) == 40
    assert cache.cached_view(data, coalitions_times, 2) == 40
    assert cache.cached_view(data, coalitions_times, 3) == 60
    assert [factor for _, factor in calls] == [2, 3]
    # The same data read again later is another version.
    again = load_local(SAMPLE, now=datetime(2026, 1, 1, 9, 5))
    assert cache.dataset_version(again) != cache.dataset_version(data)
    assert cache.cached_view(again, coalitions_times, 2) == 40
    assert [factor for _, factor in calls] == [2, 3, 2]
    # The refresh button forgets every view.
    cache.clear_cache()
    assert cache.cached_view(data, coalitions_times, 2) == 40
    assert len(calls) == 4


def test_a_dataset_from_no_loader_is_computed_every_time(monkeypatch):
    monkeypatch.setattr(cache.st, "secrets", {})
    calls.clear()
    data = replace(load_local(SAMPLE), source=None)
    assert cache.dataset_version(data) is None
    cache.cached_view(data, coalitions_times, 2)
    cache.cached_view(data, coalitions_times, 2)
    assert calls == [(id(data), 2), (id(data), 2)]


def coalitions_plus(data, *, extra: int = 0) -> int:
    calls.append((id(data), extra))
    return len(data.coalitions) + extra


def test_keyword_arguments_are_part_of_the_key(monkeypatch):
    monkeypatch.setattr(cache.st, "secrets", {})
    cache.clear_cache()
    calls.clear()
    data = load_local(SAMPLE, now=datetime(2026, 1, 1, 9))
    assert cache.cached_view(data, coalitions_plus, extra=1) == 21
    assert cache.cached_view(data, coalitions_plus, extra=1) == 21
    assert cache.cached_view(data, coalitions_plus, extra=2) == 22
    assert [extra for _, extra in calls] == [1, 2]
