"""A fake Google Sheets API v4 and OAuth token endpoint, for tests and local demos.

gspread and google-auth run for real; only their HTTP is answered here, through
``responses``, with the payload shapes Google documents:

- ``GET https://sheets.googleapis.com/v4/spreadsheets/{key}``: spreadsheet metadata
  (``spreadsheetId``, ``properties``, ``sheets[].properties`` with ``gridProperties``),
  honouring the ``fields`` partial-response mask;
- ``GET .../{key}/values:batchGet``: ``valueRanges`` for each ``ranges`` parameter (quoted
  or bare tab titles, optionally with an A1 rectangle), with ``valueRenderOption``,
  ``dateTimeRenderOption`` and ``majorDimension``, trailing empty cells and rows trimmed
  like Google does;
- ``POST .../{key}/values/{range}:append``: finds the table at the range (the block of
  non-empty rows starting at or below its first row) and writes after it, inserting rows
  (``insertDataOption=INSERT_ROWS``) or overwriting the rows below (``OVERWRITE``, the
  default); ``valueInputOption`` is required: ``RAW`` keeps strings as typed,
  ``USER_ENTERED`` parses numbers, booleans and formulas (``Formula``) as the Sheets UI
  does; answers ``tableRange`` and ``updates`` like the recorded gspread cassettes
  (burnash/gspread tests/cassettes/WorksheetTest.test_append_row*.json); every appended
  row is kept in ``appended``;
- ``PUT .../{key}/values/{range}``: writes values from the range's first cell;
- ``POST .../{key}:batchUpdate``: ``addSheet`` and ``appendDimension`` requests;
- writes need a token with the read-write ``spreadsheets`` scope from an account in
  ``editors`` (when given): an API key gets 401, a read-only token 403 with Google's
  ``ACCESS_TOKEN_SCOPE_INSUFFICIENT``; a write beyond the grid's columns is refused (400);
- ``POST https://oauth2.googleapis.com/token``: checks the JWT assertion's RS256 signature
  against the key of ``service_account_info()`` and issues an access token.

Writes made while a fault is queued with ``after=True`` are applied, then answered with the
fault: the request reached Google but its answer was lost (a timeout after the write).

Sheets requests are authenticated like Google does: a bearer token issued by the fake token
endpoint, or the API key (``x-goog-api-key`` header or ``key=`` parameter). Unknown
spreadsheets answer 404, unshared ones 403.

In a test::

    api = FakeSheetsApi({"coalitions": [["id", "nom"], ["envdata", "Données"]]})
    with api.mocked():  # or api.register(rsps) on your own RequestsMock
        workbook = read_sheet(api.url, api.secrets_section())
    assert api.sheets_requests == 2

Outside pytest (a launcher starting Streamlit against the fake)::

    api = FakeSheetsApi(tabs)
    api.start_intercepting()   # every requests call in this process now goes to the fake
    ...
    api.stop_intercepting()
"""

from __future__ import annotations

import base64
import functools
import hashlib
import itertools
import json
import re
import threading
import time as time_module
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import responses
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from requests.structures import CaseInsensitiveDict

SHEETS_HOST = "https://sheets.googleapis.com"
SHEETS_BASE = SHEETS_HOST + "/v4/spreadsheets"
TOKEN_URI = "https://oauth2.googleapis.com/token"
# The scope a token needs to change a spreadsheet (the read-only one only reads).
WRITE_SCOPE = "https://www.googleapis.com/auth/spreadsheets"
JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"

# A plausible 44-character spreadsheet key and a 39-character "AIza" API key.
DEFAULT_KEY = "1ReSeTfakeCoalitionSheet0123456789abcdefGHIJ"
FAKE_API_KEY = "AIzaSyFAKE-reset-dashboard-0123456789ab"
DEFAULT_EMAIL = "reset-dashboard@reset-coalitions.iam.gserviceaccount.com"
DEFAULT_PROJECT = "reset-coalitions"
# A new Google sheet is 1000 rows by 26 columns (A-Z); tabs are at least that big.
DEFAULT_GRID = (1000, 26)
# Day 0 of spreadsheet serial numbers.
SERIAL_EPOCH = datetime(1899, 12, 30)
# Local hosts a launcher may still reach for real while intercepting (Streamlit's server).
LOCAL_HOSTS = re.compile(r"^https?://(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(/|$)")

_STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    408: "DEADLINE_EXCEEDED",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    502: "UNAVAILABLE",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}
_STATUS_MESSAGES = {
    400: "Request contains an invalid argument.",
    401: "Request had invalid authentication credentials. Expected OAuth 2 access token, "
    "login cookie or other valid authentication credential.",
    403: "The caller does not have permission",
    404: "Requested entity was not found.",
    408: "The request timed out.",
    429: "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per "
    "minute per user' of service 'sheets.googleapis.com'.",
    500: "Internal error encountered.",
    502: "Bad gateway.",
    503: "The service is currently unavailable.",
    504: "Deadline exceeded.",
}


# --------------------------------------------------------------------------- credentials


