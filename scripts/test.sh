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

if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run --workspace --no-fail-fast
else
  cargo test --workspace --no-fail-fast
fi

# The dashboard in a real browser and the API against its OpenAPI document.
bash scripts/e2e.sh
