"""The gspread client of a Google Sheet: built from credentials that arrive as a plain dict
laid out like st-gsheets-connection's ``[connections.gsheets]`` secrets section:
service-account fields (``type``, ``private_key``, ``client_email``, ...) or an ``api_key``
for a sheet shared by link. Read-only unless the writer asks for more.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import gspread
from google.auth import exceptions as auth_exceptions
from google.oauth2.service_account import Credentials as ServiceAccountCredentials

from data_sources.reading.errors import SourceError, secrets_of
from data_sources.reading.gsheets_retry import RetryingHTTPClient

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


def token_of(http: Any) -> str:
    """The access token ``http`` holds now ('' if none): scrubbed from every message."""
    token = getattr(getattr(http, "auth", None), "token", None)
    return token if isinstance(token, str) else ""


__all__ = [
    "make_client",
    "token_of",
]
