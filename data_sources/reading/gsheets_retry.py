"""The Sheets API's transient failures (408, 429, 5xx, connection errors, timeouts) retried
with exponential backoff and jitter within a time budget, by gspread's HTTP client; the
timeout and budget set per thread.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http import HTTPStatus
from typing import Any

import requests
from google.auth import exceptions as auth_exceptions
from gspread.exceptions import APIError
from gspread.http_client import HTTPClient

from data_sources.reading.gsheets_errors import Malformed, http_status, is_rate_limit

# Statuses worth retrying: the request timed out, the quota per minute was hit, or Google
# had a transient server error.
RETRY_STATUSES = frozenset({HTTPStatus.REQUEST_TIMEOUT, HTTPStatus.TOO_MANY_REQUESTS})
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

# Injectable for tests: the retry loop sleeps with ``gsheets_retry.sleep`` and draws its jitter
# factor from ``gsheets_retry.jitter`` (a callable returning a float around 1).
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
                raise Malformed(f"error answer not in Google's format: {name}") from None
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


@contextmanager
def request_policy(http: Any, *, timeout: float, retry_budget: float) -> Iterator[None]:
    """Use this timeout and retry budget for ``http``'s requests inside the block."""
    if isinstance(http, RetryingHTTPClient):
        with http.policy(timeout=timeout, retry_budget=retry_budget):
            yield
    else:
        http.set_timeout(timeout)
        yield


__all__ = [
    "RetryingHTTPClient",
    "request_policy",
    "retry_after",
]
