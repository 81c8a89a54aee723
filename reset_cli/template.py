"""``reset-coalitions template FILE [--lang en]``: write the template workbook (.xlsx)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coalitions.i18n import translate
from data_sources.template import build_template
from reset_cli import EXIT_OK, EXIT_UNREADABLE

NAME = "template"


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """The subcommand's arguments."""
    parser.add_argument(
        "out", type=Path, metavar=translate("cli.file", lang),
        help=translate("cli.template.out", lang),
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Write the template in ``--lang``; say where it went."""
    try:
        args.out.write_bytes(build_template(args.lang))
    except OSError as err:
        reason = err.strerror or str(err)
        print(translate("cli.report.cant_write", args.lang, path=args.out, reason=reason),
              file=sys.stderr)  # fmt: skip
        return EXIT_UNREADABLE
    print(translate("cli.template.written", args.lang, path=args.out))
    return EXIT_OK
