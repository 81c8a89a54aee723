"""The access gate in the running app: open, passcode, OpenID Connect, misconfigured.

Until a visitor passes the gate, a run shows the gate alone: no page, no sidebar, and the
dataset is never even read (the loaders are spied on).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import data_sources.cache as cache
import ui.access
from coalitions.updates.access import hash_passcode
from tests.app.output import nodes, raw_output, shown
from tests.conftest import hand_clock
from ui.navigation import page_scripts

ROOT = Path(__file__).resolve().parents[2]
PASSCODE = "Reset Day 14, Lyon"
# One hash for the module: scrypt is deliberately slow.
HASH = hash_passcode(PASSCODE)
AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "cookie-secret-FAKE-0123456789",
    "client_id": "client-id-FAKE.apps.googleusercontent.com",
    "client_secret": "client-secret-FAKE-0123456789",
    "server_metadata_url": "https://accounts.google.com/.well-known/openid-configuration",
}
GATE = [
    ("title", "Coalitions RESET"),
    ("form", ""),
    # The catalogue's French apostrophes are typographic (this said « d'accès »).
    ("text_input", "Code d’accès"),
    ("button", "Entrer"),
]


@pytest.fixture
def loads(monkeypatch):
    """Counts the app's calls to the data loaders."""
    calls = []
    real_load, real_upload = cache.load_dataset, cache.load_uploaded

    def load_dataset(*args, **kwargs):
        calls.append("load_dataset")
        return real_load(*args, **kwargs)

    def load_uploaded(*args, **kwargs):
        calls.append("load_uploaded")
        return real_upload(*args, **kwargs)

    monkeypatch.setattr(cache, "load_dataset", load_dataset)
    monkeypatch.setattr(cache, "load_uploaded", load_uploaded)
    return calls


@pytest.fixture
def clock(monkeypatch):
    """The gate's monotonic clock, moved by hand: ``clock.now += 5``."""
    return hand_clock(monkeypatch, ui.access, "_now")


def gate_only(at) -> None:
    assert not at.exception
    assert shown(at, "sidebar") == []
    assert shown(at, "main") == GATE
    assert len(at.text_input) == 1 and at.text_input[0].key == ui.access.PASSCODE_KEY


def submit(at, passcode: str):
    at.text_input(key=ui.access.PASSCODE_KEY).input(passcode)
    at.button[0].click()
    return at.run()


def dashboard_shown(at) -> bool:
    sidebar = [text for _, text in shown(at, "sidebar")]
    return any("Exemple intégré" in text or "Built-in sample" in text for text in sidebar)


# --------------------------------------------------------------------------- open


def test_open_access_is_said_in_the_sidebar(app, loads):
    at = app()
    assert not at.exception
    assert ("markdown", ":gray-badge[Accès ouvert]") in shown(at, "sidebar")
    # The source caption stays the sidebar's first caption.
    assert at.sidebar.caption[0].value.startswith("Exemple intégré")
    assert dashboard_shown(at)
    assert loads == ["load_dataset"]


def test_open_access_in_english(app):
    at = app(lang="en")
    assert ("markdown", ":gray-badge[Open access]") in shown(at, "sidebar")


# --------------------------------------------------------------------------- passcode


def test_passcode_gate_shows_only_the_title_and_the_form(app, loads):
    at = app(secrets={"access": {"passcode_hash": HASH}})
    gate_only(at)
    assert loads == []
    assert HASH not in raw_output(at)


def test_right_passcode_opens_the_dashboard_for_the_session(app, loads, clock):
    at = app(secrets={"access": {"passcode_hash": HASH}})
    submit(at, PASSCODE)
    assert not at.exception
    assert dashboard_shown(at)
    assert ("markdown", ":gray-badge[:material/key: Accès par code]") in shown(at, "sidebar")
    assert PASSCODE not in raw_output(at)
    # Later runs of the session stay open without asking again.
    at.run()
    assert dashboard_shown(at) and loads.count("load_dataset") == 2


def test_lock_button_closes_the_session_again(app, loads, clock):
    at = app(secrets={"access": {"passcode_hash": HASH}})
    submit(at, PASSCODE)
    at.button(key="access_lock").click().run()
    gate_only(at)


