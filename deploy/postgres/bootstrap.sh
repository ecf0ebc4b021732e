#!/usr/bin/env bash
# Runs bootstrap.sql with psql as a superuser, taking names and passwords from the environment
# (architecture.md §2 and §9). Idempotent. Used by the Kubernetes manifests (deploy/); the launcher and
# the tests run the same bootstrap.sql through io.noetl.bootstrap.PsqlScript.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${NOETL_PASSWORD:?NOETL_PASSWORD must be set}"
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}"
export PGHOST="${POSTGRES_HOST:-${PGHOST:-localhost}}" PGPORT="${POSTGRES_PORT:-${PGPORT:-5432}}"
export PGUSER="${POSTGRES_SUPERUSER:-${PGUSER:-postgres}}"
[ -n "${POSTGRES_SUPERUSER_PASSWORD:-}" ] && export PGPASSWORD="$POSTGRES_SUPERUSER_PASSWORD"
exec psql -X -v ON_ERROR_STOP=1 -d "${POSTGRES_ADMIN_DB:-postgres}" \
  -v noetl_db="${NOETL_POSTGRES_DB:-noetl}" -v noetl_schema="${NOETL_SCHEMA:-noetl}" \
  -v noetl_user="${NOETL_USER:-noetl}" -v noetl_password="$NOETL_PASSWORD" \
  -v demo_db="${POSTGRES_DB:-demo_noetl}" -v demo_schema="${POSTGRES_SCHEMA:-public}" \
  -v demo_user="${POSTGRES_USER:-demo}" -v demo_password="$POSTGRES_PASSWORD" \
  -f "$here/bootstrap.sql"
