#!/usr/bin/env bash
# The whole test suite on a fresh machine: install what is missing, start the
# servers on 127.0.0.1, run every test, stop the servers. `make test` runs this;
# so does CI (.ci/run).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh

trap 'bash scripts/services.sh down' EXIT
eval "$(bash scripts/services.sh up)"

# The dashboard in a real browser and the API against its OpenAPI document
# (builds the binary itself), then every Rust test; the test runner's summary
# is the last thing printed. Both always run; either failing fails the run.
e2e=0
bash scripts/e2e.sh || e2e=$?

tests=0
if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run --workspace --no-fail-fast || tests=$?
else
  cargo test --workspace --no-fail-fast || tests=$?
fi

if [ "$e2e" -ne 0 ]; then
  echo "scripts/e2e.sh failed (exit $e2e): see its output above" >&2
fi
[ "$e2e" -eq 0 ] && [ "$tests" -eq 0 ]
