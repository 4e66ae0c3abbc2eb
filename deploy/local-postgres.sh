#!/usr/bin/env bash
# A local PostgreSQL 15 for CI containers and fresh machines that have none: installs Debian's
# server, trusts loopback connections (test machines only) and starts the cluster. Idempotent.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
v=$(ls /etc/postgresql | sort -V | tail -1)
hba=/etc/postgresql/$v/main/pg_hba.conf
if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
  sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
fi
pg_ctlcluster --skip-systemctl-redirect "$v" main status >/dev/null 2>&1 \
  || pg_ctlcluster --skip-systemctl-redirect "$v" main start
pg_ctlcluster --skip-systemctl-redirect "$v" main reload
echo "PostgreSQL $v on 127.0.0.1:5432 (loopback trusted)"
