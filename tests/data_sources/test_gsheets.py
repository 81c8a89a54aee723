"""The Google Sheet reader: gspread and google-auth run for real against the fake Sheets API."""

from __future__ import annotations

import http.server
import json
import pickle
import threading
import traceback
from datetime import date, datetime

import gspread
import pytest
import requests
import responses
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from coalitions.i18n import CATALOGUE, LANGUAGES
from data_sources.reading import gsheets, gsheets_client, gsheets_errors, gsheets_retry
from data_sources.reading.errors import REASONS, SourceError, fallback_key, scrub
from tests.fakes.sheets_api import DEFAULT_KEY, FakeSheetsApi, service_account_info

# Seven tabs, titles with accents, spaces and a quote, as a community sheet has them.
WORKBOOK = {
    "Coalitions": [
        ["id", "Nom", "Maturité", "Pilote", "Date de lancement"],
        ["envdata", "Données environnementales", 3, True, date(2021, 5, 19)],
        ["mobilite", "Mobilité durable", "Lancée"],
        [],
        ["énergie", "Énergie citoyenne", 1.5, False, datetime(2022, 1, 3, 12, 0)],
    ],
    "Acteurs": [["Nom", "Type"], ["FING", "association"], ["Ville de Lyon"]],
    "Membres": [["coalition", "acteur", "rôle"], ["envdata", "FING", "animateur"]],
    "Événements": [["date", "titre"], [date(2024, 3, 14), "Reset Day #14"]],
    "Avancement": [["date", "coalition", "étape"]],
    "Livrables ": [["coalition", "livrable"], ["envdata", 'Guide "données"']],
    "L'agenda d'été": [],
}


@pytest.fixture
def delays(monkeypatch):
    """The retry sleeps, recorded instead of slept."""
    slept: list[float] = []
    monkeypatch.setattr(gsheets_retry, "sleep", slept.append)
    return slept


@pytest.fixture
def api(delays):
    fake = FakeSheetsApi(WORKBOOK, title="Coalitions RESET — suivi")
    with fake.mocked():
        yield fake


def read(api, mode="service_account", **kwargs):
    return gsheets.read_sheet(api.url, api.secrets_section(mode), **kwargs)


def failure(api, mode="service_account", **kwargs) -> SourceError:
    with pytest.raises(SourceError) as info:
        read(api, mode, **kwargs)
    return info.value


# ----------------------------------------------------------------------------- keys


@pytest.mark.parametrize(
    "value",
    [
        "https://docs.google.com/spreadsheets/d/1ReSeTfakeCoalitionSheet0123456789abcdefGHIJ/edit#gid=0",
        "https://docs.google.com/spreadsheets/d/1ReSeTfakeCoalitionSheet0123456789abcdefGHIJ",
        "https://docs.google.com/spreadsheets/u/1/d/1ReSeTfakeCoalitionSheet0123456789abcdefGHIJ/"
        "edit?usp=sharing",
        "  1ReSeTfakeCoalitionSheet0123456789abcdefGHIJ\n",
    ],
)
def test_parse_spreadsheet_key_accepts_urls_and_bare_keys(value):
    assert gsheets.parse_spreadsheet_key(value) == "1ReSeTfakeCoalitionSheet0123456789abcdefGHIJ"


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "coalitions.xlsx",
        "short",
        "https://example.org/spreadsheets/d/1ReSeTfakeCoalitionSheet0123456789abcdefGHIJ/edit",
        "https://docs.google.com/document/d/1ReSeTfakeCoalitionSheet0123456789abcdefGHIJ/edit",
        "https://docs.google.com/spreadsheets/d/e/2PACX-1vQfakePublishedLink0123456789/pubhtml",
        "ftp://docs.google.com/spreadsheets/d/1ReSeTfakeCoalitionSheet0123456789abcdefGHIJ",
        "1ReSeTfakeCoalitionSheet0123456789abc<script>",
    ],
)
def test_parse_spreadsheet_key_refuses_anything_else(value):
    with pytest.raises(SourceError) as info:
        gsheets.parse_spreadsheet_key(value)
    assert info.value.reason == "bad_config"


