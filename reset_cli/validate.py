"""``reset-coalitions validate [SOURCE]``: every finding in the sheet's words, then a summary.

Exit 0 when there is no error (warnings allowed), 1 with errors, 2 when the source can't be
read at all.
"""

from __future__ import annotations

import argparse

import pandas as pd

from coalitions.escape import escape_text
from coalitions.i18n import translate
from coalitions.quality import label_findings
from data_sources.direct import load_source
from data_sources.errors import SourceError
from reset_cli import EXIT_ERRORS, EXIT_OK, EXIT_UNREADABLE

NAME = "validate"
# A value longer than this is cut: the line stays readable, the sheet has the rest.
VALUE_CHARS = 80


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """The subcommand's arguments."""
    parser.add_argument(
        "source",
        nargs="?",
        metavar=translate("cli.source", lang),
        help=translate("cli.source.help", lang),
    )


def finding_lines(findings: pd.DataFrame, lang: str) -> list[str]:
    """One line per finding: severity · tab, row, column · value · what to do."""
    lines = []
    for finding in label_findings(findings, lang).itertuples(index=False):
        where = [finding.tab]
        if pd.notna(finding.row):
            where.append(translate("cli.where.row", lang, row=finding.row))
        if finding.column:
            where.append(translate("cli.where.column", lang, column=finding.column))
        parts = [translate(f"quality.severity.{finding.severity}", lang).capitalize()]
        parts.append(", ".join(where))
        if finding.value:
            # Sheet text may hold terminal escape sequences: print it cleaned.
            value = escape_text(finding.value, "plain", max_length=VALUE_CHARS)
            parts.append(translate("cli.value", lang, value=value))
        parts.append(finding.message)
        lines.append(" · ".join(parts))
    return lines


def run(args: argparse.Namespace) -> int:
    """Check the source and print what to fix."""
    lang = args.lang
    try:
        dataset = load_source(args.source)
    except SourceError as err:
        detail = f" ({err.detail})" if err.detail else ""
        print(f"{err.message(lang)}{detail}")
        return EXIT_UNREADABLE
    if dataset.source and dataset.source.fallback_reason:
        print(translate("cli.fallback", lang, reason=dataset.source.fallback_reason))
    for line in finding_lines(dataset.findings_frame(lang), lang):
        print(line)
    print(
        translate(
            "cli.summary",
            lang,
            coalitions=translate("cli.summary.coalitions", lang, count=len(dataset.coalitions)),
            errors=translate("cli.summary.errors", lang, count=len(dataset.errors)),
            warnings=translate("cli.summary.warnings", lang, count=len(dataset.warnings)),
        )
    )
    return EXIT_ERRORS if dataset.errors else EXIT_OK
