"""A failed Sheets API request (a read or a write) classified (HTTP status, rate limit) and
turned into a ``SourceError`` whose reason says what the user can do, every credential
scrubbed from its text.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus

import requests
from google.auth import exceptions as auth_exceptions
from gspread.exceptions import APIError, SpreadsheetNotFound

from data_sources.reading.errors import SourceError

# Drive-style quota errors come as 403 with one of these reasons; they clear up like a 429.
RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded"})


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


class Malformed(Exception):
    """The answer was valid HTTP but not the shape the Sheets API documents."""


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
    if isinstance(exc, Malformed):
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
    "http_status",
    "is_rate_limit",
    "translate_failure",
]
