"""The appended-row type: only appendable tabs and known columns, always a ref, JSON round trip."""

from __future__ import annotations

import pytest

from coalitions.updates.appends import NewRow


def test_a_row_keeps_schema_order_and_round_trips_through_json():
    row = NewRow.make(
        "updates",
        {"ref": "r1", "news": "=1+1", "coalition": "achat", "date": "2021-05-12", "author": ""},
    )
    assert [name for name, _ in row.values] == ["date", "coalition", "news", "ref"]
    assert row.ref == "r1"
    assert NewRow.from_json(row.to_json()) == row


@pytest.mark.parametrize(
    ("tab", "values", "problem"),
    [
        ("coalitions", {"id": "x", "ref": "r"}, "does not append"),
        ("settings", {"key": "x", "ref": "r"}, "does not append"),
        ("updates", {"date": "2021-05-12", "colour": "red", "ref": "r"}, "unknown columns"),
        ("updates", {"date": "2021-05-12"}, "needs its ref"),
    ],
)
def test_rows_the_contract_forbids_are_refused(tab, values, problem):
    with pytest.raises(ValueError, match=problem):
        NewRow.make(tab, values)