_KEY_LOCK = threading.Lock()


def _session_key() -> rsa.RSAPrivateKey:
    # One real RSA key per process: generating one takes ~50 ms, signing with it is cheap.
    # Locked: threads asking at once must all get the same key, or their JWTs are refused.
    with _KEY_LOCK:
        return _generated_key()


@functools.cache
def _generated_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def private_key_pem() -> str:
    """The PEM (PKCS#8) private key of this process's fake service account."""
    return (
        _session_key()
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode("ascii")
    )


def _key_id() -> str:
    public = (
        _session_key()
        .public_key()
        .public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return hashlib.sha1(public, usedforsecurity=False).hexdigest()


def service_account_info(
    client_email: str = DEFAULT_EMAIL, project_id: str = DEFAULT_PROJECT
) -> dict[str, str]:
    """A service-account key file's fields, with a real RSA key google-auth can sign with.

    The key is generated once per process; the fake token endpoint checks JWT signatures
    against it, so a JWT signed with any other key is refused like Google would.
    """
    return {
        "type": "service_account",
        "project_id": project_id,
        "private_key_id": _key_id(),
        "private_key": private_key_pem(),
        "client_email": client_email,
        "client_id": "104242424242424242424",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": TOKEN_URI,
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/"
        + client_email.replace("@", "%40"),
        "universe_domain": "googleapis.com",
    }


def _b64decode(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


# --------------------------------------------------------------------------- A1 and masks


def column_letters(index: int) -> str:
    """The A1 letters of a 1-based column index (1 -> A, 27 -> AA)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _column_index(letters: str) -> int:
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - ord("A") + 1
    return index


def _quote_title(title: str) -> str:
    # Google quotes a title in the ranges it returns only when it has to.
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", title):
        return title
    return "'" + title.replace("'", "''") + "'"


_CELLS = re.compile(r"^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$")


def _split_range(text: str) -> tuple[str | None, str]:
    """(sheet title or None, cell part) of an A1 range."""
    if text.startswith("'"):
        title, i = [], 1
        while i < len(text):
            if text[i] == "'":
                if text[i + 1 : i + 2] == "'":
                    title.append("'")
                    i += 2
                    continue
                rest = text[i + 1 :]
                if rest and not rest.startswith("!"):
                    raise ValueError(text)
                return "".join(title), rest[1:]
            title.append(text[i])
            i += 1
        raise ValueError(text)
    if "!" in text:
        title, cells = text.split("!", 1)
        return title, cells
    return None, text


def _parse_fields(text: str) -> dict[str, Any]:
    """Google's partial-response ``fields`` syntax as a tree {name: subtree or None}."""

    def parse_list(i: int) -> tuple[dict[str, Any], int]:
        tree: dict[str, Any] = {}
        while i < len(text):
            j = i
            while j < len(text) and text[j] not in ",()":
                j += 1
            path = text[i:j].strip().split(".")
            sub: dict[str, Any] | None = None
            if j < len(text) and text[j] == "(":
                sub, j = parse_list(j + 1)
                if j >= len(text) or text[j] != ")":
                    raise ValueError(f"unbalanced fields mask {text!r}")
                j += 1
            node: dict[str, Any] | None = tree
            for name in path[:-1]:
                if name in node and node[name] is None:
                    node = None  # an ancestor is already selected whole
                    break
                node = node.setdefault(name, {})
            if node is not None:
                _merge_field(node, path[-1], sub)
            if j < len(text) and text[j] == ",":
                i = j + 1
                continue
            return tree, j
        return tree, i

    tree, end = parse_list(0)
    if end != len(text):
        raise ValueError(f"unbalanced fields mask {text!r}")
    return tree


def _merge_field(node: dict[str, Any], name: str, sub: dict[str, Any] | None) -> None:
    if name in node and node[name] is None:
        return
    if sub is None or name not in node:
        node[name] = sub
    else:
        for key, value in sub.items():
            _merge_field(node[name], key, value)


def _apply_mask(value: Any, tree: dict[str, Any] | None) -> Any:
    if tree is None or "*" in tree:
        return value
    if isinstance(value, list):
        return [_apply_mask(item, tree) for item in value]
    if isinstance(value, dict):
        return {k: _apply_mask(v, tree[k]) for k, v in value.items() if k in tree}
    return value


# --------------------------------------------------------------------------- cell rendering


def _serial(value: datetime | date | time) -> int | float:
    if isinstance(value, datetime):
        days = (value.replace(tzinfo=None) - SERIAL_EPOCH) / timedelta(days=1)
    elif isinstance(value, date):
        days = (value - SERIAL_EPOCH.date()).days
    else:
        days = (datetime.combine(date.min, value) - datetime.min) / timedelta(days=1)
    return int(days) if float(days).is_integer() else days


def _formatted(value: Any, locale: str) -> str:
    decimal_comma = locale.startswith("fr")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M:%S" if decimal_comma else "%m/%d/%Y %H:%M:%S")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y" if decimal_comma else "%m/%d/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",") if decimal_comma else text
    return str(value)


def _render(value: Any, value_option: str, date_option: str, locale: str) -> Any:
    if value is None or value == "":
        return ""
    if isinstance(value, Formula):
        # The fake does not compute formulas: it shows one the way Sheets shows a broken one.
        return value.text if value_option == "FORMULA" else "#ERROR!"
    if value_option == "FORMATTED_VALUE":
        return _formatted(value, locale)
    if isinstance(value, datetime | date | time):
        if date_option == "FORMATTED_STRING":
            return _formatted(value, locale)
        return _serial(value)
    return value


def _trim(rows: list[list[Any]]) -> list[list[Any]]:
    """Drop trailing empty cells of each row and trailing empty rows, as Google does."""
    trimmed = []
    for row in rows:
        end = len(row)
        while end and row[end - 1] == "":
            end -= 1
        trimmed.append(row[:end])
    while trimmed and not trimmed[-1]:
        trimmed.pop()
    return trimmed


# --------------------------------------------------------------------------- the fake


@dataclass(frozen=True)
class RecordedCall:
    """One request the fake answered: ``endpoint`` is metadata, values, token or other.

    ``headers`` is case-insensitive (google-auth sends ``authorization`` in lower case);
    ``status`` is 0 when an exception was raised instead of answering.
    """

    endpoint: str
    method: str
    url: str
    headers: Mapping[str, str]
    params: Mapping[str, list[str]]
    status: int


@dataclass
class _Fault:
    status: int | None
    body: Any
    headers: Mapping[str, str]
    exception: BaseException | None
    on: str
    times: int = field(default=1)
    after: bool = False


@dataclass(frozen=True)
class Formula:
    """A cell holding a formula (written with ``USER_ENTERED``); the fake never computes it."""

    text: str


@dataclass(frozen=True)
class AppendedRow:
    """A row ``values:append`` wrote: its tab, 1-based row number then, cells as stored."""

    tab: str
    row: int
    cells: tuple[Any, ...]
    value_input_option: str


@dataclass(frozen=True)
class _Write:
    """A write request: the tab and top-left cell of its range, its values as stored."""

    tab: str
    first_row: int
    first_col: int
    last_col: int
    values: list[list[Any]]
    option: str


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class FakeSheetsApi:
    """A spreadsheet served by a fake Sheets API v4 (see the module docstring).

    ``workbook`` maps each tab title, in order, to its rows (lists of cells: ``str``,
    ``int``, ``float``, ``bool``, ``datetime``/``date``/``time`` or ``None``). ``grid``
    overrides a tab's (rowCount, columnCount), e.g. to make it too large without sending
    millions of cells; ``chart_tabs`` adds chart-only sheets (no grid). ``api_key`` is the
    one key accepted, ``link_shared`` whether the sheet is readable with it; ``shared_with``
    the service-account e-mails allowed (``None``: any authenticated account), ``editors``
    those of them allowed to write (``None``: all).
    """

    def __init__(
        self,
        workbook: Mapping[str, Sequence[Sequence[Any]]],
        title: str = "Coalitions RESET",
        key: str = DEFAULT_KEY,
        *,
        api_key: str = FAKE_API_KEY,
        link_shared: bool = True,
        shared_with: Iterable[str] | None = None,
        editors: Iterable[str] | None = None,
        grid: Mapping[str, tuple[int, int]] | None = None,
        chart_tabs: Iterable[str] = (),
        locale: str = "fr_FR",
        time_zone: str = "Europe/Paris",
    ) -> None:
        self.workbook = {name: [list(row) for row in rows] for name, rows in workbook.items()}
        self.title = title
        self.key = key
        self.api_key = api_key
        self.link_shared = link_shared
        self.shared_with = None if shared_with is None else set(shared_with)
        self.editors = None if editors is None else set(editors)
        self.appended: list[AppendedRow] = []
        self.grid = dict(grid or {})
        self.chart_tabs = list(chart_tabs)
        self.locale = locale
        self.time_zone = time_zone
        self.calls: list[RecordedCall] = []
        self.issued_tokens: dict[str, dict[str, str]] = {}
        self._faults: deque[_Fault] = deque()
        self._lock = threading.RLock()
        self._token_numbers = itertools.count(1)
        self._mock: responses.RequestsMock | None = None

    # ---------------------------------------------------------------- conveniences

    @property
    def url(self) -> str:
        """The spreadsheet's URL as a user would copy it from the browser."""
        return f"https://docs.google.com/spreadsheets/d/{self.key}/edit#gid=0"

    @property
    def sheets_requests(self) -> int:
        """How many Sheets API requests were made (failed ones included; tokens excluded)."""
        with self._lock:
            return sum(1 for call in self.calls if call.endpoint != "token")

    @property
    def token_requests(self) -> int:
        """How many times the token endpoint was called."""
        with self._lock:
            return sum(1 for call in self.calls if call.endpoint == "token")

    def sheets_calls(self) -> list[RecordedCall]:
        """The Sheets API requests, in order."""
        with self._lock:
            return [call for call in self.calls if call.endpoint != "token"]

    def secrets_section(self, mode: str = "service_account", **extra: Any) -> dict[str, Any]:
        """A ``[connections.gsheets]`` secrets section for this sheet, as a dict.

        ``mode`` is ``service_account`` (the fields of ``service_account_info()``) or
        ``api_key``; ``extra`` adds or overrides keys (``worksheet``, ``ttl``, ...).
        """
        section: dict[str, Any] = {"spreadsheet": self.url}
        if mode == "service_account":
            section.update(service_account_info())
        elif mode == "api_key":
            section["api_key"] = self.api_key
        else:
            raise ValueError(f"unknown mode {mode!r}")
        section.update(extra)
        return section

    def fail_next(
        self,
        status: int | None = None,
        body: Any = None,
        *,
        times: int = 1,
        on: str = "sheets",
        headers: Mapping[str, str] | None = None,
        exception: BaseException | None = None,
        after: bool = False,
    ) -> None:
        """Answer the next ``times`` matching requests with ``status``/``body`` instead.

        ``on`` is ``sheets`` (any Sheets request), ``metadata``, ``values`` (batchGet),
        ``get`` (values.get), ``append``, ``update``, ``batchUpdate`` or ``token``. ``after``:
        the request is carried out first (a write lands), then answered with the fault.
        ``body`` is a dict (sent as JSON), a str or bytes (sent as is, as HTML when it
        starts with ``<``), or ``None`` for Google's own JSON error for ``status``. A 200
        status with an odd body serves malformed answers. ``exception`` (e.g.
        ``requests.ConnectionError()``) is raised instead of answering. Calls queue up:
        ``fail_next(503); fail_next(429)`` fails the next two requests, in that order.
        """
        if on not in (
            "sheets",
            "metadata",
            "values",
            "get",
            "append",
            "update",
            "batchUpdate",
            "token",
        ):
            raise ValueError(f"unknown endpoint {on!r}")
        if status is None and exception is None:
            raise ValueError("give a status or an exception")
        with self._lock:
            fault = _Fault(status, body, dict(headers or {}), exception, on, times, after)
            self._faults.append(fault)

    def clear_faults(self) -> None:
        """Forget the queued faults: the service is back."""
        with self._lock:
            self._faults.clear()

    def reset_calls(self) -> None:
        """Forget the recorded calls (the issued tokens stay valid)."""
        with self._lock:
            self.calls.clear()

    # ---------------------------------------------------------------- wiring

    def register(self, rsps: responses.RequestsMock) -> None:
        """Add the Sheets API and token endpoint callbacks to ``rsps``.

        Create ``rsps`` with ``assert_all_requests_are_fired=False`` (or use ``mocked()``):
        which endpoints a read calls depends on the credentials.
        """
        sheets = re.compile("^" + re.escape(SHEETS_HOST) + r"/.*$")
        for method in ("GET", "POST", "PUT"):
            rsps.add_callback(method, sheets, callback=self._sheets_callback)
        rsps.add_callback("POST", TOKEN_URI, callback=self._token_callback)

    @contextmanager
    def mocked(self) -> Iterator[responses.RequestsMock]:
        """A ``responses.RequestsMock`` serving this fake, for a ``with`` block.

        It does not insist that every endpoint is called (an API-key read never calls the
        token endpoint); everything else is unreachable, as with no network.
        """
        with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
            self.register(rsps)
            yield rsps

    def start_intercepting(self, *, passthrough_local: bool = True) -> responses.RequestsMock:
        """Route every ``requests`` call of this process to the fake until stopped.

        Other hosts fail with a ``ConnectionError`` like an unreachable network, except
        localhost/127.0.0.1 when ``passthrough_local`` (a launcher's own server).
        """
        if self._mock is not None:
            raise RuntimeError("already intercepting")
        mock = responses.RequestsMock(assert_all_requests_are_fired=False)
        if passthrough_local:
            mock.add_passthru(LOCAL_HOSTS)
        self.register(mock)
        mock.start()
        self._mock = mock
        return mock

    def stop_intercepting(self) -> None:
        """Stop routing requests to the fake."""
        if self._mock is not None:
            self._mock.stop(allow_assert=False)
            self._mock.reset()
            self._mock = None

    @contextmanager
    def intercepting(self, *, passthrough_local: bool = True) -> Iterator[FakeSheetsApi]:
        """``start_intercepting()`` for the duration of a ``with`` block."""
        self.start_intercepting(passthrough_local=passthrough_local)
        try:
            yield self
        finally:
            self.stop_intercepting()

    # ---------------------------------------------------------------- callbacks

    def _record(self, endpoint: str, request: Any, status: int) -> None:
        parts = urlsplit(request.url)
        self.calls.append(
            RecordedCall(
                endpoint=endpoint,
                method=request.method,
                url=request.url,
                headers=CaseInsensitiveDict(request.headers),
                params=parse_qs(parts.query, keep_blank_values=True),
                status=status,
            )
        )

    def _take_fault(self, endpoint: str) -> _Fault | None:
        if not self._faults:
            return None
        fault = self._faults[0]
        matches = fault.on == endpoint or (fault.on == "sheets" and endpoint != "token")
        if not matches:
            return None
        fault.times -= 1
        if fault.times <= 0:
            self._faults.popleft()
        return fault

    def _fault_response(self, fault: _Fault) -> Any:
        if fault.exception is not None:
            return fault.exception
        status = int(fault.status or 500)
        headers = dict(fault.headers)
        body = fault.body
        if body is None:
            body = _google_error(status)
        if isinstance(body, dict | list):
            headers.setdefault("Content-Type", "application/json; charset=UTF-8")
            return status, headers, json.dumps(body)
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
        kind = "text/html" if text.lstrip().startswith("<") else "text/plain"
        headers.setdefault("Content-Type", f"{kind}; charset=UTF-8")
        return status, headers, text

    def _sheets_callback(self, request: Any) -> Any:
        with self._lock:
            path = unquote(urlsplit(request.url).path)
            prefix = f"/v4/spreadsheets/{self.key}"
            endpoint = _endpoint(request.method, path, prefix)
            fault = self._take_fault(endpoint)
            if fault is not None and not fault.after:
                answer = self._fault_response(fault)
                self._record(endpoint, request, 0 if fault.exception else answer[0])
                return answer
            status, body = self._authorize(request, write=endpoint in WRITE_ENDPOINTS)
            if status == 200:
                if endpoint == "metadata":
                    status, body = self._metadata(request)
                elif endpoint == "values":
                    status, body = self._batch_get(request)
                elif endpoint == "get":
                    status, body = self._get(request, path[len(prefix + "/values/") :])
                elif endpoint == "append":
                    status, body = self._append(request, path[len(prefix + "/values/") :])
                elif endpoint == "update":
                    status, body = self._update(request, path[len(prefix + "/values/") :])
                elif endpoint == "batchUpdate":
                    status, body = self._batch_update(request)
                elif path.startswith("/v4/spreadsheets/"):
                    status, body = 404, _google_error(404)
                else:
                    status, body = 404, _google_error(404, "Method not found.")
            if fault is not None:  # after=True: the write happened, its answer is lost
                answer = self._fault_response(fault)
                self._record(endpoint, request, 0 if fault.exception else answer[0])
                return answer
            self._record(endpoint, request, status)
            return status, {"Content-Type": "application/json; charset=UTF-8"}, json.dumps(body)

    def _authorize(self, request: Any, *, write: bool = False) -> tuple[int, Any]:
        authorization = request.headers.get("Authorization", "")
        params = parse_qs(urlsplit(request.url).query)
        api_key = request.headers.get("x-goog-api-key") or (params.get("key") or [""])[0]
        if authorization.startswith("Bearer "):
            grant = self.issued_tokens.get(authorization[len("Bearer ") :])
            if grant is None:
                return 401, _google_error(401)
            if self.shared_with is not None and grant["email"] not in self.shared_with:
                return 403, _google_error(403)
            if write and WRITE_SCOPE not in grant["scope"].split():
                return 403, _google_error(
                    403,
                    "Request had insufficient authentication scopes.",
                    "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
                )
            if write and self.editors is not None and grant["email"] not in self.editors:
                return 403, _google_error(403)
            return 200, None
        if api_key and write:
            # Google refuses any write made with an API key, whatever the sharing.
            return 401, _google_error(
                401,
                "API keys are not supported by this API. Expected "
                "OAuth2 access token or other authentication credentials "
                "that assert a principal.",
                "CREDENTIALS_MISSING",
            )
        if api_key:
            if api_key != self.api_key:
                return 400, _google_error(
                    400, "API key not valid. Please pass a valid API key.", "API_KEY_INVALID"
                )
            return (200, None) if self.link_shared else (403, _google_error(403))
        return 403, _google_error(403, "The request is missing a valid API key.")

    def _metadata(self, request: Any) -> tuple[int, Any]:
        sheets = []
        for index, name in enumerate(self.workbook):
            row_count, column_count = self._grid_of(name)
            sheets.append(
                {
                    "properties": {
                        "sheetId": _sheet_id(name),
                        "title": name,
                        "index": index,
                        "sheetType": "GRID",
                        "gridProperties": {"rowCount": row_count, "columnCount": column_count},
                    }
                }
            )
        for offset, name in enumerate(self.chart_tabs):
            sheets.append(
                {
                    "properties": {
                        "sheetId": _sheet_id(name),
                        "title": name,
                        "index": len(self.workbook) + offset,
                        "sheetType": "OBJECT",
                    }
                }
            )
        body = {
            "spreadsheetId": self.key,
            "properties": {
                "title": self.title,
                "locale": self.locale,
                "autoRecalc": "ON_CHANGE",
                "timeZone": self.time_zone,
            },
            "sheets": sheets,
            "spreadsheetUrl": f"https://docs.google.com/spreadsheets/d/{self.key}/edit",
        }
        fields = parse_qs(urlsplit(request.url).query).get("fields")
        if fields:
            try:
                body = _apply_mask(body, _parse_fields(fields[0]))
            except ValueError:
                return 400, _google_error(400, f"Invalid field selection {fields[0]}")
        return 200, body

    def _batch_get(self, request: Any) -> tuple[int, Any]:
        params = parse_qs(urlsplit(request.url).query, keep_blank_values=True)
        value_option = (params.get("valueRenderOption") or ["FORMATTED_VALUE"])[0]
        date_option = (params.get("dateTimeRenderOption") or ["SERIAL_NUMBER"])[0]
        dimension = (params.get("majorDimension") or ["ROWS"])[0]
        value_ranges = []
        for text in params.get("ranges", []):
            status, value_range = self._value_range(text, value_option, date_option, dimension)
            if status != 200:
                return status, value_range
            value_ranges.append(value_range)
        return 200, {"spreadsheetId": self.key, "valueRanges": value_ranges}

    def _get(self, request: Any, text: str) -> tuple[int, Any]:
        params = parse_qs(urlsplit(request.url).query, keep_blank_values=True)
        return self._value_range(
            text,
            (params.get("valueRenderOption") or ["FORMATTED_VALUE"])[0],
            (params.get("dateTimeRenderOption") or ["SERIAL_NUMBER"])[0],
            (params.get("majorDimension") or ["ROWS"])[0],
        )

    def _value_range(
        self, text: str, value_option: str, date_option: str, dimension: str
    ) -> tuple[int, Any]:
        """The ValueRange of one A1 range (``values.get``, or one of ``values:batchGet``)."""
        found = self._resolve(text)
        if found is None:
            return 400, _google_error(400, f"Unable to parse range: {text}")
        name, first_row, first_col, last_row, last_col = found
        rows = self.workbook[name]
        picked = [
            [
                _render(cell, value_option, date_option, self.locale)
                for cell in list(row[first_col - 1 : last_col])
            ]
            for row in rows[first_row - 1 : last_row]
        ]
        values = _trim(picked)
        if dimension == "COLUMNS":
            width = max((len(row) for row in values), default=0)
            padded = [row + [""] * (width - len(row)) for row in values]
            values = _trim([list(column) for column in zip(*padded, strict=True)])
        value_range: dict[str, Any] = {
            "range": f"{_quote_title(name)}!{column_letters(first_col)}{first_row}:"
            f"{column_letters(last_col)}{last_row}",
            "majorDimension": dimension,
        }
        if values:
            # Google leaves "values" out of an empty range.
            value_range["values"] = values
        return 200, value_range

    def _resolve(self, text: str) -> tuple[str, int, int, int, int] | None:
        """(tab, first row, first column, last row, last column), 1-based, of a range."""
        try:
            title, cells = _split_range(text)
        except ValueError:
            return None
        if title is None:
            if text in self.workbook:
                title, cells = text, ""
            else:
                title = next(iter(self.workbook), None)
        if title not in self.workbook:
            return None
        row_count, column_count = self._grid_of(title)
        match = _CELLS.match(cells)
        if match is None:
            return None
        start_col, start_row, end_col, end_row = match.groups()
        first_col = _column_index(start_col) if start_col else 1
        first_row = int(start_row) if start_row else 1
        if end_col is None and end_row is None:
            # A single cell ("B2"), or the whole tab when the cell part is empty.
            last_col = first_col if start_col else column_count
            last_row = first_row if start_row else row_count
        else:
            last_col = _column_index(end_col) if end_col else column_count
            last_row = int(end_row) if end_row else row_count
        return title, first_row, first_col, last_row, last_col

    # ---------------------------------------------------------------- writes

    def _grid_of(self, name: str) -> tuple[int, int]:
        rows = self.workbook[name]
        width = max((len(row) for row in rows), default=0)
        return self.grid.get(name, (max(DEFAULT_GRID[0], len(rows)), max(DEFAULT_GRID[1], width)))

    def _set_cell(self, name: str, row: int, column: int, value: Any) -> None:
        rows = self.workbook[name]
        while len(rows) < row:
            rows.append([])
        cells = rows[row - 1]
        cells.extend([None] * (column - len(cells)))
        cells[column - 1] = value

    def _write_body(self, request: Any, text: str) -> _Write:
        """What a write asks for; raises ``_Refused`` with Google's answer when it is bad."""
        params = parse_qs(urlsplit(request.url).query)
        option = (params.get("valueInputOption") or [""])[0]
        if option not in ("RAW", "USER_ENTERED"):
            raise _Refused(400, "'valueInputOption' is required but not specified")
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            raise _Refused(400, "Invalid JSON payload received.") from None
        values = body.get("values", [])
        if body.get("majorDimension", "ROWS") != "ROWS" or not all(
            isinstance(row, list) for row in values
        ):
            raise _Refused(400, "Invalid values: rows of cells expected.")
        found = self._resolve(text)
        if found is None:
            raise _Refused(400, f"Unable to parse range: {text}")
        name, first_row, first_col, _, last_col = found
        cells = [[_input(cell, option) for cell in row] for row in values]
        return _Write(name, first_row, first_col, last_col, cells, option)

    def _updated(self, write: _Write, first_row: int) -> dict[str, Any]:
        """The ``UpdateValuesResponse`` of ``write``'s values written from ``first_row``."""
        width = max((len(row) for row in write.values), default=0)
        last = column_letters(write.first_col + max(width, 1) - 1)
        return {
            "spreadsheetId": self.key,
            "updatedRange": f"{_quote_title(write.tab)}!{column_letters(write.first_col)}"
            f"{first_row}:{last}{first_row + len(write.values) - 1}",
            "updatedRows": len(write.values),
            "updatedColumns": width,
            "updatedCells": sum(len(row) for row in write.values),
        }

    def _append(self, request: Any, text: str) -> tuple[int, Any]:
        try:
            write = self._write_body(request, text.removesuffix(":append"))
        except _Refused as refused:
            return refused.status, _google_error(refused.status, refused.message)
        params = parse_qs(urlsplit(request.url).query)
        insert = (params.get("insertDataOption") or ["OVERWRITE"])[0]
        rows = self.workbook[write.tab]

        def filled(number: int) -> bool:
            cells = rows[number - 1] if number <= len(rows) else []
            return any(c not in (None, "") for c in cells[write.first_col - 1 : write.last_col])

        # The table: the first block of non-empty rows at or below the range's first row.
        start = next((n for n in range(write.first_row, len(rows) + 1) if filled(n)), None)
        end = start
        while end is not None and end < len(rows) and filled(end + 1):
            end += 1
        at = write.first_row if end is None else end + 1
        grid_rows, grid_cols = self._grid_of(write.tab)
        if insert == "INSERT_ROWS":
            for offset, _ in enumerate(write.values):
                if at - 1 + offset <= len(rows):
                    rows.insert(at - 1 + offset, [])
            grid_rows += len(write.values)
        width = max((len(row) for row in write.values), default=0)
        for offset, row in enumerate(write.values):
            for index, cell in enumerate(row):
                self._set_cell(write.tab, at + offset, write.first_col + index, cell)
            self.appended.append(AppendedRow(write.tab, at + offset, tuple(row), write.option))
        # Appending past the grid adds the rows and columns it needs.
        self.grid[write.tab] = (
            max(grid_rows, at + len(write.values) - 1),
            max(grid_cols, write.first_col + width - 1),
        )
        answer: dict[str, Any] = {"spreadsheetId": self.key}
        if start is not None:
            used = max(_used_width(rows[n - 1]) for n in range(start, end + 1))
            answer["tableRange"] = (
                f"{_quote_title(write.tab)}!{column_letters(write.first_col)}{start}:"
                f"{column_letters(max(used, write.first_col))}{end}"
            )
        answer["updates"] = self._updated(write, at)
        return 200, answer

    def _update(self, request: Any, text: str) -> tuple[int, Any]:
        try:
            write = self._write_body(request, text)
        except _Refused as refused:
            return refused.status, _google_error(refused.status, refused.message)
        grid_rows, grid_cols = self._grid_of(write.tab)
        width = max((len(row) for row in write.values), default=0)
        last_row = write.first_row + len(write.values) - 1
        if last_row > grid_rows or write.first_col + width - 1 > grid_cols:
            return 400, _google_error(
                400,
                f"Range ({_quote_title(write.tab)}!{text.split('!')[-1]}) exceeds grid limits. "
                f"Max rows: {grid_rows}, max columns: {grid_cols}",
            )
        for offset, row in enumerate(write.values):
            for index, cell in enumerate(row):
                self._set_cell(write.tab, write.first_row + offset, write.first_col + index, cell)
        return 200, self._updated(write, write.first_row)

    def _batch_update(self, request: Any) -> tuple[int, Any]:
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            return 400, _google_error(400, "Invalid JSON payload received.")
        replies: list[dict[str, Any]] = []
        ids = {_sheet_id(name): name for name in self.workbook}
        for number, item in enumerate(body.get("requests", [])):
            if "addSheet" in item:
                props = item["addSheet"].get("properties", {})
                title = props.get("title", "")
                if title in self.workbook:
                    return 400, _google_error(
                        400,
                        f'Invalid requests[{number}].addSheet: A sheet with the name "{title}" '
                        "already exists. Please enter another name.",
                    )
                grid = props.get("gridProperties", {})
                self.workbook[title] = []
                self.grid[title] = (
                    grid.get("rowCount", DEFAULT_GRID[0]),
                    grid.get("columnCount", DEFAULT_GRID[1]),
                )
                ids[_sheet_id(title)] = title
                rows, columns = self.grid[title]
                replies.append(
                    {
                        "addSheet": {
                            "properties": {
                                "sheetId": _sheet_id(title),
                                "title": title,
                                "index": len(self.workbook) - 1,
                                "sheetType": "GRID",
                                "gridProperties": {"rowCount": rows, "columnCount": columns},
                            }
                        }
                    }
                )
            elif "appendDimension" in item:
                spec = item["appendDimension"]
                name = ids.get(spec.get("sheetId"))
                if name is None:
                    return 400, _google_error(
                        400, f"Invalid requests[{number}].appendDimension: No grid with id"
                    )
                rows, columns = self._grid_of(name)
                length = int(spec.get("length", 0))
                if spec.get("dimension") == "COLUMNS":
                    columns += length
                else:
                    rows += length
                self.grid[name] = (rows, columns)
                replies.append({})
            else:
                return 400, _google_error(400, f"Invalid requests[{number}]: not supported")
        return 200, {"spreadsheetId": self.key, "replies": replies}

    def _token_callback(self, request: Any) -> Any:
        with self._lock:
            fault = self._take_fault("token")
            if fault is not None:
                answer = self._fault_response(fault)
                self._record("token", request, 0 if fault.exception else answer[0])
                return answer
            status, body = self._grant(request)
            self._record("token", request, status)
            return status, {"Content-Type": "application/json; charset=utf-8"}, json.dumps(body)

    def _grant(self, request: Any) -> tuple[int, Any]:
        raw = request.body or b""
        form = parse_qs(raw.decode("utf-8") if isinstance(raw, bytes) else raw)
        if form.get("grant_type") != [JWT_GRANT] or len(form.get("assertion", [])) != 1:
            return 400, {
                "error": "unsupported_grant_type",
                "error_description": "Invalid grant_type.",
            }
        refused = {"error": "invalid_grant", "error_description": "Invalid JWT Signature."}
        try:
            header_b64, payload_b64, signature_b64 = form["assertion"][0].split(".")
            header = json.loads(_b64decode(header_b64))
            claims = json.loads(_b64decode(payload_b64))
            if header.get("alg") != "RS256":
                return 400, refused
            _session_key().public_key().verify(
                _b64decode(signature_b64),
                f"{header_b64}.{payload_b64}".encode("ascii"),
                padding.PKCS1v15(),
                hashes.SHA256(),
            )
        except (ValueError, InvalidSignature):
            return 400, refused
        now = time_module.time()
        if claims.get("aud") != TOKEN_URI or not claims.get("iss"):
            return 400, {"error": "invalid_grant", "error_description": "Invalid JWT audience."}
        if not (claims.get("iat", 0) - 300 <= now <= claims.get("exp", 0) + 300):
            return 400, {"error": "invalid_grant", "error_description": "Invalid JWT: expired."}
        digest = hashlib.sha256(signature_b64.encode("ascii")).hexdigest()[:16]
        token = f"ya29.fake-{next(self._token_numbers)}-{digest}"
        self.issued_tokens[token] = {"email": claims["iss"], "scope": claims.get("scope", "")}
        return 200, {"access_token": token, "expires_in": 3599, "token_type": "Bearer"}


def _sheet_id(name: str) -> int:
    # A stable, positive 31-bit id per title, like the gids Google assigns.
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:7], 16)


