#!/usr/bin/env bash
# Dashboard and API end to end, on 127.0.0.1 only:
#  1. the browser test (tests/e2e, headless Chromium via playwright-core):
#     replays examples/demo, serves it with `newswatch serve`, opens the
#     dashboard and a figure, checks the chart's points, saves screenshots
#     under target/e2e/;
#  2. schemathesis against /api/openapi.json of the same demo store, with a
#     bearer token set, checking every response (no 5xx, status codes and
#     bodies as documented).
# scripts/setup.sh installs chromium, the node modules and schemathesis.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

# NEWSWATCH_BIN: a newswatch binary to test instead of building one.
BIN="${NEWSWATCH_BIN:-}"
if [ -z "$BIN" ]; then
  cargo build --quiet -p newswatch
  BIN="$ROOT/target/debug/newswatch"
fi
CONFIG="$ROOT/examples/demo/newswatch.toml"
mkdir -p target/e2e

echo "== browser test (headless Chromium) =="
if [ ! -d tests/e2e/node_modules/playwright-core ]; then
  (cd tests/e2e && npm ci --no-audit --no-fund --silent)
fi
NEWSWATCH_BIN="$BIN" node --test tests/e2e/dashboard.test.mjs

echo "== schemathesis against the OpenAPI document =="
WORK="$(mktemp -d)"
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
"$BIN" replay examples/demo --config "$CONFIG" --db "$WORK/demo.sqlite" --quiet >/dev/null
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
URL="http://127.0.0.1:$PORT"
TOKEN="e2e-$RANDOM-$RANDOM"
NEWSWATCH_API_TOKEN="$TOKEN" "$BIN" serve --config "$CONFIG" --db "$WORK/demo.sqlite" --bind "127.0.0.1:$PORT" \
  >"$WORK/serve.log" 2>&1 &
PID=$!
for _ in $(seq 1 100); do
  curl -fsS "$URL/readyz" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { cat "$WORK/serve.log"; echo "newswatch serve died" >&2; exit 1; }
  sleep 0.2
done
curl -fsS "$URL/readyz" >/dev/null

ST_BIN="$(command -v schemathesis || echo "$HOME/.local/bin/schemathesis")"
ST=("$ST_BIN" run "$URL/api/openapi.json" --url "$URL" --checks all --seed 1 --no-color)
# Authorised: every operation, its documented statuses and bodies.
"${ST[@]}" -H "Authorization: Bearer $TOKEN" --max-examples 100 \
  --report junit --report-junit-path "$ROOT/target/e2e/schemathesis.xml"
# Without the token: protected operations must answer 401 as documented.
"${ST[@]}" --max-examples 10
echo "e2e: browser test and schemathesis passed"
