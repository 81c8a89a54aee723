"""Read the coalition workbook from a Google Sheet, in two Sheets API requests.

One metadata request gives the title, the tabs and their grid sizes (checked against a cell
limit before anything big is downloaded); one ``values:batchGet`` brings every tab at once,
unformatted (numbers as numbers, dates as serial numbers that the domain parses). Transient
failures (408, 429, 5xx, connection errors, timeouts) are retried with exponential backoff
and jitter within a time budget; everything else becomes a ``SourceError`` whose reason says
what the user can do, with every credential scrubbed from its text.

Credentials arrive as a plain dict laid out like st-gsheets-connection's
``[connections.gsheets]`` secrets section: service-account fields (``type``,
``private_key``, ``client_email``, ...) or an ``api_key`` for a sheet shared by link. This
module never imports Streamlit: the loader passes the dict in and caches the client.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

import gspread
import pandas as pd
import requests
from google.auth import exceptions as auth_exceptions
from google.oauth2.service_account import Credentials as ServiceAccountCredentials
from gspread.exceptions import APIError, SpreadsheetNotFound
from gspread.http_client import HTTPClient

from coalitions.workbook.dataset import RawWorkbook
from data_sources.reading.errors import SourceError, secrets_of

# The dashboard reads with this scope: a leaked reading token must not be able to edit the
# sheet.
READONLY_SCOPE = "https://www.googleapis.com/auth/spreadsheets.readonly"
# Only the writer's client (data_sources.writing.sheet_writer, made when updates are on) has
# this one.
WRITE_SCOPE = "https://www.googleapis.com/auth/spreadsheets"
# Google's token endpoint, the default of every service-account key file.
DEFAULT_TOKEN_URI = "https://oauth2.googleapis.com/token"  # noqa: S105 - a URL, not a secret

# Service-account fields google-auth understands; other keys of the secrets section
# (spreadsheet, worksheet, ttl, ...) are the loader's business and are ignored here.
SERVICE_ACCOUNT_FIELDS = (
    "type",
    "project_id",
    "private_key_id",
    "private_key",
    "client_email",
    "client_id",
    "auth_uri",
    "token_uri",
    "auth_provider_x509_cert_url",
    "client_x509_cert_url",
    "universe_domain",
)

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

# Statuses worth retrying: the request timed out, the quota per minute was hit, or Google
# had a transient server error.
RETRY_STATUSES = frozenset({HTTPStatus.REQUEST_TIMEOUT, HTTPStatus.TOO_MANY_REQUESTS})
# Drive-style quota errors come as 403 with one of these reasons; they clear up like a 429.
RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded"})
# First backoff delay; it doubles at every retry (0.5 s, 1 s, 2 s, ...) ...
BACKOFF_BASE = 0.5
# ... but never beyond this, so a long budget means more tries rather than one huge wait.
BACKOFF_CAP = 16.0
# +-20 % jitter keeps several sessions that failed together from retrying in lockstep.
JITTER = 0.2

# Defaults of a read: a page should not hang on Google much longer than this. Timeout bounds
# each HTTP request, the retry budget the total time slept between retries.
DEFAULT_TIMEOUT = 10.0
DEFAULT_RETRY_BUDGET = 20.0
# Google allows 10 million cells per spreadsheet; the coalition workbook needs far fewer, and
# a grid this big is most likely a mistake (a formula filled down a million rows).
DEFAULT_MAX_CELLS = 2_000_000

# Injectable for tests: the retry loop sleeps with ``gsheets.sleep`` and draws its jitter
# factor from ``gsheets.jitter`` (a callable returning a float around 1).
sleep: Callable[[float], None] = time.sleep


def jitter() -> float:
    """A random factor in [1 - JITTER, 1 + JITTER] applied to each backoff delay."""
    return random.uniform(1 - JITTER, 1 + JITTER)


class RetryingHTTPClient(HTTPClient):
    """gspread's HTTP client, retrying transient failures within a time budget.

    Retries 408, 429, 5xx (even with a non-JSON body, when gspread's ``APIError.code`` is
    -1), Drive-style 403 rate-limit errors, connection errors and timeouts, sleeping
    ``BACKOFF_BASE * 2**n`` seconds (capped at ``BACKOFF_CAP``, with jitter, at least the
    ``Retry-After`` the server asked for) and giving up as soon as the next sleep would take
    the total slept past the retry budget. The budget and the per-request timeout are set
    per thread with ``policy()``, so one client can be shared (``st.cache_resource``) by
    sessions that run in different threads.
    """

    def __init__(self, auth: Any, session: requests.Session | None = None) -> None:
        self._local = threading.local()
        # Set by make_client: what to scrub from errors and whom to tell users to share with.
        self.secrets: tuple[str, ...] = ()
        self.client_email: str | None = None
        super().__init__(auth, session)
        # gspread's __init__ resets the timeout to None (wait forever): not for a dashboard.
        self.default_timeout: float | None = DEFAULT_TIMEOUT
        self.default_retry_budget = DEFAULT_RETRY_BUDGET

    # gspread reads ``self.timeout`` in request(); a property lets each thread's policy win.
    @property
    def timeout(self) -> float | None:  # type: ignore[override]
        return getattr(self._local, "timeout", self.default_timeout)

    @timeout.setter
    def timeout(self, value: float | None) -> None:
        # gspread's set_timeout(): the default for threads without a policy.
        self.default_timeout = value

    @property
    def retry_budget(self) -> float:
        return getattr(self._local, "retry_budget", self.default_retry_budget)

    @contextmanager
    def policy(self, *, timeout: float | None, retry_budget: float) -> Iterator[None]:
        """Use this timeout and retry budget for the requests this thread makes inside."""
        saved = dict(vars(self._local))
        self._local.timeout = timeout
        self._local.retry_budget = retry_budget
        try:
            yield
        finally:
            vars(self._local).clear()
            vars(self._local).update(saved)

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:
        slept = 0.0
        attempt = 0
        while True:
            try:
                return super().request(*args, **kwargs)
            except (TypeError, KeyError) as err:
                # gspread builds its APIError from Google's {"error": {"code": ...}} body;
                # any other error body (a proxy's, a stub's) breaks that constructor.
                name = type(err).__name__
                raise _Malformed(f"error answer not in Google's format: {name}") from None
            except APIError as err:
                if not _is_retryable(err):
                    raise
                failure: Exception = err
                asked = retry_after(err.response)
            except (
                requests.ConnectionError,
                requests.Timeout,
                auth_exceptions.TransportError,
            ) as err:
                failure, asked = err, 0.0
            delay = max(min(BACKOFF_BASE * 2**attempt, BACKOFF_CAP) * jitter(), asked)
            if slept + delay > self.retry_budget:
                raise failure
            sleep(delay)
            slept += delay
            attempt += 1


def http_status(err: APIError) -> int:
    """The HTTP status of a failed request."""
    # gspread sets code to -1 when the body is not JSON (an HTML 502 page from a proxy):
    # the HTTP status is the reliable one.
    response = getattr(err, "response", None)
    status = getattr(response, "status_code", None)
    return status if isinstance(status, int) else int(err.code)


def _error_reasons(err: APIError) -> set[str]:
    error = err.error if isinstance(err.error, Mapping) else {}
    reasons = {str(error.get("status", ""))}
    for item in error.get("errors") or ():
        if isinstance(item, Mapping):
            reasons.add(str(item.get("reason", "")))
    for item in error.get("details") or ():
        if isinstance(item, Mapping):
            reasons.add(str(item.get("reason", "")))
    return reasons


def is_rate_limit(err: APIError) -> bool:
    """Whether Google refused for quota (429, or a Drive-style 403): nothing was done."""
    status = http_status(err)
    return status == HTTPStatus.TOO_MANY_REQUESTS or (
        status == HTTPStatus.FORBIDDEN and bool(_error_reasons(err) & RATE_LIMIT_REASONS)
    )


def _is_retryable(err: APIError) -> bool:
    status = http_status(err)
    return status in RETRY_STATUSES or status >= 500 or is_rate_limit(err)


def retry_after(response: requests.Response | None) -> float:
    """The delay a ``Retry-After: <seconds>`` header asks for (0 if none or a date)."""
    value = response.headers.get("Retry-After", "") if response is not None else ""
    try:
        return max(float(value), 0.0)
    except ValueError:
        return 0.0


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


def make_client(
    credentials: Mapping[str, Any], scopes: Sequence[str] = (READONLY_SCOPE,)
) -> gspread.Client:
    """A gspread client for these credentials, with retries, read-only unless ``scopes``
    says otherwise (only the writer asks for ``WRITE_SCOPE``).

    ``credentials`` is the ``[connections.gsheets]`` secrets section as a dict:
    service-account fields (used when ``private_key`` or ``type = "service_account"`` is
    present) or ``api_key``. Unknown keys are ignored. Raises ``SourceError("bad_config")``
    when neither is usable. Building the client makes no request; the token is fetched on
    the first read.
    """
    if not isinstance(credentials, Mapping):
        raise SourceError("bad_config", "credentials must be a mapping")
    secrets = secrets_of(credentials)
    failure: SourceError | None = None
    client: gspread.Client | None = None
    email: str | None = None
    if credentials.get("private_key") or credentials.get("type") == "service_account":
        info = {k: credentials[k] for k in SERVICE_ACCOUNT_FIELDS if credentials.get(k)}
        info.setdefault("token_uri", DEFAULT_TOKEN_URI)
        info.setdefault("type", "service_account")
        if isinstance(info.get("private_key"), str) and "\n" not in info["private_key"]:
            # A key pasted into TOML without a multi-line string keeps literal "\n".
            info["private_key"] = info["private_key"].replace("\\n", "\n")
        missing = [k for k in ("private_key", "client_email") if not info.get(k)]
        email = str(info.get("client_email") or "") or None
        if missing:
            failure = SourceError(
                "bad_config", f"service account fields missing: {', '.join(missing)}"
            )
        else:
            try:
                creds = ServiceAccountCredentials.from_service_account_info(
                    info, scopes=list(scopes)
                )
                client = gspread.Client(auth=creds, http_client=RetryingHTTPClient)
            except (ValueError, TypeError, auth_exceptions.GoogleAuthError) as exc:
                failure = SourceError(
                    "bad_config",
                    f"service account key unusable: {type(exc).__name__}: {exc}",
                    secrets=secrets,
                    email=email,
                )
    elif isinstance(credentials.get("api_key"), str) and credentials["api_key"].strip():
        try:
            client = gspread.api_key(credentials["api_key"].strip(), http_client=RetryingHTTPClient)
        except (ValueError, auth_exceptions.GoogleAuthError) as exc:
            failure = SourceError(
                "bad_config", f"API key unusable: {type(exc).__name__}", secrets=secrets
            )
    else:
        failure = SourceError(
            "bad_config", "no service account fields and no api_key in the credentials"
        )
    # Raised outside the except blocks so no traceback carries the original exception.
    if failure is not None or client is None:
        raise failure or SourceError("bad_config", "no client")
    http = client.http_client
    if isinstance(http, RetryingHTTPClient):
        http.secrets = secrets
        http.client_email = email
    return client


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


@contextmanager
def request_policy(http: Any, *, timeout: float, retry_budget: float) -> Iterator[None]:
    """Use this timeout and retry budget for ``http``'s requests inside the block."""
    if isinstance(http, RetryingHTTPClient):
        with http.policy(timeout=timeout, retry_budget=retry_budget):
            yield
    else:
        http.set_timeout(timeout)
        yield


