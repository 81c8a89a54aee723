"""Validation: from a raw workbook to the Dataset, with a finding for every problem.

The contract's "Bad input" section is the rule: nothing is dropped silently. A cell that can't
be understood in an optional column is a warning and is left empty; a row missing a required
value, or pointing at an unknown coalition, or repeating a key, is an error and stays out of
the tables. A missing tab or required column is named, and everything else is still read.
Fully blank rows are not data (sheets end with many) and are skipped without a finding.

No cascade: a coalition row is set aside only when it has no usable key (no id, or an id used
above); with an unreadable or blank stage or name it stays, at ``UNKNOWN_STAGE`` or under its
id, with one finding. The rows citing a coalition set aside are summed up in its finding
(``Finding.dependants``) instead of one "unknown coalition" each.

One source of truth (the contract's "One source of truth, history kept"): the current stage
and status are resolved during validation (in ``coalitions.workbook.tab_rules``) by asking
``coalitions.history.timeline`` (which owns the rules), so every page, chart and report reads
the same values from the Dataset:
- a coalition's stage is ``timeline.stages_on`` with every row counted; the tab's own stage
  stays in ``tab_stage``;
- the deliverables table holds one row per deliverable (same coalition and title): its latest
  row in ``timeline.order_states``'s order; the earlier ones are in ``history``.
The coalitions table keeps its own next_step and obstacles: the updates tab's latest replace
them as of a day (coalitions.history.timeline.latest_texts: today on the sheet, the Reset Day in
the report).
Findings carry each tab's title and column's header as the workbook writes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd

from coalitions.history.resetdays import reference_date
from coalitions.workbook import matching, schema
from coalitions.workbook.collector import Collector
from coalitions.workbook.dataset import Dataset, RawWorkbook
from coalitions.workbook.findings import ERROR, WARNING, Finding
from coalitions.workbook.references import reference_index
from coalitions.workbook.tab_rules import (
    check_stage_moves,
    current_stages,
    read_actors,
    read_coalitions,
    read_deliverables,
    read_events,
    read_linked,
    read_memberships,
    read_settings,
)


def _pick_tabs(raw: RawWorkbook, out: Collector) -> dict[str, pd.DataFrame]:
    picked: dict[str, pd.DataFrame] = {}
    for title, frame in raw.tabs.items():
        canonical = matching.match_tab(title)
        if canonical is None:
            continue
        if canonical in picked:
            out.add(WARNING, canonical, None, None, title, "duplicate_tab", other_title=title)
            continue
        picked[canonical] = frame
        out.titles[canonical] = " ".join(str(title).split())
    return picked


def build_dataset(raw: RawWorkbook, today: date | None = None) -> Dataset:
    """Validate a raw workbook against the contract and build the Dataset.

    Never raises on bad content: every problem becomes a Finding, and what can be read is
    read. Tabs are matched by name with aliases; unknown tabs and columns are ignored (unknown
    coalition columns are kept in the table under their header). ``today`` (default: the
    settings' ``reference_date``, else the real date) is when a deliverable done is "to come".
    """
    out = Collector()
    tabs = _pick_tabs(raw, out)
    if "coalitions" not in tabs:
        out.add(ERROR, "coalitions", None, None, "", "missing_tab", tab="coalitions")
    settings = read_settings(tabs.get("settings"), out)
    today = today or reference_date(settings, date.today())
    coalitions, aside = read_coalitions(tabs.get("coalitions"), out)
    actors, canonical = read_actors(tabs.get("actors"), out)
    refs = reference_index(coalitions, aside)
    memberships, actors = read_memberships(
        tabs.get("memberships"), refs, actors, canonical, "actors" in tabs, out
    )
    events = read_events(tabs.get("events"), refs, out)
    progress = read_linked(schema.PROGRESS, tabs.get("progress"), refs, out)
    deliverables = read_deliverables(tabs.get("deliverables"), refs, today, out)
    updates = read_linked(schema.UPDATES, tabs.get("updates"), refs, out)
    coalitions = current_stages(coalitions, progress, today, out)
    check_stage_moves(progress, out)
    return Dataset(
        coalitions=coalitions,
        actors=actors,
        memberships=memberships,
        events=events,
        progress=progress,
        deliverables=deliverables,
        updates=updates,
        settings=settings,
        findings=_sorted(out.placed()),
        tabs_present=frozenset(tabs),
    )


def _sorted(findings: Iterable[Finding]) -> list[Finding]:
    order = {t.name: i for i, t in enumerate(schema.TABS)}
    return sorted(
        findings,
        key=lambda f: (order.get(f.tab, 99), f.row if f.row is not None else 0, f.column or ""),
    )
