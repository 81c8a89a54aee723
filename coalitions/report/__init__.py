"""The Reset Day's outputs: the report (compte-rendu), its e-mail, the deck and the meeting.

- ``model``: what the month says (``build_report``): the month's message, the coalitions that
  moved, the pilots, the others, the quiet ones, each with its news and dates;
- ``sentences``: that model in words, through the catalogue and ``coalitions.format``;
- ``writers``: Markdown, plain text, HTML, Word and a ready-to-send e-mail (``render``);
- ``deck``: the presenter's deck (``build_slides``, ``slide_html``, ``deck_html``), from the
  same model and sentences; ``deck_fit``: how much text fits in a slide's box;
- ``templating``: the one Jinja2 environment (autoescape on) both draw their HTML with, from
  ``templates/`` (the report's and e-mail's pages, the slides, their CSS and the deck's
  script);
- ``letter``: who sends the letter, to whom, how it opens and closes (``settings`` tab);
- ``links``: lines whose titles link to the deliverable they name;
- ``choice``: which Reset Day to show;
- ``meeting``: a Reset Day run from the dashboard (the meeting's place in the deck, its
  clock and budget, its code).
"""

from coalitions.report.choice import (
    chosen_reset_day,
    default_reset_day,
    find_reset_day,
    reset_day_choices,
)
from coalitions.report.model import (
    FIGURES,
    GROUPS,
    ORDERS,
    CoalitionSection,
    Entry,
    News,
    Report,
    build_report,
    order_sections,
)
from coalitions.report.writers import (
    FORMATS,
    MIME_TYPES,
    render,
    report_docx,
    report_eml,
    report_html,
    report_markdown,
    report_txt,
)

__all__ = [
    "FIGURES",
    "FORMATS",
    "GROUPS",
    "MIME_TYPES",
    "ORDERS",
    "CoalitionSection",
    "Entry",
    "News",
    "Report",
    "build_report",
    "chosen_reset_day",
    "default_reset_day",
    "find_reset_day",
    "order_sections",
    "render",
    "report_docx",
    "report_eml",
    "report_html",
    "report_markdown",
    "report_txt",
    "reset_day_choices",
]
