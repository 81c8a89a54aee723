"""The outbox: updates kept on disk until the workbook takes them, so none is ever lost.

``submit`` first saves the update (a batch of ``NewRow``) as one JSON file, written to a
temporary file, fsynced and renamed, then sends every pending update, oldest first. What the
workbook refused for a passing reason (network, timeout, rate limit, server error, a busy
file) stays in the outbox, is listed by ``pending`` (« en attente d'envoi » on the coalition
sheet) and is sent by ``flush`` at the next successful read; an update refused for good (say, a
character its CSV file can't hold) stays there too, for a person, without holding back the
updates after it. A restart loses nothing: the
files are the queue. Rows carry a unique ``ref`` and writers skip refs already written, so
an update sent twice (a crash between the write and the file's removal, two servers
flushing at once) is still written once. One lock per outbox keeps two sessions of one
server from sending the same files at the same time.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from coalitions.updates.appends import NewRow
from coalitions.workbook import schema
from data_sources.atomic import LockTimeout, locked, replace_atomically, sync_folder
from data_sources.reading.snapshot import snapshot_dir
from data_sources.writing.appending import WriteError, Writer

SENT = "sent"
QUEUED = "queued"
# Bumped when the file layout changes; files of another version are left alone.
FORMAT_VERSION = 1
# Set aside here: files that can't be read back (a disk error, a hand edit). Kept for a
# person to look at, never deleted.
UNREADABLE_DIR = "unreadable"
# A post waits this long for another session that is sending the outbox; then its update
# stays queued and goes at the next read.
SUBMIT_LOCK_TIMEOUT = 30.0
OUTBOX_DIR_VARIABLE = "RESET_OUTBOX_DIR"


@dataclass(frozen=True)
class PendingUpdate:
    """An update waiting in the outbox: its file, when it was posted, its coalition (the
    first row's, if any) and its rows."""

    path: Path
    created_at: datetime
    coalition: str | None
    rows: tuple[NewRow, ...]


def outbox_dir(source_id: str) -> Path:
    """The outbox of a source: ``$RESET_OUTBOX_DIR`` or ``outbox`` in the snapshot folder,
    one sub-folder per source (named by a hash of its id)."""
    configured = os.environ.get(OUTBOX_DIR_VARIABLE, "").strip()
    root = Path(configured).expanduser() if configured else snapshot_dir() / "outbox"
    return root / hashlib.sha256(source_id.encode("utf-8")).hexdigest()[:32]


def submit(writer: Writer, rows: Sequence[NewRow], folder: Path) -> str:
    """Save ``rows`` as one update in ``folder``, then send the outbox: ``"sent"`` when this
    update reached the workbook, ``"queued"`` when it waits for a later try.

    Raises ``WriteError`` when the writer can never write (``can_write`` False) or refused
    this update for a reason a person must fix (credentials, sharing): the update is then
    not kept, and the form shows the message.
    """
    if not writer.can_write:
        raise WriteError(writer.refusal or "read_only")
    if not rows:
        raise ValueError("an update has at least one row")
    try:
        path = _save(folder, rows)
    except OSError:
        # No outbox (a read-only or full disk): send directly; a failure then reaches the
        # form, which still holds the text, rather than being lost here.
        writer.append(list(rows))
        return SENT
    try:
        with locked(_lock_path(folder), timeout=SUBMIT_LOCK_TIMEOUT):
            _, refused = _send(writer, folder)
    except LockTimeout:
        return QUEUED
    if path in refused:
        _remove(path)
        raise refused[path]
    return QUEUED if path.exists() else SENT


def flush(writer: Writer, folder: Path) -> int:
    """Send the pending updates, oldest first; the number sent.

    Stops at the first passing failure (the rest keep their order); an update refused for
    another reason stays in the outbox for a person to see and does not hold back the
    others. Returns 0 at once when another
    session is already sending this outbox, or when the writer can't write.
    """
    if not writer.can_write or not any(_files(folder)):
        return 0
    try:
        with locked(_lock_path(folder), timeout=0):
            return _send(writer, folder)[0]
    except LockTimeout:
        return 0


def pending(folder: Path, coalition: str | None = None) -> list[PendingUpdate]:
    """The updates waiting in ``folder``, oldest first; only ``coalition``'s when given
    (matched like the sheet's references: case, accents and spaces ignored)."""
    updates = []
    for path in _files(folder):
        update = _load(path)
        if update is None:
            continue
        if coalition is None or schema.fold(update.coalition) == schema.fold(coalition):
            updates.append(update)
    return updates


def _send(writer: Writer, folder: Path) -> tuple[int, dict[Path, WriteError]]:
    """Send the outbox, oldest first, until a passing failure: how many were sent, and the
    updates refused for good, with why (they stay, and are tried again next time)."""
    sent = 0
    refused: dict[Path, WriteError] = {}
    for path in _files(folder):
        update = _load(path)
        if update is None:
            _set_aside(path)
            continue
        try:
            writer.append(list(update.rows))
        except WriteError as err:
            if err.retryable:
                break
            refused[path] = err
            continue
        _remove(path)
        sent += 1
    return sent, refused


def _files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == ".json" and p.is_file())
    except OSError:
        return []


def _save(folder: Path, rows: Sequence[NewRow]) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    now = datetime.now(UTC)
    coalition = next(
        (row.as_dict()["coalition"] for row in rows if "coalition" in row.as_dict()), None
    )
    payload = {
        "format": FORMAT_VERSION,
        "created_at": now.isoformat(),
        "coalition": coalition,
        "rows": [row.to_json() for row in rows],
    }
    # Named by time first, so that sorting the names gives the order of posting.
    path = folder / f"{now:%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex[:12]}.json"
    data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    # Owner-only, like snapshots: updates name people.
    replace_atomically(path, data, mode=0o600)
    return path


def _load(path: Path) -> PendingUpdate | None:
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload["format"] != FORMAT_VERSION:
            return None
        rows = tuple(NewRow.from_json(row) for row in payload["rows"])
        coalition = payload.get("coalition")
        return PendingUpdate(
            path=path,
            created_at=datetime.fromisoformat(payload["created_at"]),
            coalition=coalition if isinstance(coalition, str) else None,
            rows=rows,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _set_aside(path: Path) -> None:
    aside = path.parent / UNREADABLE_DIR
    aside.mkdir(exist_ok=True, mode=0o700)
    os.replace(path, aside / path.name)


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    sync_folder(path.parent)


def _lock_path(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder / ".outbox.lock"