def _google_error(status: int, message: str | None = None, reason: str | None = None) -> dict:
    """Google's JSON error body for ``status``."""
    error: dict[str, Any] = {
        "code": status,
        "message": message or _STATUS_MESSAGES.get(status, HTTPStatus(status).phrase),
        "status": _STATUS_NAMES.get(status, "UNKNOWN"),
    }
    if reason:
        error["details"] = [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": reason,
                "domain": "googleapis.com",
            }
        ]
    return {"error": error}


# Requests that change the spreadsheet: they need the read-write scope.
WRITE_ENDPOINTS = frozenset({"append", "update", "batchUpdate"})


def _endpoint(method: str, path: str, prefix: str) -> str:
    if method == "GET" and path == prefix:
        return "metadata"
    if method == "GET" and path == prefix + "/values:batchGet":
        return "values"
    if method == "GET" and path.startswith(prefix + "/values/"):
        return "get"
    if method == "POST" and path.startswith(prefix + "/values/") and path.endswith(":append"):
        return "append"
    if method == "PUT" and path.startswith(prefix + "/values/"):
        return "update"
    if method == "POST" and path == prefix + ":batchUpdate":
        return "batchUpdate"
    return "other"


_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


def _input(cell: Any, option: str) -> Any:
    """A written cell as the sheet stores it: ``RAW`` keeps text; ``USER_ENTERED`` parses it
    like typing in the Sheets UI (numbers, TRUE/FALSE, and a leading ``=`` makes a formula)."""
    if option == "RAW" or not isinstance(cell, str):
        return cell
    if cell.startswith("="):
        return Formula(cell)
    if cell.upper() in ("TRUE", "FALSE"):
        return cell.upper() == "TRUE"
    if _NUMBER.match(cell.strip()):
        number = float(cell.strip().replace(",", "."))
        return int(number) if number.is_integer() else number
    return cell


def _used_width(row: Sequence[Any]) -> int:
    """1 + the index of the row's last non-empty cell (0 for an empty row)."""
    return max((i + 1 for i, cell in enumerate(row) if cell not in (None, "")), default=0)
