"""The access gate: app.py calls ``require_access()`` before loading any data.

Depending on the secrets (see ``coalitions.updates.access``) a visitor must log in through
Streamlit's OpenID Connect (``st.login``), type the shared passcode, or nothing at all.
Until they pass, the run draws only the gate and stops: no dataset is read, no page, no
sidebar, no download exists for them.
"""

from __future__ import annotations

import threading
import time

import streamlit as st
from streamlit.errors import StreamlitAuthError

from coalitions.escape import escape_text
from coalitions.updates.access import (
    MISCONFIGURED,
    OIDC,
    OPEN,
    PASSCODE,
    AccessPolicy,
    Throttle,
    access_policy,
    grant_token,
    verify_passcode,
)
from data_sources.cache import secrets_dict
from ui.context import t

_GRANT_KEY = "_access_grant"
_THROTTLE_KEY = "_access_throttle"
PASSCODE_KEY = "access_passcode"
PASSCODE_FORM = "access_form"

# One passcode check costs ~32 MiB and 0.1 s of CPU (scrypt). Bounding how many run at once
# keeps a burst of attempts from many sessions from exhausting the server's memory.
_CHECK_SLOTS = threading.BoundedSemaphore(2)


def _now() -> float:
    # A monotonic clock: the retry delay must not jump with the wall clock.
    return time.monotonic()


def require_access() -> AccessPolicy:
    """Stop this run unless the visitor may see the dashboard; returns the policy in force.

    When access is granted, the sidebar says how (open access, the signed-in address with a
    logout button, or passcode access with a lock button).
    """
    policy = access_policy(secrets_dict())
    if policy.mode == OPEN:
        # No icon: a :material: one is announced by its English name (« lock_open icon »).
        st.sidebar.badge(t("access.open"), color="gray", help=t("access.open.help"))
    elif policy.mode == OIDC:
        _require_login(policy)
    elif policy.mode == PASSCODE:
        _require_passcode(policy)
    else:
        _refuse_misconfigured(policy)
    return policy


def _gate_title() -> None:
    st.title(t("app.title"))


def _refuse_misconfigured(policy: AccessPolicy) -> None:
    assert policy.mode == MISCONFIGURED
    _gate_title()
    st.error(t("access.misconfigured", problem=escape_text(policy.problem, "markdown")))
    st.stop()


def user_claim(name: str) -> object:
    """A claim of the signed-in user (``email``, ``email_verified``...), None without one."""
    try:
        return st.user.get(name)
    except Exception:  # noqa: BLE001 - no user info (no session): treat as logged out
        return None


def _require_login(policy: AccessPolicy) -> None:
    email = user_claim("email")
    shown = escape_text(email, "markdown", max_length=120) if isinstance(email, str) else ""
    if user_claim("is_logged_in") is not True:
        _gate_title()
        st.info(t("access.login.intro"), icon=":material/lock:")
        for provider in policy.providers:
            label = (
                t("access.login.button.provider", provider=escape_text(provider, "markdown"))
                if provider and len(policy.providers) > 1
                else t("access.login.button")
            )
            key = f"access_login_{provider or 'default'}"
            if st.button(label, key=key, type="primary", icon=":material/login:"):
                try:
                    st.login(provider)
                except StreamlitAuthError:
                    # Incomplete [auth] settings or Authlib missing: say so, without the
                    # exception's text (it may quote the configuration).
                    st.error(t("access.login.unavailable"))
        st.stop()
    if not policy.allowed.allows(email, verified=user_claim("email_verified")):
        _gate_title()
        who = shown or t("access.refused.no_email")
        st.error(t("access.refused", email=who), icon=":material/block:")
        if st.button(t("access.logout"), key="access_logout", icon=":material/logout:"):
            st.logout()
        st.stop()
    # Plain text (no markdown at all) for a claim the identity provider chose.
    plain = escape_text(email, "plain", max_length=120) if isinstance(email, str) else ""
    st.sidebar.text(t("access.signed_in", email=plain or "—"))
    if st.sidebar.button(t("access.logout"), key="access_logout", icon=":material/logout:"):
        st.logout()


def _require_passcode(policy: AccessPolicy) -> None:
    token = grant_token(policy.passcode_hash)
    if st.session_state.get(_GRANT_KEY) == token:
        st.sidebar.badge(t("access.passcode.granted"), icon=":material/key:", color="gray")
        if st.sidebar.button(t("access.passcode.lock"), key="access_lock", icon=":material/lock:"):
            st.session_state.pop(_GRANT_KEY, None)
            st.rerun()
        return
    _gate_title()
    with st.form(PASSCODE_FORM, clear_on_submit=True, enter_to_submit=True):
        typed = st.text_input(
            t("access.passcode.label"), type="password", max_chars=256, key=PASSCODE_KEY
        )
        submitted = st.form_submit_button(t("access.passcode.submit"), type="primary")
    if submitted and typed:
        throttle = Throttle(*st.session_state.get(_THROTTLE_KEY, (0, 0.0)))
        wait = throttle.wait_left(_now())
        if wait > 0:
            # Refused unchecked: an attempt during the delay costs the guesser a try
            # without telling them anything.
            st.warning(t("access.passcode.wait", seconds=max(round(wait), 1)))
        else:
            with _CHECK_SLOTS:
                correct = verify_passcode(typed, policy.passcode_hash)
            if correct:
                st.session_state[_GRANT_KEY] = token
                st.session_state.pop(_THROTTLE_KEY, None)
                st.rerun()
            throttle = throttle.failed(_now())
            st.session_state[_THROTTLE_KEY] = (throttle.failures, throttle.not_before)
            st.error(t("access.passcode.wrong"))
    st.stop()
