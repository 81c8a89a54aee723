"""Writing updates to the workbook: one entry point for every kind of source.

``open_writer(source, credentials)`` gives the ``Writer`` of a source the loader accepts (a
``SourceSpec``, or a Google Sheet URL/key, an .xlsx path or a CSV folder as text):

- Google Sheet with a service account: ``values.append`` (RAW, INSERT_ROWS) through a
  client with the read-write scope, made here, only when updates are on (the reader keeps
  its read-only client), see ``data_sources.writing.sheet_writer``;
- Google Sheet with an API key: can't write (``refusal == "api_key"``);
- .xlsx file or CSV folder: see ``data_sources.writing.file_writers``;
- the built-in sample: read-only (``refusal == "read_only"``); copy it to a folder and
  point ``RESET_DATA`` at the copy to post updates locally.

``Writer.append(rows)`` appends ``coalitions.updates.appends.NewRow`` rows exactly as given and is
idempotent on each row's ``ref``; failures raise ``WriteError`` (see
``data_sources.writing.appending``). ``data_sources.writing.outbox`` keeps what could not be
sent yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from data_sources.reading.loader import SAMPLE_DIR, SourceSpec, spec_for
from data_sources.writing.appending import (
    RETRYABLE_REASONS,
    WRITE_REASONS,
    ReadOnlyWriter,
    WriteError,
    Writer,
)
from data_sources.writing.file_writers import CsvWriter, XlsxWriter


def open_writer(source: SourceSpec | str, credentials: Mapping[str, Any] | None = None) -> Writer:
    """The writer of ``source`` (credentials: the ``[connections.gsheets]`` section).

    Never raises for a source that can't be written: the writer's ``can_write`` is False and
    its ``refusal`` says why, so the form can say so before anyone types.
    """
    spec = spec_for(source, credentials) if isinstance(source, str) else source
    if spec.kind == "sample" or _is_sample(spec.location):
        return ReadOnlyWriter(spec.source_id, "read_only")
    if spec.kind == "xlsx":
        return XlsxWriter(spec.location, spec.source_id)
    if spec.kind == "csv":
        if Path(spec.location).is_file():
            return ReadOnlyWriter(
                spec.source_id, "unwritable", "a single CSV file: use a folder of CSV files"
            )
        return CsvWriter(spec.location, spec.source_id)
    from data_sources.writing.sheet_writer import open_sheet_writer

    return open_sheet_writer(spec, dict(spec.credentials if credentials is None else credentials))


def _is_sample(location: str) -> bool:
    try:
        return Path(location).expanduser().resolve() == SAMPLE_DIR.resolve()
    except OSError:
        return False


__all__ = [
    "RETRYABLE_REASONS",
    "WRITE_REASONS",
    "ReadOnlyWriter",
    "WriteError",
    "Writer",
    "open_writer",
]
