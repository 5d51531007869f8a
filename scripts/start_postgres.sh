#!/usr/bin/env bash
# Start a local PostgreSQL for dipwatch's store tests and print its DSN on stdout.
# Installs Debian's postgresql if missing, starts the first cluster, and creates the role and
# database "dipwatch" (idempotent). Needs root (or sudo). Logs go to stderr.
#   export DIPWATCH_TEST_PG="$(scripts/start_postgres.sh)"
set -euo pipefail

PASSWORD="${DIPWATCH_PG_PASSWORD:-dipwatch}"
log() { echo "start_postgres: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
    log "installing postgresql (apt-get)"
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
fi

read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters --no-header | head -n 1)
if [ -z "${VERSION:-}" ]; then
    log "no cluster found; creating one"
    VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    as_root pg_createcluster "$VERSION" main >&2
    read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters --no-header | head -n 1)
fi
if [ "$STATUS" != "online" ]; then
    log "starting cluster $VERSION/$CLUSTER on port $PORT"
    as_root pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi

psql_admin() { as_root su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qAt -c \"$1\""; }
for _ in $(seq 1 30); do psql_admin "SELECT 1" >/dev/null 2>&1 && break; sleep 1; done

if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = 'dipwatch'")" != "1" ]; then
    log "creating role dipwatch"
    psql_admin "CREATE ROLE dipwatch LOGIN PASSWORD '$PASSWORD'" >&2
fi
# CREATE DATABASE cannot run inside a transaction block: it gets a psql command of its own.
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = 'dipwatch'")" != "1" ]; then
    log "creating database dipwatch"
    psql_admin "CREATE DATABASE dipwatch OWNER dipwatch" >&2
fi

echo "postgresql://dipwatch:${PASSWORD}@localhost:${PORT}/dipwatch"
