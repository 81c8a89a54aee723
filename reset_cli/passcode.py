"""``reset-coalitions passcode``: read a passcode and print the hash for the secrets.

Asks twice on a terminal (the passcode is not echoed); reads one line from standard input
otherwise, so ``printf '%s' "$CODE" | reset-coalitions passcode`` works.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from coalitions.i18n import translate
from coalitions.updates.access import hash_passcode
from reset_cli import EXIT_ERRORS, EXIT_OK

NAME = "passcode"


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """No argument: the passcode is never given on the command line (it would stay in the
    shell's history)."""


def run(args: argparse.Namespace) -> int:
    """Print the ``[access] passcode_hash`` value for the passcode typed."""
    lang = args.lang
    if sys.stdin.isatty():
        first = getpass.getpass(translate("cli.passcode.prompt", lang))
        if getpass.getpass(translate("cli.passcode.again", lang)) != first:
            print(translate("cli.passcode.differ", lang), file=sys.stderr)
            return EXIT_ERRORS
    else:
        first = sys.stdin.readline().rstrip("\r\n")
    try:
        print(hash_passcode(first))
    except ValueError as exc:
        print(translate("cli.passcode.refused", lang, reason=exc), file=sys.stderr)
        return EXIT_ERRORS
    return EXIT_OK
