"""Start the dashboard on a fake Google Sheet: real gspread and google-auth, no network.

One process: a ``FakeSheetsApi`` serving the built-in sample as Sheets API v4 payloads is
put in front of ``requests`` (``start_intercepting``), then Streamlit's own command line
runs ``app.py`` in this same process, so the app's gspread calls reach the fake. The
``[connections.gsheets]`` secrets go to a temporary ``secrets.toml`` handed to Streamlit
with ``--secrets.files``; the repository's ``.streamlit/`` is never written.

    python tests/browser/launcher.py --port 8601 [--auth api_key] [--fail-flag PATH]

With ``--fail-flag``, once a file exists at PATH every Sheets request fails with the HTTP
status written in it (403 when empty): the sheet became unreadable after a first good read,
so the app must fall back to its snapshot (in ``$RESET_CACHE_DIR``).
"""

from __future__ import annotations

import argparse
import atexit
import json
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.harness import STREAMLIT_FLAGS  # noqa: E402
from data_sources.reading.files import read_csv_folder  # noqa: E402
from data_sources.reading.loader import SAMPLE_DIR  # noqa: E402
from tests.fakes.sheets_api import FakeSheetsApi  # noqa: E402

SHEET_TITLE = "Coalitions RESET"
# Forbidden is answered at once; network errors would be retried for the whole retry budget.
DEFAULT_FAILURE_STATUS = 403
# Far more requests than a test makes: once failing, the sheet stays unreadable.
FAIL_FOREVER = 10**9
FLAG_POLL_SECONDS = 0.1


def sample_tabs() -> dict[str, list[list[str]]]:
    """The built-in sample as a spreadsheet: tab title -> rows of cells (header first)."""
    workbook = read_csv_folder(SAMPLE_DIR)
    return {name: frame.values.tolist() for name, frame in workbook.tabs.items()}


def secrets_toml(section: dict) -> str:
    """A ``secrets.toml`` holding ``section`` as ``[connections.gsheets]``.

    JSON string escapes are valid TOML basic-string escapes, so ``json.dumps`` writes each
    value (the multi-line private key included) as a TOML string.
    """
    lines = ["[connections.gsheets]"]
    lines += [f"{key} = {json.dumps(str(value))}" for key, value in section.items()]
    return "\n".join(lines) + "\n"


def watch_flag(api: FakeSheetsApi, flag: Path) -> None:
    """Make every Sheets request fail once ``flag`` exists (a daemon thread polls it)."""

    def poll() -> None:
        while not flag.exists():
            time.sleep(FLAG_POLL_SECONDS)
        text = flag.read_text().strip()
        api.fail_next(int(text) if text else DEFAULT_FAILURE_STATUS, times=FAIL_FOREVER)

    threading.Thread(target=poll, name="fail-flag", daemon=True).start()


def main(argv: list[str] | None = None) -> None:
    """Serve the fake sheet and run ``streamlit run app.py`` on it (never returns)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--auth", choices=("service_account", "api_key"), default="api_key")
    parser.add_argument("--fail-flag", type=Path)
    args = parser.parse_args(argv)

    api = FakeSheetsApi(sample_tabs(), title=SHEET_TITLE)
    folder = Path(tempfile.mkdtemp(prefix="reset-fake-sheet-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    secrets = folder / "secrets.toml"
    secrets.write_text(secrets_toml(api.secrets_section(args.auth)))
    secrets.chmod(0o600)
    api.start_intercepting()
    if args.fail_flag:
        watch_flag(api, args.fail_flag)

    from streamlit.web.cli import main as streamlit_main

    sys.argv = [
        "streamlit",
        "run",
        str(ROOT / "app.py"),
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(args.port),
        *STREAMLIT_FLAGS,
        "--secrets.files",
        str(secrets),
    ]
    streamlit_main()


if __name__ == "__main__":
    main()