def token_of(http: Any) -> str:
    """The access token ``http`` holds now ('' if none): scrubbed from every message."""
    token = getattr(getattr(http, "auth", None), "token", None)
    return token if isinstance(token, str) else ""


class _Malformed(Exception):
    """The answer was valid HTTP but not the shape the Sheets API documents."""


def _parse_metadata(metadata: Any) -> tuple[str, list[tuple[str, int, int]]]:
    """The title and the (title, rows, columns) of each grid tab, in the sheet's order."""
    if not isinstance(metadata, Mapping) or not isinstance(metadata.get("sheets"), list):
        raise _Malformed("metadata without a 'sheets' list")
    properties = metadata.get("properties")
    title = properties.get("title") if isinstance(properties, Mapping) else None
    if not isinstance(title, str):
        raise _Malformed("metadata without a title")
    grids: list[tuple[str, int, int]] = []
    for sheet in metadata["sheets"]:
        props = sheet.get("properties") if isinstance(sheet, Mapping) else None
        if not isinstance(props, Mapping) or not isinstance(props.get("title"), str):
            raise _Malformed("a sheet without properties.title")
        if props.get("sheetType", "GRID") != "GRID":
            continue
        grid = props.get("gridProperties") or {}
        rows, columns = grid.get("rowCount", 0), grid.get("columnCount", 0)
        if not isinstance(rows, int) or not isinstance(columns, int) or rows < 0 or columns < 0:
            raise _Malformed("a sheet with an invalid gridProperties")
        grids.append((props["title"], rows, columns))
    return title, grids


