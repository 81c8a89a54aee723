"""argparse speaking the user's language: its own words (« usage », « options », errors).

argparse looks its strings up through a module-level gettext function and Python ships no
French catalogue for it, so while a parser is built and used, that function is pointed at
the project's catalogue (``argparse.*`` keys of coalitions/i18n/cli.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from coalitions.i18n import CATALOGUE, translate


@contextmanager
def argparse_in(lang: str) -> Iterator[None]:
    """Within the block, argparse's own messages are in ``lang``."""
    original = argparse._

    def lookup(message: str) -> str:
        key = f"argparse.{message}"
        return translate(key, lang) if key in CATALOGUE else original(message)

    argparse._ = lookup
    try:
        yield
    finally:
        argparse._ = original
