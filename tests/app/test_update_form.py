"""The form « Mettre à jour » on the coalition sheet and the page « Mes coalitions », in the
running app on a CSV copy of the sample: who is offered the form, what a post writes, the
problems shown at their field with nothing written, a queued update « en attente d’envoi »."""

from __future__ import annotations

import csv
from datetime import date

import pytest

import data_sources.writing.file_writers
from data_sources.reading import gsheets_retry
from data_sources.reading.loader import SAMPLE_DIR
from data_sources.writing.appending import WriteError
from tests.app.output import nodes, raw_output, sample_workbook
from tests.app.test_access_gate import AUTH
from tests.conftest import partial_workbook
from tests.fakes.sheets_api import FakeSheetsApi
from ui.updates_view import FORM_KEY, field_key

PAGE = "app_pages/coalition.py"
MINE = "app_pages/my_coalitions.py"
SUBMIT = "Enregistrer la mise à jour"
SUBMIT_EN = "Save the update"
LOCAL = {"updates": {"enabled": True, "allow_without_login": True}}
CAMILLE = {"is_logged_in": True, "email": "Camille@fing.org", "name": "Camille Martin"}
HOSTILE = (
    '=HYPERLINK("https://evil.example") <img src=x onerror=alert(1)> **gras** [x](javascript:1)'
)


@pytest.fixture
def workbook(tmp_path):
    """A CSV copy of the sample where camille@fing.org is one of envdata's editors."""
    folder = partial_workbook(tmp_path / "copy", *(p.stem for p in SAMPLE_DIR.glob("*.csv")))
    path = folder / "coalitions.csv"
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    column = rows[0].index("référents")
    for row in rows[1:]:
        if row[0] == "envdata":
            row[column] = "lea@asso.example; camille@fing.org"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return folder


