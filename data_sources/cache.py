"""The Streamlit boundary of the data layer: secrets in, cached Dataset out.

Only this module (and app.py) reads ``st.secrets``. The dataset is cached with
``st.cache_data`` for a TTL (5 minutes unless the secrets say otherwise) and shared by every
browser session, so twenty people opening the dashboard at once cost one sheet read; the
gspread client lives in ``st.cache_resource``. Views computed from the dataset (the actor
network's metrics and layout, the Reset Days, the report model, the overview's history) are
cached here too, keyed by the dataset's version.

Writes are never made inside a cached function: ``load_dataset`` sends what the outbox kept
after a fresh read, in plain sight, and ``submit_update`` writes one update; both make every
session read again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import streamlit as st

from coalitions.updates.access import UNREADABLE_SECRETS
from coalitions.updates.appends import NewRow
from coalitions.workbook.dataset import Dataset
from data_sources.reading.errors import SourceError
from data_sources.reading.files import configured_max_cells
from data_sources.reading.loader import (
    SourceSpec,
    choose_source,
    load_local,
    load_sheet,
    load_upload,
)
from data_sources.writing import outbox
from data_sources.writing.appending import ReadOnlyWriter, Writer
from data_sources.writing.update_settings import UpdateSettings, update_settings

DEFAULT_TTL_SECONDS = 300  # the sheet changes a few times a day; 5 minutes keeps quota low
# Views kept at once: a few filter sets, zoom levels and focuses on one or two dataset
# versions (the one shown and the one being replaced).
VIEW_MAX_ENTRIES = 64
# A read that failed with no saved copy to show is remembered this long, for every session:
# during an outage the server pays one retry cycle (~20 s, 6 requests) per period instead of
# one per page view, and pages show the message at once.
FAILED_READ_SECONDS = 60.0
_loaders: dict[int, Any] = {}
_views: dict[int, Any] = {}
_failed_reads_lock = threading.Lock()
_outbox_lock = threading.Lock()
View = TypeVar("View")


def secrets_dict() -> dict[str, Any]:
    """``st.secrets`` as a plain dict: {} when there is no secrets file.

    A secrets file that exists but can't be parsed gives ``{UNREADABLE_SECRETS: True}``: its
    ``[access]``/``[auth]`` sections are unknown then, and the gate must refuse rather than
    open the dashboard to everyone.
    """
    try:
        return {key: _plain(value) for key, value in st.secrets.items()}
    except FileNotFoundError as exc:  # StreamlitSecretNotFoundError, with a reason id
        if getattr(exc, "error_id", None) == "no-secrets-found":
            return {}
        return {UNREADABLE_SECRETS: True}
    except Exception:  # noqa: BLE001 - whatever breaks the secrets must close the gate
        return {UNREADABLE_SECRETS: True}


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value


def ttl_seconds(secrets: Mapping[str, Any]) -> int:
    """The cache TTL: ``[dashboard] ttl_seconds`` in secrets, ``RESET_TTL``, or 5 minutes."""
    value = secrets.get("dashboard", {}).get("ttl_seconds") or os.environ.get("RESET_TTL")
    try:
        return max(int(value), 0) if value is not None else DEFAULT_TTL_SECONDS
    except (TypeError, ValueError):
        return DEFAULT_TTL_SECONDS


def current_source() -> SourceSpec:
    """The source chosen from the command line, the environment and the secrets."""
    return choose_source(sys.argv[1:], os.environ, secrets_dict())


def _fingerprint(credentials: Mapping[str, Any]) -> str:
    # Different credentials must not share a cache entry, but they must not be the key either.
    blob = json.dumps(credentials, sort_keys=True, default=str).encode()
    return hashlib.sha256(blob).hexdigest()


@st.cache_resource(show_spinner=False)
def _client(fingerprint: str, _credentials: Mapping[str, Any]):
    from data_sources.reading.gsheets_client import make_client

    return make_client(_credentials)


def _load(
    kind: str,
    location: str,
    max_cells: int | None,
    fingerprint: str,
    _credentials: Mapping[str, Any],
) -> Dataset:
    return _read(SourceSpec(kind, location, _credentials), max_cells, fingerprint)


def _read(spec: SourceSpec, max_cells: int | None, fingerprint: str) -> Dataset:
    if spec.kind != "sheet":
        return load_local(spec, max_cells=max_cells)
    from data_sources.reading.gsheets import read_with_client

    limit = {} if max_cells is None else {"max_cells": max_cells}
    key = (spec.location, str(max_cells), fingerprint)
    with _failed_reads_lock:
        failed = _failed_reads().get(key)
    if failed is not None and time.monotonic() - failed[0] < FAILED_READ_SECONDS:
        raise failed[1]

    def read(spec: SourceSpec):
        client = _client(fingerprint, spec.credentials)
        return read_with_client(client, spec.location, **limit)

    try:
        return load_sheet(spec, read)
    except SourceError as err:
        with _failed_reads_lock:
            _failed_reads()[key] = (time.monotonic(), err)
        raise


@st.cache_resource(show_spinner=False)
def _failed_reads() -> dict[tuple[str, ...], tuple[float, SourceError]]:
    """Reads that failed with no saved copy, and when: one dict for every session."""
    return {}


@st.cache_resource(show_spinner=False)
def _reads_seen() -> dict[str, str | None]:
    """The last read of each source that ``load_dataset`` handed out: one dict for every
    session, so that a fresh read is told apart from the reruns that reuse it."""
    return {}


def _send_outbox(dataset: Dataset, spec: SourceSpec, fingerprint: str) -> int:
    """After a fresh, successful read, send what the outbox kept; the number sent.

    Kept out of the cached read on purpose (a cached function's side effects run only on a
    miss and are invisible to its callers); sent once per read, as before: an update kept
    because the source refused it waits for the next read (the TTL or the refresh button),
    instead of being retried on every rerun."""
    version = dataset_version(dataset)
    with _outbox_lock:
        if _reads_seen().get(spec.source_id) == version:
            return 0
        _reads_seen()[spec.source_id] = version
        folder = outbox.outbox_dir(spec.source_id)
        if (
            dataset.source.fallback_reason is not None
            or not current_update_settings().enabled
            or not outbox.pending(folder)
        ):
            return 0
        return outbox.flush(
            _writer(spec.kind, spec.location, fingerprint, spec.credentials), folder
        )


def _loader(ttl: int):
    if ttl not in _loaders:
        _loaders[ttl] = st.cache_data(ttl=ttl, show_spinner=False, max_entries=8)(_load)
    return _loaders[ttl]


def load_dataset(spec: SourceSpec | None = None) -> Dataset:
    """The dataset of ``spec`` (default: the configured source), cached for the TTL."""
    secrets = secrets_dict()
    spec = spec or choose_source(sys.argv[1:], os.environ, secrets)
    credentials = dict(spec.credentials)
    loader = _loader(ttl_seconds(secrets))
    # Each reader has its own default limit; the secrets or environment may set one for all.
    max_cells = configured_max_cells(secrets, default=None)
    fingerprint = _fingerprint(credentials)
    dataset = loader(spec.kind, spec.location, max_cells, fingerprint, credentials)
    # The next successful read sends what the outbox kept, then reads again to show it.
    if _send_outbox(dataset, spec, fingerprint):
        refresh_after_write()
        dataset = loader(spec.kind, spec.location, max_cells, fingerprint, credentials)
    return dataset


def dataset_version(data: Dataset) -> str | None:
    """What tells two versions of the data apart: its source and when it was read.

    Every load stamps its own ``read_at`` (a snapshot shown instead keeps the snapshot's), so
    a reload after the TTL, the refresh button or a new upload is a new version, and so is the
    same workbook cut to a past day (« Afficher au »). None for a
    dataset that did not come through a loader.
    """
    return None if data.source is None else repr((data.source, data.as_of))


def _view(version: str, name: str, args: tuple, kwargs: tuple, _compute: Callable, _data: Dataset):
    return _compute(_data, *args, **dict(kwargs))


def cached_view(data: Dataset, compute: Callable[..., View], *args: Any, **kwargs: Any) -> View:
    """``compute(data, *args, **kwargs)``, computed once per dataset version and arguments.

    ``compute`` is a domain function of the dataset; the arguments (filters, sizes, a focus,
    a day, a language) must be values ``st.cache_data`` can hash. Reruns that pass the same
    ones, in every session, get the kept result (a copy) instead of computing it again. A
    dataset without a version is computed every time.
    """
    version = dataset_version(data)
    if version is None:
        return compute(data, *args, **kwargs)
    ttl = ttl_seconds(secrets_dict())
    if ttl not in _views:
        _views[ttl] = st.cache_data(ttl=ttl, show_spinner=False, max_entries=VIEW_MAX_ENTRIES)(
            _view
        )
    name = f"{compute.__module__}.{compute.__qualname__}"
    return _views[ttl](version, name, args, tuple(sorted(kwargs.items())), compute, data)


@st.cache_data(ttl=3600, show_spinner=False, max_entries=4)
def load_uploaded(name: str, data: bytes) -> Dataset:
    """The dataset of an uploaded .xlsx, cached by content for the session's reruns."""
    return load_upload(name, data, max_cells=configured_max_cells(secrets_dict(), default=None))


def clear_cache() -> None:
    """Forget cached datasets (the refresh button); the gspread client is kept."""
    refresh_after_write()
    load_uploaded.clear()


def refresh_after_write() -> None:
    """Make every session read the workbook again (after an update was written): cached
    datasets and remembered failed reads are forgotten; the clients are kept."""
    for cache in (*_loaders.values(), *_views.values()):
        cache.clear()
    with _failed_reads_lock:
        _failed_reads().clear()


def current_update_settings() -> UpdateSettings:
    """The ``[updates]`` section of the secrets (off when absent)."""
    return update_settings(secrets_dict())


@st.cache_resource(show_spinner=False)
def _writer(kind: str, location: str, fingerprint: str, _credentials: Mapping[str, Any]):
    from data_sources.writing.writers import open_writer

    return open_writer(SourceSpec(kind, location, _credentials), _credentials)


def current_writer(spec: SourceSpec | None = None) -> Writer:
    """The writer of ``spec`` (default: the configured source), shared by every session.

    Made only when updates are on: otherwise a writer whose ``refusal`` is ``disabled``.
    """
    spec = spec or current_source()
    if not current_update_settings().enabled:
        return ReadOnlyWriter(spec.source_id, "disabled")
    credentials = dict(spec.credentials)
    return _writer(spec.kind, spec.location, _fingerprint(credentials), credentials)


def submit_update(rows: Sequence[NewRow], spec: SourceSpec | None = None) -> str:
    """Write one update (``rows``) to the configured source through its outbox.

    ``"sent"``: written, and every session will read the workbook again; ``"queued"``: kept
    in the outbox, sent at the next successful read. Raises ``WriteError`` when the update
    can't be written and is not kept (the message says what to do).
    """
    spec = spec or current_source()
    status = outbox.submit(current_writer(spec), rows, outbox.outbox_dir(spec.source_id))
    if status == outbox.SENT:
        refresh_after_write()
    return status


def pending_updates(coalition: str | None = None, spec: SourceSpec | None = None):
    """The updates of the configured source waiting in the outbox (« en attente d'envoi »),
    only ``coalition``'s when given: a list of ``outbox.PendingUpdate``, oldest first."""
    spec = spec or current_source()
    return outbox.pending(outbox.outbox_dir(spec.source_id), coalition)
