"""Local workbooks: an .xlsx file (path or uploaded bytes) or a folder of CSV files."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from coalitions.dataset import RawWorkbook
from data_sources.errors import SourceError

# A dashboard workbook holds a few thousand rows; the benchmark's largest about 200,000
# cells a tab. Past this many cells in one file we refuse rather than freeze the server.
MAX_CELLS = 5_000_000
MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # an .xlsx of the benchmark's largest size is ~6 MB
_XLSX_MAGIC = b"PK\x03\x04"  # every .xlsx is a zip archive


def read_xlsx(source: str | Path | bytes, *, max_cells: int = MAX_CELLS) -> RawWorkbook:
    """Read every tab of an .xlsx workbook (a path or the file's bytes).

    Cell values come as openpyxl gives them (formulas' last computed values, dates as
    datetimes). A file that is not a readable .xlsx raises ``SourceError("unreadable")``, one
    over ``max_cells`` raises ``SourceError("too_large")``.
    """
    if isinstance(source, bytes):
        if not source.startswith(_XLSX_MAGIC):
            raise SourceError("unreadable", "not an .xlsx file")
        title, handle = "", io.BytesIO(source)
    else:
        title, handle = Path(source).name, Path(source)
    try:
        book = load_workbook(handle, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise SourceError("unreadable", type(exc).__name__) from None
    try:
        tabs: dict[str, pd.DataFrame] = {}
        cells = 0
        for sheet in book.worksheets:
            rows = []
            for row in sheet.iter_rows(values_only=True):
                cells += len(row)
                if cells > max_cells:
                    raise SourceError("too_large", f"more than {max_cells} cells")
                rows.append(row)
            tabs[sheet.title] = pd.DataFrame(rows, dtype=object)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise SourceError("unreadable", type(exc).__name__) from None
    finally:
        book.close()
    return RawWorkbook(title=title, tabs=tabs)


def read_csv_folder(folder: str | Path, *, max_cells: int = MAX_CELLS) -> RawWorkbook:
    """Read a folder of CSV files, one per tab, named after the tab (``acteurs.csv``).

    A single ``.csv`` file is read as a one-tab workbook named after the file. The delimiter
    (``,`` or ``;``, as French spreadsheets export) is sniffed per file; UTF-8 with or without
    BOM, falling back to Latin-1 for old exports.
    """
    path = Path(folder)
    files = [path] if path.is_file() else sorted(path.glob("*.csv"))
    if not path.exists():
        raise SourceError("unreadable", "no such file or folder")
    tabs: dict[str, pd.DataFrame] = {}
    cells = 0
    for file in files:
        frame = _read_csv(file)
        cells += frame.size
        if cells > max_cells:
            raise SourceError("too_large", f"more than {max_cells} cells")
        tabs[file.stem] = frame
    return RawWorkbook(title=path.name, tabs=tabs)


def _read_csv(file: Path) -> pd.DataFrame:
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise SourceError("unreadable", type(exc).__name__) from None
    if b"\x00" in data[:4096]:
        raise SourceError("unreadable", f"{file.name} is not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    try:
        delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    try:
        return pd.read_csv(
            io.StringIO(text),
            header=None,
            dtype=str,
            keep_default_na=False,
            sep=delimiter,
            engine="c",
        )
    except pd.errors.EmptyDataError:
        return pd.DataFrame(dtype=object)
    except (pd.errors.ParserError, ValueError) as exc:
        raise SourceError("unreadable", f"{file.name}: {type(exc).__name__}") from None
