#!/usr/bin/env bash
# The whole check, as CI runs it: install the test dependencies (Python packages and Debian's
# Chromium for the browser tests), lint, then the full test suite. Any failure fails the run,
# and so does a pytest run that collects no test (exit code 5).
#
#   scripts/test.sh --quick [pytest args]   the quick loop: lint, then the unit tier without
#                                           its slow tests (no install, no server, no browser)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--quick" ]; then
  shift
  python -m ruff check .
  python -m ruff format --check .
  exec python -m pytest -n 2 -m "unit and not slow" tests/unit tests/data_sources tests/cli "$@"
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's Chromium for the browser tests..."
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null
  fi
fi
python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt

python -m ruff check .
python -m ruff format --check .
python -m pytest -n 2 --dist loadgroup --durations=30 "$@"
