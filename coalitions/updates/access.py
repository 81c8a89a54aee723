"""Who may see the dashboard: the access policy read from the secrets, passcode hashes,
e-mail allow-lists and the growing delay after wrong passcodes. No Streamlit here.

The policy is chosen by the secrets, strongest first:

- ``oidc``: an ``[auth]`` section (Streamlit's OpenID Connect login) is configured; an
  optional ``[access] allowed_emails`` / ``allowed_domains`` allow-list narrows it;
- ``passcode``: ``[access] passcode_hash`` holds a hash made by ``hash_passcode`` (run
  ``reset-coalitions passcode``); the passcode itself is never stored;
- ``open``: nothing configured (local use, the sample);
- ``misconfigured``: something is configured but unusable (a malformed hash, an ``[auth]``
  section without a provider, an allow-list without ``[auth]``). It fails closed: nobody
  gets in until the secrets are fixed, rather than the dashboard silently opening.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets as secrets_module
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

OIDC = "oidc"
PASSCODE = "passcode"
OPEN = "open"
MISCONFIGURED = "misconfigured"

# scrypt cost: 2**15 x 8 blocks uses 32 MiB and ~0.1 s per guess here, the cost OWASP
# recommends for interactive logins; a stolen hash is then expensive to brute-force.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
# hashlib.scrypt refuses to use more than 32 MiB by default, exactly what N=2**15, r=8
# needs plus overhead; leave room, but not so much that a hostile hash could exhaust memory.
SCRYPT_MAXMEM = 128 * 1024 * 1024
# PBKDF2-SHA256 is accepted for hashes made elsewhere (e.g. by Django-style tools); OWASP
# asks for 600,000 iterations, so fewer is refused as too weak.
PBKDF2_MIN_ITERATIONS = 600_000
# Upper bounds on the parameters read from a hash: a typo (an extra zero) in the secrets must
# not turn every login attempt into a minute of CPU or gigabytes of memory.
MAX_SCRYPT_N = 2**20
MAX_SCRYPT_R = 32
MAX_SCRYPT_P = 16
MAX_PBKDF2_ITERATIONS = 10_000_000
SALT_BYTES = 16
KEY_BYTES = 32
# A passcode is a shared phrase, not a document; longer input is refused before hashing.
MAX_PASSCODE_LENGTH = 256

# Seconds to wait before the next attempt after n consecutive wrong passcodes: the first
# mistake is free (a typo), then 1, 2, 4, 8 s, and 8 s from then on. It slows guessing in
# one browser session without locking out someone who mistyped.
RETRY_DELAYS = (0.0, 0.0, 1.0, 2.0, 4.0, 8.0)

# Whitespace or control characters make an e-mail claim no allow-list should interpret.
_EMAIL_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f]")
_ASCII_UPPER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    if not re.fullmatch(r"[A-Za-z0-9_-]+", text):
        raise ValueError("not URL-safe base64")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not URL-safe base64") from exc


def _check_passcode(passcode: str) -> bytes:
    if not isinstance(passcode, str):
        raise TypeError("the passcode must be a string")
    if len(passcode) > MAX_PASSCODE_LENGTH:
        raise ValueError(f"a passcode has at most {MAX_PASSCODE_LENGTH} characters")
    # "é" typed on one keyboard may arrive composed, on another decomposed: same passcode.
    return unicodedata.normalize("NFC", passcode).encode("utf-8")


def hash_passcode(passcode: str, *, salt: bytes | None = None) -> str:
    """The ``scrypt$N$r$p$salt$hash`` string to put in ``[access] passcode_hash``.

    A fresh random salt is drawn unless ``salt`` is given (tests). Raises ``ValueError`` for
    an empty passcode or one longer than ``MAX_PASSCODE_LENGTH``.
    """
    secret = _check_passcode(passcode)
    if not passcode.strip():
        raise ValueError("the passcode is empty")
    salt = secrets_module.token_bytes(SALT_BYTES) if salt is None else salt
    key = hashlib.scrypt(
        secret,
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=SCRYPT_MAXMEM,
        dklen=KEY_BYTES,
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64encode(salt)}${_b64encode(key)}"


@dataclass(frozen=True)
class PasscodeHash:
    """A parsed passcode hash: ``scheme`` (scrypt or pbkdf2_sha256), its cost parameters,
    salt and expected key."""

    scheme: str
    params: tuple[int, ...]
    salt: bytes
    key: bytes

    def derive(self, passcode: str) -> bytes:
        """The key ``passcode`` gives under this hash's scheme, salt and parameters."""
        secret = _check_passcode(passcode)
        if self.scheme == "scrypt":
            n, r, p = self.params
            return hashlib.scrypt(
                secret, salt=self.salt, n=n, r=r, p=p, maxmem=SCRYPT_MAXMEM, dklen=len(self.key)
            )
        (iterations,) = self.params
        return hashlib.pbkdf2_hmac("sha256", secret, self.salt, iterations, len(self.key))


