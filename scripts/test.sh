#!/usr/bin/env bash
# The whole test suite on a fresh machine: install what is missing, start the
# servers on 127.0.0.1, run every test, stop the servers. `make test` runs this;
# so does CI (.ci/run).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh

# Incremental compilation only pays off when the same tree is rebuilt; on a
# fresh clone it just writes a second copy of every workspace crate's state.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi
# A full build and test run leaves 2.5 GB under target/ (measured on a fresh
# clone); the linker dies with SIGBUS rather than a clear message when the
# disk fills, so say it up front.
free_kb=$(df -Pk . | awk 'NR==2 {print $4}')
echo "disk free before the build: $((free_kb / 1024)) MB"
if [ "$free_kb" -lt $((3 * 1024 * 1024)) ]; then
  echo "warning: less than 3 GB free; the build may fail when the disk fills" >&2
fi

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

echo "target/ after the run: $(du -sh target 2>/dev/null | cut -f1)"
if [ "$e2e" -ne 0 ]; then
  echo "scripts/e2e.sh failed (exit $e2e): see its output above" >&2
fi
[ "$e2e" -eq 0 ] && [ "$tests" -eq 0 ]
