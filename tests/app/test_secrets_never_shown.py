"""Secrets never reach a visitor, a log, a download or the snapshot folder.

The app runs with recognisable fake secrets (a service account with a real RSA key the fake
token endpoint checks, an ``AIza`` API key, a passcode and its hash, OpenID Connect client
and cookie secrets), reads its sheet through real gspread against the fake Sheets API, and
the read is made to fail in every way, some failures echoing the credentials back. Then
everything the app produced is searched for every secret, in every spelling a secret can
take: each element's full message on every page, every download (unzipped when it is a
.docx), the log records, the process's output, and every file of the snapshot folder.
"""

from __future__ import annotations

import io
import logging
import os
import zipfile
from pathlib import Path

import pytest
import requests
from streamlit.runtime.media_file_manager import MediaFileManager

import data_sources.cache as cache
from coalitions.escape import escape_text
from coalitions.updates.access import hash_passcode
from data_sources.reading import gsheets_retry
from tests.app.output import raw_output, sample_workbook
from tests.fakes.sheets_api import FakeSheetsApi, service_account_info
from ui.navigation import page_scripts

PAGES = page_scripts()
API_KEY = "AIzaFAKE-SECRET-apikey-0123456789abcdef"
PASSCODE = "sésame-TRÈS-secret-4242"
PASSCODE_HASH = hash_passcode(PASSCODE)
AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "cookie-SECRET-FAKE-7f3a9c1e5b",
    "client_id": "1234-fake.apps.googleusercontent.com",
    "client_secret": "GOCSPX-SECRET-FAKE-b81d2e4f",
    "server_metadata_url": "https://accounts.google.com/.well-known/openid-configuration",
}
USER = {"is_logged_in": True, "email": "camille@fing.org", "email_verified": True}


def secret_forms(secret: str) -> set[str]:
    """The spellings of ``secret`` that would give it away: as is, JSON-escaped, escaped for
    markdown, HTML or a chart, and (for a PEM key) each line of its base64 body."""
    forms = {secret, secret.replace("\n", "\\n")}
    if "PRIVATE KEY" in secret:
        forms |= {line for line in secret.splitlines() if len(line) >= 40}
    contexts = ("markdown", "html", "chart")
    forms |= {escape_text(form, context) for form in set(forms) for context in contexts}
    return forms


def all_secrets(api: FakeSheetsApi) -> dict[str, set[str]]:
    account = service_account_info()
    found = {
        "private_key": secret_forms(account["private_key"]),
        "private_key_id": secret_forms(account["private_key_id"]),
        "api_key": secret_forms(API_KEY),
        "passcode": secret_forms(PASSCODE),
        "passcode_hash": {PASSCODE_HASH, *PASSCODE_HASH.split("$")[-2:]},
        "cookie_secret": secret_forms(AUTH["cookie_secret"]),
        "client_secret": secret_forms(AUTH["client_secret"]),
    }
    for number, token in enumerate(api.issued_tokens):
        found[f"access_token_{number}"] = secret_forms(token)
    return found


