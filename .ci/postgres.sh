# Sourced by .ci/run: a throwaway PostgreSQL from Debian on a loopback port and a temporary
# directory, started for the provider tests and the two-instance run and always stopped again.
# initdb refuses root, so as root the server runs as the postgres user the package creates.

PG_PORT="${PG_PORT:-55432}"
PG_DIR=""
PG_BIN=""

pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_install() {
  if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    return
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || { sleep 10; apt-get update -qq; }
  apt-get install -y -qq postgresql >/dev/null || { sleep 10; apt-get install -y -qq postgresql >/dev/null; }
}

pg_start() {
  pg_install
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  PG_DIR="$(mktemp -d /tmp/piriformis-pg.XXXXXX)"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DIR"
  pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Durability is not what these tests are about: skip fsync so the run stays quick.
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
  export PIRIFORMIS_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Timeout=10"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

pg_stop() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
  PG_DIR=""
}
