"""Appending to a local workbook: a folder of CSV files or an .xlsx file.

Both take an exclusive lock (``data_sources.atomic.locked``) around read-check-write, so
sessions posting at once take turns and each sees the rows the others wrote (refs included).

CSV: a new row is one line appended at the end of the tab's file; earlier lines are never
rewritten. The one exception is the header line of a tab that lacks a column the row needs
(the audit columns, the first time): a CSV can't grow a column otherwise, so that line alone
is extended, in place, once; every other byte of the file stays as it was. The file keeps
its delimiter, encoding and line endings. A missing tab becomes a new file with the full
header row.

.xlsx: openpyxl loads the workbook (styles, other tabs, formulas and data validation kept;
charts and images are not, a limit of openpyxl), the row is written after the last row with
data, every value as a string cell (``=1+1`` stays text, never a formula), and the file is
replaced atomically (temporary file, fsync, rename).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from coalitions.updates.appends import NewRow
from coalitions.workbook import matching
from data_sources.atomic import LockTimeout, locked, replace_atomically
from data_sources.reading.files import decode_csv, sniff_delimiter
from data_sources.writing.appending import (
    TabLayout,
    WriteError,
    Writer,
    by_tab,
    existing_refs,
    new_rows,
    new_tab,
    plan_layout,
    used_width,
    workbook_language,
)

# How long a post waits for another session's write: twenty .xlsx saves of a large workbook
# in a row take a few seconds; past this the update goes to the outbox.
LOCK_TIMEOUT = 15.0
# Permissions of a tab file the dashboard creates: like a file saved by a spreadsheet app.
NEW_FILE_MODE = 0o644


class CsvWriter(Writer):
    """Appends to a folder of CSV files, one per tab (see the module docstring)."""

    def __init__(self, folder: str | Path, source_id: str) -> None:
        self.folder = Path(folder)
        self.source_id = source_id

    def append(self, rows: Sequence[NewRow]) -> None:
        lock = self.folder / ".reset-write.lock"
        with _write_errors(), locked(lock, timeout=LOCK_TIMEOUT):
            files = sorted(self.folder.glob("*.csv"))
            language = workbook_language(f.stem for f in files)
            by_name: dict[str, Path] = {}
            for file in files:
                # The reader reads every file; the validator keeps the first of a tab's names.
                by_name.setdefault(matching.match_tab(file.stem) or "", file)
            for tab, tab_rows in by_tab(rows).items():
                path = by_name.get(tab)
                if path is None or path.stat().st_size == 0:
                    title, header = new_tab(tab, language)
                    _create_csv(path or self.folder / f"{title}.csv", tab, header, tab_rows)
                else:
                    _append_csv(path, tab, tab_rows)


def _create_csv(path: Path, tab: str, header: list[str], rows: list[NewRow]) -> None:
    layout = plan_layout(tab, header, len(header), rows)
    lines = [header, *(layout.cells(row) for row in new_rows(rows, set()))]
    text = _csv_text(lines, ",", "\n")
    replace_atomically(path, text.encode("utf-8"), mode=NEW_FILE_MODE)


def _append_csv(path: Path, tab: str, rows: list[NewRow]) -> None:
    data = path.read_bytes()
    text, encoding = decode_csv(data)
    delimiter = sniff_delimiter(text)
    records = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = records[0] if records else []
    layout = plan_layout(tab, header, max(map(len, records), default=0), rows)
    todo = new_rows(rows, existing_refs(layout, records[1:]))
    if not todo:
        return
    newline = "\r\n" if _header_end(data) < data.find(b"\n") else "\n"
    payload = _csv_text([layout.cells(row) for row in todo], delimiter, newline)
    _check_encodable(payload, encoding)
    if layout.added:
        data = _extend_header(data, len(header), layout, delimiter)
        replace_atomically(path, data)
    if not data.endswith((b"\n", b"\r")):
        payload = newline + payload
    with path.open("ab") as stream:
        stream.write(payload.encode(encoding))
        stream.flush()
        os.fsync(stream.fileno())


def _extend_header(data: bytes, fields: int, layout: TabLayout, delimiter: str) -> bytes:
    """``data`` with the added headers appended to its first line, every other byte kept."""
    end = _header_end(data)
    last = max(index for index, _ in layout.added)
    extra = [""] * (last + 1 - fields)
    for index, header in layout.added:
        extra[index - fields] = header
    line = _csv_text([extra], delimiter, "")
    _, encoding = decode_csv(data)
    return data[:end] + (delimiter + line).encode(encoding) + data[end:]


def _header_end(data: bytes) -> int:
    """Where the first line's content ends (before its ``\\n`` or ``\\r\\n``)."""
    end = data.find(b"\n")
    end = len(data) if end < 0 else end
    return end - 1 if end > 0 and data[end - 1 : end] == b"\r" else end