def _parse_values(answer: Any, tabs: list[str]) -> dict[str, pd.DataFrame]:
    """One header-less DataFrame per tab from a batchGet answer (ranges in request order)."""
    if not isinstance(answer, Mapping) or not isinstance(answer.get("valueRanges"), list):
        raise _Malformed("batchGet answer without a 'valueRanges' list")
    ranges = answer["valueRanges"]
    if len(ranges) != len(tabs):
        raise _Malformed(f"{len(ranges)} value ranges for {len(tabs)} tabs")
    frames: dict[str, pd.DataFrame] = {}
    for name, value_range in zip(tabs, ranges, strict=True):
        if not isinstance(value_range, Mapping):
            raise _Malformed("a value range that is not an object")
        if value_range.get("majorDimension", "ROWS") != "ROWS":
            raise _Malformed("a value range not in ROWS order")
        rows = value_range.get("values", [])
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _Malformed("a value range whose values are not rows")
        for row in rows:
            for cell in row:
                if cell is not None and not isinstance(cell, str | int | float | bool):
                    raise _Malformed("a cell that is not a scalar")
        width = max((len(row) for row in rows), default=0)
        # Google drops trailing empty cells: pad so every row has the tab's width.
        padded = [row + [None] * (width - len(row)) for row in rows]
        frames[name] = pd.DataFrame(padded, columns=range(width), dtype=object)
    return frames


