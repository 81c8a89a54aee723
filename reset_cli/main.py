"""The ``reset-coalitions`` command: one parser, one subcommand per module of this package."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from coalitions.i18n import DEFAULT_LANGUAGE, LANGUAGES, translate
from reset_cli import EXIT_ERRORS, passcode, report, template, validate
from reset_cli.french_argparse import argparse_in

PROG = "reset-coalitions"
# Each module gives NAME, configure(parser, lang) and run(args) -> exit code.
SUBCOMMANDS = (validate, report, template, passcode)


def requested_language(argv: Sequence[str]) -> str:
    """The ``--lang`` given anywhere in ``argv`` (the help is printed while parsing, so the
    language must be known first); French when absent or unknown."""
    value = None
    for position, arg in enumerate(argv):
        if arg == "--lang" and position + 1 < len(argv):
            value = argv[position + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def _add_lang(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default=lang, help=translate("cli.lang", lang))


def build_parser(lang: str) -> argparse.ArgumentParser:
    """The whole command line, its help in ``lang`` (call inside ``argparse_in(lang)``)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=translate("cli.description", lang),
        epilog=translate("cli.epilog", lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    _add_lang(parser, lang)
    commands = parser.add_subparsers(
        title=translate("cli.commands", lang),
        metavar=translate("cli.command", lang),
        dest="command",
        required=True,
    )
    for module in SUBCOMMANDS:
        command = commands.add_parser(
            module.NAME,
            help=translate(f"cli.{module.NAME}.help", lang),
            description=translate(f"cli.{module.NAME}.description", lang),
            allow_abbrev=False,
        )
        module.configure(command, lang)
        _add_lang(command, lang)
        command.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``reset-coalitions``: parse ``argv`` and run the subcommand."""
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = requested_language(argv)
    with argparse_in(lang):
        args = build_parser(lang).parse_args(argv)
    # Sheet text may hold characters the terminal's encoding lacks: never crash on them.
    sys.stdout.reconfigure(errors="replace")
    try:
        code = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (``| head``): say nothing more, and let no flush at exit
        # print a traceback (the recipe of Python's signal documentation).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERRORS
    return code