class Outputs:
    """Everything the app produced during a test, as text."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []

    def add(self, where: str, data: bytes | str) -> None:
        if isinstance(data, bytes):
            if data.startswith(b"PK\x03\x04"):
                with zipfile.ZipFile(io.BytesIO(data)) as archive:
                    for name in archive.namelist():
                        self.add(f"{where}:{name}", archive.read(name))
                return
            data = data.decode("utf-8", "replace")
        self.texts.append((where, data))

    def run(self, at, label: str) -> None:
        # A page's own exception is other tests' business; here its message and trace are
        # output like any other, and searched.
        self.add(f"run {label}", raw_output(at))

    def leaks(self, secrets: dict[str, set[str]]) -> list[tuple[str, str]]:
        return [
            (name, where)
            for where, text in self.texts
            for name, forms in secrets.items()
            if any(form in text for form in forms)
        ]


@pytest.fixture
def outputs(monkeypatch):
    """Collects downloads as the pages register them (deferred ones are generated)."""
    collected = Outputs()
    real_add, real_deferred = MediaFileManager.add, MediaFileManager.add_deferred

    def add(self, path_or_data, mimetype, coordinates, file_name=None, **kwargs):
        data = path_or_data if isinstance(path_or_data, bytes) else Path(path_or_data).read_bytes()
        collected.add(f"download {file_name}", data)
        return real_add(self, path_or_data, mimetype, coordinates, file_name, **kwargs)

    def add_deferred(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        data = data_callable()
        collected.add(
            f"deferred download {file_name}", data.encode() if isinstance(data, str) else data
        )
        return real_deferred(self, data_callable, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add", add)
    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)
    monkeypatch.setattr(gsheets_retry, "sleep", lambda seconds: None)
    cache.clear_cache()
    yield collected
    cache.clear_cache()


def start(app, api: FakeSheetsApi, mode: str):
    """The app past its gate: OIDC for a service account, the passcode for an API key."""
    if mode == "service_account":
        section = api.secrets_section("service_account")
        secrets = {"auth": AUTH, "access": {"allowed_domains": ["fing.org"]}}
    else:
        section = api.secrets_section("api_key")
        secrets = {"access": {"passcode_hash": PASSCODE_HASH}}
    secrets["connections"] = {"gsheets": section}
    secrets["dashboard"] = {"ttl_seconds": 300}
    at = app(secrets=secrets, run=False)
    at.user = dict(USER)
    at.run()
    if mode == "api_key":
        at.text_input(key="access_passcode").input(PASSCODE)
        at.button[0].click().run()
    return at


def visit_every_page(at, outputs: Outputs, label: str) -> None:
    for page in PAGES:
        at.switch_page(page).run()
        outputs.run(at, f"{label} {page}")


def echo(api: FakeSheetsApi) -> str:
    """A body that quotes the credentials back, as a misbehaving proxy or server might."""
    account = service_account_info()
    return (
        f"key={API_KEY}&assertion=eyJhbGciOi.x.y private_key={account['private_key']!r} "
        f"{account['private_key_id']} Authorization: Bearer {next(iter(api.issued_tokens), '')}"
    )


FAILURES = {
    "400-echo": lambda api: api.fail_next(
        400, {"error": {"code": 400, "message": echo(api), "status": "INVALID_ARGUMENT"}}, times=50
    ),
    "401": lambda api: api.fail_next(401, times=50),
    "403": lambda api: api.fail_next(403, times=50),
    "404": lambda api: api.fail_next(404, times=50),
    "429": lambda api: api.fail_next(429, times=50),
    "500-echo": lambda api: api.fail_next(
        500, {"error": {"code": 500, "message": echo(api), "status": "INTERNAL"}}, times=50
    ),
    "502-html-echo": lambda api: api.fail_next(502, f"<html>{echo(api)}</html>", times=50),
    "200-malformed-echo": lambda api: api.fail_next(200, f"<html>{echo(api)}</html>", times=50),
    "values-malformed": lambda api: api.fail_next(
        200, {"valueRanges": [{"values": [[{"x": echo(api)}]]}]}, on="values", times=50
    ),
    "connection-error-echo": lambda api: api.fail_next(
        exception=requests.ConnectionError(f"Max retries exceeded with url: /?{echo(api)}"),
        times=50,
    ),
    "timeout-echo": lambda api: api.fail_next(
        exception=requests.Timeout(f"Read timed out. {echo(api)}"), times=50
    ),
    "token-refused-echo": lambda api: api.fail_next(
        400, {"error": "invalid_grant", "error_description": echo(api)}, on="token", times=50
    ),
    "token-unreachable": lambda api: api.fail_next(
        exception=requests.ConnectionError(echo(api)), on="token", times=50
    ),
}


def check_nothing_leaks(outputs: Outputs, api, caplog, capfd) -> None:
    secrets = all_secrets(api)
    for record in caplog.records:
        outputs.add(f"log {record.name}", record.getMessage())
        if record.exc_text:
            outputs.add(f"log {record.name} traceback", record.exc_text)
    captured = capfd.readouterr()
    outputs.add("stdout", captured.out)
    outputs.add("stderr", captured.err)
    folder = Path(os.environ["RESET_CACHE_DIR"])
    for path in folder.rglob("*"):
        if path.is_file():
            outputs.add(f"snapshot file {path.name}", path.read_bytes())
    assert outputs.texts
    assert outputs.leaks(secrets) == []


@pytest.mark.parametrize("mode", ["service_account", "api_key"])
def test_a_healthy_read_shows_no_secret_on_any_page(app, outputs, caplog, capfd, mode):
    caplog.set_level(logging.DEBUG)
    api = FakeSheetsApi(sample_workbook(), api_key=API_KEY)
    with api.mocked():
        at = start(app, api, mode)
        outputs.run(at, "start")
        visit_every_page(at, outputs, "healthy")
    assert api.sheets_requests == 2
    check_nothing_leaks(outputs, api, caplog, capfd)
    searched = {where.split(" ")[0] for where, _ in outputs.texts}
    assert {"run", "download", "log", "snapshot"} <= searched, searched
    # The snapshot was written, and was searched.
    assert list(Path(os.environ["RESET_CACHE_DIR"]).rglob("*.json"))


# Every failure in both modes, except token failures with an API key: such a read never
# calls the token endpoint, so there is nothing to fail.
@pytest.mark.parametrize(
    ("mode", "failure"),
    [
        (mode, failure)
        for mode in ("service_account", "api_key")
        for failure in FAILURES
        if not (failure.startswith("token") and mode == "api_key")
    ],
)
def test_a_failed_read_shows_no_secret(app, outputs, caplog, capfd, mode, failure):
    caplog.set_level(logging.DEBUG)
    api = FakeSheetsApi(sample_workbook(), api_key=API_KEY)
    with api.mocked():
        FAILURES[failure](api)
        at = start(app, api, mode)
        outputs.run(at, f"{failure}")
        assert at.error, "the failure is said"
        at.switch_page("app_pages/data_quality.py").run()
        outputs.run(at, f"{failure} data_quality")
    check_nothing_leaks(outputs, api, caplog, capfd)


@pytest.mark.parametrize("failure", ["400-echo", "502-html-echo", "connection-error-echo"])
@pytest.mark.parametrize("mode", ["service_account", "api_key"])
def test_the_last_good_copy_shows_no_secret(app, outputs, caplog, capfd, mode, failure):
    caplog.set_level(logging.DEBUG)
    api = FakeSheetsApi(sample_workbook(), api_key=API_KEY)
    with api.mocked():
        at = start(app, api, mode)
        outputs.run(at, "first read")
        cache.clear_cache()  # the TTL runs out, then the sheet fails
        FAILURES[failure](api)
        at.run()
        outputs.run(at, "fallback")
        assert any("copie enregistrée" in w.value for w in at.warning)
        visit_every_page(at, outputs, "fallback")
    check_nothing_leaks(outputs, api, caplog, capfd)


def test_unusable_credentials_show_no_secret(app, outputs, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    api = FakeSheetsApi(sample_workbook(), api_key=API_KEY)
    section = api.secrets_section("service_account")
    section["private_key"] = section["private_key"][:400]  # pasted cut short
    secrets = {
        "connections": {"gsheets": section},
        "access": {"passcode_hash": PASSCODE_HASH},
    }
    with api.mocked():
        at = app(secrets=secrets)
        at.text_input(key="access_passcode").input(PASSCODE)
        at.button[0].click().run()
        outputs.run(at, "bad key")
        assert at.error
    secrets_found = all_secrets(api)
    secrets_found["cut_key"] = secret_forms(section["private_key"])
    check_nothing_leaks(outputs, api, caplog, capfd)
    assert outputs.leaks(secrets_found) == []


def test_the_search_finds_a_planted_secret(app, outputs, caplog, capfd):
    # The search itself must be able to fail: plant the API key in a shown value.
    api = FakeSheetsApi(sample_workbook(), api_key=API_KEY)
    book = sample_workbook()
    book["coalitions"][1][1] = f"fuite {API_KEY}"
    planted = FakeSheetsApi(book, api_key=API_KEY)
    with planted.mocked():
        at = start(app, planted, "api_key")
        visit_every_page(at, outputs, "planted")
    leaks = outputs.leaks(all_secrets(api))
    assert ("api_key", "run planted app_pages/coalition.py") in leaks, leaks
