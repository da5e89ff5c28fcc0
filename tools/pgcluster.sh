#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for team-mode tests and for trying the GUI on a server.
#
#   tools/pgcluster.sh start STATE_FILE   initdb in a new temporary folder, start the server on a
#                                         Unix socket in that folder (no TCP), create the database
#                                         "dyad", and write DYAD_PG_DIR=... and DYAD_PG_URL=... to
#                                         STATE_FILE (shell syntax). Prints the URL.
#   tools/pgcluster.sh stop STATE_FILE    stop that server and remove its folder and STATE_FILE.
#   tools/pgcluster.sh run                start, print the URL, wait for Ctrl+C, stop.
#   tools/pgcluster.sh pause STATE_FILE   stop the server abruptly (as a crash or a network cut
#                                         looks to clients), keeping its data;
#   tools/pgcluster.sh resume STATE_FILE  start it again (the offline tests).
#
# PostgreSQL refuses to run as root: when this script runs as root (CI), the cluster belongs to
# the system user "postgres" that Debian's package creates. Local connections are trusted (the
# socket lives in a folder only that user and root can enter), so no password is involved. The
# bootstrap superuser is called dyad_admin.
# Exit status 3 means PostgreSQL's server programs are not installed.
set -euo pipefail

find_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir=$(pg_config --bindir 2>/dev/null || true)
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  fi
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local state=$1 bindir dir
  if ! bindir=$(find_bindir); then
    echo "pgcluster: PostgreSQL's server programs (initdb, pg_ctl) are not installed" >&2
    exit 3
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "pgcluster: running as root, but there is no system user 'postgres' to own the cluster" >&2
    exit 3
  fi
  # Short path: a Unix socket path must stay under 108 bytes.
  dir=$(mktemp -d /tmp/dyad-pg.XXXXXX)
  chmod 700 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  as_owner "$bindir/initdb" -D "$dir/data" -U dyad_admin --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "$(server_options "$dir")" start >/dev/null \
    || { cat "$dir/server.log" >&2; rm -rf "$dir"; exit 1; }
  as_owner "$bindir/createdb" -h "$dir" -U dyad_admin dyad
  # Root (the tests) must reach the socket: let others traverse the folder, not list it.
  chmod 711 "$dir"
  local url="postgresql:///dyad?host=$dir&user=dyad_admin"
  {
    echo "DYAD_PG_DIR=$dir"
    echo "DYAD_PG_BINDIR=$bindir"
    echo "DYAD_PG_URL='$url'"
  } >"$state"
  echo "$url"
}

stop() {
  local state=$1
  [ -f "$state" ] || return 0
  local DYAD_PG_DIR="" DYAD_PG_BINDIR="" DYAD_PG_URL=""
  # shellcheck disable=SC1090
  . "$state"
  if [ -n "$DYAD_PG_DIR" ] && [ -d "$DYAD_PG_DIR/data" ]; then
    as_owner "$DYAD_PG_BINDIR/pg_ctl" -D "$DYAD_PG_DIR/data" -m fast -w stop >/dev/null || true
    rm -rf "$DYAD_PG_DIR"
  fi
  rm -f "$state"
}

server_options() {
  echo "-c listen_addresses='' -k $1 -c fsync=off -c max_connections=60"
}

pause() {
  local DYAD_PG_DIR="" DYAD_PG_BINDIR="" DYAD_PG_URL=""
  # shellcheck disable=SC1090
  . "$1"
  as_owner "$DYAD_PG_BINDIR/pg_ctl" -D "$DYAD_PG_DIR/data" -m immediate -w stop >/dev/null
}

resume() {
  local DYAD_PG_DIR="" DYAD_PG_BINDIR="" DYAD_PG_URL=""
  # shellcheck disable=SC1090
  . "$1"
  as_owner "$DYAD_PG_BINDIR/pg_ctl" -D "$DYAD_PG_DIR/data" -l "$DYAD_PG_DIR/server.log" -w -t 60 \
    -o "$(server_options "$DYAD_PG_DIR")" start >/dev/null
}

case "${1:-}" in
  pause) pause "${2:?usage: pgcluster.sh pause STATE_FILE}" ;;
  resume) resume "${2:?usage: pgcluster.sh resume STATE_FILE}" ;;
  start) start "${2:?usage: pgcluster.sh start STATE_FILE}" ;;
  stop) stop "${2:?usage: pgcluster.sh stop STATE_FILE}" ;;
  run)
    state=$(mktemp /tmp/dyad-pg-state.XXXXXX)
    url=$(start "$state")
    trap 'stop "$state"; exit 0' INT TERM
    echo "Team server running. Open it with:"
    echo "  dyad-cli team create '$url' --from project.dyad"
    echo "  $url"
    echo "Press Ctrl+C to stop it (its data is thrown away)."
    while :; do sleep 3600 & wait $!; done
    ;;
  *)
    echo "usage: tools/pgcluster.sh start|stop|pause|resume STATE_FILE | run" >&2
    exit 2
    ;;
esac
