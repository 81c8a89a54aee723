"""Read the coalition workbook from a Google Sheet, in two Sheets API requests.

One metadata request gives the title, the tabs and their grid sizes (checked against a cell
limit before anything big is downloaded); one ``values:batchGet`` brings every tab at once,
unformatted (numbers as numbers, dates as serial numbers that the domain parses), and the
answers become a ``RawWorkbook``. Transient failures are retried by the client
(``gsheets_retry``); everything else becomes a ``SourceError`` whose reason says what the
user can do, with every credential scrubbed from its text (``gsheets_errors``). The client
comes from ``gsheets_client``.

This module never imports Streamlit: the loader passes the credentials in and caches the
client.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import gspread
import pandas as pd

from coalitions.workbook.dataset import RawWorkbook
from data_sources.reading.errors import SourceError
from data_sources.reading.gsheets_client import make_client, token_of
from data_sources.reading.gsheets_errors import Malformed, translate_failure
from data_sources.reading.gsheets_retry import DEFAULT_RETRY_BUDGET, DEFAULT_TIMEOUT, request_policy

# Only what the reader uses: the title, and each tab's title, type and grid size.
METADATA_FIELDS = (
    "spreadsheetId,properties.title,"
    "sheets.properties(sheetId,title,index,sheetType,gridProperties(rowCount,columnCount))"
)
# Raw values: numbers stay numbers and dates arrive as serial numbers, whatever the
# sheet's locale or display format; the domain parses them.
BATCH_GET_PARAMS = {
    "valueRenderOption": "UNFORMATTED_VALUE",
    "dateTimeRenderOption": "SERIAL_NUMBER",
    "majorDimension": "ROWS",
}
# Google allows 10 million cells per spreadsheet; the coalition workbook needs far fewer, and
# a grid this big is most likely a mistake (a formula filled down a million rows).
DEFAULT_MAX_CELLS = 2_000_000


def parse_spreadsheet_key(value: str) -> str:
    """The spreadsheet key of a Google Sheets URL or of a bare key.

    Accepts ``https://docs.google.com/spreadsheets/d/KEY/edit#gid=0`` (also with ``/u/N/``)
    or ``KEY``. Raises ``SourceError("bad_config")`` for anything else, including a
    "published to the web" link (``/d/e/2PACX-...``), which the Sheets API cannot read.
    """
    text = (value or "").strip() if isinstance(value, str) else ""
    if not text:
        raise SourceError("bad_config", "no spreadsheet URL or key configured")
    if "/" not in text and ":" not in text:
        if _looks_like_key(text):
            return text
        raise SourceError("bad_config", "the spreadsheet setting is neither a URL nor a key")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or parts.hostname != "docs.google.com":
        raise SourceError("bad_config", "the spreadsheet URL is not a docs.google.com URL")
    segments = [s for s in parts.path.split("/") if s]
    if segments[:1] != ["spreadsheets"]:
        raise SourceError("bad_config", "the URL is not a Google Sheets URL")
    segments = segments[1:]
    if segments[:1] == ["u"] and len(segments) >= 2:
        segments = segments[2:]
    if len(segments) >= 2 and segments[0] == "d":
        if segments[1] == "e":
            raise SourceError(
                "bad_config", "a 'published to the web' link: use the sheet's own /d/KEY URL"
            )
        if _looks_like_key(segments[1]):
            return segments[1]
    raise SourceError("bad_config", "no spreadsheet key found in the URL")


def _looks_like_key(text: str) -> bool:
    # Google keys are long (44 characters today) and URL-safe base64.
    return 20 <= len(text) <= 128 and all(c.isascii() and (c.isalnum() or c in "-_") for c in text)


def quote_sheet_title(title: str) -> str:
    """``title`` as an A1 range covering the whole tab: ``'It''s'`` style quoting."""
    return "'" + title.replace("'", "''") + "'"


def read_sheet(
    spreadsheet: str,
    credentials: Mapping[str, Any],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    retry_budget: float = DEFAULT_RETRY_BUDGET,
    max_cells: int = DEFAULT_MAX_CELLS,
) -> RawWorkbook:
    """Read every tab of a Google Sheet: ``make_client`` then ``read_with_client``."""
    client = make_client(credentials)
    return read_with_client(
        client, spreadsheet, timeout=timeout, retry_budget=retry_budget, max_cells=max_cells
    )


def read_with_client(
    client: gspread.Client,
    spreadsheet: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    retry_budget: float = DEFAULT_RETRY_BUDGET,
    max_cells: int = DEFAULT_MAX_CELLS,
) -> RawWorkbook:
    """Read every tab of a Google Sheet with an existing client, in two API requests.

    ``spreadsheet`` is a Sheets URL or key. ``timeout`` bounds each HTTP request;
    ``retry_budget`` the total time slept between retries; ``max_cells`` the grid size
    (rows x columns of every tab, empty cells included) above which nothing is downloaded.
    Returns a ``RawWorkbook`` whose tabs are read without header (ragged rows padded with
    ``None``). Chart-only tabs (not grids) have no cells and are left out. Raises
    ``SourceError`` with a reason among network, timeout, unauthorized, forbidden,
    not_found, rate_limited, server, malformed, too_large, bad_config.
    """
    key = parse_spreadsheet_key(spreadsheet)
    http = client.http_client
    secrets = tuple(getattr(http, "secrets", ()))
    email = getattr(http, "client_email", None)
    failure: SourceError | None = None
    workbook: RawWorkbook | None = None
    try:
        with request_policy(http, timeout=timeout, retry_budget=retry_budget):
            metadata = http.fetch_sheet_metadata(key, params={"fields": METADATA_FIELDS})
            title, grids = _parse_metadata(metadata)
            cells = sum(rows * columns for _, rows, columns in grids)
            if cells > max_cells:
                failure = SourceError(
                    "too_large",
                    f"{cells} cells in {len(grids)} tabs, limit {max_cells}",
                    params={"cells": _thousands(cells), "limit": _thousands(max_cells)},
                )
            else:
                tabs = [name for name, _, _ in grids]
                values: Any = {"valueRanges": []}
                if tabs:
                    values = http.values_batch_get(
                        key,
                        ranges=[quote_sheet_title(name) for name in tabs],
                        params=dict(BATCH_GET_PARAMS),
                    )
                workbook = RawWorkbook(title=title, tabs=_parse_values(values, tabs))
    except Exception as exc:  # noqa: BLE001 - every failure is translated below
        failure = translate_failure(exc, secrets, email, token_of(http))
    if failure is not None:
        # Raised here, outside the except block, so the original exception (whose text
        # or request may carry a credential) is neither chained nor kept as context.
        raise failure
    assert workbook is not None
    return workbook


def _thousands(number: int) -> str:
    # Spaces group digits in French and read fine in English; commas would be decimals in FR.
    return f"{number:,}".replace(",", "\u202f")


def _parse_metadata(metadata: Any) -> tuple[str, list[tuple[str, int, int]]]:
    """The title and the (title, rows, columns) of each grid tab, in the sheet's order."""
    if not isinstance(metadata, Mapping) or not isinstance(metadata.get("sheets"), list):
        raise Malformed("metadata without a 'sheets' list")
    properties = metadata.get("properties")
    title = properties.get("title") if isinstance(properties, Mapping) else None
    if not isinstance(title, str):
        raise Malformed("metadata without a title")
    grids: list[tuple[str, int, int]] = []
    for sheet in metadata["sheets"]:
        props = sheet.get("properties") if isinstance(sheet, Mapping) else None
        if not isinstance(props, Mapping) or not isinstance(props.get("title"), str):
            raise Malformed("a sheet without properties.title")
        if props.get("sheetType", "GRID") != "GRID":
            continue
        grid = props.get("gridProperties") or {}
        rows, columns = grid.get("rowCount", 0), grid.get("columnCount", 0)
        if not isinstance(rows, int) or not isinstance(columns, int) or rows < 0 or columns < 0:
            raise Malformed("a sheet with an invalid gridProperties")
        grids.append((props["title"], rows, columns))
    return title, grids


