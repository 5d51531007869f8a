#!/usr/bin/env bash
# Set up the project (virtualenv at .venv + install with test extras), start the services the
# tests need (PostgreSQL; Chromium for the browser tests) and run the whole test suite.
# This is the README's test command and exactly what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[test,postgres,browser]"

if DSN="$(bash scripts/start_postgres.sh)"; then
    export DIPWATCH_TEST_PG="$DSN"
else
    echo "test.sh: PostgreSQL could not be started; its tests will be skipped" >&2
fi
if [ -f scripts/install_browser.sh ]; then
    bash scripts/install_browser.sh || echo "test.sh: no browser; browser tests skip" >&2
fi

exec .venv/bin/python -m pytest -q "$@"
