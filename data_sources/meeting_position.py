"""Where each meeting stands, as small JSON files the followers' browsers read.

A follower's page holds every slide of its meeting's deck and asks the server several times a
second which one to show, without a Streamlit rerun: the presenter side writes the meeting's
position here (``publish``), in Streamlit's static folder (``<app dir>/static/``, served at
``/app/static/`` because ``.streamlit/config.toml`` sets ``server.enableStaticServing``), and
Streamlit's static route answers the polls (no script run). A file holds a slide number, a
version and the deck's key (an opaque hash), never a slide's content: the slides stay behind
the app's gate.

A file's name is an HMAC of the meeting code with a secret of this server process, so the code
alone does not find it: the follower page, which only a visitor who passed the access gate
sees, is given the name. A closed meeting's file is removed (``withdraw``); files that a
previous process left behind (their names died with its secret) are removed once old.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
import time
from pathlib import Path

from data_sources.atomic import replace_atomically

# Streamlit serves ``static/`` beside the main script (app.py, at the repository's root).
STATIC_FOLDER = Path(__file__).resolve().parents[1] / "static"
MEETINGS_FOLDER = STATIC_FOLDER / "meetings"
STATIC_URL = "app/static/meetings"  # relative to the app's base URL, as the browser sees it
# A file no process has rewritten for this long belongs to a dead process (a live meeting's
# file is rewritten at each move and whenever its presenter view runs after a restart).
STALE_SECONDS = 24 * 3600
NAME_LENGTH = 32  # hex characters of the HMAC: 128 bits
# Every file is this long (JSON padded with spaces): the static route states a file's length
# from one stat and then reads it, so a file replaced in between must not change length.
FILE_BYTES = 128


class PositionFiles:
    """The position files of this process's meetings, in ``folder``. Thread-safe: every
    Streamlit session runs in its own thread."""

    def __init__(self, folder: Path = MEETINGS_FOLDER, secret: bytes | None = None) -> None:
        self.folder = folder
        self._secret = secret if secret is not None else secrets.token_bytes(32)
        self._lock = threading.Lock()
        self._written: dict[str, bytes] = {}  # code -> the bytes last written
        self._swept = False

    def name(self, code: str) -> str:
        """The file name of the meeting ``code`` (not derivable from the code alone)."""
        digest = hmac.new(self._secret, code.encode("utf-8"), hashlib.sha256).hexdigest()
        return digest[:NAME_LENGTH] + ".json"

    def url(self, code: str) -> str:
        """Where a follower's browser reads the meeting's position, relative to the app."""
        return f"{STATIC_URL}/{self.name(code)}"

    def publish(self, code: str, slide: int, version: int, deck: str) -> bool:
        """Write the meeting's position (atomically: a poll reads the old file or the new one).
        Nothing is written when the file already says this (a presenter view reruns every
        second); whether it was written."""
        text = json.dumps({"slide": slide, "version": version, "deck": deck}, separators=(",", ":"))
        if len(text) > FILE_BYTES:
            raise ValueError(f"a position longer than {FILE_BYTES} bytes: {text!r}")
        data = text.ljust(FILE_BYTES).encode("ascii")
        with self._lock:
            if self._written.get(code) == data:
                return False
            self._prepare()
            # Readable by the server's own user, which serves it; nobody else needs it. Not
            # fsynced: a position lost to a power cut is rewritten by the presenter's next run.
            replace_atomically(self.folder / self.name(code), data, mode=0o600, durable=False)
            self._written[code] = data
            return True

    def withdraw(self, code: str) -> None:
        """Remove the file of the meeting ``code`` (closed): its followers show the waiting
        message."""
        with self._lock:
            self._written.pop(code, None)
            (self.folder / self.name(code)).unlink(missing_ok=True)

    def _prepare(self) -> None:
        """The folder exists; the first time, old files of dead processes are removed."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if self._swept:
            return
        self._swept = True
        limit = time.time() - STALE_SECONDS
        for path in self.folder.glob("*.json"):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
            except FileNotFoundError:
                pass  # another server on the folder removed it first


def deck_key(reset_day: int, order: str, only: tuple[str, ...], version: str | None) -> str:
    """What tells a follower that the meeting's deck changed (another Reset Day, order,
    subset, or a new version of the data): a short hash, the same in every language."""
    text = "\n".join((str(reset_day), order, ",".join(only), version or ""))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
