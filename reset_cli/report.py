"""``reset-coalitions report``: write a Reset Day's report without opening the dashboard.

``report --date 2021-05-18 --format md|txt|html|docx|eml --out FILE [--data SOURCE] [--lang en]``
writes the report of the Reset Day held on that date (or, for another date, of the last one
before it). Without ``--data`` the source is the one the dashboard would read
(``RESET_DATA``, the secrets' sheet, else the built-in sample). Exit 0 when the file is
written; 2 when the source can't be read, no Reset Day can be found or the file can't be
written.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import pandas as pd

from coalitions.format import format_date
from coalitions.history.resetdays import previous_reset_day, recurrence_from_settings
from coalitions.i18n import translate
from coalitions.report import FORMATS, ORDERS, build_report, render
from data_sources.reading.direct import load_source
from data_sources.reading.errors import SourceError
from reset_cli import EXIT_OK, EXIT_UNREADABLE

NAME = "report"


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """The subcommand's arguments."""

    def day(text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError as err:
            message = translate("cli.report.bad_date", lang, value=text)
            raise argparse.ArgumentTypeError(message) from err

    file = translate("cli.file", lang)
    parser.add_argument(
        "--date", type=day, required=True, metavar="AAAA-MM-JJ" if lang == "fr" else "YYYY-MM-DD",
        help=translate("cli.report.date", lang),
    )  # fmt: skip
    parser.add_argument(
        "--format", choices=FORMATS, required=True, help=translate("cli.report.format", lang)
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar=file, help=translate("cli.report.out", lang)
    )
    parser.add_argument(
        "--data", metavar=translate("cli.source", lang), help=translate("cli.source.help", lang)
    )
    parser.add_argument(
        "--order", choices=ORDERS, default=ORDERS[0], help=translate("cli.report.order", lang)
    )


def run(args: argparse.Namespace) -> int:
    """Write the report; say where it went."""
    lang = args.lang
    try:
        dataset = load_source(args.data)
    except SourceError as err:
        print(err.message(lang), file=sys.stderr)
        return EXIT_UNREADABLE
    recurrence = recurrence_from_settings(dataset.settings)
    # The meeting held on --date, or the last one before it.
    reset_day = previous_reset_day(recurrence, args.date + pd.Timedelta(days=1), dataset.events)
    if reset_day is None:
        day = format_date(args.date, lang)
        print(translate("cli.report.no_reset_day", lang, date=day), file=sys.stderr)
        return EXIT_UNREADABLE
    report = build_report(dataset, reset_day, lang, args.order)
    try:
        args.out.write_bytes(render(report, args.format))
    except OSError as err:
        reason = err.strerror or str(err)
        print(translate("cli.report.cant_write", lang, path=args.out, reason=reason),
              file=sys.stderr)  # fmt: skip
        return EXIT_UNREADABLE
    print(
        translate(
            "cli.report.written",
            lang,
            number=reset_day.number,
            date=format_date(reset_day.date, lang),
            path=args.out,
        )
    )
    return EXIT_OK