@pytest.mark.parametrize(
    ("title", "quoted"),
    [("Coalitions", "'Coalitions'"), ("L'agenda d'été", "'L''agenda d''été'"), ("a b", "'a b'")],
)
def test_quote_sheet_title(title, quoted):
    assert gsheets.quote_sheet_title(title) == quoted


# ----------------------------------------------------------------------------- reading


def test_service_account_read_sends_a_bearer_token_from_the_token_endpoint(api):
    workbook = read(api)
    assert workbook.title == "Coalitions RESET — suivi"
    assert api.token_requests == 1
    (token, grant), *_ = api.issued_tokens.items()
    assert grant["email"] == service_account_info()["client_email"]
    # The token asks for read access to sheets and nothing more.
    assert grant["scope"] == "https://www.googleapis.com/auth/spreadsheets.readonly"
    for call in api.sheets_calls():
        assert call.headers["Authorization"] == f"Bearer {token}"
        assert "x-goog-api-key" not in call.headers


def test_api_key_read_sends_the_key_and_asks_for_no_token(api):
    workbook = read(api, "api_key")
    assert list(workbook.tabs) == list(WORKBOOK)
    assert api.token_requests == 0
    for call in api.sheets_calls():
        # google-auth's API key credentials send it as a header, which keeps it out of URLs.
        assert call.headers["x-goog-api-key"] == api.api_key
        assert "Authorization" not in call.headers
        assert api.api_key not in call.url


def test_seven_tabs_take_exactly_two_sheets_requests(api):
    workbook = read(api)
    assert list(workbook.tabs) == list(WORKBOOK)
    assert api.sheets_requests == 2
    metadata, values = api.sheets_calls()
    assert metadata.endpoint == "metadata"
    assert "gridProperties" in metadata.params["fields"][0]
    assert values.endpoint == "values"
    assert values.params["ranges"] == [gsheets.quote_sheet_title(t) for t in WORKBOOK]
    assert values.params["valueRenderOption"] == ["UNFORMATTED_VALUE"]
    assert values.params["dateTimeRenderOption"] == ["SERIAL_NUMBER"]
    assert values.params["majorDimension"] == ["ROWS"]


def test_cells_arrive_unformatted_and_ragged_rows_are_padded(api):
    tabs = read(api).tabs
    coalitions = tabs["Coalitions"]
    assert coalitions.shape == (5, 5)
    assert list(coalitions.columns) == [0, 1, 2, 3, 4]
    assert coalitions.iloc[0].tolist() == ["id", "Nom", "Maturité", "Pilote", "Date de lancement"]
    # Dates come as serial numbers (days since 1899-12-30) for the domain to parse.
    assert coalitions.iloc[1].tolist() == ["envdata", "Données environnementales", 3, True, 44335]
    assert coalitions.iloc[2].tolist() == ["mobilite", "Mobilité durable", "Lancée", None, None]
    assert coalitions.iloc[3].tolist() == [None] * 5
    assert coalitions.iloc[4].tolist() == ["énergie", "Énergie citoyenne", 1.5, False, 44564.5]
    assert all(dtype is object or dtype == "O" for dtype in coalitions.dtypes)
    assert tabs["Livrables "].iloc[1, 1] == 'Guide "données"'
    assert tabs["Acteurs"].iloc[2].tolist() == ["Ville de Lyon", None]
    assert tabs["Avancement"].shape == (1, 3)
    assert tabs["L'agenda d'été"].empty


def test_chart_tabs_are_left_out(delays):
    api = FakeSheetsApi({"coalitions": [["id"]]}, chart_tabs=["Graphique"])
    with api.mocked():
        workbook = read(api)
    assert list(workbook.tabs) == ["coalitions"]
    assert api.sheets_calls()[1].params["ranges"] == ["'coalitions'"]


