"""Who may post a coalition's update: [updates] settings, login, the editors column."""

from __future__ import annotations

import pandas as pd
import pytest

from coalitions.updates.access import OIDC, OPEN, PASSCODE
from coalitions.updates.editors import (
    LOGIN,
    NAME,
    OFF,
    Author,
    editable_coalitions,
    editor_addresses,
    may_update,
    posting_mode,
    signed_in_author,
)

COALITIONS = pd.DataFrame(
    {
        "id": ["envdata", "achat", "civictech"],
        "editors": ["Camille@Fing.org; lea@asso.example", "lea@asso.example", ""],
    }
)


@pytest.mark.parametrize(
    ("enabled", "without_login", "access", "mode"),
    [
        (False, True, OIDC, OFF),  # off by default, whatever else is set
        (False, True, OPEN, OFF),
        (True, False, OIDC, LOGIN),
        (True, True, OIDC, LOGIN),  # a login, when there is one, always decides
        (True, False, OPEN, OFF),  # no login, no name allowed: nobody writes
        (True, False, PASSCODE, OFF),
        (True, True, OPEN, NAME),
        (True, True, PASSCODE, NAME),
    ],
)
def test_posting_mode(enabled, without_login, access, mode):
    assert posting_mode(enabled, without_login, access) == mode


def test_editor_addresses_split_on_commas_and_semicolons_and_ignore_case():
    assert editor_addresses(" Camille@Fing.org ;lea@asso.example, x") == {
        "camille@fing.org",
        "lea@asso.example",
    }
    assert editor_addresses(["A@b.org", "c@d.org; e@f.org"]) == {"a@b.org", "c@d.org", "e@f.org"}
    assert editor_addresses(None) == frozenset()
    assert editor_addresses(float("nan")) == frozenset()


def test_an_editor_of_one_coalition_cannot_write_another():
    author = signed_in_author(LOGIN, "camille@FING.org", True, [])
    assert author == Author(LOGIN, "camille@fing.org")
    assert may_update(author, COALITIONS["editors"][0])
    assert not may_update(author, COALITIONS["editors"][1])
    assert not may_update(author, "")
    assert editable_coalitions(author, COALITIONS) == ["envdata"]
    lea = signed_in_author(LOGIN, "lea@asso.example", None, [])
    assert editable_coalitions(lea, COALITIONS) == ["envdata", "achat"]


def test_global_editors_may_update_every_coalition():
    author = signed_in_author(LOGIN, "Lead@fing.org", True, ["lead@FING.org"])
    assert author.global_editor
    assert editable_coalitions(author, COALITIONS) == ["envdata", "achat", "civictech"]


@pytest.mark.parametrize(
    ("email", "verified"),
    [
        ("camille@fing.org", False),  # the provider says it has not verified it
        ("camille@fing.org", "false"),
        (None, True),
        ("not an address", True),
        ("camille@fing.org@evil.example", True),
    ],
)
def test_no_verified_address_no_author(email, verified):
    assert signed_in_author(LOGIN, email, verified, ["camille@fing.org"]) is None


def test_without_login_a_name_may_update_every_coalition_and_off_nobody():
    author = signed_in_author(NAME, None, None, [])
    assert author == Author(NAME)
    assert editable_coalitions(author, COALITIONS) == ["envdata", "achat", "civictech"]
    assert author.signature("  Camille   Martin ") == "Camille Martin"
    assert signed_in_author(OFF, "camille@fing.org", True, ["camille@fing.org"]) is None
    assert editable_coalitions(None, COALITIONS) == []
    assert not may_update(None, "camille@fing.org")
