"""Which source to read, and reading it into a validated Dataset (no Streamlit here).

Choice, first match wins: ``--data PATH_OR_SHEET_URL`` on the command line, the ``RESET_DATA``
environment variable, the ``[connections.gsheets]`` secrets, then the built-in sample.
A Google Sheet that can't be read falls back to its last-known-good snapshot.
"""

from __future__ import annotations

import argparse
import contextlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from coalitions.workbook.dataset import Dataset, RawWorkbook, SourceInfo
from coalitions.workbook.validation import build_dataset
from data_sources.reading.errors import SourceError
from data_sources.reading.files import read_csv_folder, read_xlsx

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "sample"  # data_sources/sample
# A Sheets key is a long URL-safe token; a path to a local file is never this shape alone.
_SHEET_KEY = re.compile(r"^[A-Za-z0-9_-]{25,}$")
_SHEET_URL = re.compile(r"^https://docs\.google\.com/spreadsheets/")


@dataclass(frozen=True)
class SourceSpec:
    """A source to read: ``kind`` (sheet, xlsx, csv, sample) and its ``location``.

    ``credentials`` (sheets only) is the ``[connections.gsheets]`` section as a plain dict; it
    is excluded from ``repr`` so a spec can be logged or shown.
    """

    kind: str
    location: str
    credentials: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def source_id(self) -> str:
        """A stable identifier (the snapshot's name is derived from it)."""
        return f"{self.kind}:{self.location}"


def spec_for(location: str, credentials: Mapping[str, Any] | None = None) -> SourceSpec:
    """The source a ``--data``/``RESET_DATA`` value names: a Sheet URL or key, or a path."""
    location = location.strip()
    if _SHEET_URL.match(location) or (_SHEET_KEY.match(location) and not Path(location).exists()):
        return SourceSpec("sheet", location, dict(credentials or {}))
    path = Path(location).expanduser()
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return SourceSpec("xlsx", str(path))
    return SourceSpec("csv", str(path))


def choose_source(
    argv: Sequence[str], environ: Mapping[str, str], secrets: Mapping[str, Any]
) -> SourceSpec:
    """Pick the source: ``--data``, then ``RESET_DATA``, then secrets, then the sample."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data")
    known, _ = parser.parse_known_args(list(argv))
    gsheets = dict(secrets.get("connections", {}).get("gsheets", {}) or {})
    for location in (known.data, environ.get("RESET_DATA")):
        if location:
            return spec_for(location, gsheets)
    if gsheets.get("spreadsheet"):
        return SourceSpec("sheet", str(gsheets["spreadsheet"]), gsheets)
    return SourceSpec("sample", str(SAMPLE_DIR))


def read_local(spec: SourceSpec, max_cells: int | None = None) -> RawWorkbook:
    """Read a local source (xlsx, csv folder or the sample); ``max_cells`` None: default."""
    if spec.kind == "xlsx":
        return read_xlsx(spec.location, max_cells=max_cells)
    return read_csv_folder(spec.location, max_cells=max_cells)


def load_local(
    spec: SourceSpec, now: datetime | None = None, max_cells: int | None = None
) -> Dataset:
    """Read and validate a local source."""
    raw = read_local(spec, max_cells)
    dataset = build_dataset(raw)
    label = "" if spec.kind == "sample" else (raw.title or Path(spec.location).name)
    dataset.source = SourceInfo(spec.kind, label, now or datetime.now())
    return dataset


def load_upload(
    name: str, data: bytes, now: datetime | None = None, max_cells: int | None = None
) -> Dataset:
    """Read and validate an uploaded .xlsx (bytes)."""
    dataset = build_dataset(read_xlsx(data, max_cells=max_cells))
    dataset.source = SourceInfo("upload", name, now or datetime.now())
    return dataset


def load_sheet(spec: SourceSpec, read, now: datetime | None = None) -> Dataset:
    """Read a Google Sheet with ``read(spec) -> RawWorkbook``, saving a snapshot.

    When the read fails, the last-known-good snapshot is shown instead, with the reason in
    ``source.fallback_reason``; with no snapshot the ``SourceError`` propagates.
    """
    from data_sources.reading.snapshot import load_snapshot, save_snapshot

    try:
        raw = read(spec)
    except SourceError as err:
        saved = load_snapshot(spec.source_id)
        if saved is None:
            raise
        raw, saved_at = saved
        dataset = build_dataset(raw)
        dataset.source = SourceInfo("sheet", raw.title, saved_at, fallback_reason=err.reason)
        return dataset
    read_at = now or datetime.now()
    # A read-only or full disk costs the fallback copy, not the fresh data.
    with contextlib.suppress(OSError):
        save_snapshot(spec.source_id, raw, read_at)
    dataset = build_dataset(raw)
    dataset.source = SourceInfo("sheet", raw.title, read_at)
    return dataset
