"""Text alternatives of the dashboard's charts: one or two sentences saying what each shows.

A chart is a picture to a screen reader (and to anyone who cannot tell its colours apart); the
RGAA (WCAG 1.1.1) asks for a short text that says what it shows, besides its data table:
« 20 coalitions : 5 au stade Sujet identifié, 6 au stade Socle commun… ». Plain text in the
language asked for; names come from the sheet, cleaned and cut, still to be escaped where shown.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from coalitions.escape import escape_text
from coalitions.format import format_date, format_list, format_month
from coalitions.i18n import translate
from coalitions.views.network import ACTOR, COALITION

# A name longer than this is cut with an ellipsis: the sentence must stay short to be heard,
# yet the sample's longest names (about 80 characters) are read whole.
NAME_LENGTH = 90
# The most connected nodes a network's sentence names: more is a list nobody remembers.
TOP_NODES = 3


def _stage(number: object, lang: str) -> str:
    """A stage as the pages name it (the catalogue's ``stage.N``, « Noyau d’acteurs »): these
    sentences are read beside the charts' legends and axes, which say it so."""
    return translate(f"stage.{int(number)}", lang)


def _name(value: object) -> str:
    return escape_text(value, "plain", max_length=NAME_LENGTH)


def _at_stages(counts: Iterable[tuple[int, int]], lang: str) -> str:
    """« 5 au stade Sujet identifié, 6 au stade Socle commun… » for each (stage, count) with
    a count."""
    return format_list(
        [
            translate("chart.at_stage", lang, count=int(n), stage=_stage(stage, lang))
            for stage, n in counts
            if n
        ],
        lang,
    )


def describe_pipeline(counts: pd.DataFrame, lang: str = "fr") -> str:
    """The pipeline chart (``coalitions.views.overview.pipeline``'s family, stage, count rows):
    how many coalitions at each stage, and the largest family of interest."""
    total = int(counts["count"].sum())
    if not total:
        return translate("chart.none", lang)
    by_stage = counts.groupby("stage")["count"].sum().sort_index()
    stages = _at_stages(by_stage.items(), lang)
    text = translate("chart.pipeline", lang, count=total, stages=stages)
    named = counts[counts["family"] != ""]
    if named.empty:
        return text
    families = named.groupby("family", sort=False)["count"].sum()
    largest = families.idxmax()  # pipeline() lists the largest first: ties keep its order
    family = translate(
        "chart.pipeline.family", lang, count=int(families[largest]), family=_name(largest)
    )
    return f"{text} {family}"


def describe_paths(paths: pd.DataFrame, lang: str = "fr") -> str:
    """The stage-path chart (``coalitions.history.progress.stage_paths``: coalition, name, date,
    stage, one coalition after another, the last point being its current stage): where each
    coalition started, when, and where it stands on the day shown, since when (no
    « aujourd'hui »: the day shown may be a past one)."""
    if paths.empty:
        return translate("chart.none", lang)
    parts = []
    for _coalition, path in paths.groupby("coalition", sort=False):
        first, last = path.iloc[0], path.iloc[-1]
        stages = path["stage"].to_numpy()
        # The last point may be the day shown, not a change: the current stage was reached
        # at the start of the run of equal stages ending the path.
        start = len(stages) - 1
        while start > 0 and stages[start - 1] == stages[-1]:
            start -= 1
        key = "chart.path.same" if first["stage"] == last["stage"] else "chart.path.moved"
        parts.append(
            translate(
                key,
                lang,
                name=_name(first["name"]),
                first=_stage(first["stage"], lang),
                month=format_month(first["date"], lang),
                current=_stage(last["stage"], lang),
                reached=format_month(path.iloc[start]["date"], lang),
            )
        )
    joined = translate("chart.sep", lang).join(parts)
    return translate("chart.paths", lang, count=len(parts), paths=joined)


def describe_time_in_stage(stay: pd.DataFrame, lang: str = "fr") -> str:
    """The time-in-stage chart (``coalitions.history.progress.time_in_stage`` rows with known days,
    longest first): the coalition longest at its stage and the most recent arrival."""
    known = stay[stay["days"].notna()]
    if known.empty:
        return translate("chart.none", lang)

    def one(row: pd.Series) -> str:
        days = translate("chart.days", lang, count=int(row["days"]))
        stage = _stage(row["stage"], lang)
        return translate("chart.stay", lang, name=_name(row["name"]), days=days, stage=stage)

    if len(known) == 1:
        return translate("chart.time.one", lang, stay=one(known.iloc[0]))
    return translate(
        "chart.time", lang, count=len(known), longest=one(known.iloc[0]),
        shortest=one(known.iloc[-1]),
    )  # fmt: skip


def describe_timeline(events: pd.DataFrame, lang: str = "fr") -> str:
    """The agenda's timeline (events with ``date`` and ``kind``): how many, over which days,
    and how many of each kind."""
    if events.empty:
        return translate("chart.none", lang)
    counts = events["kind"].value_counts(sort=False)
    kinds = format_list(
        [translate(f"chart.kind.{kind}", lang, count=int(n)) for kind, n in counts.items()], lang
    )
    first, last = events["date"].min(), events["date"].max()
    span = (
        translate("chart.on_day", lang, day=format_date(first, lang))
        if first.date() == last.date()
        else translate(
            "chart.between", lang, first=format_date(first, lang), last=format_date(last, lang)
        )
    )
    return translate("chart.timeline", lang, count=len(events), span=span, kinds=kinds)


def describe_network(nodes: pd.DataFrame, links: int, lang: str = "fr") -> str:
    """The network chart (nodes with ``label``, ``kind`` "actor" or "coalition" and
    ``degree``; ``links`` lines drawn): how many of each, and the most connected."""
    if nodes.empty:
        return translate("chart.none", lang)
    counts = nodes["kind"].value_counts()
    who = format_list(
        [
            translate(f"chart.node.{kind}", lang, count=int(counts[kind]))
            for kind in (ACTOR, COALITION)
            if kind in counts
        ],
        lang,
    )
    top = nodes.sort_values("degree", ascending=False, kind="stable").head(TOP_NODES)
    hubs = format_list(
        [
            translate(
                "chart.hub",
                lang,
                name=_name(row.label),
                links=translate("chart.links", lang, count=int(row.degree)),
            )  # fmt: skip
            for row in top.itertuples(index=False)
        ],
        lang,
    )
    links_text = translate("chart.links", lang, count=links)
    return translate("chart.network", lang, who=who, links=links_text, hubs=hubs)


def describe_pipeline_history(table: pd.DataFrame, lang: str = "fr") -> str:
    """The pipeline over time (``coalitions.history.asof.pipeline_over_time``: number, date, stage,
    count): over which Reset Days, and the stages at the latest one."""
    if table.empty:
        return translate("chart.none", lang)
    dates = table["date"].drop_duplicates().sort_values()
    latest = table[table["date"] == dates.iloc[-1]]
    ordered = latest.sort_values("stage")
    stages = _at_stages(zip(ordered["stage"], ordered["count"], strict=True), lang)
    return translate(
        "chart.pipeline_history", lang, count=len(dates), first=format_date(dates.iloc[0], lang),
        last=format_date(dates.iloc[-1], lang), stages=stages or "0",
    )  # fmt: skip


def describe_growth(growth: pd.DataFrame, lang: str = "fr") -> str:
    """The network's growth (``coalitions.history.asof.network_growth``: month, actors, memberships,
    oldest first): from what to what, between which months."""
    if growth.empty:
        return translate("chart.none", lang)
    first, last = growth.iloc[0], growth.iloc[-1]
    return translate(
        "chart.growth", lang, first=format_month(first["month"], lang),
        last=format_month(last["month"], lang),
        actors=translate("chart.node.actor", lang, count=int(last["actors"])),
        actors_before=int(first["actors"]), memberships_before=int(first["memberships"]),
        memberships=translate("chart.memberships", lang, count=int(last["memberships"])),
    )  # fmt: skip
