"""The access policy: passcode hashes, allow-lists, the retry schedule, the policy choice."""

from __future__ import annotations

import base64
import hashlib

import pytest

from coalitions.updates import access
from coalitions.updates.access import (
    MISCONFIGURED,
    OIDC,
    OPEN,
    PASSCODE,
    AllowList,
    Throttle,
    access_policy,
    allow_list,
    grant_token,
    hash_passcode,
    normalise_email,
    parse_passcode_hash,
    retry_delay,
    verify_passcode,
)

SALT = b"0123456789abcdef"


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_passcode("Reset Day 14 !", salt=SALT)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


# --------------------------------------------------------------------------- hashes


def test_hash_then_verify(stored):
    assert stored.startswith("scrypt$32768$8$1$")
    assert verify_passcode("Reset Day 14 !", stored)
    assert not verify_passcode("Reset Day 14", stored)
    assert not verify_passcode("reset day 14 !", stored)


def test_the_hash_is_scrypt_of_the_passcode_with_its_salt(stored):
    expected = hashlib.scrypt(
        b"Reset Day 14 !", salt=SALT, n=2**15, r=8, p=1, maxmem=2**27, dklen=32
    )
    assert stored.split("$")[-1] == _b64(expected)
    assert stored.split("$")[-2] == _b64(SALT)


def test_salts_are_random():
    first, second = hash_passcode("sesame"), hash_passcode("sesame")
    assert first != second
    assert verify_passcode("sesame", first) and verify_passcode("sesame", second)


def test_passcode_is_compared_in_constant_time(stored, monkeypatch):
    calls = []
    real = access.hmac.compare_digest

    def spy(a, b):
        calls.append((len(a), len(b)))
        return real(a, b)

    monkeypatch.setattr(access.hmac, "compare_digest", spy)
    assert not verify_passcode("wrong", stored)
    assert verify_passcode("Reset Day 14 !", stored)
    assert calls == [(32, 32), (32, 32)]


def test_composed_and_decomposed_accents_are_the_same_passcode():
    stored = hash_passcode("café", salt=SALT)
    assert verify_passcode("cafe\u0301", stored)


@pytest.mark.parametrize("typed", ["", None, 42, b"Reset Day 14 !", "x" * 257])
def test_odd_attempts_are_simply_wrong(stored, typed):
    assert verify_passcode(typed, stored) is False


def test_empty_or_huge_passcodes_cannot_be_hashed():
    with pytest.raises(ValueError):
        hash_passcode("   ")
    with pytest.raises(ValueError):
        hash_passcode("x" * 257)


def test_pbkdf2_hashes_are_accepted():
    key = hashlib.pbkdf2_hmac("sha256", b"sesame", SALT, 600_000, 32)
    stored = f"pbkdf2_sha256$600000${_b64(SALT)}${_b64(key)}"
    assert verify_passcode("sesame", stored)
    assert not verify_passcode("sesam", stored)


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "sesame",  # the passcode itself pasted instead of its hash
        "scrypt$32768$8$1$c2FsdA",  # a part missing
        "scrypt$32768$8$1$!!!!$AAAAAAAAAAAAAAAAAAAAAA",  # not base64
        "scrypt$abc$8$1$MDEyMzQ1Njc4OWFiY2RlZg$" + "A" * 43,
        "scrypt$1024$8$1$MDEyMzQ1Njc4OWFiY2RlZg$" + "A" * 43,  # too weak
        "scrypt$30000$8$1$MDEyMzQ1Njc4OWFiY2RlZg$" + "A" * 43,  # not a power of two
        "scrypt$1073741824$8$1$MDEyMzQ1Njc4OWFiY2RlZg$" + "A" * 43,  # 2**30: a stall
        "scrypt$1048576$32$1$MDEyMzQ1Njc4OWFiY2RlZg$" + "A" * 43,  # 4 GiB of memory
        "scrypt$32768$8$1$c2FsdA$" + "A" * 43,  # salt too short
        "pbkdf2_sha256$1000$MDEyMzQ1Njc4OWFiY2RlZg$" + "A" * 43,  # too few iterations
        "pbkdf2_sha256$999999999$MDEyMzQ1Njc4OWFiY2RlZg$" + "A" * 43,  # far too many
        "md5$c2FsdA$AAAA",
        "$2b$12$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012",  # bcrypt
    ],
)
def test_malformed_hashes_are_refused_quickly_without_echoing_them(bad, monkeypatch):
    # « Quickly » is said without a clock (a loaded machine is slow at anything): the
    # refusal derives no key, so a stalling cost (2**30, 4 GiB) is never paid.
    def derive(*args, **kwargs):
        raise AssertionError("a key was derived from a hash that should be refused")

    monkeypatch.setattr(hashlib, "scrypt", derive)
    monkeypatch.setattr(hashlib, "pbkdf2_hmac", derive)
    with pytest.raises(ValueError) as caught:
        parse_passcode_hash(bad)
    if len(bad) > 8:
        assert bad not in str(caught.value)
    policy = access_policy({"access": {"passcode_hash": bad}})
    assert policy.mode == (OPEN if bad == "" else MISCONFIGURED)


def test_a_non_string_hash_is_a_configuration_error():
    assert access_policy({"access": {"passcode_hash": 12345}}).mode == MISCONFIGURED


def test_grant_token_follows_the_hash(stored):
    assert grant_token(stored) == grant_token(stored + "\n")
    assert grant_token(stored) != grant_token(hash_passcode("other", salt=SALT))
    assert "Reset" not in grant_token(stored) and len(grant_token(stored)) == 32


# --------------------------------------------------------------------------- retry delay


def test_retry_schedule_grows_then_caps():
    assert [retry_delay(n) for n in range(9)] == [0, 0, 1, 2, 4, 8, 8, 8, 8]
    assert retry_delay(-3) == 0


