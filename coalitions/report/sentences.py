"""The report model in words: sentences through the catalogue and ``coalitions.format``.

Every function returns plain, typeset text (French spacing set by ``typography`` over the
whole sentence, sheet text included): the writers escape it for where it goes. ``report_text``
lays the whole report out once (``ReportText``), so Markdown, plain text, HTML, Word and the
e-mail say exactly the same thing; the deck uses the same sentences. They are written by
topic: ``summary`` (the whole month), ``coalition_text`` (one coalition), ``entries`` (dated
lines), ``actors``, on ``sheet_text`` (the sheet's own words); this module lays them out and
edits them once.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from coalitions.format import apostrophes, typography
from coalitions.i18n import translate
from coalitions.report.coalition_text import CoalitionText, coalition_text, quiet_text
from coalitions.report.entries import entry_text
from coalitions.report.links import LinkedLine
from coalitions.report.model import CoalitionSection, Report
from coalitions.report.sheet_text import cleaned, unmarked
from coalitions.report.summary import (
    agenda_title,
    finding_lines,
    period_text,
    quoted_message,
    signature_lines,
    subtitle_text,
    summary_text,
    title_text,
)
from coalitions.workbook.schema import fold


@dataclass(frozen=True)
class Part:
    """A part of the report (what moved, the pilots, the others) and its coalitions."""

    heading: str
    coalitions: tuple[CoalitionText, ...]


@dataclass(frozen=True)
class ReportText:
    """The whole report in words, in reading order; every writer renders this.

    A letter: ``greeting`` opens it, the month's ``message`` and ``about`` (two lines on
    what a coalition is and its levers) follow; ``signature`` (the sign-off, the sender's
    name and role) and ``sender_email`` (a plain address, or "") close it, before the
    ``footer``."""

    lang: str
    title: str
    subtitle: str
    period: str
    greeting: str
    message: tuple[str, ...]
    about: str
    summary: str
    parts: tuple[Part, ...]
    quiet: str
    more: str
    agenda_title: str
    agenda: tuple[str, ...]
    agenda_empty: str
    quality_title: str
    quality_intro: str
    findings: tuple[str, ...]
    signature: tuple[str, ...]
    sender_email: str
    footer: str


def _by_family(sections: list[CoalitionSection]) -> list[CoalitionSection]:
    """The sections of one part read family by family (the seed's « familles d'intérêt »), in
    the order the families first come (the part's own order: what launches first…), the
    coalitions of a family in their order; those without a family last."""
    first: dict[str, int] = {}
    for index, section in enumerate(sections):
        first.setdefault(fold(section.family), index)
    return sorted(
        sections,
        key=lambda s: (not fold(s.family), first[fold(s.family)]),
    )


# What is an address, never prose: left exactly as typed.
_ADDRESS_FIELDS = ("url", "sender_email", "lang", "id")


def _each_string(value, change, lang: str = ""):
    """``value`` (a ``ReportText`` or a part of it) with ``change(string, lang)`` applied to
    every string of it but addresses (``_ADDRESS_FIELDS``)."""
    if isinstance(value, LinkedLine):
        # A linked line stays linked: each part is changed, its address kept as typed.
        return LinkedLine((change(part, lang), url) for part, url in value.segments)
    if isinstance(value, str):
        return change(value, lang)
    if isinstance(value, tuple):
        return tuple(_each_string(item, change, lang) for item in value)
    lang = getattr(value, "lang", lang)
    changes = {
        f.name: _each_string(getattr(value, f.name), change, lang)
        for f in fields(value)
        if f.name not in _ADDRESS_FIELDS
    }
    return replace(value, **changes)


def _edited(text: ReportText) -> ReportText:
    """The report's words as a person edits them, set once for every output: French
    typographic apostrophes (``coalitions.format.apostrophes``) in every string, sheet text
    included, web and e-mail addresses left as typed."""
    return _each_string(text, apostrophes)


def plain_text(text: ReportText) -> ReportText:
    """``text`` without the sheet-language marks, for the outputs that cannot say a
    passage's language (Markdown, plain text, Word)."""
    return _each_string(text, lambda value, _lang: unmarked(value))


def group_heading(group: str, sections: list[CoalitionSection], lang: str = "fr") -> str:
    """A part's heading, true to what it holds: the pilots left once some are among what
    moved are « Les autres coalitions pilotes »."""
    if group == "pilot" and any(s.pilot and s.group == "moved" for s in sections):
        return translate("report.group.pilot.others", lang)
    return translate(f"report.group.{group}", lang)


def report_text(report: Report, max_sections: int | None = None) -> ReportText:
    """The whole report in words. ``max_sections`` shortens a preview: the coalitions beyond
    it are counted, not written."""
    lang = report.lang
    written = [s for s in report.sections if s.group != "quiet"]
    shown = written[:max_sections] if max_sections is not None else written
    parts = []
    by_family = report.order == "family"
    for group in ("moved", "pilot", "other"):
        chosen = [s for s in shown if s.group == group]
        if by_family:
            chosen = _by_family(chosen)
        texts = tuple(coalition_text(s, lang, by_family) for s in chosen)
        if texts:
            parts.append(Part(group_heading(group, shown, lang), texts))
    more = ""
    if len(shown) < len(written):
        more = translate("report.preview.more", lang, count=len(written) - len(shown))
    findings = finding_lines(report)
    return _edited(
        ReportText(
            lang=lang,
            title=title_text(report),
            subtitle=subtitle_text(report),
            period=period_text(report),
            greeting=typography(report.letter.greeting, lang),
            message=quoted_message(report),
            about=typography(cleaned(report.letter.about), lang),
            summary=summary_text(report),
            parts=tuple(parts),
            quiet=quiet_text(report.group("quiet"), lang),
            more=more,
            agenda_title=agenda_title(report),
            agenda=tuple(
                entry_text(e, lang, with_coalition=True, mark=True) for e in report.agenda
            ),
            agenda_empty=translate("report.agenda.none", lang),
            quality_title=translate("report.quality", lang),
            quality_intro=translate("report.quality.intro", lang) if findings else "",
            findings=tuple(findings),
            signature=signature_lines(report),
            sender_email=report.letter.sender_email,
            footer=translate("report.footer", lang),
        )
    )
