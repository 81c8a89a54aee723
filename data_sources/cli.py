"""Command line for the people who keep the sheet.

``python -m data_sources validate SOURCE`` prints every finding and a summary; it exits 0 when
there is no error (warnings allowed), 1 when there are errors, 2 when the source can't be
read at all. SOURCE is a path (.xlsx, a folder of CSV files), a Google Sheet URL or key
(credentials from ``.streamlit/secrets.toml``), or ``sample``.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from coalitions.dataset import Dataset
from coalitions.escape import escape_text
from coalitions.i18n import LANGUAGES, translate
from data_sources.errors import SourceError
from data_sources.loader import SAMPLE_DIR, SourceSpec, load_local, load_sheet, spec_for

SECRETS_FILE = Path(".streamlit") / "secrets.toml"
EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2
# Subcommands other modules add (name -> (help, configure parser, run)).
COMMANDS: dict[str, tuple[str, Callable, Callable]] = {}


def _gsheets_secrets(path: Path = SECRETS_FILE) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle).get("connections", {}).get("gsheets", {})
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def load_source(source: str) -> Dataset:
    """Read and validate SOURCE (path, Sheet URL/key or ``sample``); raises SourceError."""
    if source == "sample":
        return load_local(SourceSpec("sample", str(SAMPLE_DIR)))
    spec = spec_for(source, _gsheets_secrets())
    if spec.kind != "sheet":
        return load_local(spec)
    from data_sources.gsheets import read_sheet

    return load_sheet(spec, lambda s: read_sheet(s.location, s.credentials))


def _validate(args: argparse.Namespace) -> int:
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
        where = ":".join(str(p) for p in (finding.tab, finding.row, finding.column) if p)
        # Sheet text may hold terminal escape sequences: print it cleaned.
        value = f" «{escape_text(finding.value, 'plain', max_length=80)}»" if finding.value else ""
        print(f"{finding.severity.upper():7} {where}{value} — {finding.message(lang)}")
    print(
        translate(
            "cli.summary",
            lang,
            coalitions=len(dataset.coalitions),
            errors=len(dataset.errors),
            warnings=len(dataset.warnings),
        )
    )
    return EXIT_ERRORS if dataset.errors else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m data_sources``."""
    import data_sources.report_cli  # noqa: F401 - registers the ``report`` subcommand

    parser = argparse.ArgumentParser(prog="python -m data_sources", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    validate = sub.add_parser("validate", help="check a workbook against the contract")
    validate.add_argument("source", help="path, Google Sheet URL/key, or 'sample'")
    validate.add_argument("--lang", choices=LANGUAGES, default="fr")
    validate.set_defaults(run=_validate)
    for name, (help_text, configure, run) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text)
        configure(command)
        command.set_defaults(run=run)
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(errors="replace")
    return args.run(args)