def test_a_new_passcode_closes_open_sessions(app, clock):
    at = app(secrets={"access": {"passcode_hash": HASH}})
    submit(at, PASSCODE)
    assert dashboard_shown(at)
    at.secrets["access"] = {"passcode_hash": hash_passcode("nouveau code")}
    at.run()
    gate_only(at)


def test_wrong_passcodes_are_refused_with_a_growing_delay(app, loads, clock):
    at = app(secrets={"access": {"passcode_hash": HASH}})
    submit(at, "sesame")
    # The catalogue's French apostrophes are typographic (this said « d'accès », « d'essais »).
    assert [e.value for e in at.error] == ["Code d’accès incorrect."]
    submit(at, "sesame 2")  # the first mistake costs no wait
    assert [e.value for e in at.error] == ["Code d’accès incorrect."]
    # Two failures: the next attempt must wait 1 s; even the right passcode is not checked.
    submit(at, PASSCODE)
    assert [w.value for w in at.warning] == ["Trop d’essais\u00a0: réessayez dans 1 s."]
    assert not dashboard_shown(at)
    clock.now += 1.0
    submit(at, "sesame 3")
    assert [e.value for e in at.error] == ["Code d’accès incorrect."]
    clock.now += 1.5  # the third failure asks for 2 s
    submit(at, PASSCODE)
    assert [w.value for w in at.warning] == ["Trop d’essais\u00a0: réessayez dans 1 s."]
    clock.now += 0.5
    submit(at, PASSCODE)
    assert not at.exception and dashboard_shown(at)
    assert loads.count("load_dataset") == 1


def test_the_delay_grows_to_eight_seconds(app, clock):
    at = app(secrets={"access": {"passcode_hash": HASH}})
    waits = []
    for attempt in range(7):
        submit(at, f"guess {attempt}")
        assert [e.value for e in at.error] == ["Code d’accès incorrect."]
        throttle = at.session_state["_access_throttle"]
        waits.append(throttle[1] - clock.now)
        clock.now = throttle[1]
    assert waits == [0, 1, 2, 4, 8, 8, 8]


def test_an_empty_submission_does_nothing(app, clock):
    at = app(secrets={"access": {"passcode_hash": HASH}})
    at.button[0].click().run()
    gate_only(at)
    assert not at.error and not at.warning


QUERY = {"coalition": "envdata", "slide": "3", "focus": "Cerema", "tab": "actors"}


@pytest.mark.parametrize("page", page_scripts())
def test_every_page_and_deep_link_shows_only_the_gate(app, loads, page):
    at = app(secrets={"access": {"passcode_hash": HASH}}, query=QUERY)
    at.switch_page(page).run()
    gate_only(at)
    assert loads == []


@pytest.mark.parametrize("page", page_scripts())
def test_a_deep_link_as_first_request_after_a_restart_shows_only_the_gate(app, loads, page):
    # The session's first run is on the page itself: nothing ran app.py before.
    at = app(page=page, secrets={"access": {"passcode_hash": HASH}}, query=QUERY)
    gate_only(at)


# --------------------------------------------------------------------------- OIDC


def oidc_app(app, user, access=None, auth=AUTH, **kwargs):
    at = app(secrets={"auth": auth, "access": access or {}}, run=False, **kwargs)
    at.user = user
    return at.run()


@pytest.mark.parametrize(
    "user",
    [{"is_logged_in": False}, {"email": "test@example.com"}, {}],
    ids=["logged-out", "appTest-default", "empty"],
)
def test_oidc_not_logged_in_shows_only_the_login_button(app, loads, user):
    at = oidc_app(app, user, {"allowed_domains": ["fing.org"]})
    assert not at.exception
    assert shown(at, "sidebar") == []
    assert [kind for kind, _ in shown(at, "main")] == ["title", "info", "button"]
    assert at.button[0].label == "Se connecter"
    assert loads == []
    output = raw_output(at)
    assert AUTH["client_secret"] not in output and AUTH["cookie_secret"] not in output


def test_oidc_login_without_a_usable_configuration_says_so(app, loads):
    # AppTest has no secrets.toml, so st.login finds no [auth] to redirect with: the same as
    # a deployment whose [auth] section is incomplete. The gate says so and stays up.
    at = oidc_app(app, {"is_logged_in": False})
    at.button[0].click().run()
    assert not at.exception
    assert any("connexion est indisponible" in e.value for e in at.error)
    assert loads == []


