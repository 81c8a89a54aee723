"""``python -m data_sources report``: write a Reset Day's report without opening the app.

``report --date 2021-05-18 --format md|html|docx --out FILE [--data SOURCE] [--lang fr|en]``
writes the report of the Reset Day held on that date (or, for another date, of the last one
before it). Without ``--data`` the source is the one the app would read (``RESET_DATA``, the
secrets' sheet, else the built-in sample). Exit 0 when the file is written; 2 when the source
can't be read, no Reset Day can be found or the file can't be written.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

import pandas as pd

from coalitions.i18n import LANGUAGES
from coalitions.report import ORDERS, build_report, report_docx, report_html, report_markdown
from coalitions.resetdays import previous_reset_day, recurrence_from_settings
from data_sources import cli
from data_sources.errors import SourceError

WRITERS = {
    "md": lambda report: report_markdown(report).encode("utf-8"),
    "html": lambda report: report_html(report).encode("utf-8"),
    "docx": report_docx,
}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from err


def configure(parser: argparse.ArgumentParser) -> None:
    """The ``report`` subcommand's arguments."""
    parser.add_argument("--date", type=_day, required=True, help="the Reset Day (YYYY-MM-DD)")
    parser.add_argument("--format", choices=tuple(WRITERS), required=True)
    parser.add_argument("--out", type=Path, required=True, help="file to write")
    parser.add_argument("--data", help="path, Google Sheet URL/key, or 'sample'")
    parser.add_argument("--lang", choices=LANGUAGES, default="fr")
    parser.add_argument("--order", choices=ORDERS, default=ORDERS[0])


def _source(args: argparse.Namespace) -> str:
    """The source the app would read when ``--data`` is not given."""
    return (
        args.data
        or os.environ.get("RESET_DATA")
        or cli._gsheets_secrets().get("spreadsheet")
        or "sample"
    )


def run(args: argparse.Namespace) -> int:
    """Write the report; print where it went."""
    try:
        dataset = cli.load_source(_source(args))
    except SourceError as err:
        print(err.message(args.lang), file=sys.stderr)
        return cli.EXIT_UNREADABLE
    recurrence = recurrence_from_settings(dataset.settings)
    # The meeting held on --date, or the last one before it.
    reset_day = previous_reset_day(recurrence, args.date + pd.Timedelta(days=1), dataset.events)
    if reset_day is None:
        print(f"no Reset Day on or before {args.date.isoformat()}", file=sys.stderr)
        return cli.EXIT_UNREADABLE
    report = build_report(dataset, reset_day, args.lang, args.order)
    try:
        args.out.write_bytes(WRITERS[args.format](report))
    except OSError as err:
        print(f"can't write {args.out}: {err.strerror or err}", file=sys.stderr)
        return cli.EXIT_UNREADABLE
    print(f"Reset Day {reset_day.number} ({reset_day.date.isoformat()}) -> {args.out}")
    return cli.EXIT_OK


cli.COMMANDS["report"] = ("write a Reset Day's report (md, html, docx)", configure, run)
