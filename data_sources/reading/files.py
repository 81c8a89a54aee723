"""Local workbooks: an .xlsx file (path or uploaded bytes) or a folder of CSV files."""

from __future__ import annotations

import codecs
import csv
import io
import os
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
from openpyxl import load_workbook
from pyarrow import csv as arrow_csv

from coalitions.workbook.dataset import RawWorkbook
from data_sources.reading.errors import SourceError

# A dashboard workbook holds a few thousand rows; the benchmark's largest about 200,000
# cells a tab. Past this many cells in one file we refuse rather than freeze the server.
MAX_CELLS = 5_000_000
MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # an .xlsx of the benchmark's largest size is ~6 MB
# An .xlsx is zipped XML, ~10-20x smaller than its content. Past this much declared content
# (a "zip bomb": a few MB that inflate to gigabytes) it is refused before anything is
# inflated; the largest benchmark workbook holds ~60 MB of XML.
MAX_XLSX_CONTENT_BYTES = 400 * 1024 * 1024
_XLSX_MAGIC = b"PK\x03\x04"  # every .xlsx is a zip archive
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and encrypted .xlsx) container
MAX_CELLS_VARIABLE = "RESET_MAX_CELLS"


def configured_max_cells(
    secrets: Mapping[str, Any],
    environ: Mapping[str, str] = os.environ,
    default: int | None = MAX_CELLS,
) -> int | None:
    """The cell limit: ``[dashboard] max_cells`` in secrets, ``RESET_MAX_CELLS``, or
    ``default``. A value that is not a positive whole number is ignored."""
    section = secrets.get("dashboard") if isinstance(secrets, Mapping) else None
    for value in (
        section.get("max_cells") if isinstance(section, Mapping) else None,
        environ.get(MAX_CELLS_VARIABLE),
    ):
        try:
            limit = int(str(value).replace("_", "").strip()) if value is not None else 0
        except ValueError:
            continue
        if limit > 0:
            return limit
    return default


def _too_large(cells: int, limit: int) -> SourceError:
    return SourceError(
        "too_large",
        f"more than {limit} cells",
        params={"cells": _thousands(cells), "limit": _thousands(limit)},
    )


def _thousands(number: int) -> str:
    # Narrow no-break spaces group digits in French and read fine in English.
    return f"{number:,}".replace(",", "\u202f")


def _check_archive(handle: Any) -> None:
    """Refuse an .xlsx whose members would inflate past ``MAX_XLSX_CONTENT_BYTES``."""
    with zipfile.ZipFile(handle) as archive:
        declared = sum(info.file_size for info in archive.infolist())
    if declared > MAX_XLSX_CONTENT_BYTES:
        raise SourceError(
            "too_large",
            f"{declared} bytes once unzipped",
            params={"cells": "…", "limit": _thousands(MAX_CELLS)},
        )
    if hasattr(handle, "seek"):
        handle.seek(0)


def read_xlsx(source: str | Path | bytes, *, max_cells: int | None = None) -> RawWorkbook:
    """Read every tab of an .xlsx workbook (a path or the file's bytes).

    Cell values come as openpyxl gives them (formulas' last computed values, dates as
    datetimes). A file that is not a readable .xlsx (another format, renamed; truncated;
    corrupt XML inside) raises ``SourceError("unreadable")``; one over ``max_cells`` (default
    ``MAX_CELLS``) or whose content would inflate past ``MAX_XLSX_CONTENT_BYTES`` raises
    ``SourceError("too_large")``.
    """
    limit = MAX_CELLS if max_cells is None else max_cells
    failure: SourceError | None = None
    try:
        if isinstance(source, bytes):
            title, handle = "", io.BytesIO(source)
            head = source[:4]
        else:
            title, handle = Path(source).name, Path(source)
            with handle.open("rb") as stream:
                head = stream.read(4)
        if head == _OLE_MAGIC:
            raise SourceError("unreadable", "an old .xls or an encrypted workbook, not an .xlsx")
        if head != _XLSX_MAGIC:
            raise SourceError("unreadable", "not an .xlsx file")
        _check_archive(handle)
        return RawWorkbook(title=title, tabs=_read_book(handle, limit))
    except SourceError as err:
        failure = err
    except MemoryError:
        failure = _too_large(0, limit)
        failure.params["cells"] = "…"
    except Exception as exc:  # noqa: BLE001 - any parser failure on a hostile file is "unreadable"
        # openpyxl and the XML and zlib layers under it raise many types (BadZipFile,
        # KeyError, ParseError, zlib.error, EOFError, TypeError, ...): to the user they all
        # mean the same thing, and the server must stay up.
        failure = SourceError("unreadable", type(exc).__name__)
    # Raised outside the except blocks: no traceback chains the parser's exception.
    raise failure


