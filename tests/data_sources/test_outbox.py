"""The outbox: an update that can't be written now is kept on disk and sent once, later."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
import textwrap

import pytest

from coalitions.updates.appends import NewRow
from data_sources.atomic import locked
from data_sources.reading.loader import SAMPLE_DIR
from data_sources.writing import file_writers, outbox
from data_sources.writing.writers import WriteError, open_writer
from tests.conftest import ROOT


def update(ref: str, coalition: str = "envdata") -> list[NewRow]:
    """One posted update: its news and a deliverable's new status, as the form makes them."""
    audit = {"entered_by": "lea@fing.org", "entered_at": "2026-11-24T10:00:00Z"}
    return [
        NewRow.make(
            "updates",
            {"date": "2026-11-24", "coalition": coalition, "news": "Atelier", **audit, "ref": ref},
        ),
        NewRow.make(
            "deliverables",
            {
                "coalition": coalition,
                "title": "guide",
                "status": "fait",
                **audit,
                "ref": ref + "-d",
            },
        ),
    ]


@pytest.fixture
def copy(tmp_path):
    folder = tmp_path / "classeur"
    shutil.copytree(SAMPLE_DIR, folder)
    return folder


def refs(folder) -> list[str]:
    """The refs in the copy's updates then deliverables tabs (audit headers in French)."""
    found = []
    for tab in ("updates", "deliverables"):
        with (folder / f"{tab}.csv").open(encoding="utf-8", newline="") as stream:
            found += [row.get("réf.") for row in csv.DictReader(stream) if row.get("réf.")]
    return found


def test_an_update_that_can_be_written_is_sent_and_not_kept(copy, tmp_path):
    box = tmp_path / "outbox"
    assert outbox.submit(open_writer(str(copy)), update("u1"), box) == outbox.SENT
    assert refs(copy) == ["u1", "u1-d"]
    assert outbox.pending(box) == []


def test_a_busy_workbook_keeps_the_update_until_the_next_flush(copy, tmp_path, monkeypatch):
    monkeypatch.setattr(file_writers, "LOCK_TIMEOUT", 0.1)
    box = tmp_path / "outbox"
    with locked(copy / ".reset-write.lock", timeout=1):
        status = outbox.submit(open_writer(str(copy)), update("u1"), box)
        assert outbox.flush(open_writer(str(copy)), box) == 0
    assert status == outbox.QUEUED
    assert refs(copy) == []
    waiting = outbox.pending(box, coalition="ENVDATA")
    assert [u.rows for u in waiting] == [tuple(update("u1"))]
    assert outbox.pending(box, coalition="achat") == []
    assert outbox.flush(open_writer(str(copy)), box) == 1
    assert outbox.flush(open_writer(str(copy)), box) == 0
    assert refs(copy) == ["u1", "u1-d"]
    assert outbox.pending(box) == []


def test_the_outbox_survives_a_restart_and_is_sent_once(copy, tmp_path, monkeypatch):
    monkeypatch.setattr(file_writers, "LOCK_TIMEOUT", 0.1)
    box = tmp_path / "outbox"
    with locked(copy / ".reset-write.lock", timeout=1):
        for ref in ("u1", "u2"):
            assert outbox.submit(open_writer(str(copy)), update(ref), box) == outbox.QUEUED
    # A new process (the restarted server) finds the files and sends them, in order.
    script = textwrap.dedent(
        f"""
        from data_sources.writing import outbox
        from data_sources.writing.writers import open_writer
        print(outbox.flush(open_writer({str(copy)!r}), __import__("pathlib").Path({str(box)!r})))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "2"
    assert outbox.flush(open_writer(str(copy)), box) == 0
    assert refs(copy) == ["u1", "u2", "u1-d", "u2-d"]


def test_an_update_sent_but_not_removed_is_not_written_twice(copy, tmp_path):
    box = tmp_path / "outbox"
    rows = update("u1")
    open_writer(str(copy)).append(rows)  # the write happened, then the server died
    box.mkdir()
    (box / "20261124T100000000000-crash.json").write_text(
        json.dumps(
            {
                "format": 1,
                "created_at": "2026-11-24T10:00:00+00:00",
                "coalition": "envdata",
                "rows": [r.to_json() for r in rows],
            }
        ),
        "utf-8",
    )
    assert outbox.flush(open_writer(str(copy)), box) == 1
    assert refs(copy) == ["u1", "u1-d"]


def test_a_refused_update_is_not_kept_and_says_why(tmp_path):
    box = tmp_path / "outbox"
    with pytest.raises(WriteError) as caught:
        outbox.submit(open_writer(str(SAMPLE_DIR)), update("u1"), box)
    assert caught.value.reason == "read_only"
    assert outbox.pending(box) == []


def test_an_unreadable_file_is_set_aside_not_lost(copy, tmp_path):
    box = tmp_path / "outbox"
    box.mkdir()
    (box / "20261124T090000000000-broken.json").write_text("{half", "utf-8")
    assert outbox.submit(open_writer(str(copy)), update("u1"), box) == outbox.SENT
    assert (box / outbox.UNREADABLE_DIR / "20261124T090000000000-broken.json").exists()
    assert refs(copy) == ["u1", "u1-d"]


def test_each_source_has_its_own_outbox(monkeypatch, tmp_path):
    monkeypatch.setenv(outbox.OUTBOX_DIR_VARIABLE, str(tmp_path))
    first, second = outbox.outbox_dir("csv:/a"), outbox.outbox_dir("csv:/b")
    assert first != second and first.parent == second.parent == tmp_path


def test_an_update_refused_for_good_does_not_hold_back_the_next_ones(tmp_path):
    folder = tmp_path / "latin1"
    folder.mkdir()
    header = "date;coalition;nouvelles;saisi par;saisi le;réf.\n"
    (folder / "updates.csv").write_bytes(header.encode("latin-1"))
    box = tmp_path / "outbox"
    stuck = NewRow.make(
        "updates",
        {"date": "2026-11-23", "coalition": "envdata", "news": "Fête 🎉", "ref": "u0"},
    )
    box.mkdir()
    (box / "20261123T100000000000-old.json").write_text(
        json.dumps(
            {
                "format": 1,
                "created_at": "2026-11-23T10:00:00+00:00",
                "coalition": "envdata",
                "rows": [stuck.to_json()],
            }
        ),
        "utf-8",
    )
    writer = open_writer(str(folder))
    assert outbox.submit(writer, update("u1")[:1], box) == outbox.SENT
    assert [u.rows for u in outbox.pending(box)] == [(stuck,)]  # kept, for a person
    assert outbox.flush(writer, box) == 0
    with pytest.raises(WriteError) as caught:
        outbox.submit(writer, [NewRow.make("updates", {**stuck.as_dict(), "ref": "u2"})], box)
    assert caught.value.reason == "unwritable"
    assert len(outbox.pending(box)) == 1  # the refused new one is not kept
    lines = (folder / "updates.csv").read_bytes().decode("latin-1").splitlines()
    assert [line.split(";")[-1] for line in lines[1:]] == ["u1"]


def test_without_a_usable_outbox_the_update_is_sent_directly_or_refused(copy, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert outbox.submit(open_writer(str(copy)), update("u1"), blocker / "outbox") == outbox.SENT
    assert refs(copy) == ["u1", "u1-d"]
    with pytest.raises(WriteError):
        outbox.submit(open_writer(str(tmp_path / "gone")), update("u2"), blocker / "outbox")