def test_oidc_offers_each_named_provider(app):
    auth = {
        "redirect_uri": AUTH["redirect_uri"],
        "cookie_secret": AUTH["cookie_secret"],
        "google": {k: AUTH[k] for k in ("client_id", "client_secret", "server_metadata_url")},
        "microsoft": {k: AUTH[k] for k in ("client_id", "client_secret", "server_metadata_url")},
    }
    at = oidc_app(app, {"is_logged_in": False}, auth=auth, lang="en")
    assert [b.label for b in at.button] == ["Log in with google", "Log in with microsoft"]


def test_oidc_allowed_user_sees_the_dashboard(app, loads):
    user = {"is_logged_in": True, "email": "Camille@fing.org", "name": "Camille"}
    at = oidc_app(app, user, {"allowed_domains": ["fing.org"]})
    assert not at.exception
    assert dashboard_shown(at)
    assert ("text", "Connecté·e\u00a0: Camille@fing.org") in shown(at, "sidebar")
    assert at.button(key="access_logout").label == "Se déconnecter"
    assert loads == ["load_dataset"]


def test_oidc_without_allow_list_admits_any_logged_in_user(app):
    at = oidc_app(app, {"is_logged_in": True, "email": "someone@elsewhere.example"})
    assert dashboard_shown(at)


@pytest.mark.parametrize(
    "user",
    [
        {"is_logged_in": True, "email": "intrus@evil.example"},
        {"is_logged_in": True, "email": "camille@fing.org.evil.example"},
        {"is_logged_in": True, "email": "camille@fing.org", "email_verified": False},
        {"is_logged_in": True},
    ],
    ids=["other-domain", "suffix", "unverified", "no-email"],
)
def test_oidc_refused_user_sees_the_refusal_and_a_logout_button_only(app, loads, user):
    at = oidc_app(app, user, {"allowed_domains": ["fing.org"], "allowed_emails": ["a@b.org"]})
    assert not at.exception
    assert shown(at, "sidebar") == []
    assert [kind for kind, _ in shown(at, "main")] == ["title", "error", "button"]
    # The catalogue's French apostrophes are typographic (this said « n'a »).
    assert "n’a pas accès" in at.error[0].value
    assert at.button[0].label == "Se déconnecter"
    assert loads == []
    at.button[0].click().run()
    # st.logout() empties st.user (a real browser is redirected to a new session): the
    # next run is the login screen.
    assert at.user == {"is_logged_in": False}
    at.run()
    assert at.button[0].label == "Se connecter"
    assert loads == []


def test_a_hostile_email_claim_is_shown_as_text(app):
    user = {"is_logged_in": True, "email": "<img src=x onerror=alert(1)>[x](javascript:1)@x.io"}
    at = oidc_app(app, user, {"allowed_domains": ["fing.org"]})
    message = at.error[0].value
    assert "<img" not in message and "](" not in message
    assert "&lt;img src\\=x onerror\\=alert\\(1\\)\\>\\[x\\]\\(javascript\\:1\\)" in message


# --------------------------------------------------------------------------- misconfigured


@pytest.mark.parametrize(
    "secrets",
    [
        {"access": {"passcode_hash": "sesame"}},
        {"access": {"allowed_domains": ["fing.org"]}},
        {"auth": {"client_id": "x", "client_secret": "y"}},
    ],
    ids=["passcode-not-hashed", "allow-list-without-login", "auth-incomplete"],
)
def test_a_misconfiguration_keeps_everyone_out(app, loads, secrets):
    at = app(secrets=secrets)
    assert not at.exception
    assert [kind for kind, _ in shown(at)] == ["title", "error"]
    assert "mal configuré" in at.error[0].value
    assert "sesame" not in raw_output(at)
    assert loads == []
    assert len(nodes(at, "sidebar")) == 0


def test_an_allowed_hostile_address_is_shown_as_plain_text(app):
    email = "[x](javascript:alert(1))<b>\u202e@fing.org"
    at = oidc_app(app, {"is_logged_in": True, "email": email}, {"allowed_domains": ["fing.org"]})
    assert dashboard_shown(at)
    assert ("text", "Connecté·e\u00a0: [x](javascript:alert(1))<b>@fing.org") in shown(
        at, "sidebar"
    )
