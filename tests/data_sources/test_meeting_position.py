"""The meetings' position files (data_sources/meeting_position.py): what a follower's browser
polls. Written whole (a reader never sees half a file), named so that the code alone does not
find them, removed when the meeting closes."""

from __future__ import annotations

import json
import os
import threading
import time

from data_sources.meeting_position import (
    FILE_BYTES,
    NAME_LENGTH,
    STALE_SECONDS,
    STATIC_URL,
    PositionFiles,
    deck_key,
)

CODE = "K7P2QX"


def test_a_position_is_written_as_json_and_removed_on_close(tmp_path):
    files = PositionFiles(tmp_path / "meetings")
    assert files.publish(CODE, 4, 2, "deck-a")
    path = tmp_path / "meetings" / files.name(CODE)
    assert json.loads(path.read_text()) == {"slide": 4, "version": 2, "deck": "deck-a"}
    assert files.url(CODE) == f"{STATIC_URL}/{files.name(CODE)}"
    files.withdraw(CODE)
    assert not path.exists()
    assert list((tmp_path / "meetings").iterdir()) == []  # no temporary file left either
    files.withdraw(CODE)  # closing twice is harmless


def test_the_same_position_again_is_not_rewritten(tmp_path):
    files = PositionFiles(tmp_path)
    assert files.publish(CODE, 4, 2, "deck-a")
    path = tmp_path / files.name(CODE)
    before = path.stat().st_mtime_ns, path.stat().st_ino
    assert not files.publish(CODE, 4, 2, "deck-a")  # a presenter view's rerun
    assert (path.stat().st_mtime_ns, path.stat().st_ino) == before
    assert files.publish(CODE, 5, 3, "deck-a")
    assert json.loads(path.read_text())["slide"] == 5


def test_the_name_is_not_derivable_from_the_code_alone(tmp_path):
    one, other = PositionFiles(tmp_path), PositionFiles(tmp_path)
    name = one.name(CODE)
    assert name == one.name(CODE)  # stable in a process: every follower polls the same file
    assert name != other.name(CODE)  # another process (another secret): another name
    assert len(name) == NAME_LENGTH + len(".json")
    assert CODE.lower() not in name.lower()
    assert one.name("K7P2QY") != name
    # The same secret gives the same name (what a test can rely on), another one does not.
    assert PositionFiles(tmp_path, b"s" * 32).name(CODE) == PositionFiles(tmp_path, b"s" * 32).name(
        CODE
    )


def test_a_reader_never_sees_half_a_file(tmp_path):
    """Polls read while the presenter moves: each read is a whole position, old or new."""
    files = PositionFiles(tmp_path)
    files.publish(CODE, 1, 0, "d" * 16)
    path = tmp_path / files.name(CODE)
    seen, stop = [], threading.Event()

    def poll():
        while not stop.is_set():
            try:
                seen.append(json.loads(path.read_bytes()))
            except FileNotFoundError:
                seen.append(None)

    reader = threading.Thread(target=poll)
    reader.start()
    try:
        for slide in range(2, 200):
            files.publish(CODE, slide, slide - 1, "d" * 16)
    finally:
        stop.set()
        reader.join()
    assert None not in seen  # the file is replaced, never missing nor truncated
    assert path.stat().st_size == FILE_BYTES  # one length, whatever the slide
    assert all(set(position) == {"slide", "version", "deck"} for position in seen)
    assert [p["slide"] for p in seen] == sorted(p["slide"] for p in seen)
    assert sorted(os.listdir(tmp_path)) == [files.name(CODE)]


def test_old_files_of_a_dead_process_are_swept_fresh_ones_kept(tmp_path):
    old, fresh = tmp_path / ("a" * NAME_LENGTH + ".json"), tmp_path / ("b" * NAME_LENGTH + ".json")
    old.write_text("{}")
    fresh.write_text("{}")
    long_ago = time.time() - STALE_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    files = PositionFiles(tmp_path)
    files.publish(CODE, 1, 0, "deck")
    assert not old.exists()
    assert fresh.exists()  # perhaps another server's live meeting


def test_the_deck_key_changes_with_the_deck_not_with_the_slide():
    key = deck_key(14, "family", (), "v1")
    assert key == deck_key(14, "family", (), "v1")
    assert len({
        key,
        deck_key(13, "family", (), "v1"),
        deck_key(14, "group", (), "v1"),
        deck_key(14, "family", ("envdata",), "v1"),
        deck_key(14, "family", (), "v2"),
    }) == 5  # fmt: skip