def test_unknown_credential_keys_are_ignored(api):
    section = api.secrets_section(worksheet="Coalitions", ttl=600, type="service_account")
    assert gsheets.read_sheet(api.url, section).title == api.title


def test_a_key_pasted_with_literal_newlines_still_works(api):
    section = api.secrets_section()
    section["private_key"] = section["private_key"].replace("\n", "\\n")
    assert gsheets.read_sheet(api.url, section).title == api.title


def test_a_cached_client_reuses_its_token_and_sends_the_timeout(api):
    client = gsheets_client.make_client(api.secrets_section())
    for _ in range(2):
        gsheets.read_with_client(client, api.key, timeout=3.5)
    assert api.sheets_requests == 4
    assert api.token_requests == 1


def test_the_timeout_reaches_requests(delays):
    api = FakeSheetsApi(WORKBOOK)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        api.register(rsps)
        gsheets.read_sheet(api.url, api.secrets_section("api_key"), timeout=3.5)
        assert [call.request.req_kwargs["timeout"] for call in rsps.calls] == [3.5, 3.5]


# ----------------------------------------------------------------------------- retries


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (408, None),
        (429, None),
        (500, None),
        (503, None),
        (502, "<html><body><h1>502 Bad Gateway</h1></body></html>"),
    ],
)
def test_transient_statuses_are_retried_then_succeed(api, delays, status, body):
    api.fail_next(status, body, times=2)
    workbook = read(api)
    assert list(workbook.tabs) == list(WORKBOOK)
    assert api.sheets_requests == 4
    assert [call.status for call in api.sheets_calls()] == [status, status, 200, 200]
    assert len(delays) == 2
    assert delays[1] > delays[0]


@pytest.mark.parametrize("exception", [requests.ConnectionError, requests.Timeout])
def test_connection_errors_and_timeouts_are_retried_then_succeed(api, delays, exception):
    api.fail_next(exception=exception("connection reset"), times=3, on="values")
    assert read(api).title == api.title
    assert api.sheets_requests == 5
    assert len(delays) == 3


def test_backoff_doubles_from_half_a_second(api, delays, monkeypatch):
    monkeypatch.setattr(gsheets_retry, "jitter", lambda: 1.0)
    api.fail_next(503, times=4)
    read(api)
    assert delays == [0.5, 1.0, 2.0, 4.0]


@pytest.mark.parametrize("budget", [0.0, 1.0, 5.0, 20.0])
def test_retries_give_up_within_the_budget(api, delays, budget):
    api.fail_next(503, times=1000)
    err = failure(api, retry_budget=budget)
    assert err.reason == "server"
    assert sum(delays) <= budget
    # One try more than sleeps: it gave up instead of sleeping past the budget.
    assert api.sheets_requests == len(delays) + 1
    assert all(later > earlier for earlier, later in zip(delays, delays[1:], strict=False))


def test_a_retry_after_header_is_honoured(api, delays):
    api.fail_next(429, headers={"Retry-After": "7"})
    read(api)
    assert delays[0] >= 7


def test_a_retry_after_beyond_the_budget_gives_up_at_once(api, delays):
    api.fail_next(429, headers={"Retry-After": "60"}, times=5)
    assert failure(api, retry_budget=20).reason == "rate_limited"
    assert delays == []


def test_a_single_401_is_healed_by_refreshing_the_token(api):
    api.fail_next(401, on="metadata")
    assert read(api).title == api.title
    assert api.token_requests == 2


