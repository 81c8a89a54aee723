"""The report's e-mail and the deck as Chromium shows them: the e-mail's HTML part built from
hostile sheet text runs nothing, and the deck's message and « sans nouvelles » slides fit a
1280x720 projector (screenshots in test-artifacts/screenshots/)."""

from __future__ import annotations

import csv
import email
import shutil
from datetime import date
from email import policy
from pathlib import Path

import pytest

from bench.harness import new_page
from coalitions.escape import email_address
from coalitions.history.resetdays import ResetDay
from coalitions.report import build_report, report_eml
from coalitions.report.deck import build_slides, deck_html
from data_sources.reading.loader import SAMPLE_DIR, SourceSpec, load_local
from tests.browser.conftest import IMG, MD_LINK, SCREENSHOTS, SCRIPT
from tests.builders import sample_dataset

pytestmark = pytest.mark.browser

RD14 = ResetDay(14, date(2021, 5, 18))
JS_LINK = "javascript:window.__xss=1"


def _rewrite(path: Path, change) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    header = list(rows[0])
    for row in rows:
        change(row)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header)
        writer.writeheader()
        writer.writerows(rows)


def _hostile_report(folder: Path):
    """Reset Day 14 of the sample with payloads in every kind of text the e-mail prints."""
    for source in SAMPLE_DIR.glob("*.csv"):
        shutil.copy(source, folder / source.name)

    def coalition(row):
        if row["identifiant"] == "equite":
            row["nom"] = f"{SCRIPT} équité {MD_LINK}"
            row["problème"] = IMG
            row["prochaine étape"] = f'<a href="{JS_LINK}">clic</a>'
            row["pour rejoindre"] = JS_LINK

    def event(row):
        if row["titre"] == "Reset Day 14":
            row["message"] = f"{SCRIPT}\n{IMG} <iframe src='{JS_LINK}'></iframe>"
        if row["coalition"] == "civictech":
            row["titre"] = f"<svg onload=window.__xss=1> {row['titre']}"

    def update(row):
        if row["coalition"] == "achat":
            row["nouvelles"] = f"<style>body{{display:none}}</style>{IMG}"

    _rewrite(folder / "coalitions.csv", coalition)
    _rewrite(folder / "events.csv", event)
    _rewrite(folder / "updates.csv", update)
    data = load_local(SourceSpec("csv", str(folder)))
    assert not data.errors
    return build_report(data, RD14)


def test_the_emails_html_part_runs_nothing(chromium, tmp_path):
    message = email.message_from_bytes(report_eml(_hostile_report(tmp_path)), policy=policy.default)
    html = message.get_body(("html",)).get_content()
    page = new_page(chromium, (1280, 720))
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.set_content(html)
        page.wait_for_timeout(300)  # an onerror or onload would have fired by now
        found = page.evaluate(
            """() => ({
              xss: window.__xss === undefined ? null : window.__xss,
              elements: [...document.querySelectorAll('script, img, svg, iframe, style')]
                .map((el) => el.tagName).filter((tag) => tag !== 'STYLE'),
              styles: document.querySelectorAll('style').length,
              hrefs: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
              visible: getComputedStyle(document.body).display,
              text: document.body.innerText,
            })"""
        )
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "email-hostile.png"))
    finally:
        page.context.close()
    assert found["xss"] is None and not dialogs
    assert found["elements"] == [] and found["styles"] == 1  # the template's own, only
    assert found["visible"] != "none"
    # Links go to web pages or write to an address: nothing else (javascript:, data:…).
    assert found["hrefs"] and all(h.startswith(("https://", "mailto:")) for h in found["hrefs"])
    assert not [h for h in found["hrefs"] if h.startswith("mailto:") and not email_address(h[7:])]
    # Everything typed shows as typed.
    for typed in (SCRIPT, IMG, f"{SCRIPT} équité {MD_LINK}", f"Pour rejoindre\u00a0: {JS_LINK}"):
        assert typed in found["text"], typed


MEASURE = """
(index) => {
  const slide = document.querySelectorAll('.rs-slide')[index];
  const s = slide.getBoundingClientRect();
  const spilled = [...slide.querySelectorAll('.rs-body *')].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && (r.bottom > s.bottom + 0.5 || r.right > s.right + 0.5);
  }).map((el) => el.textContent.slice(0, 40));
  const clamped = [...slide.querySelectorAll('.rs-message-text, .rs-text, h1')]
    .filter((el) => el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent);
  return {spilled, clamped, items: slide.querySelectorAll('li').length,
          more: slide.querySelectorAll('li.rs-more').length};
}
"""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_message_and_quiet_slides_fit_a_projector(chromium, lang):
    report = build_report(sample_dataset(), RD14, lang)
    slides = build_slides(report)
    message = [s.kind for s in slides].index("message")
    quiet = [s.kind for s in slides].index("quiet")
    assert message == 1  # the message is the deck's second slide
    page = new_page(chromium, (1280, 720))
    try:
        page.set_content(deck_html(report, slides))
        page.evaluate("() => document.documentElement.classList.remove('js')")
        measured = {i: page.evaluate(MEASURE, i) for i in (message, quiet)}
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for index, name in ((message, "message"), (quiet, "quiet")):
            page.locator(".rs-frame").nth(index).screenshot(
                path=str(SCREENSHOTS / f"deck-{name}-{lang}-1280.png")
            )
    finally:
        page.context.close()
    for index, found in measured.items():
        assert not found["spilled"] and not found["clamped"], (index, found)
    # The nine quiet coalitions, every one named, none behind a "+ N".
    assert (measured[quiet]["items"], measured[quiet]["more"]) == (9, 0)