def _parse_values(answer: Any, tabs: list[str]) -> dict[str, pd.DataFrame]:
    """One header-less DataFrame per tab from a batchGet answer (ranges in request order)."""
    if not isinstance(answer, Mapping) or not isinstance(answer.get("valueRanges"), list):
        raise Malformed("batchGet answer without a 'valueRanges' list")
    ranges = answer["valueRanges"]
    if len(ranges) != len(tabs):
        raise Malformed(f"{len(ranges)} value ranges for {len(tabs)} tabs")
    frames: dict[str, pd.DataFrame] = {}
    for name, value_range in zip(tabs, ranges, strict=True):
        if not isinstance(value_range, Mapping):
            raise Malformed("a value range that is not an object")
        if value_range.get("majorDimension", "ROWS") != "ROWS":
            raise Malformed("a value range not in ROWS order")
        rows = value_range.get("values", [])
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise Malformed("a value range whose values are not rows")
        for row in rows:
            for cell in row:
                if cell is not None and not isinstance(cell, str | int | float | bool):
                    raise Malformed("a cell that is not a scalar")
        width = max((len(row) for row in rows), default=0)
        # Google drops trailing empty cells: pad so every row has the tab's width.
        padded = [row + [None] * (width - len(row)) for row in rows]
        frames[name] = pd.DataFrame(padded, columns=range(width), dtype=object)
    return frames


__all__ = [
    "parse_spreadsheet_key",
    "quote_sheet_title",
    "read_sheet",
    "read_with_client",
]
