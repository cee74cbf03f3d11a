#!/usr/bin/env bash
# Debian's PostgreSQL on loopback, in a project-owned data directory, for the real Mattermost peer.
#
#   scripts/real-peers/postgres.sh start   # prints the data source name on stdout
#   scripts/real-peers/postgres.sh stop
#
# Installs the postgresql package on a machine without it. The server runs as the `postgres`
# system user (PostgreSQL refuses to run as root), listens on 127.0.0.1 only, and keeps its data
# in $REAL_PEERS_PG_DATA (default /var/lib/postgresql/teleport-mattermost-access). Port: $REAL_PEERS_PG_PORT
# (default 55432).
set -euo pipefail

# Under the postgres user's home, so the server never needs to traverse root's home directory.
data="${REAL_PEERS_PG_DATA:-/var/lib/postgresql/teleport-mattermost-access}"
port="${REAL_PEERS_PG_PORT:-55432}"
dsn="postgres://mmuser:mmuser-test-password@127.0.0.1:$port/mattermost?sslmode=disable&connect_timeout=10"

pgbin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -n "$dir" ] && echo "$dir"
}
if [ -z "$(pgbin)" ]; then
  echo "postgres.sh: installing Debian's postgresql" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  # The package starts its own cluster on 5432; this project does not use it.
  (command -v pg_ctlcluster >/dev/null && pg_ctlcluster --mode fast "$(ls /etc/postgresql | head -1)" main stop) >/dev/null 2>&1 || true
fi
bin="$(pgbin)"
as_pg() { runuser -u postgres -- "$@"; }

case "${1:-}" in
start)
  if [ ! -s "$data/PG_VERSION" ]; then
    mkdir -p "$data" && chown postgres:postgres "$data" && chmod 700 "$data"
    as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >&2
  fi
  if ! as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
  fi
  psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt)
  if [ "$(as_pg "${psql[@]}" -c "select 1 from pg_roles where rolname='mmuser'")" != "1" ]; then
    as_pg "${psql[@]}" -c "create role mmuser login password 'mmuser-test-password'" >&2
  fi
  if [ "$(as_pg "${psql[@]}" -c "select 1 from pg_database where datname='mattermost'")" != "1" ]; then
    as_pg "${psql[@]}" -c "create database mattermost owner mmuser" >&2
  fi
  echo "$dsn"
  ;;
stop)
  if [ -s "$data/PG_VERSION" ]; then as_pg "$bin/pg_ctl" -D "$data" -m fast stop >&2 || true; fi
  ;;
reset)
  # Drops and recreates the Mattermost database (a fresh server for the next run).
  as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qAt -c "drop database if exists mattermost with (force)" >&2
  as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qAt -c "create database mattermost owner mmuser" >&2
  echo "$dsn"
  ;;
*)
  echo "usage: $0 start|stop|reset" >&2
  exit 2
  ;;
esac