def _api_error(err: APIError, secrets: tuple[str, ...], email: str | None) -> SourceError:
    status = http_status(err)
    error = err.error if isinstance(err.error, Mapping) else {}
    if error.get("code") == -1:
        detail = f"HTTP {status} (body is not JSON)"
    else:
        detail = f"HTTP {status} {error.get('status', '')}: {error.get('message', '')}".strip()
    reasons = _error_reasons(err)
    if status == HTTPStatus.UNAUTHORIZED:
        reason = "unauthorized"
    elif is_rate_limit(err):
        reason = "rate_limited"
    elif status == HTTPStatus.FORBIDDEN:
        reason = "forbidden"
    elif status == HTTPStatus.NOT_FOUND:
        reason = "not_found"
    elif status == HTTPStatus.REQUEST_TIMEOUT:
        reason = "timeout"
    elif status >= 500:
        reason = "server"
    elif status == HTTPStatus.BAD_REQUEST and "API_KEY_INVALID" in reasons:
        # Google answers an invalid API key with 400, not 401.
        reason = "unauthorized"
    else:
        reason = "malformed"
    return SourceError(reason, detail, secrets=secrets, email=email)


def translate_failure(
    exc: BaseException, secrets: tuple[str, ...], email: str | None, token: str
) -> SourceError:
    """The SourceError for a failed request (a read or a write), scrubbed of credentials;
    re-raises what is not a source failure (a bug)."""
    secrets = (*secrets, token) if token else secrets
    name = type(exc).__name__

    def error(reason: str, detail: str) -> SourceError:
        return SourceError(reason, detail, secrets=secrets, email=email)

    if isinstance(exc, SourceError):
        return exc
    if isinstance(exc, APIError):
        return _api_error(exc, secrets, email)
    if isinstance(exc, _Malformed):
        return error("malformed", str(exc))
    # gspread's open_by_key turns 403 and 404 into these; the read path does not use it,
    # but a client used elsewhere in the same session might.
    if isinstance(exc, PermissionError):
        return error("forbidden", name)
    if isinstance(exc, SpreadsheetNotFound):
        return error("not_found", name)
    if isinstance(exc, ValueError):
        # requests' JSONDecodeError (also a RequestException): an HTML page or a truncated
        # body with a 200 status.
        return error("malformed", f"answer is not JSON: {name}")
    if isinstance(exc, requests.Timeout):
        return error("timeout", f"{name}: {exc}")
    if isinstance(exc, requests.ConnectionError):
        return error("network", f"{name}: {exc}")
    if isinstance(exc, auth_exceptions.TransportError):
        cause = exc.__cause__ or exc.__context__
        reason = "timeout" if isinstance(cause, requests.Timeout) else "network"
        return error(reason, f"token endpoint unreachable: {name}: {exc}")
    if isinstance(exc, auth_exceptions.RefreshError):
        # Retryable refresh errors are Google's token endpoint failing, not bad keys.
        reason = "server" if getattr(exc, "retryable", False) else "unauthorized"
        return error(reason, f"token refused: {exc}")
    if isinstance(exc, auth_exceptions.GoogleAuthError):
        return error("unauthorized", f"{name}: {exc}")
    if isinstance(exc, requests.RequestException):
        return error("network", f"{name}: {exc}")
    raise exc


__all__ = [
    "RetryingHTTPClient",
    "http_status",
    "is_rate_limit",
    "make_client",
    "parse_spreadsheet_key",
    "quote_sheet_title",
    "read_sheet",
    "read_with_client",
    "request_policy",
    "retry_after",
    "token_of",
    "translate_failure",
]