def appended(before: bytes, after: bytes) -> list[str]:
    """The lines added to a CSV tab, after checking that the earlier lines are untouched,
    byte for byte (the header may only gain the audit columns at its end)."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert new[0].startswith(old[0].rstrip(b"\r\n"))
    assert new[1 : len(old)] == old[1:]
    return next(csv.reader([b"".join(new[len(old) :]).decode("utf-8")]))


def has_form(at) -> bool:
    return any(node.type == "form" for node in nodes(at)) or any(
        b.label == SUBMIT for b in at.button
    )


def submit(at):
    next(b for b in at.button if b.label in (SUBMIT, SUBMIT_EN)).click()
    return at.run()


def sheet(app, workbook, secrets=LOCAL, coalition="envdata", user=None, lang=None):
    at = app(data=workbook, secrets=secrets, query={"coalition": coalition}, lang=lang, run=False)
    if user is not None:
        at.user = user
    return at.switch_page(PAGE).run()  # straight to the sheet, as its shared link opens it


@pytest.mark.parametrize(
    "secrets",
    [
        {},  # off by default
        {"updates": {"enabled": True}},  # on, but no login and no name allowed
        {"updates": {"enabled": False, "allow_without_login": True, "editors": ["a@b.org"]}},
        {"updates": {"enabled": "true", "allow_without_login": True}},  # only a real true
    ],
)
def test_without_login_nothing_is_offered(app, workbook, secrets):
    at = sheet(app, workbook, secrets)
    assert not at.exception
    assert not has_form(at)
    assert not at.text_area
    assert "Nouvelles du mois" not in raw_output(at)
    mine = app(page=MINE, data=workbook, secrets=secrets)
    assert not mine.exception
    assert "ne sont pas activées" in mine.info[0].value


def test_a_lead_posts_news_and_sees_them_as_text(app, workbook):
    before = (workbook / "updates.csv").read_bytes()
    at = sheet(app, workbook)
    assert not at.exception and has_form(at)
    at.text_input(key=field_key("name")).input("Camille")
    at.text_area(key=field_key("news")).input(HOSTILE)
    at.text_area(key=field_key("next_step")).input("Atelier en juin")
    at = submit(at)
    assert not at.exception
    assert "Mise à jour enregistrée" in at.success[0].value
    line = appended(before, (workbook / "updates.csv").read_bytes())
    assert HOSTILE in line and "Camille" in line and "Atelier en juin" in line
    # The cache was refreshed: the news are on the sheet, as markdown-escaped text.
    news = [m.value for m in at.markdown if "HYPERLINK" in m.value]
    assert news and "<img" not in news[0] and "**gras**" not in news[0]
    assert "Atelier en juin" in raw_output(at)  # the posted next step replaces the sheet's
    # The form is empty again.
    assert at.text_area(key=field_key("news")).value == ""


def test_every_part_of_the_form_is_written(app, workbook):
    at = sheet(app, workbook, lang="en")
    assert [b.label for b in at.button if b.label == SUBMIT_EN]
    at.text_input(key=field_key("name")).input("Camille")
    at.text_area(key=field_key("news")).input("The diagnostic is out.")
    at.selectbox(key=field_key("stage")).set_value(4)
    at.selectbox(key=field_key("deliverable_status")).set_value("done")
    at.selectbox(key=field_key("deliverable")).set_value(
        "kit d'appropriation pour les terrains de jeux"
    )
    at.text_input(key=field_key("event_title")).input("Atelier de juin")
    at.date_input(key=field_key("event_date")).set_value(date(2021, 6, 7))
    at.selectbox(key=field_key("event_kind")).set_value("workshop")
    at.text_input(key=field_key("actor")).input("Atelier Nouveau")
    at.selectbox(key=field_key("actor_role")).set_value("partner")
    at = submit(at)
    assert not at.exception
    confirmation = at.success[0].value
    for tab in ("updates", "progress", "deliverables", "events", "actors", "memberships"):
        assert f"“{tab}” tab" in confirmation
    tail = {
        tab: (workbook / f"{tab}.csv").read_text(encoding="utf-8").splitlines()[-1]
        for tab in ("progress", "deliverables", "events", "memberships", "actors")
    }
    assert tail["progress"].startswith("2021-05-21,envdata,En action,")
    assert tail["deliverables"].startswith(
        "envdata,kit d'appropriation pour les terrains de jeux,fait,2021-05-21,"
    )
    assert tail["events"].startswith("2021-06-07,Atelier de juin,atelier,envdata,")
    assert tail["memberships"].startswith("envdata,Atelier Nouveau,partenaire,2021-05-21,")
    assert tail["actors"].startswith("Atelier Nouveau,")


def test_problems_are_shown_at_their_field_and_nothing_is_written(app, workbook):
    files = {path.name: path.read_bytes() for path in workbook.glob("*.csv")}
    at = sheet(app, workbook)
    at.text_area(key=field_key("news")).input("Des nouvelles")
    at.text_input(key=field_key("event_title")).input("Atelier")
    at.text_input(key=field_key("event_url")).input("javascript:alert(1)")
    at = submit(at)
    assert not at.exception
    errors = [e.value for e in at.error]
    # The catalogue's French apostrophes are typographic (this said « n'a »).
    assert errors[0].startswith("Rien n’a été enregistré")
    assert any("Indiquez votre nom" in e for e in errors)
    assert any("Lien ignoré" in e for e in errors)  # the link, at the link's field
    assert any("obligatoire" in e for e in errors)  # the event's date
    assert {path.name: path.read_bytes() for path in workbook.glob("*.csv")} == files
    # What was typed is kept, to be corrected.
    assert at.text_area(key=field_key("news")).value == "Des nouvelles"


def test_an_editor_of_one_coalition_cannot_write_another(app, workbook):
    secrets = {"auth": AUTH, "updates": {"enabled": True, "allow_without_login": True}}
    at = sheet(app, workbook, secrets, user=CAMILLE)
    assert not at.exception and has_form(at)
    # Signed in: no name asked, the e-mail says who writes.
    assert field_key("name") not in [w.key for w in at.text_input]
    at.text_area(key=field_key("news")).input("Envoyé par Camille")
    at = submit(at)
    assert "Mise à jour enregistrée" in at.success[0].value
    line = (workbook / "updates.csv").read_text(encoding="utf-8").splitlines()[-1]
    assert "camille@fing.org" in line and "Camille Martin" in line
    other = sheet(app, workbook, secrets, coalition="achat", user=CAMILLE)
    assert not other.exception and not has_form(other)
    assert any("référents" in c.value for c in other.caption)
    mine = app(data=workbook, secrets=secrets, run=False)
    mine.user = CAMILLE
    mine.run()
    mine.switch_page(MINE)
    mine.run()
    assert not mine.exception
    links = [(link.proto.page, link.proto.query_string) for link in mine.get("page_link")]
    # The coalitions listed (the navigation's own links carry no query).
    assert [q for p, q in links if p == "coalition" and q] == ["coalition=envdata"]


def test_an_unverified_address_is_offered_nothing(app, workbook):
    secrets = {"auth": AUTH, "updates": {"enabled": True, "editors": ["camille@fing.org"]}}
    at = sheet(app, workbook, secrets, user={**CAMILLE, "email_verified": False})
    assert not at.exception and not has_form(at)


def test_the_built_in_sample_says_it_cannot_be_written(app):
    at = app(page=PAGE, secrets=LOCAL, query={"coalition": "envdata"})
    assert not at.exception and not has_form(at)
    assert any("lecture seule" in i.value for i in at.info)


def test_an_update_the_source_cannot_take_now_waits_in_the_outbox(app, workbook, monkeypatch):
    def busy(self, rows):
        raise WriteError("locked", "held by another session")

    monkeypatch.setattr(data_sources.writing.file_writers.CsvWriter, "append", busy)
    files = {path.name: path.read_bytes() for path in workbook.glob("*.csv")}
    at = sheet(app, workbook)
    at.text_input(key=field_key("name")).input("Camille")
    at.text_area(key=field_key("news")).input("Gardée en attendant")
    at = submit(at)
    assert not at.exception
    # The catalogue's French apostrophes are typographic (this said « d'envoi »).
    assert "en attente d’envoi" in at.warning[0].value
    pending = [w.value for w in at.warning if "Mise à jour du" in w.value]
    assert pending and "en attente d’envoi" in pending[0] and "Gardée en attendant" in pending[0]
    assert {path.name: path.read_bytes() for path in workbook.glob("*.csv")} == files


def test_the_next_read_sends_what_the_outbox_kept_and_shows_it(app, workbook, monkeypatch):
    # Sent by the data boundary after a fresh read (not from inside the cached read): the
    # refresh button reads again, the kept update is written once and the page shows it.
    real_append = data_sources.writing.file_writers.CsvWriter.append

    def busy(self, rows):
        raise WriteError("locked", "held by another session")

    monkeypatch.setattr(data_sources.writing.file_writers.CsvWriter, "append", busy)
    before = (workbook / "updates.csv").read_bytes()
    at = sheet(app, workbook)
    at.text_input(key=field_key("name")).input("Camille")
    at.text_area(key=field_key("news")).input("Envoyée à la lecture suivante")
    at = submit(at)
    assert (workbook / "updates.csv").read_bytes() == before
    sends = []

    def counted(self, rows):
        sends.append(rows)
        return real_append(self, rows)

    monkeypatch.setattr(data_sources.writing.file_writers.CsvWriter, "append", counted)
    at = sheet(app, workbook)  # another page view within the cache's lifetime: no new read
    assert sends == []
    # The catalogue's French apostrophes are typographic (this said « d'envoi »).
    assert [w.value for w in at.warning if "en attente d’envoi" in w.value]
    at.sidebar.button(key="refresh").click()
    at = at.run()
    assert not at.exception
    assert len(sends) == 1
    assert "Envoyée à la lecture suivante" in appended(
        before, (workbook / "updates.csv").read_bytes()
    )
    assert not [w.value for w in at.warning if "en attente d’envoi" in w.value]


def test_the_form_is_a_streamlit_form(app, workbook):
    at = sheet(app, workbook)
    forms = [node for node in nodes(at) if node.type == "form"]
    assert [form.proto.form.form_id for form in forms] == [FORM_KEY]


@pytest.fixture
def api_key_sheet(monkeypatch):
    monkeypatch.setattr(gsheets_retry, "sleep", lambda seconds: None)
    tabs = {title: [list(row) for row in rows] for title, rows in sample_workbook().items()}
    api = FakeSheetsApi(tabs, title="Suivi des coalitions")
    with api.intercepting():
        yield api


def test_a_sheet_read_with_an_api_key_says_it_cannot_write(app, api_key_sheet):
    secrets = {"connections": {"gsheets": api_key_sheet.secrets_section("api_key")}, **LOCAL}
    at = app(page=PAGE, secrets=secrets, query={"coalition": "envdata"})
    assert not at.exception and not has_form(at)
    # The catalogue's French apostrophes are typographic (this said « d'API »).
    assert any("clé d’API" in i.value for i in at.info)
