"""The secrets reader fails closed: a secrets file that can't be parsed never opens the gate."""

import pytest
from streamlit.errors import StreamlitSecretNotFoundError

from coalitions.updates.access import MISCONFIGURED, UNREADABLE_SECRETS, access_policy
from data_sources import cache


class _Secrets:
    def __init__(self, error=None, values=None):
        self.error, self.values = error, values or {}

    def items(self):
        if self.error:
            raise self.error
        return self.values.items()


def _missing(error_id):
    return StreamlitSecretNotFoundError("no secrets", error_id=error_id)


def test_no_secrets_file_means_no_secrets(monkeypatch):
    monkeypatch.setattr(cache.st, "secrets", _Secrets(_missing("no-secrets-found")))
    assert cache.secrets_dict() == {}


@pytest.mark.parametrize(
    "error",
    [
        _missing("failed-parsing-secrets-file"),
        _missing("invalid-secrets-path"),
        RuntimeError("anything else"),
    ],
)
def test_an_unreadable_secrets_file_closes_the_gate(monkeypatch, error):
    monkeypatch.setattr(cache.st, "secrets", _Secrets(error))
    secrets = cache.secrets_dict()
    assert secrets == {UNREADABLE_SECRETS: True}
    assert access_policy(secrets).mode == MISCONFIGURED


def test_sections_become_plain_dicts(monkeypatch):
    values = {"dashboard": {"ttl_seconds": 60}, "connections": {"gsheets": {"api_key": "k"}}}
    monkeypatch.setattr(cache.st, "secrets", _Secrets(values=values))
    assert cache.secrets_dict() == values
    assert cache.ttl_seconds(cache.secrets_dict()) == 60
