"""The last-known-good copy of a source, shown when the live source cannot be read.

After every successful read of a Google Sheet the loader saves the raw workbook here; when
Google is unreachable it loads it back, with the time it was read. A snapshot holds the
workbook only (title, tabs, cells): the functions never see credentials. Files are JSON,
named after a SHA-256 of the source id (a sheet URL is not a secret, but it is not shown in
a directory listing either), written atomically so a crash mid-write leaves the previous
copy intact, and readable only by their owner.

Cells keep their type: ``None``, ``bool``, ``int``, ``float``, ``str`` as JSON, and dates,
date-times, times and durations as ``{"$datetime": "2021-05-19T14:30:00"}``-style objects
(the marker says which type to rebuild). A float NaN (a blank in a float column) is saved
as ``None``.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from coalitions.workbook.dataset import RawWorkbook
from data_sources.atomic import replace_atomically

# Bumped when the layout changes; a snapshot of another version is ignored, not misread.
FORMAT_VERSION = 1
# Where snapshots go when RESET_CACHE_DIR is not set: inside the checkout, git-ignored.
DEFAULT_DIR = Path(__file__).resolve().parents[2] / ".cache" / "snapshots"  # the checkout
CACHE_DIR_VARIABLE = "RESET_CACHE_DIR"


def snapshot_dir() -> Path:
    """The folder of snapshots: ``$RESET_CACHE_DIR`` if set, else ``<repo>/.cache/snapshots``."""
    configured = os.environ.get(CACHE_DIR_VARIABLE, "").strip()
    return Path(configured).expanduser() if configured else DEFAULT_DIR


def snapshot_path(source_id: str) -> Path:
    """The file holding the snapshot of ``source_id`` (named by its SHA-256)."""
    digest = hashlib.sha256(source_id.encode("utf-8")).hexdigest()
    return snapshot_dir() / f"{digest}.json"


def _encode_cell(value: Any) -> Any:
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        # Nanoseconds do not survive datetime.fromisoformat; sheets never have them.
        value = value.to_pydatetime(warn=False)
    elif hasattr(value, "item") and not isinstance(value, str | bytes):
        # numpy scalars (np.int64, np.float64, np.bool_) as their Python equivalents.
        value = value.item()
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return value if math.isfinite(value) else {"$float": repr(value)}
    # datetime before date: a datetime is a date.
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, time):
        return {"$time": value.isoformat()}
    if isinstance(value, timedelta):
        return {"$timedelta": value.total_seconds()}
    # Anything else a reader might hand over (Decimal, ...) is kept as its text.
    return str(value)


_DECODERS = {
    "$datetime": datetime.fromisoformat,
    "$date": date.fromisoformat,
    "$time": time.fromisoformat,
    "$timedelta": lambda seconds: timedelta(seconds=float(seconds)),
    "$float": float,
}


def _decode_cell(value: Any) -> Any:
    if isinstance(value, dict):
        ((marker, payload),) = value.items()
        return _DECODERS[marker](payload)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"unexpected cell of type {type(value).__name__}")


def _encode(workbook: RawWorkbook, read_at: datetime) -> dict[str, Any]:
    tabs = []
    for title, frame in workbook.tabs.items():
        rows = [[_encode_cell(cell) for cell in row] for row in frame.itertuples(index=False)]
        tabs.append({"title": str(title), "width": int(frame.shape[1]), "rows": rows})
    return {
        "format": FORMAT_VERSION,
        "title": workbook.title,
        "read_at": read_at.isoformat(),
        "tabs": tabs,
    }


def save_snapshot(source_id: str, workbook: RawWorkbook, read_at: datetime) -> Path:
    """Save ``workbook`` as read at ``read_at`` as the snapshot of ``source_id``.

    Written to a temporary file in the same folder, flushed to disk, then renamed over the
    previous snapshot, so a reader sees either the old or the new copy, never half of one.
    Returns the snapshot's path. Raises ``OSError`` when the folder is not writable (the
    caller decides whether a missing fallback copy matters).
    """
    path = snapshot_path(source_id)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    payload = json.dumps(_encode(workbook, read_at), ensure_ascii=False, allow_nan=False)
    # Readable by its owner only: sheet data may name people.
    replace_atomically(path, payload.encode("utf-8"), mode=0o600)
    return path


def load_snapshot(source_id: str) -> tuple[RawWorkbook, datetime] | None:
    """The snapshot of ``source_id`` and when it was read, or ``None``.

    ``None`` when there is no snapshot, or when it cannot be read back (corrupt, truncated,
    another format version): a broken fallback copy must never break the page.
    """
    path = snapshot_path(source_id)
    try:
        with path.open(encoding="utf-8") as stream:
            payload = json.load(stream)
        if payload["format"] != FORMAT_VERSION:
            return None
        title = payload["title"]
        if not isinstance(title, str):
            return None
        read_at = datetime.fromisoformat(payload["read_at"])
        tabs: dict[str, pd.DataFrame] = {}
        for tab in payload["tabs"]:
            width = int(tab["width"])
            rows = [[_decode_cell(cell) for cell in row] for row in tab["rows"]]
            if any(len(row) != width for row in rows):
                return None
            tabs[str(tab["title"])] = pd.DataFrame(rows, columns=range(width), dtype=object)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        # json.JSONDecodeError and UnicodeDecodeError are ValueErrors; a wrong layout
        # raises KeyError/TypeError/AttributeError. A missing file is an OSError.
        return None
    return RawWorkbook(title=title, tabs=tabs), read_at
