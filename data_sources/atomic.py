"""Files that survive a crash: atomic replacement and inter-process locks.

Snapshots, the outbox and the local workbooks are written here so that a crash or a full
disk mid-write leaves the previous file intact, and so that two sessions (threads of one
server, or two servers on one folder) appending at once take turns instead of overwriting
each other.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# How often a waiting writer checks whether the lock was released: short next to a write
# (an .xlsx save takes ~50-500 ms), long enough not to spin.
LOCK_POLL_SECONDS = 0.05


def replace_atomically(
    path: Path, data: bytes, *, mode: int | None = None, durable: bool = True
) -> None:
    """Write ``data`` to ``path``: a temporary file in the same folder, fsynced, renamed.

    A reader sees the old file or the new one, never half of one. ``mode`` sets the
    permissions (default: the existing file's, else owner-only as ``mkstemp`` makes it).
    ``durable=False`` skips the fsyncs, for a file of the moment that need not survive a power
    cut (a meeting's position): on a busy disk an fsync can take longer than a slide move may.
    """
    if mode is None and path.exists():
        mode = path.stat().st_mode & 0o777
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    if durable:
        sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk, so a rename or a new file survives a power cut."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems cannot fsync a folder; the rename is still atomic
    finally:
        os.close(handle)


class LockTimeout(OSError):
    """The lock stayed taken for longer than the caller was willing to wait."""


@contextmanager
def locked(lock_path: Path, *, timeout: float) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``lock_path`` (created if missing) inside the block.

    The lock is per open file, so threads of one process exclude each other as well as
    processes do. Raises ``LockTimeout`` after ``timeout`` seconds of waiting.
    """
    handle = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(f"{lock_path.name} held for more than {timeout} s") from None
                time.sleep(LOCK_POLL_SECONDS)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        os.close(handle)