def test_throttle_counts_failures_and_the_wait():
    throttle = Throttle()
    assert throttle.wait_left(100.0) == 0
    throttle = throttle.failed(100.0)  # the first mistake is free
    assert throttle.wait_left(100.0) == 0
    throttle = throttle.failed(100.0)
    assert throttle.failures == 2 and throttle.wait_left(100.0) == 1.0
    assert throttle.wait_left(100.5) == 0.5 and throttle.wait_left(101.0) == 0
    for _ in range(10):
        throttle = throttle.failed(200.0)
    assert throttle.wait_left(200.0) == 8.0


# --------------------------------------------------------------------------- allow-lists


@pytest.mark.parametrize(
    ("email", "expected"),
    [
        ("Camille@FING.org", True),
        ("  camille@fing.org ", True),
        ("camille@fing.org.", True),
        ("someone@fing.org", True),
        ("someone@sub.fing.org", False),  # domains match exactly
        ("someone@evilfing.org", False),
        ("someone@fing.org.evil.com", False),
        ("fing.org@evil.com", False),
        ("a@evil.com@fing.org", False),  # two "@"
        ("someone@\ufb01ng.org", False),  # "fi" ligature: casefold() would give fing.org
        ("someone@fing.org\u200b", False),  # zero-width space after the domain
        ("some one@fing.org", False),
        ("someone@fing.org\n", True),  # surrounding whitespace only is trimmed
        ("someone@fing.org\nx", False),
        ("guest@partner.example", True),
        ("Guest@Partner.Example", True),
        ("other@partner.example", False),
        ("", False),
        (None, False),
        (["camille@fing.org"], False),
        ("@fing.org", False),
        ("camille@", False),
    ],
)
def test_allow_list_matching(email, expected):
    allowed = allow_list(["guest@partner.example"], ["fing.org"])
    assert allowed.allows(email) is expected


def test_unicode_case_folding_cannot_forge_an_allowed_address():
    allowed = allow_list(["kim@fing.org"], [])
    assert allowed.allows("KIM@fing.org")
    assert "\u212aim@fing.org".lower() == "kim@fing.org"  # what str.lower() would let in
    assert not allowed.allows("\u212aim@fing.org")  # the Kelvin sign, not a K


def test_unverified_addresses_are_refused_when_the_list_restricts():
    allowed = allow_list([], ["fing.org"])
    assert allowed.allows("camille@fing.org", verified=True)
    assert allowed.allows("camille@fing.org", verified=None)
    assert not allowed.allows("camille@fing.org", verified=False)
    assert not allowed.allows("camille@fing.org", verified="false")


def test_an_empty_allow_list_admits_every_logged_in_user():
    assert AllowList().allows(None)
    assert AllowList().allows("anyone@anywhere.example", verified=False)


def test_allow_list_entries_are_checked():
    assert allow_list("camille@fing.org", "@FING.org.").domains == {"fing.org"}
    with pytest.raises(ValueError):
        allow_list(["not an address"], [])
    with pytest.raises(ValueError):
        allow_list([], ["camille@fing.org"])


@pytest.mark.parametrize(
    ("value", "expected"),
    [("A.B@Fing.Org", "a.b@fing.org"), ("é@fing.org", "é@fing.org"), ("x@localhost", None)],
)
def test_normalise_email(value, expected):
    assert normalise_email(value) == expected


# --------------------------------------------------------------------------- the policy

AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "cookie-secret-FAKE",
    "client_id": "client-FAKE",
    "client_secret": "client-secret-FAKE",
    "server_metadata_url": "https://accounts.google.com/.well-known/openid-configuration",
}


def test_policy_modes(stored):
    assert access_policy({}).mode == OPEN
    assert access_policy({"access": {}}).mode == OPEN
    policy = access_policy({"access": {"passcode_hash": stored}})
    assert policy.mode == PASSCODE and policy.passcode_hash == stored
    policy = access_policy({"auth": AUTH, "access": {"allowed_domains": ["fing.org"]}})
    assert policy.mode == OIDC and policy.providers == (None,)
    assert policy.allowed.domains == {"fing.org"}
    # A login beats a passcode when both are configured.
    assert access_policy({"auth": AUTH, "access": {"passcode_hash": stored}}).mode == OIDC


def test_named_providers():
    auth = {
        "redirect_uri": AUTH["redirect_uri"],
        "cookie_secret": "x",
        "google": {"client_id": "a", "client_secret": "b", "server_metadata_url": "c"},
        "microsoft": {"client_id": "d", "client_secret": "e", "server_metadata_url": "f"},
    }
    assert access_policy({"auth": auth}).providers == ("google", "microsoft")


@pytest.mark.parametrize(
    "secrets",
    [
        {"auth": {"client_id": "x", "cookie_secret": "y"}},  # no redirect_uri
        {"auth": {"redirect_uri": "http://x/oauth2callback", "client_id": "x"}},
        {"auth": {"redirect_uri": "http://x/oauth2callback", "cookie_secret": "y"}},
        {"auth": "yes"},
        {"access": {"allowed_domains": ["fing.org"]}},  # an allow-list needs a login
        {"access": {"allowed_emails": "camille@fing.org"}},
        {"auth": AUTH, "access": {"allowed_emails": ["nobody"]}},
        {"access": "open"},
        {access.UNREADABLE_SECRETS: True},  # a secrets file that exists but does not parse
    ],
)
def test_unusable_configurations_fail_closed(secrets):
    policy = access_policy(secrets)
    assert policy.mode == MISCONFIGURED
    assert policy.problem
    assert "cookie-secret" not in policy.problem and "client-secret" not in policy.problem
