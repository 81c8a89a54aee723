"""The report's own sentences, about the whole month rather than one coalition: its title,
subtitle, period and e-mail subject, the month's message, the summary and the figures (the
deck's month at a glance), the agenda's title, the findings and the letter's signature.
"""

from __future__ import annotations

from coalitions.format import apostrophes, format_date, format_list, typography
from coalitions.history.changes import arrivals
from coalitions.i18n import translate
from coalitions.report.entries import cited
from coalitions.report.model import FIGURES, Entry, Report
from coalitions.report.sheet_text import MARKS, SHEET_CLOSE, SHEET_LANGUAGE, SHEET_OPEN, cleaned
from coalitions.workbook.quality import describe


def title_text(report: Report) -> str:
    """The report's title: ``Compte-rendu du Reset Day 14``."""
    return translate("report.title", report.lang, number=report.reset_day.number)


def subtitle_text(report: Report) -> str:
    """The meeting and its date: ``…, le mardi 18 mai 2021``."""
    day = format_date(report.reset_day.date, report.lang, weekday=True)
    return translate("report.subtitle", report.lang, date=day)


def subject_text(report: Report) -> str:
    """The e-mail's subject: ``Compte-rendu du Reset Day 14 — 18 mai 2021``."""
    day = format_date(report.reset_day.date, report.lang)
    subject = translate("report.email.subject", report.lang, number=report.reset_day.number,
                        date=day)  # fmt: skip
    return apostrophes(subject, report.lang)


def period_text(report: Report) -> str:
    """The window the report covers."""
    lang, until = report.lang, format_date(report.reset_day.date, report.lang)
    if report.previous is None:
        return translate("report.period.first", lang, until=until)
    return translate(
        "report.period",
        lang,
        since=format_date(report.previous.date, lang),
        previous=report.previous.number,
        until=until,
    )


def message_paragraphs(report: Report) -> tuple[str, ...]:
    """The month's message (the Reset Day row's description), one string per paragraph."""
    lines = (cleaned(line) for line in report.message.splitlines())
    return tuple(typography(line, report.lang) for line in lines if line)


def quoted_message(report: Report) -> tuple[str, ...]:
    """The month's message as the letter gives it. In the sheet's language, the coordinators'
    own words; in another, introduced as their message quoted in French, its text marked as
    French and kept as typed (apostrophes aside): no French spacing it does not have."""
    lang = report.lang
    if lang == SHEET_LANGUAGE:
        return message_paragraphs(report)
    lines = [cleaned(line).translate(MARKS) for line in report.message.splitlines()]
    quoted = tuple(
        f"{SHEET_OPEN}{apostrophes(line, SHEET_LANGUAGE)}{SHEET_CLOSE}" for line in lines if line
    )
    return (translate("report.message.quoted", lang), *quoted) if quoted else ()


def summary_text(report: Report) -> str:
    """The month in a few sentences: how many coalitions, what moved, what comes."""
    lang, figures = report.lang, report.figures
    text = translate("report.summary.coalitions", lang, count=figures["coalitions"])
    if figures["pilots"]:
        text += translate("report.summary.pilots", lang, count=figures["pilots"])
    if figures["launched"]:
        key = "report.summary.launched" if figures["pilots"] else "report.summary.launched.only"
        text += translate(key, lang, count=figures["launched"])
    else:
        text += translate("report.summary.end", lang)
    sentences = [text]
    if report.examples:
        sentences.append(translate("report.summary.examples", lang, count=report.examples))
    # Members and the merely interested told apart: « sept acteurs ont rejoint une
    # coalition, trois autres acteurs ont manifesté leur intérêt ».
    joined, interested = arrivals(report.figures)
    counts = {**figures, "joined": joined, "interested": interested}
    if not counts["joined"]:
        counts["interested_only"], counts["interested"] = counts["interested"], 0
    done = [d for s in report.sections for d in s.done]
    changes = [
        _deliverables_done(done, lang)
        if name == "deliverables_done" and 0 < len(done) == counts[name] <= 3
        else translate(f"report.summary.{name}", lang, count=counts.get(name, 0))
        for name in ("moved_up", "moved_down", "new_coalitions", "joined", "interested",
                     "interested_only", "deliverables_done")
        if counts.get(name, 0)
    ]  # fmt: skip
    if not changes:
        sentences.append(translate("report.summary.nothing", lang))
    elif report.previous is None:
        sentences.append(
            translate("report.summary.since.first", lang, changes=format_list(changes, lang))
        )
    else:
        sentences.append(
            translate(
                "report.summary.since",
                lang,
                number=report.previous.number,
                date=format_date(report.previous.date, lang),
                changes=format_list(changes, lang),
            )
        )
    if figures["stale"]:
        months = translate("report.summary.stale.months", lang, count=report.stale_months)
        sentences.append(
            translate("report.summary.stale", lang, count=figures["stale"], months=months)
        )
    meetings = [e for e in report.agenda if e.kind != "reset_day"]
    if meetings and report.next is not None:
        coming = translate(
            "report.summary.coming",
            lang,
            count=len(meetings),
            number=report.next.number,
            date=format_date(report.next.date, lang),
        )
        launches = sum(e.kind == "launch" for e in meetings)
        if launches:
            coming += translate("report.summary.launches", lang, count=launches)
        sentences.append(coming + translate("report.summary.end", lang))
    return " ".join(sentences)


def _deliverables_done(done: list[Entry], lang: str) -> str:
    """A few deliverables done, named: « le livrable « manifeste » a été terminé »."""
    titles = format_list([cited(d, lang, "") for d in done], lang)
    return translate("report.summary.deliverables_named", lang, count=len(done), titles=titles)


def figure_lines(report: Report) -> list[tuple[str, str, int]]:
    """``(name, label, count)`` for every figure, in ``FIGURES`` order (the deck's month at a
    glance); the arrivals as two, ``joined`` and ``interested``, as the summary tells them
    (``coalitions.history.changes.arrivals``)."""
    lines = []
    for name in FIGURES:
        count = report.figures[name]
        # The stale label names the threshold in months; the others agree with their number.
        by = report.stale_months if name == "stale" else count
        if name == "joined":
            joined, interested = arrivals(report.figures)
            lines += [(key, translate(f"report.figure.{key}", report.lang, count=n), n)
                      for key, n in (("joined", joined), ("interested", interested))]  # fmt: skip
            continue
        lines.append((name, translate(f"report.figure.{name}", report.lang, count=by), count))
    return lines


def agenda_title(report: Report) -> str:
    """``Agenda jusqu'au Reset Day 15 (mardi 15 juin 2021)``."""
    if report.next is None:
        return translate("report.agenda.open", report.lang)
    day = format_date(report.next.date, report.lang, weekday=True)
    return translate("report.agenda", report.lang, number=report.next.number, date=day)


def finding_lines(report: Report) -> list[str]:
    """Each finding as every output writes it (coalitions.workbook.quality.describe): severity, tab
    and column as the workbook writes them, row, value and message."""
    return [typography(describe(f, report.lang, cleaned), report.lang) for f in report.findings]


def signature_lines(report: Report) -> tuple[str, ...]:
    """The letter's last words: the sign-off, the sender's name, the sender's role."""
    letter, lang = report.letter, report.lang
    lines = (letter.signoff, letter.sender_name, letter.sender_role)
    return tuple(typography(line, lang) for line in lines if line)