def _csv_text(lines: list[list[str]], delimiter: str, newline: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    writer.writerows(lines)
    return out.getvalue()


def _check_encodable(text: str, encoding: str) -> None:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        raise WriteError(
            "unwritable", f"the file is {encoding}: a character can't be written in it"
        ) from None


class XlsxWriter(Writer):
    """Appends to an .xlsx (or .xlsm) file (see the module docstring)."""

    def __init__(self, path: str | Path, source_id: str) -> None:
        self.path = Path(path)
        self.source_id = source_id

    def append(self, rows: Sequence[NewRow]) -> None:
        lock = self.path.with_name(f".{self.path.name}.lock")
        with _write_errors(), locked(lock, timeout=LOCK_TIMEOUT):
            book = _load(self.path)
            language = workbook_language(book.sheetnames)
            changed = False
            for tab, tab_rows in by_tab(rows).items():
                sheet = next(
                    (s for s in book.worksheets if matching.match_tab(s.title) == tab), None
                )
                if sheet is None or not any(map(used_width, sheet.iter_rows(values_only=True))):
                    # A new or empty tab gets every header, as another session would write it.
                    title, header = new_tab(tab, language)
                    sheet = sheet or book.create_sheet(title)
                    _write_row(sheet, 1, header)
                changed = _append_sheet(sheet, tab, tab_rows) or changed
            if changed:
                buffer = io.BytesIO()
                book.save(buffer)
                replace_atomically(self.path, buffer.getvalue())


def _load(path: Path):
    try:
        return load_workbook(path, keep_vba=path.suffix.lower() == ".xlsm")
    except OSError:
        raise
    except Exception as exc:  # noqa: BLE001 - a corrupt file raises many types, as in files.py
        failure = WriteError("unreadable", type(exc).__name__)
    raise failure


def _append_sheet(sheet: Worksheet, tab: str, rows: list[NewRow]) -> bool:
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    filled = [i for i, row in enumerate(values) if any(v not in (None, "") for v in row)]
    used = max((used_width(row) for row in values), default=0)
    layout = plan_layout(tab, values[0] if values else [], used, rows)
    todo = new_rows(rows, existing_refs(layout, values[1:]))
    if not todo:
        return False
    for index, text in layout.added:
        _write_cell(sheet, 1, index + 1, text)
    row_number = (filled[-1] + 1 if filled else 1) + 1
    for row in todo:
        _write_row(sheet, row_number, layout.cells(row))
        row_number += 1
    return True


def _write_row(sheet: Worksheet, row_number: int, cells: list[str]) -> None:
    for index, text in enumerate(cells):
        if text != "":
            _write_cell(sheet, row_number, index + 1, text)


def _write_cell(sheet: Worksheet, row: int, column: int, text: str) -> None:
    cell = sheet.cell(row=row, column=column)
    cell.value = text
    # openpyxl turns a string starting with "=" into a formula: typed text stays text.
    cell.data_type = "s"


@contextmanager
def _write_errors() -> Iterator[None]:
    """Turn a lock timeout or an OS error into a ``WriteError``."""
    try:
        yield
    except LockTimeout as exc:
        raise WriteError("locked", str(exc)) from None
    except OSError as exc:
        raise WriteError("unwritable", f"{type(exc).__name__}: {exc.strerror or ''}") from None
