"""Why a source could not be read, in words a user can act on, without leaking secrets.

Every reader raises ``SourceError`` with a ``reason`` (one of ``REASONS``) and a short
technical ``detail``. The detail is scrubbed when the error is built: credentials (the
private key of a service account, an API key, access tokens) never reach ``str(err)``, a
log line or a traceback. The user-facing message comes from the catalogue
(``source.error.<reason>``), in French or English, and says what to do.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping

from coalitions.i18n import DEFAULT_LANGUAGE, translate

REASONS = (
    "network",
    "timeout",
    "unauthorized",
    "forbidden",
    "not_found",
    "rate_limited",
    "server",
    "malformed",
    "too_large",
    "bad_config",
    "unreadable",
)

# What replaces a scrubbed value: visible, so a reader of a log knows something was removed.
REDACTED = "[REDACTED]"

# Credential fields whose values are secrets. A service account's client_email, project_id
# and client_id are not secrets (the e-mail is even shown to users so they can share the
# sheet with it).
SECRET_FIELDS = (
    "private_key",
    "private_key_id",
    "api_key",
    "client_secret",
    "refresh_token",
    "access_token",
    "token",
)

# A PEM private key, complete or cut short (a truncated message may hold only its start).
_PEM = re.compile(
    r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|\Z)",
    re.DOTALL,
)
# "key=..." in a URL or a form body (Google API keys travel that way in some clients), and
# secret fields written as name=value.
_KEY_PARAM = re.compile(
    r"(?<![A-Za-z0-9_])(key|assertion|" + "|".join(SECRET_FIELDS) + r")=[^&#\s'\"]+"
)
# The header google-auth sends an API key in, as printed by a log or an exception.
_API_KEY_HEADER = re.compile(r"""(?i)(x-goog-api-key["']?\s*[:=]\s*["']?)[^\s'",}]+""")
# The shape of every Google API key: "AIza" and 35 URL-safe characters.
_GOOGLE_API_KEY = re.compile(r"\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])")
_BEARER = re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]+")
# Google OAuth access tokens start with "ya29."; JWTs (signed assertions) with "eyJ".
_GOOGLE_TOKEN = re.compile(r"\bya29\.[A-Za-z0-9._~+/=-]+")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
# A JSON/repr field holding a secret, e.g. '"access_token": "..."'.
_SECRET_FIELD_VALUE = re.compile(
    r"""(["']?(?:""" + "|".join(SECRET_FIELDS) + r""")["']?\s*[:=]\s*)(["'])(?:\\.|(?!\2).)*\2""",
    re.DOTALL,
)

# A detail is for a log or an expander, not a dump of a response body.
MAX_DETAIL = 300


def _variants(secret: str) -> set[str]:
    """The ways a secret can be spelled in a message: as is, JSON/repr-escaped, its lines."""
    forms = {secret, secret.strip()}
    forms.add(secret.encode("unicode_escape").decode("ascii", "replace"))
    forms.add(secret.replace("\n", "\\n"))
    # A PEM key is often printed line by line; its base64 lines are secret on their own.
    forms.update(line.strip() for line in secret.splitlines() if len(line.strip()) >= 16)
    return {form for form in forms if form}


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every secret removed.

    Removes each value of ``secrets`` (also in its escaped and line-by-line forms), any
    ``key=``/``assertion=``/``<secret field>=`` value, the ``x-goog-api-key`` header,
    anything shaped like a Google API key (``AIza...``), PEM private keys (even cut short),
    bearer tokens, Google access tokens, JWTs and JSON fields named like secrets.
    Secrets are replaced longest first so that one secret containing another is removed
    whole.
    """
    forms: set[str] = set()
    for secret in secrets:
        if isinstance(secret, str) and secret:
            forms |= _variants(secret)
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, REDACTED)
    text = _PEM.sub(REDACTED, text)
    text = _SECRET_FIELD_VALUE.sub(
        lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}{m.group(2)}", text
    )
    text = _KEY_PARAM.sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    text = _API_KEY_HEADER.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    text = _GOOGLE_API_KEY.sub(REDACTED, text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _GOOGLE_TOKEN.sub(REDACTED, text)
    return _JWT.sub(REDACTED, text)


def secrets_of(credentials: Mapping[str, object]) -> tuple[str, ...]:
    """The secret values of a credentials mapping (see ``SECRET_FIELDS``)."""
    return tuple(
        value for name in SECRET_FIELDS if isinstance(value := credentials.get(name), str) and value
    )


def short_detail(detail: object, secrets: Iterable[str] = ()) -> str:
    """``detail`` as text fit for a log line: scrubbed (see ``scrub``), cut to ``MAX_DETAIL``."""
    clean = scrub(str(detail), secrets)
    return clean[: MAX_DETAIL - 1] + "…" if len(clean) > MAX_DETAIL else clean


class _Blank(dict):
    """Placeholder values for a message whose parameters were not all given."""

    def __missing__(self, key: str) -> str:
        return "…"


class SourceError(Exception):
    """A source could not be read.

    ``reason`` is one of ``REASONS``; ``detail`` a short technical detail, scrubbed of
    ``secrets`` and of anything that looks like a credential; ``email`` the service
    account's e-mail when known (not a secret: users must share the sheet with it);
    ``params`` extra placeholders of the user message (e.g. ``cells``/``limit`` for
    ``too_large``).
    """

    def __init__(
        self,
        reason: str,
        detail: str = "",
        *,
        secrets: Iterable[str] = (),
        email: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown source error reason {reason!r}")
        clean = short_detail(detail, secrets)
        super().__init__(reason, clean)
        self.reason = reason
        self.detail = clean
        self.email = email or None
        self.params = {k: str(v) for k, v in (params or {}).items()}

    def __str__(self) -> str:
        return f"{self.reason}: {self.detail}" if self.detail else self.reason

    def __repr__(self) -> str:
        return f"SourceError({self.reason!r}, {self.detail!r})"

    def __reduce__(self):
        # Pickling (multiprocessing, st.cache_data) rebuilds from the scrubbed fields only.
        return _rebuild, (self.reason, self.detail, self.email, self.params)

    @property
    def message_key(self) -> str:
        """The catalogue key of the user message."""
        if self.reason == "forbidden" and not self.email:
            # No service account: the sheet is read with an API key, so it must be shared
            # by link rather than with an e-mail address.
            return "source.error.forbidden.link"
        return f"source.error.{self.reason}"

    @property
    def fallback_key(self) -> str:
        """The catalogue key of the banner shown over a last-known-good snapshot."""
        return fallback_key(self.reason)

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """What the user should do, in ``lang``."""
        template = translate(self.message_key, lang)
        values = _Blank(self.params)
        if self.email:
            values["email"] = self.email
        return string.Formatter().vformat(template, (), values)


def _rebuild(reason: str, detail: str, email: str | None, params: dict) -> SourceError:
    return SourceError(reason, detail, email=email, params=params)


def fallback_key(reason: str) -> str:
    """The catalogue key of the snapshot banner for ``reason`` (its only placeholder: time)."""
    if reason not in REASONS:
        raise ValueError(f"unknown source error reason {reason!r}")
    return f"source.fallback.{reason}"
