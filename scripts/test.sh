#!/usr/bin/env bash
# The whole check, as CI runs it: install the test dependencies (Python packages and Debian's
# Chromium for the browser tests), lint, then the full test suite. Any failure fails the run,
# and so does a pytest run that collects no test (exit code 5).
set -euo pipefail
cd "$(dirname "$0")/.."

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
python -m pytest -n 2 --dist loadgroup "$@"