def parse_passcode_hash(text: object) -> PasscodeHash:
    """Parse ``scrypt$N$r$p$salt$hash`` or ``pbkdf2_sha256$iterations$salt$hash``.

    Salt and hash are URL-safe base64 (padding optional). Raises ``ValueError`` saying what
    is wrong (never echoing the value) for anything else, including parameters too weak or
    so costly that checking one attempt would stall the server.
    """
    if not isinstance(text, str):
        raise ValueError("the passcode hash is not a string")
    parts = text.strip().split("$")
    scheme = parts[0]
    try:
        if scheme == "scrypt" and len(parts) == 6:
            n, r, p = (int(v) for v in parts[1:4])
            params: tuple[int, ...] = (n, r, p)
            salt, key = _b64decode(parts[4]), _b64decode(parts[5])
        elif scheme == "pbkdf2_sha256" and len(parts) == 4:
            params = (int(parts[1]),)
            salt, key = _b64decode(parts[2]), _b64decode(parts[3])
        else:
            raise ValueError(
                "expected scrypt$N$r$p$salt$hash or pbkdf2_sha256$iterations$salt$hash"
            )
    except ValueError as exc:
        raise ValueError(f"malformed passcode hash: {exc}") from None
    if len(salt) < 8 or len(key) < 16:
        raise ValueError("malformed passcode hash: salt or key too short")
    if scheme == "scrypt":
        n, r, p = params
        if n < 2**14 or n > MAX_SCRYPT_N or n & (n - 1):
            raise ValueError("scrypt N must be a power of two between 2**14 and 2**20")
        if not (1 <= r <= MAX_SCRYPT_R and 1 <= p <= MAX_SCRYPT_P):
            raise ValueError("scrypt r or p out of range")
        if 128 * r * (n + p + 2) > SCRYPT_MAXMEM // 2:
            raise ValueError("scrypt parameters need too much memory")
    elif not PBKDF2_MIN_ITERATIONS <= params[0] <= MAX_PBKDF2_ITERATIONS:
        raise ValueError(f"pbkdf2 iterations must be {PBKDF2_MIN_ITERATIONS:,} or more")
    return PasscodeHash(scheme, params, salt, key)


def verify_passcode(passcode: str, stored: str | PasscodeHash) -> bool:
    """Whether ``passcode`` matches the ``stored`` hash, compared in constant time.

    A passcode that is not a string, is empty or is too long is simply wrong. Raises
    ``ValueError`` only when ``stored`` itself is malformed (a configuration error).
    """
    parsed = stored if isinstance(stored, PasscodeHash) else parse_passcode_hash(stored)
    if not isinstance(passcode, str) or not passcode or len(passcode) > MAX_PASSCODE_LENGTH:
        return False
    return hmac.compare_digest(parsed.derive(passcode), parsed.key)


def grant_token(stored: str) -> str:
    """A short fingerprint of the configured hash, kept in a session that passed the gate.

    Comparing it on every run means that changing the passcode (hence the hash) sends every
    open session back to the passcode form. It reveals nothing usable about the passcode.
    """
    return hashlib.sha256(b"reset-access\x00" + stored.strip().encode()).hexdigest()[:32]


def retry_delay(failures: int) -> float:
    """Seconds to wait before another attempt after ``failures`` consecutive wrong ones."""
    if failures <= 0:
        return 0.0
    return RETRY_DELAYS[min(failures, len(RETRY_DELAYS) - 1)]


@dataclass(frozen=True)
class Throttle:
    """Consecutive wrong passcodes of one session and when the next attempt is allowed.

    Immutable: each method returns the new state, which the caller stores (in the Streamlit
    session). ``now`` is a monotonic clock reading in seconds.
    """

    failures: int = 0
    not_before: float = 0.0

    def wait_left(self, now: float) -> float:
        """Seconds before an attempt may be checked (0 when it may be now)."""
        return max(self.not_before - now, 0.0)

    def failed(self, now: float) -> Throttle:
        """The state after one more wrong passcode at ``now``."""
        failures = self.failures + 1
        return Throttle(failures, now + retry_delay(failures))


