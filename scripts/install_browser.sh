#!/usr/bin/env bash
# Install what the browser tests need, if missing: Debian's chromium and the Python
# playwright package in the project venv. Never runs `playwright install` (that downloads a
# browser build from the network and fails here); the tests drive the system chromium.
#   scripts/install_browser.sh [path/to/python]
set -euo pipefail

PY="${1:-$(dirname "$0")/../.venv/bin/python}"
log() { echo "install_browser: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
    log "installing chromium (apt-get)"
    # apt takes a lock; another job installing at the same moment makes us wait, not fail
    for attempt in 1 2 3 4 5 6; do
        if as_root apt-get update -qq >&2 &&
           DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >&2; then
            break
        fi
        log "apt-get failed (attempt $attempt), retrying in 10 s"
        sleep 10
    done
fi
command -v chromium >/dev/null 2>&1 || { log "chromium is still missing"; exit 1; }

if ! "$PY" -c "import playwright" >/dev/null 2>&1; then
    log "installing playwright into $PY's environment"
    "$PY" -m pip install -q playwright >&2
fi
log "ready: $(chromium --version 2>/dev/null || echo chromium), playwright $("$PY" -c 'from importlib.metadata import version; print(version("playwright"))')"
