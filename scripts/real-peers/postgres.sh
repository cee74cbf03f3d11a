#!/usr/bin/env bash
# Debian's PostgreSQL on loopback, in a project-owned data directory, for the real Mattermost peer.
#
#   scripts/real-peers/postgres.sh start          # prints the DSN of the `mattermost` database
#   scripts/real-peers/postgres.sh create-db NAME # a fresh, empty database NAME; prints its DSN
#   scripts/real-peers/postgres.sh drop-db NAME
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
dsn() { echo "postgres://mmuser:mmuser-test-password@127.0.0.1:$port/$1?sslmode=disable&connect_timeout=10"; }

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
  dsn mattermost
  ;;
create-db | drop-db)
  # One database per Mattermost peer, so peers started in parallel never share state.
  name="${2:?database name}"
  [[ "$name" =~ ^[a-z][a-z0-9_]{0,62}$ ]] || { echo "postgres.sh: bad database name '$name'" >&2; exit 2; }
  sql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt)
  as_pg "${sql[@]}" -c "drop database if exists $name with (force)" >&2
  if [ "$1" = create-db ]; then
    as_pg "${sql[@]}" -c "create database $name owner mmuser" >&2
    dsn "$name"
  fi
  ;;
stop)
  if [ -s "$data/PG_VERSION" ]; then as_pg "$bin/pg_ctl" -D "$data" -m fast stop >&2 || true; fi
  ;;
*)
  echo "usage: $0 start|create-db NAME|drop-db NAME|stop" >&2
  exit 2
  ;;
esac