# ----------------------------------------------------------------------------- failures


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ({"exception": requests.ConnectionError("Name or service not known")}, "network"),
        ({"exception": requests.Timeout("read timed out")}, "timeout"),
        ({"exception": requests.exceptions.ConnectTimeout("connect timed out")}, "timeout"),
        ({"status": 401}, "unauthorized"),
        ({"status": 403}, "forbidden"),
        ({"status": 404}, "not_found"),
        ({"status": 429}, "rate_limited"),
        ({"status": 500}, "server"),
        ({"status": 503, "body": "<html>Service Unavailable</html>"}, "server"),
        ({"status": 408}, "timeout"),
        ({"status": 400}, "malformed"),
    ],
)
@pytest.mark.parametrize("mode", ["service_account", "api_key"])
def test_each_fault_has_its_reason(api, fault, reason, mode):
    api.fail_next(times=1000, **fault)
    err = failure(api, mode, retry_budget=2.0)
    assert err.reason == reason
    assert err.detail
    assert err.message("fr") != err.message_key
    assert err.message("en") != err.message("fr")


@pytest.mark.parametrize(
    ("on", "body"),
    [
        ("metadata", "<!DOCTYPE html><html><body>Sign in - Google Accounts</body></html>"),
        ("metadata", '{"spreadsheetId": "abc", "properties": {"title": "x"}, "sheets": [{"pro'),
        ("metadata", {"spreadsheetId": "abc", "properties": {"title": "x"}}),
        ("metadata", {"properties": {"title": "x"}, "sheets": [{"properties": {}}]}),
        ("metadata", {"properties": {"title": "x"}, "sheets": "Coalitions"}),
        ("metadata", []),
        ("values", {"spreadsheetId": "abc"}),
        ("values", {"valueRanges": []}),
        ("values", {"valueRanges": [{"values": "abc"}] * 7}),
        ("values", {"valueRanges": [{"values": [[{"formula": 1}]]}] * 7}),
        ("values", '{"valueRanges": [{"range": "A1", "values": [["id"'),
        ("values", ""),
    ],
)
def test_a_200_answer_of_the_wrong_shape_is_malformed(api, on, body):
    api.fail_next(200, body, on=on)
    err = failure(api)
    assert err.reason == "malformed"


def test_a_sheet_not_shared_with_the_service_account_names_its_email(delays):
    api = FakeSheetsApi(WORKBOOK, shared_with={"someone-else@example.org"})
    with api.mocked():
        err = failure(api)
    assert err.reason == "forbidden"
    email = service_account_info()["client_email"]
    assert err.email == email
    assert email in err.message("fr")
    assert email in err.message("en")


def test_a_sheet_not_shared_by_link_asks_to_share_it_by_link(delays):
    api = FakeSheetsApi(WORKBOOK, link_shared=False)
    with api.mocked():
        err = failure(api, "api_key")
    assert err.reason == "forbidden"
    assert err.message_key == "source.error.forbidden.link"
    assert "{" not in err.message("fr")


def test_a_wrong_api_key_is_unauthorized(api):
    section = api.secrets_section("api_key")
    section["api_key"] = "AIzaSyWRONG-key-000000000000000000000"
    with pytest.raises(SourceError) as info:
        gsheets.read_sheet(api.url, section)
    assert info.value.reason == "unauthorized"


def test_an_unknown_spreadsheet_is_not_found(api):
    other = "1OtherSpreadsheetKey0123456789abcdefghijKLMN"
    with pytest.raises(SourceError) as info:
        gsheets.read_sheet(other, api.secrets_section())
    assert info.value.reason == "not_found"


def test_a_refused_token_is_unauthorized(api):
    api.fail_next(400, {"error": "invalid_grant", "error_description": "Invalid JWT"}, on="token")
    err = failure(api)
    assert err.reason == "unauthorized"
    assert api.sheets_requests == 0


def test_a_key_the_token_endpoint_does_not_know_is_unauthorized(api):
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    section = api.secrets_section()
    section["private_key"] = other.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")
    with pytest.raises(SourceError) as info:
        gsheets.read_sheet(api.url, section)
    assert info.value.reason == "unauthorized"
    assert "Invalid JWT Signature" in info.value.detail


