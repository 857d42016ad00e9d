#!/usr/bin/env bash
# Start or stop the servers the integration tests use, on 127.0.0.1 only:
#   PostgreSQL (Debian's packages), in a throw-away cluster under $NW_SERVICES_DIR;
#   tansu, a Kafka-protocol broker (crates.io, installed by scripts/setup.sh),
#   with in-memory storage (nothing survives `down`).
# `up` prints the environment the tests read (eval it, or source the env file).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${NW_SERVICES_DIR:-$ROOT/target/services}"
PG_PORT="${NW_PG_PORT:-54329}"
ENV_FILE="$DIR/env"
KAFKA_PORT="${NW_KAFKA_PORT:-19092}"

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  local v
  v=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
  [ -n "$v" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
  echo "/usr/lib/postgresql/$v/bin"
}

up() {
  mkdir -p "$DIR"
  : > "$ENV_FILE"
  local bin; bin=$(pg_bin)
  local data="$DIR/pg"
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres "$data" "$DIR"
    as_postgres "$bin/initdb" -D "$data" -U newswatch --auth=trust >/dev/null
  fi
  if ! as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$data" -l "$DIR/pg.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $DIR -c fsync=off" start >/dev/null
  fi
  as_postgres "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U newswatch -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='newswatch_test'" | grep -q 1 ||
    as_postgres "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U newswatch newswatch_test
  echo "export NEWSWATCH_TEST_PG_URL=postgres://newswatch@127.0.0.1:$PG_PORT/newswatch_test" >> "$ENV_FILE"
  tansu_up
  echo "export NEWSWATCH_TEST_KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT" >> "$ENV_FILE"
  cat "$ENV_FILE"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

tansu_up() {
  command -v tansu >/dev/null || { echo "tansu is not installed (bash scripts/setup.sh installs it)" >&2; exit 1; }
  if port_open "$KAFKA_PORT"; then
    return 0
  fi
  nohup tansu broker \
    --listener-url "tcp://127.0.0.1:$KAFKA_PORT" \
    --advertised-listener-url "tcp://127.0.0.1:$KAFKA_PORT" \
    --storage-engine memory://tansu/ \
    </dev/null >"$DIR/tansu.log" 2>&1 &
  echo $! > "$DIR/tansu.pid"
  for _ in $(seq 1 100); do
    port_open "$KAFKA_PORT" && return 0
    sleep 0.1
  done
  echo "tansu did not start on 127.0.0.1:$KAFKA_PORT; see $DIR/tansu.log" >&2
  exit 1
}

tansu_down() {
  if [ -f "$DIR/tansu.pid" ]; then
    kill "$(cat "$DIR/tansu.pid")" 2>/dev/null || true
    rm -f "$DIR/tansu.pid"
  fi
}

down() {
  tansu_down
  local bin; bin=$(pg_bin)
  if [ -f "$DIR/pg/PG_VERSION" ]; then
    as_postgres "$bin/pg_ctl" -D "$DIR/pg" -m fast stop >/dev/null 2>&1 || true
  fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  *) echo "usage: $0 up|down" >&2; exit 2 ;;
esac
