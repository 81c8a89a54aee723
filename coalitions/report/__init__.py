"""The Reset Day's outputs: the report (compte-rendu), its e-mail, the deck and the meeting.

- ``model``: what the month says, as one content model (``Report``, ``CoalitionSection``,
  ``Entry``, ``News``) and its reading order: the parts (``GROUPS``: the coalitions that moved,
  the pilots, the others, the quiet ones) and the order within them (``order_sections``);
- ``gathering``: ``build_report``, the month gathered from the dataset, the changes engine and
  the ``updates`` tab into that model;
- ``sentences``: that model in words, laid out once (``report_text``), from sentences by
  topic: ``summary`` (the whole month: title, period, message, summary and figures, agenda
  title, findings, signature), ``coalition_text`` (one coalition's section), ``entries``
  (dated lines: events, deliverables, what comes), ``actors`` (who takes part, named once),
  all on ``sheet_text`` (the sheet's own words: cleaned, marked with their language),
  through the catalogue and ``coalitions.format``;
- ``writers``: Markdown, plain text, HTML, Word and a ready-to-send e-mail (``render``);
- ``deck``: the presenter's deck (``build_slides``, ``slide_html``, ``deck_html``), from the
  same model and sentences; ``deck_coalition``: a coalition's slide (its track, three
  columns and notes); ``deck_items``: a slide's list items and the measured boxes they are
  fitted to; ``deck_fit``: how much text fits in a slide's box;
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
from coalitions.report.gathering import build_report
from coalitions.report.model import (
    FIGURES,
    GROUPS,
    ORDERS,
    CoalitionSection,
    Entry,
    News,
    Report,
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