def test_an_unreachable_token_endpoint_is_a_network_error_after_retries(api, delays):
    api.fail_next(exception=requests.ConnectionError("token host down"), on="token", times=1000)
    err = failure(api, retry_budget=3.0)
    assert err.reason == "network"
    assert delays and sum(delays) <= 3.0


def test_a_grid_over_the_cell_limit_is_too_large_before_any_download(delays):
    api = FakeSheetsApi(WORKBOOK, grid={"Coalitions": (200_000, 26)})
    with api.mocked():
        err = failure(api, max_cells=2_000_000)
    assert err.reason == "too_large"
    assert [call.endpoint for call in api.sheets_calls()] == ["metadata"]
    assert err.params["limit"] == "2\u202f000\u202f000"
    # 200 000 x 26 for the big tab plus 1000 x 26 for each of the 6 others.
    assert "5\u202f356\u202f000" in err.message("en")


@pytest.mark.parametrize(
    "section",
    [
        {},
        {"spreadsheet": "x"},
        {"api_key": "   "},
        {"type": "service_account", "client_email": "a@b.iam.gserviceaccount.com"},
        {"private_key": "-----BEGIN PRIVATE KEY-----\nMIIEnotakey\n-----END PRIVATE KEY-----\n"},
        {
            "type": "service_account",
            "client_email": "a@b.iam.gserviceaccount.com",
            "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEnotakey\n-----END PRIVATE KEY-----\n",
        },
    ],
)
def test_unusable_credentials_are_bad_config(section):
    with pytest.raises(SourceError) as info:
        gsheets_client.make_client(section)
    assert info.value.reason == "bad_config"
    assert "MIIEnotakey" not in str(info.value)


# ----------------------------------------------------------------------------- secrets


def _all_text(err: BaseException) -> str:
    return "\n".join(
        [str(err), repr(err), err.detail, *traceback.format_exception(err)]  # type: ignore[attr-defined]
    )


def _secrets(api) -> list[str]:
    info = service_account_info()
    # The private key's base64 lines are secret too: check a middle one.
    middle_line = info["private_key"].splitlines()[5]
    return [api.api_key, info["private_key"], info["private_key_id"], middle_line]


@pytest.mark.parametrize("mode", ["service_account", "api_key"])
def test_secrets_echoed_by_a_server_error_never_reach_the_error(api, mode):
    info = service_account_info()
    escaped_key = json.dumps(info["private_key"])  # as a JSON body would carry it
    echo = (
        f"backend said: key={api.api_key} x-goog-api-key: {api.api_key} "
        f"private_key_id={info['private_key_id']} {info['private_key']} "
        f'{{"private_key": {escaped_key}}}'
    )
    api.fail_next(500, {"error": {"code": 500, "message": echo, "status": "INTERNAL"}}, times=99)
    err = failure(api, mode, retry_budget=0)
    text = _all_text(err)
    for secret in _secrets(api):
        assert secret not in text
    assert err.__cause__ is None
    assert err.__context__ is None


@pytest.mark.parametrize("mode", ["service_account", "api_key"])
def test_secrets_in_a_connection_error_never_reach_the_error(api, mode):
    info = service_account_info()
    message = (
        "HTTPSConnectionPool(host='sheets.googleapis.com', port=443): Max retries exceeded "
        f"with url: /v4/spreadsheets/abc?key={api.api_key}&alt=json "
        f"(Caused by headers {{'authorization': 'Bearer ya29.a0AfH6SMBsecret', "
        f"'x-goog-api-key': '{api.api_key}'}}) {info['private_key']}"
    )
    api.fail_next(exception=requests.ConnectionError(message), times=99)
    err = failure(api, mode, retry_budget=0)
    assert err.reason == "network"
    text = _all_text(err)
    for secret in [*_secrets(api), "ya29.a0AfH6SMBsecret"]:
        assert secret not in text
    assert "sheets.googleapis.com" in err.detail


