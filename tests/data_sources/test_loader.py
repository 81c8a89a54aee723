"""Which source is read: --data, then RESET_DATA, then secrets, then the sample."""

from datetime import datetime

import pytest

from coalitions.workbook.dataset import RawWorkbook
from data_sources.reading.errors import SourceError
from data_sources.reading.loader import SAMPLE_DIR, SourceSpec, choose_source, load_sheet, spec_for
from data_sources.reading.snapshot import save_snapshot

KEY = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd"
URL = f"https://docs.google.com/spreadsheets/d/{KEY}/edit#gid=0"
SECRETS = {"connections": {"gsheets": {"spreadsheet": URL, "api_key": "AIzaSECRET"}}}


@pytest.mark.parametrize(
    "argv, environ, secrets, expected",
    [
        (["--data", "book.xlsx"], {"RESET_DATA": "other"}, SECRETS, ("xlsx", "book.xlsx")),
        (["--other", "x"], {"RESET_DATA": "folder"}, SECRETS, ("csv", "folder")),
        ([], {"RESET_DATA": URL}, {}, ("sheet", URL)),
        ([], {"RESET_DATA": KEY}, {}, ("sheet", KEY)),
        ([], {}, SECRETS, ("sheet", URL)),
        ([], {}, {}, ("sample", str(SAMPLE_DIR))),
        ([], {"RESET_DATA": ""}, {"connections": {"gsheets": {}}}, ("sample", str(SAMPLE_DIR))),
    ],
)
def test_first_match_wins(argv, environ, secrets, expected):
    spec = choose_source(argv, environ, secrets)
    assert (spec.kind, spec.location) == expected


def test_sheet_named_on_the_command_line_uses_the_secrets_credentials():
    spec = choose_source(["--data", URL], {}, SECRETS)
    assert spec.kind == "sheet" and spec.credentials["api_key"] == "AIzaSECRET"


def test_credentials_never_show_in_a_spec_repr():
    spec = spec_for(URL, {"api_key": "AIzaSECRET", "private_key": "-----BEGIN PRIVATE"})
    assert "SECRET" not in repr(spec) and "PRIVATE" not in repr(spec)


def _raw(title="Suivi"):
    return RawWorkbook(title, {"coalitions": __import__("pandas").DataFrame(
        [["id", "name", "stage"], ["a", "A", 1]])})  # fmt: skip


def test_a_good_read_is_shown_and_snapshotted():
    spec = SourceSpec("sheet", URL)
    dataset = load_sheet(spec, lambda s: _raw(), now=datetime(2021, 5, 18, 14, 2))
    assert dataset.source.label == "Suivi" and dataset.source.fallback_reason is None
    assert dataset.coalitions["id"].tolist() == ["a"]


@pytest.mark.parametrize("reason", ["network", "forbidden", "not_found", "rate_limited", "server"])
def test_a_failed_read_falls_back_to_the_snapshot_with_its_reason(reason):
    spec = SourceSpec("sheet", URL)
    save_snapshot(spec.source_id, _raw("Copie"), datetime(2021, 5, 18, 9, 0))

    def fail(_spec):
        raise SourceError(reason, "boom")

    dataset = load_sheet(spec, fail)
    assert dataset.source.fallback_reason == reason
    assert dataset.source.read_at == datetime(2021, 5, 18, 9, 0)
    assert dataset.source.label == "Copie" and len(dataset.coalitions) == 1


def test_with_no_snapshot_the_error_reaches_the_user():
    def fail(_spec):
        raise SourceError("not_found", "gone")

    with pytest.raises(SourceError) as caught:
        load_sheet(SourceSpec("sheet", URL + "x"), fail)
    assert caught.value.reason == "not_found"
