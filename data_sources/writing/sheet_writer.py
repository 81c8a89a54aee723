"""Appending to a Google Sheet: ``values.append`` with RAW values and inserted rows.

A write takes a few requests: the tabs' metadata, the target tabs' values (headers, and the
refs already there), the headers the tab lacks (``values.update`` on the header row, after
``appendDimension`` when the grid is too narrow; a missing tab is added first), then one
``values.append`` per tab with ``valueInputOption=RAW`` (typed text stays text: ``=1+1`` is
never a formula) and ``insertDataOption=INSERT_ROWS`` (new rows are inserted after the
table, so a row typed below it is pushed down, never overwritten).

Reads and header writes are retried like the reader's (408, 429, 5xx, timeouts, within a
budget). The append itself is never retried blindly: after a failure that may have reached
Google (a timeout, a dropped connection, 408 or 5xx), the tab's refs are read again and only
the rows still missing are sent; a failure that certainly did not write (429, a connection
never opened) is simply retried. The client has the read-write scope and is made only for
writing (``open_sheet_writer``, called when updates are on); the reader keeps its read-only
one. An API key can't write.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

import gspread
import requests
from google.auth import exceptions as auth_exceptions
from gspread.exceptions import APIError

from coalitions.updates.appends import NewRow
from coalitions.workbook import matching
from data_sources.reading import gsheets_client, gsheets_errors, gsheets_retry
from data_sources.reading.errors import SourceError
from data_sources.reading.gsheets import BATCH_GET_PARAMS, parse_spreadsheet_key, quote_sheet_title
from data_sources.reading.gsheets_client import WRITE_SCOPE, make_client
from data_sources.reading.gsheets_retry import BACKOFF_BASE, BACKOFF_CAP, DEFAULT_TIMEOUT
from data_sources.reading.loader import SourceSpec
from data_sources.writing.appending import (
    ReadOnlyWriter,
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

# Typed text stays text, and rows are inserted rather than written over what follows.
APPEND_PARAMS = {"valueInputOption": "RAW", "insertDataOption": "INSERT_ROWS"}
# The tabs' ids, titles and grid sizes: what placing headers and adding columns needs.
TABS_FIELDS = "sheets.properties(sheetId,title,sheetType,gridProperties(rowCount,columnCount))"
# Someone is waiting on the form: past this much retrying the update goes to the outbox
# (« en attente d'envoi ») and is sent at the next good read, rather than holding the page
# for the reader's 20 s.
WRITE_RETRY_BUDGET = 8.0
# A tab the dashboard adds is as tall as a new Google tab.
NEW_TAB_ROWS = 1000


def open_sheet_writer(spec: SourceSpec, credentials: Mapping[str, Any]) -> Writer:
    """The writer of a Google Sheet: a ``SheetWriter`` with a read-write client for a service
    account; a ``ReadOnlyWriter`` saying why for an API key or unusable settings."""
    if not (credentials.get("private_key") or credentials.get("type") == "service_account"):
        refusal = "api_key" if credentials.get("api_key") else "bad_config"
        return ReadOnlyWriter(spec.source_id, refusal)
    try:
        key = parse_spreadsheet_key(spec.location)
        client = make_client(credentials, scopes=(WRITE_SCOPE,))
    except SourceError as err:
        return ReadOnlyWriter(spec.source_id, err.reason, err.detail)
    return SheetWriter(client, key, spec.source_id)


class SheetWriter(Writer):
    """Appends rows to one Google Sheet (see the module docstring)."""

    def __init__(
        self,
        client: gspread.Client,
        key: str,
        source_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        retry_budget: float = WRITE_RETRY_BUDGET,
    ) -> None:
        self.client = client
        self.key = key
        self.source_id = source_id
        self.timeout = timeout
        self.retry_budget = retry_budget

    def append(self, rows: Sequence[NewRow]) -> None:
        http = self.client.http_client
        failure: WriteError | None = None
        try:
            self._append(http, by_tab(rows))
        except WriteError as err:
            failure = err
        except Exception as exc:  # noqa: BLE001 - translated, or re-raised when not a failure
            failure = WriteError.from_source_error(
                gsheets_errors.translate_failure(
                    exc,
                    tuple(getattr(http, "secrets", ())),
                    getattr(http, "client_email", None),
                    gsheets_client.token_of(http),
                )
            )
        if failure is not None:
            # Raised outside the except blocks: no traceback chains a request's credentials.
            raise failure

    # ---------------------------------------------------------------- steps

    def _reading(self, http: Any):
        return gsheets_retry.request_policy(
            http, timeout=self.timeout, retry_budget=self.retry_budget
        )

    def _append(self, http: Any, grouped: dict[str, list[NewRow]]) -> None:
        with self._reading(http):
            tabs = self._tabs(http)
            titles = {}
            for tab in grouped:
                title = next((t for t in tabs if matching.match_tab(t) == tab), None)
                if title is None:
                    title = self._add_tab(http, tab, list(tabs))
                    tabs = self._tabs(http)
                titles[tab] = title
            tables = self._tables(http, list(titles.values()))
        for tab, rows in grouped.items():
            title = titles[tab]
            table = tables[title]
            if not any(map(used_width, table)):
                # An empty tab gets every header, as the session that added it writes them.
                _, header = new_tab(tab, workbook_language(tabs))
                with self._reading(http):
                    self._put(http, f"{quote_sheet_title(title)}!A1", [header])
                table = [header]
            layout = plan_layout(tab, table[0], max(map(used_width, table)), rows)
            todo = new_rows(rows, existing_refs(layout, table[1:]))
            if not todo:
                continue
            if layout.added:
                with self._reading(http):
                    self._add_headers(http, title, layout, tabs[title])
            self._send(http, tab, title, layout, todo)

    def _tabs(self, http: Any) -> dict[str, tuple[int, int, int]]:
        """Each grid tab's title -> (sheetId, rows, columns), in the sheet's order."""
        metadata = http.fetch_sheet_metadata(self.key, params={"fields": TABS_FIELDS})
        tabs = {}
        for sheet in metadata.get("sheets", []):
            props = sheet.get("properties", {})
            if props.get("sheetType", "GRID") == "GRID":
                grid = props.get("gridProperties", {})
                tabs[props["title"]] = (
                    props.get("sheetId", 0),
                    grid.get("rowCount", 0),
                    grid.get("columnCount", 0),
                )
        return tabs

    def _tables(self, http: Any, titles: list[str]) -> dict[str, list[list[Any]]]:
        """Each tab's rows (header first), as the reader reads them."""
        answer = http.values_batch_get(
            self.key,
            ranges=[quote_sheet_title(title) for title in titles],
            params=dict(BATCH_GET_PARAMS),
        )
        ranges = answer.get("valueRanges", [])
        return {title: (r.get("values") or [[]]) for title, r in zip(titles, ranges, strict=True)}

    def _add_tab(self, http: Any, tab: str, existing: list[str]) -> str:
        title, header = new_tab(tab, workbook_language(existing))
        grid = {"rowCount": NEW_TAB_ROWS, "columnCount": len(header)}
        request = {"addSheet": {"properties": {"title": title, "gridProperties": grid}}}
        try:
            http.batch_update(self.key, {"requests": [request]})
        except APIError as err:
            # Another session added it a moment ago: use theirs.
            if gsheets_errors.http_status(
                err
            ) != HTTPStatus.BAD_REQUEST or "already exists" not in str(err):
                raise
        return title

    def _add_headers(
        self, http: Any, title: str, layout: TabLayout, tab: tuple[int, int, int]
    ) -> None:
        sheet_id, _, columns = tab
        first = min(index for index, _ in layout.added)
        last = max(index for index, _ in layout.added) + 1
        if last > columns:
            dimension = {"sheetId": sheet_id, "dimension": "COLUMNS", "length": last - columns}
            http.batch_update(self.key, {"requests": [{"appendDimension": dimension}]})
        cells = f"{_column_letters(first + 1)}1:{_column_letters(last)}1"
        self._put(http, f"{quote_sheet_title(title)}!{cells}", [[h for _, h in layout.added]])

    def _put(self, http: Any, cells: str, values: list[list[str]]) -> None:
        http.values_update(
            self.key, cells, params={"valueInputOption": "RAW"}, body={"values": values}
        )

    def _send(self, http: Any, tab: str, title: str, layout: TabLayout, rows: list[NewRow]) -> None:
        """Append ``rows``; after a failure that may have written, send only what is missing."""
        slept = 0.0
        attempt = 0
        while rows:
            try:
                # No automatic retry here: resending blindly could write the rows twice.
                with gsheets_retry.request_policy(http, timeout=self.timeout, retry_budget=0.0):
                    http.values_append(
                        self.key,
                        f"{quote_sheet_title(title)}!A1",
                        params=dict(APPEND_PARAMS),
                        body={"majorDimension": "ROWS", "values": [layout.cells(r) for r in rows]},
                    )
                return
            except (APIError, requests.RequestException, auth_exceptions.TransportError) as exc:
                outcome = _outcome(exc)
                if outcome == FINAL:
                    raise
                asked = gsheets_retry.retry_after(getattr(exc, "response", None))
                delay = max(
                    min(BACKOFF_BASE * 2**attempt, BACKOFF_CAP) * gsheets_retry.jitter(), asked
                )
                if slept + delay > self.retry_budget:
                    raise
                gsheets_retry.sleep(delay)
                slept += delay
                attempt += 1
            if outcome == AMBIGUOUS:
                with self._reading(http):
                    table = self._tables(http, [title])[title]
                present = plan_layout(tab, table[0], max(map(used_width, table)), rows)
                rows = new_rows(rows, existing_refs(present, table[1:]))


# What a failed append tells: it certainly wrote nothing, it may have written, or retrying
# won't help.
NOT_WRITTEN, AMBIGUOUS, FINAL = "not_written", "ambiguous", "final"


def _outcome(exc: BaseException) -> str:
    if isinstance(exc, APIError):
        status = gsheets_errors.http_status(exc)
        if gsheets_errors.is_rate_limit(exc):
            return NOT_WRITTEN  # refused by the quota before anything was done
        if status == HTTPStatus.REQUEST_TIMEOUT or status >= 500:
            return AMBIGUOUS
        return FINAL
    if isinstance(exc, requests.ConnectTimeout | auth_exceptions.TransportError):
        return NOT_WRITTEN  # no connection to Sheets was opened (or no token was fetched)
    if isinstance(exc, requests.Timeout | requests.ConnectionError):
        return AMBIGUOUS  # sent, perhaps received and carried out, answer lost
    return FINAL


def _column_letters(index: int) -> str:
    """The A1 letters of a 1-based column index (1 -> A, 27 -> AA)."""
    return gspread.utils.rowcol_to_a1(1, index)[:-1]
