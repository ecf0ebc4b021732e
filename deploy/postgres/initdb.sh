#!/usr/bin/env bash
# Init script of the postgres image (/docker-entrypoint-initdb.d), run once on an empty data directory
# while the server listens on its Unix socket only. The image's POSTGRES_USER/POSTGRES_PASSWORD name the
# superuser, while bootstrap.sh reads the same names as the workspace role: map them here, then run the
# very bootstrap the tests and `./noetl standalone` run.
set -euo pipefail
env POSTGRES_HOST=/var/run/postgresql POSTGRES_PORT=5432 \
    POSTGRES_SUPERUSER="$POSTGRES_USER" POSTGRES_SUPERUSER_PASSWORD="$POSTGRES_PASSWORD" \
    POSTGRES_USER="$NOETL_DEMO_USER" POSTGRES_PASSWORD="$NOETL_DEMO_PASSWORD" \
    POSTGRES_DB="$NOETL_DEMO_DB" \
    bash /opt/noetl-bootstrap/bootstrap.sh
