#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store tests (Debian postgresql package): a temporary
# directory, initdb, a server listening on a Unix socket in that directory only (no TCP port).
#
#   eval "$(bash scripts/test-postgres.sh start)"   # exports CONTRASTE_TEST_POSTGRES (a URL) and _DIR
#   bash scripts/test-postgres.sh stop "$CONTRASTE_TEST_POSTGRES_DIR"
#
# PostgreSQL refuses to run as root: when this runs as root, the cluster runs as the 'postgres' user.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "test-postgres: no /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2; exit 2; }
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)
case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/contraste-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U contraste -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 2; }
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-k $dir -c listen_addresses= -p 5432 -c fsync=off -c max_connections=200" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 2; }
    echo "export CONTRASTE_TEST_POSTGRES='postgresql://contraste@/postgres?host=$dir&port=5432'"
    echo "export CONTRASTE_TEST_POSTGRES_DIR='$dir'"
    ;;
  stop)
    dir=${2:?stop needs the directory start printed}
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: test-postgres.sh start | stop DIR" >&2
    exit 2
    ;;
esac
