"""Reading a source outside the app (the command line): no Streamlit, no cache.

The source is chosen as the app chooses it (``--data``, then ``RESET_DATA``, then the
``[connections.gsheets]`` secrets, then the built-in sample); the secrets come from
``.streamlit/secrets.toml`` in the current folder, read here as a plain dict.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from coalitions.workbook.dataset import Dataset
from data_sources.reading.loader import (
    SAMPLE_DIR,
    SourceSpec,
    choose_source,
    load_local,
    load_sheet,
)

SECRETS_FILE = Path(".streamlit") / "secrets.toml"
# The word that names the built-in sample wherever a source is expected.
SAMPLE = "sample"


def read_secrets_file(path: Path = SECRETS_FILE) -> dict[str, Any]:
    """The secrets file as a dict; empty when it is missing or does not parse."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def load_source(location: str | None, environ: Mapping[str, str] | None = None) -> Dataset:
    """Read and validate ``location`` (a path, a Sheet URL or key, ``sample``), or, when it is
    None, the source the app would read. Raises ``SourceError`` when it can't be read."""
    if location == SAMPLE:
        spec = SourceSpec(SAMPLE, str(SAMPLE_DIR))
    else:
        argv = ["--data", location] if location else []
        spec = choose_source(argv, os.environ if environ is None else environ, read_secrets_file())
    if spec.kind != "sheet":
        return load_local(spec)
    from data_sources.reading.gsheets import read_sheet

    return load_sheet(spec, lambda s: read_sheet(s.location, s.credentials))