def normalise_email(value: object) -> str | None:
    """An e-mail address ready for allow-list matching, or ``None`` if it is not one.

    Only ASCII letters are lower-cased: Unicode case folding maps some look-alike characters
    to ASCII (the Kelvin sign to ``k``, the ``ﬁ`` ligature to ``fi``), which would let an
    address that is not on the list match it.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    # Exactly one "@": a quoted local part may legally hold another, but no provider issues
    # such addresses, and "a@evil.com@fing.org" is not one to guess about.
    if not text or _EMAIL_FORBIDDEN.search(text) or text.count("@") != 1:
        return None
    local, _, domain = text.rpartition("@")
    domain = domain.translate(_ASCII_UPPER).rstrip(".")
    if not local or not domain or "." not in domain.strip("."):
        return None
    return f"{local.translate(_ASCII_UPPER)}@{domain}"


def _domain_entry(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip().lstrip("@").translate(_ASCII_UPPER).rstrip(".")
    if not text or _EMAIL_FORBIDDEN.search(text) or "@" in text:
        return None
    return text


@dataclass(frozen=True)
class AllowList:
    """E-mail addresses and domains allowed in; empty means every logged-in user."""

    emails: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()

    @property
    def restricts(self) -> bool:
        return bool(self.emails or self.domains)

    def allows(self, email: object, *, verified: object = None) -> bool:
        """Whether a logged-in user with this ``email`` claim may see the dashboard.

        ``verified`` is the provider's ``email_verified`` claim: an address the provider
        says it has *not* verified is refused whenever the list restricts anything (some
        providers let anyone sign up with any address). Domains match exactly: ``fing.org``
        does not admit ``x@sub.fing.org`` nor ``x@evilfing.org``.
        """
        if not self.restricts:
            return True
        if verified is False or (isinstance(verified, str) and verified.lower() == "false"):
            return False
        address = normalise_email(email)
        if address is None:
            return False
        return address in self.emails or address.rpartition("@")[2] in self.domains


def allow_list(emails: Iterable[object] = (), domains: Iterable[object] = ()) -> AllowList:
    """An ``AllowList`` from the ``[access]`` lists; a single string counts as a one-item list.

    Raises ``ValueError`` for an entry that is not an address (or a domain), so a typo in
    the secrets is reported instead of silently admitting no one (or everyone).
    """
    emails = [emails] if isinstance(emails, str) else list(emails or ())
    domains = [domains] if isinstance(domains, str) else list(domains or ())
    parsed_emails = {normalise_email(e) for e in emails}
    parsed_domains = {_domain_entry(d) for d in domains}
    if None in parsed_emails:
        raise ValueError("allowed_emails holds an entry that is not an e-mail address")
    if None in parsed_domains:
        raise ValueError("allowed_domains holds an entry that is not a domain")
    return AllowList(frozenset(parsed_emails), frozenset(parsed_domains))  # type: ignore[arg-type]


@dataclass(frozen=True)
class AccessPolicy:
    """How this deployment is protected (see the module docstring).

    ``providers`` are the ``st.login`` provider names (``None``: the unnamed ``[auth]``
    provider); ``problem`` says, for ``misconfigured``, what to fix (never a secret value).
    """

    mode: str
    providers: tuple[str | None, ...] = ()
    allowed: AllowList = AllowList()
    passcode_hash: str = ""
    problem: str = ""


# Set by the data layer's secrets reader when a secrets file exists but cannot be parsed:
# its [access] or [auth] sections are unknown then, so the gate must not guess "open".
UNREADABLE_SECRETS = "_secrets_unreadable"
# Settings shared by every provider of an [auth] section, as opposed to provider sections.
_AUTH_SHARED = ("redirect_uri", "cookie_secret", "expose_tokens")


def _providers(auth: Mapping[str, object]) -> tuple[str | None, ...]:
    named = tuple(
        str(name)
        for name, value in auth.items()
        if isinstance(value, Mapping) and name not in _AUTH_SHARED
    )
    return ((None,) if "client_id" in auth else ()) + named


def access_policy(secrets: Mapping[str, object]) -> AccessPolicy:
    """The access policy the secrets configure (a plain dict, as ``secrets_dict()`` gives).

    Never raises: a configuration that cannot be used gives ``misconfigured`` with the
    reason, so the gate refuses everyone instead of opening by mistake.
    """
    if secrets.get(UNREADABLE_SECRETS):
        return AccessPolicy(MISCONFIGURED, problem="the secrets file cannot be parsed")
    access = secrets.get("access") or {}
    auth = secrets.get("auth")
    if not isinstance(access, Mapping):
        return AccessPolicy(MISCONFIGURED, problem="[access] is not a section")
    try:
        allowed = allow_list(
            access.get("allowed_emails") or (), access.get("allowed_domains") or ()
        )
    except (TypeError, ValueError) as exc:
        return AccessPolicy(MISCONFIGURED, problem=str(exc))
    if auth:
        if not isinstance(auth, Mapping):
            return AccessPolicy(MISCONFIGURED, problem="[auth] is not a section")
        missing = [key for key in ("redirect_uri", "cookie_secret") if not auth.get(key)]
        if missing:
            return AccessPolicy(MISCONFIGURED, problem=f"[auth] lacks {', '.join(missing)}")
        providers = _providers(auth)
        if not providers:
            return AccessPolicy(MISCONFIGURED, problem="[auth] names no identity provider")
        return AccessPolicy(OIDC, providers=providers, allowed=allowed)
    if allowed.restricts:
        # An allow-list means someone wanted to restrict access: without a login there is
        # no e-mail to check, and opening the dashboard would betray that intent.
        return AccessPolicy(MISCONFIGURED, problem="allowed_emails/allowed_domains need [auth]")
    stored = access.get("passcode_hash")
    if stored:
        try:
            parse_passcode_hash(stored)
        except ValueError as exc:
            return AccessPolicy(MISCONFIGURED, problem=str(exc))
        return AccessPolicy(PASSCODE, passcode_hash=str(stored).strip())
    return AccessPolicy(OPEN)
