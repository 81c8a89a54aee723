"""``reset-coalitions validate [SOURCE]``: every finding in the sheet's words, then a summary.

Exit 0 when there is no error (warnings allowed), 1 with errors, 2 when the source can't be
read at all.
"""

from __future__ import annotations

import argparse

from coalitions.i18n import translate
from coalitions.workbook.quality import describe
from data_sources.reading.direct import load_source
from data_sources.reading.errors import SourceError
from reset_cli import EXIT_ERRORS, EXIT_OK, EXIT_UNREADABLE

NAME = "validate"


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """The subcommand's arguments."""
    parser.add_argument(
        "source",
        nargs="?",
        metavar=translate("cli.source", lang),
        help=translate("cli.source.help", lang),
    )


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
    for finding in dataset.findings:
        # Sheet text may hold terminal escape sequences: describe prints it cleaned.
        print(describe(finding, lang))
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
