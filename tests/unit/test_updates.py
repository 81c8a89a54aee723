"""From the form « Mettre à jour » to the rows appended: audit values, the sheet's own
validation at each field, nothing to write on any problem."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone

import pandas as pd
import pytest

from coalitions.updates.editors import LOGIN, NAME, Author
from coalitions.updates.update import UpdateForm, prepare_update, utc_stamp, written_word
from coalitions.workbook import matching, schema, vocabularies
from coalitions.workbook.parsing import parse_vocabulary
from coalitions.workbook.validation import build_dataset
from data_sources.reading.files import read_csv_folder
from data_sources.reading.loader import SAMPLE_DIR

TODAY = date(2021, 5, 18)
NOW = datetime(2021, 5, 18, 9, 41, 7, 123456, tzinfo=UTC)
LEAD = Author(LOGIN, "camille@fing.org", global_editor=True)
HOSTILE = '=HYPERLINK("https://evil.example") <script>alert(1)</script> **gras**'


def refs():
    numbers = iter(range(1, 100))
    return lambda: f"ref-{next(numbers)}"


def prepare(sample, author=LEAD, **values):
    form = UpdateForm(coalition=values.pop("coalition", "envdata"), **values)
    return prepare_update(form, author, sample, TODAY, NOW, new_ref=refs())


def test_news_become_one_updates_row_with_its_audit_values(sample):
    prepared = prepare(sample, news=f"  {HOSTILE}  ", next_step="Atelier en juin", name="Camille")
    assert prepared.problems == ()
    (row,) = prepared.rows
    assert row.tab == "updates"
    assert row.as_dict() == {
        "date": "2021-05-18",
        "coalition": "envdata",
        "news": HOSTILE,  # written as typed (trimmed): the writers store text, never formulas
        "next_step": "Atelier en juin",
        "author": "Camille",
        "entered_by": "camille@fing.org",
        "entered_at": "2021-05-18T09:41:07Z",
        "ref": "ref-1",
    }


def test_entered_at_is_utc_to_the_second():
    paris = timezone(timedelta(hours=2))
    assert utc_stamp(datetime(2021, 5, 18, 11, 41, 7, 999, tzinfo=paris)) == "2021-05-18T09:41:07Z"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", utc_stamp(datetime.now(UTC)))


def test_every_part_of_the_form_reads_back_as_typed(sample):
    prepared = prepare(
        sample,
        news="Le diagnostic est publié.",
        stage=4,
        stage_date=date(2021, 5, 12),
        stage_note="premiers usages",
        deliverable="diagnostic",
        deliverable_status="in_progress",
        event_title="Atelier de juin",
        event_date=date(2021, 6, 7),
        event_time=time(14, 30),
        event_kind="workshop",
        event_location="Rennes",
        event_url="https://fing.org/atelier",
        actor="Atelier Nouveau",
        actor_type="local_authority",
        actor_role="partner",
    )
    assert prepared.problems == ()
    tabs = [row.tab for row in prepared.rows]
    assert tabs == ["updates", "progress", "deliverables", "events", "actors", "memberships"]
    assert len({row.ref for row in prepared.rows}) == 6
    # Appended to the sample's own tabs, they validate cleanly and mean what was typed.
    raw = read_csv_folder(SAMPLE_DIR)
    for row in prepared.rows:
        title = next(name for name in raw.tabs if matching.match_tab(name) == row.tab)
        frame = raw.tabs[title]
        headers = list(frame.iloc[0])
        # A tab without the audit columns gets them after its last header (the contract).
        known = {matching.match_column(row.tab, h) for h in headers}
        header_row = headers + [c for c in row.as_dict() if c not in known]
        cells = [row.as_dict().get(matching.match_column(row.tab, h), "") for h in header_row]
        body = frame.iloc[1:].reindex(columns=range(len(header_row))).fillna("")
        raw.tabs[title] = pd.DataFrame([header_row, *body.values.tolist(), cells], dtype=object)
    before = build_dataset(read_csv_folder(SAMPLE_DIR))
    after = build_dataset(raw)
    assert after.findings == before.findings
    assert after.updates.iloc[-1]["news"] == "Le diagnostic est publié."
    progress = after.progress[after.progress["note"] == "premiers usages"].iloc[0]
    assert (progress["stage"], progress["date"]) == (4, pd.Timestamp("2021-05-12"))
    deliverable = after.deliverables.iloc[-1]
    assert (deliverable["title"], deliverable["status"]) == ("diagnostic", "in_progress")
    event = after.events[after.events["title"] == "Atelier de juin"].iloc[0]
    assert event["date"] == pd.Timestamp("2021-06-07 14:30")
    assert (event["kind"], event["coalition"], event["url"]) == (
        "workshop",
        "envdata",
        "https://fing.org/atelier",
    )
    actor = after.actors[after.actors["name"] == "Atelier Nouveau"].iloc[0]
    assert actor["type"] == "local_authority" and actor["listed"]
    member = after.memberships.iloc[-1]
    assert (member["actor"], member["role"], member["since"]) == (
        "Atelier Nouveau",
        "partner",
        pd.Timestamp(TODAY),
    )
    assert after.updates.iloc[-1]["entered_at"] == pd.Timestamp("2021-05-18 09:41:07")


@pytest.mark.parametrize(
    ("kind", "keys"),
    [
        (schema.STATUS, schema.STATUSES),
        (schema.KIND, schema.EVENT_KINDS),
        (schema.ROLE, schema.ROLES),
        (schema.ACTOR_TYPE, schema.ACTOR_TYPES),
    ],
)
def test_written_words_read_back_as_their_key(kind, keys):
    words = {
        schema.STATUS: vocabularies.STATUS_WORDS,
        schema.KIND: vocabularies.EVENT_KIND_WORDS,
        schema.ROLE: vocabularies.ROLE_WORDS,
        schema.ACTOR_TYPE: vocabularies.ACTOR_TYPE_WORDS,
    }[kind]
    written = pd.Series([written_word(kind, key) for key in keys], dtype=object)
    parsed, failed = parse_vocabulary(written, words)
    assert not failed.any()
    assert list(parsed) == list(keys)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        (
            {"event_title": "Atelier", "event_date": TODAY, "event_url": "javascript:alert(1)"},
            "event_url",
        ),
        ({"event_title": "Atelier sans date"}, "event_date"),
        ({"event_date": date(2021, 6, 1)}, "event_title"),
        ({"deliverable_status": "done"}, "deliverable"),
        ({"actor_role": "core"}, "actor"),
        ({"actor": "FING", "actor_role": "core"}, "actor"),  # already a member of envdata
        ({"news": "#N/A"}, "news"),  # a spreadsheet error value: the sheet counts it empty
        ({}, "news"),  # nothing to save
    ],
)
def test_a_problem_is_shown_at_its_field_and_nothing_is_written(sample, values, field):
    prepared = prepare(sample, **values)
    assert prepared.rows == ()
    assert prepared.problems, values
    assert {p.field for p in prepared.problems} == {field}
    assert all(p.message("fr") and p.message("en") for p in prepared.problems)
    assert not any(p.message("fr").startswith(("finding.", "updates.")) for p in prepared.problems)


def test_problems_in_several_parts_are_all_reported(sample):
    prepared = prepare(
        sample, news="ok", event_title="Atelier", event_url="ftp://x", actor_role="core"
    )
    assert prepared.rows == ()
    assert {p.field for p in prepared.problems} == {"event_url", "event_date", "actor"}


def test_a_known_actor_joining_adds_only_a_membership(sample):
    prepared = prepare(sample, coalition="reemploi", actor="fing", actor_role="core")
    assert [row.tab for row in prepared.rows] == ["memberships"]
    assert prepared.rows[0].as_dict()["role"] == "noyau"  # as the template's list writes it


def test_an_editor_of_one_coalition_cannot_write_another(sample):
    editors = sample.coalitions.set_index("id")["editors"]
    assert "camille@fing.org" not in editors["achat"].lower()
    camille = Author(LOGIN, "camille@fing.org")
    data = sample
    data_coalitions = data.coalitions.copy()
    data_coalitions.loc[data_coalitions["id"] == "envdata", "editors"] = "camille@fing.org"
    data.coalitions, original = data_coalitions, data.coalitions
    try:
        assert prepare(data, camille, news="ok").rows != ()
        refused = prepare(data, camille, coalition="achat", news="ok")
    finally:
        data.coalitions = original
    assert refused.rows == ()
    assert [p.field for p in refused.problems] == ["coalition"]
    assert prepare(sample, None, news="ok").rows == ()
    assert prepare(sample, coalition="nope", news="ok").rows == ()


def test_without_login_a_name_is_required(sample):
    anonymous = Author(NAME)
    refused = prepare(sample, anonymous, news="ok", name="   ")
    assert [p.field for p in refused.problems] == ["name"]
    (row,) = prepare(sample, anonymous, news="ok", name=" Camille ").rows
    assert row.as_dict()["entered_by"] == "Camille"
    assert row.as_dict()["author"] == "Camille"