def _read_book(handle: Any, max_cells: int) -> dict[str, pd.DataFrame]:
    book = load_workbook(handle, read_only=True, data_only=True)
    try:
        tabs: dict[str, pd.DataFrame] = {}
        cells = 0
        for sheet in book.worksheets:
            rows = []
            for row in sheet.iter_rows(values_only=True):
                cells += len(row)
                if cells > max_cells:
                    raise _too_large(cells, max_cells)
                rows.append(row)
            tabs[sheet.title] = pd.DataFrame(rows, dtype=object)
        return tabs
    finally:
        book.close()


def read_csv_folder(folder: str | Path, *, max_cells: int | None = None) -> RawWorkbook:
    """Read a folder of CSV files, one per tab, named after the tab (``acteurs.csv``).

    A single ``.csv`` file is read as a one-tab workbook named after the file. The delimiter
    (``,`` or ``;``, as French spreadsheets export) is sniffed per file; UTF-8 with or without
    BOM, falling back to Latin-1 for old exports.
    """
    limit = MAX_CELLS if max_cells is None else max_cells
    path = Path(folder)
    if not path.exists():
        raise SourceError("unreadable", "no such file or folder")
    files = [path] if path.is_file() else sorted(path.glob("*.csv"))
    tabs: dict[str, pd.DataFrame] = {}
    cells = 0
    for file in files:
        frame = _read_csv(file)
        cells += frame.size
        if cells > limit:
            raise _too_large(cells, limit)
        tabs[file.stem] = frame
    return RawWorkbook(title=path.name, tabs=tabs)


def _read_csv(file: Path) -> pd.DataFrame:
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise SourceError("unreadable", type(exc).__name__) from None
    if b"\x00" in data[:4096]:
        raise SourceError("unreadable", f"{file.name} is not a text file")
    text, encoding = decode_csv(data)
    delimiter = sniff_delimiter(text)
    first = next((row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if row), [])
    utf8 = data.removeprefix(codecs.BOM_UTF8) if encoding == "utf-8" else text.encode("utf-8")
    frame = _read_csv_arrow(utf8, delimiter, len(first)) if first else None
    if frame is not None:
        return frame
    try:
        return pd.read_csv(
            io.StringIO(text),
            header=None,
            dtype=str,
            keep_default_na=False,
            na_filter=False,  # every cell is text here: skipping NA detection is faster
            sep=delimiter,
            engine="c",
        )
    except pd.errors.EmptyDataError:
        return pd.DataFrame(dtype=object)
    except (pd.errors.ParserError, ValueError) as exc:
        raise SourceError("unreadable", f"{file.name}: {type(exc).__name__}") from None


def decode_csv(data: bytes) -> tuple[str, str]:
    """A CSV file's text and its encoding: UTF-8 (with or without BOM), else Latin-1."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV text: ``,``, ``;`` (French exports) or tab; ``,`` if unsure."""
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t").delimiter
    except csv.Error:
        return ","


def _read_csv_arrow(data: bytes, delimiter: str, columns: int) -> pd.DataFrame | None:
    """Every cell as text, read by pyarrow's CSV reader; None where it can't read the file.

    Its reader is several times faster than pandas' own on a large workbook and keeps the
    text in Arrow strings, which validation hashes and folds without a Python call per
    cell. It refuses rows shorter than the first (pandas pads them): those files, and any
    other it can't parse, are left to pandas.
    """
    names = [str(position) for position in range(columns)]
    try:
        table = arrow_csv.read_csv(
            io.BytesIO(data),
            read_options=arrow_csv.ReadOptions(column_names=names),
            parse_options=arrow_csv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
            convert_options=arrow_csv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except pa.ArrowInvalid:
        return None
    frame = table.to_pandas(types_mapper={pa.string(): pd.StringDtype("pyarrow")}.get)
    frame.columns = range(columns)
    return frame