def test_secrets_never_reach_a_bad_config_error():
    info = service_account_info()
    # A key with its middle cut out: cryptography refuses it.
    lines = info["private_key"].splitlines()
    section = {**info, "private_key": "\n".join(lines[:3] + lines[-3:])}
    with pytest.raises(SourceError) as caught:
        gsheets_client.make_client(section)
    text = _all_text(caught.value)
    for line in lines[1:3]:
        assert line not in text
    assert caught.value.__context__ is None


def test_a_pickled_error_stays_scrubbed():
    err = SourceError("server", "token ya29.secret-token-value key=AIzaSECRET", email="a@b.c")
    again = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own bytes
    assert (again.reason, again.detail, again.email) == (err.reason, err.detail, err.email)
    assert "ya29.secret" not in repr(again)
    assert "AIzaSECRET" not in str(again)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("GET /v4/spreadsheets/abc?alt=json&key=AIzaSyABCDEF123", "AIzaSyABCDEF123"),
        ("Authorization: Bearer ya29.A0ARrdaM-abc_def", "ya29.A0ARrdaM-abc_def"),
        ("token ya29.c.b0AXv0zTOsecret", "ya29.c.b0AXv0zTOsecret"),
        ('{"access_token": "opaque-token-123", "expires_in": 3599}', "opaque-token-123"),
        ("assertion=eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl", "c2lnbmF0dXJl"),
        (
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAsecretbase64\n-----END RSA "
            "PRIVATE KEY-----",
            "MIIEowIBAAKCAQEAsecretbase64",
        ),
        ("cut short: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhki", "MIIEvQIBADANBgkqhki"),
    ],
)
def test_scrub_removes_credential_shapes(text, secret):
    assert secret not in scrub(text, ())


def test_scrub_removes_given_secrets_in_every_spelling():
    secret = "line-one-of-a-secret-value\nline-two-of-a-secret-value"
    text = f"raw {secret} escaped {secret!r} json {json.dumps(secret)}"
    cleaned = scrub(text, [secret, ""])
    assert "line-one-of-a-secret-value" not in cleaned
    assert "line-two-of-a-secret-value" not in cleaned
    assert cleaned.startswith("raw ")


def test_scrub_keeps_ordinary_text():
    text = "HTTP 403 PERMISSION_DENIED: The caller does not have permission"
    assert scrub(text, ["unrelated-secret"]) == text


# ----------------------------------------------------------------------------- catalogue


@pytest.mark.parametrize("reason", REASONS)
def test_every_reason_has_a_message_and_a_banner_in_both_languages(reason):
    err = SourceError(reason, "detail", email="svc@p.iam.gserviceaccount.com")
    for lang in LANGUAGES:
        assert CATALOGUE[err.message_key][lang]
        assert "{" not in err.message(lang)
        banner = CATALOGUE[fallback_key(reason)][lang].format(time="19/05/2021 14:30")
        assert "19/05/2021 14:30" in banner


def test_source_keys_all_start_with_source():
    from coalitions.i18n import sources

    assert all(key.startswith("source.") for key in sources.MESSAGES)


def test_an_unknown_reason_is_refused():
    with pytest.raises(ValueError):
        SourceError("oops")


# ----------------------------------------------------------------------------- sharing a client


def test_a_policy_applies_to_its_own_thread_only(api):
    shared = gsheets_client.make_client(api.secrets_section()).http_client
    seen: dict[str, object] = {}
    with shared.policy(timeout=1.5, retry_budget=0.0):
        worker = threading.Thread(
            target=lambda: seen.update(t=shared.timeout, b=shared.retry_budget)
        )
        worker.start()
        worker.join()
        assert (shared.timeout, shared.retry_budget) == (1.5, 0.0)
    assert seen == {"t": gsheets_retry.DEFAULT_TIMEOUT, "b": gsheets_retry.DEFAULT_RETRY_BUDGET}
    assert (shared.timeout, shared.retry_budget) == (
        gsheets_retry.DEFAULT_TIMEOUT,
        gsheets_retry.DEFAULT_RETRY_BUDGET,
    )


# ----------------------------------------------------------------------------- the fake itself


def test_the_fake_honours_the_fields_mask(api):
    client = gsheets_client.make_client(api.secrets_section("api_key"))
    answer = client.http_client.fetch_sheet_metadata(
        api.key, params={"fields": "properties.title,sheets.properties(title)"}
    )
    assert answer == {
        "properties": {"title": api.title},
        "sheets": [{"properties": {"title": title}} for title in WORKBOOK],
    }


def test_the_fake_intercepts_in_process_and_lets_localhost_through(delays):
    class Hello(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"local server")

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Hello)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    api = FakeSheetsApi(WORKBOOK)
    original_send = requests.adapters.HTTPAdapter.send
    try:
        with api.intercepting():
            assert requests.adapters.HTTPAdapter.send is not original_send
            assert read(api).title == api.title
            local = requests.get(f"http://127.0.0.1:{server.server_port}/", timeout=5)
            assert local.text == "local server"
            with pytest.raises(requests.ConnectionError):
                requests.get("https://example.org/", timeout=5)
    finally:
        server.shutdown()
        server.server_close()
    assert requests.adapters.HTTPAdapter.send is original_send
    assert api.sheets_requests == 2


@pytest.mark.parametrize(
    ("fake", "reason"),
    [
        ({"shared_with": ()}, "forbidden"),
        ({"key": "1AnotherKey0123456789abcdefghijklmnopqrstu"}, "not_found"),
    ],
)
def test_gspreads_own_open_errors_are_translated_too(delays, fake, reason):
    # open_by_key (not used by the reader) turns 403/404 into PermissionError and
    # SpreadsheetNotFound; a client shared with other code may still raise them.
    api = FakeSheetsApi(WORKBOOK, **fake)
    with api.mocked():
        client = gsheets_client.make_client(api.secrets_section())
        with pytest.raises((PermissionError, gspread.SpreadsheetNotFound)) as info:
            client.open_by_key(DEFAULT_KEY)
    err = gsheets_errors.translate_failure(info.value, (), "svc@p.iam.gserviceaccount.com", "")
    assert err.reason == reason


def test_the_fake_serves_a1_ranges_and_render_options(api):
    http_client = gsheets_client.make_client(api.secrets_section("api_key")).http_client
    answer = http_client.values_batch_get(
        api.key, ranges=["'Coalitions'!A1:B2", "Acteurs!A2:A", "'L''agenda d''été'"]
    )
    first, second, third = answer["valueRanges"]
    assert first == {
        "range": "Coalitions!A1:B2",
        "majorDimension": "ROWS",
        "values": [["id", "Nom"], ["envdata", "Données environnementales"]],
    }
    assert second["values"] == [["FING"], ["Ville de Lyon"]]
    assert third == {"range": "'L''agenda d''été'!A1:Z1000", "majorDimension": "ROWS"}
    # FORMATTED_VALUE (Google's default) shows what the sheet displays, in its locale.
    formatted = http_client.values_batch_get(api.key, ranges=["Coalitions!C2:E2"])
    assert formatted["valueRanges"][0]["values"] == [["3", "TRUE", "19/05/2021"]]
    columns = http_client.values_batch_get(
        api.key, ranges=["Acteurs"], params={"majorDimension": "COLUMNS"}
    )
    assert columns["valueRanges"][0]["values"] == [
        ["Nom", "FING", "Ville de Lyon"],
        ["Type", "association"],
    ]
    with pytest.raises(gspread.exceptions.APIError) as info:
        http_client.values_batch_get(api.key, ranges=["'Missing tab'"])
    assert info.value.response.status_code == 400
