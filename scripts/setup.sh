#!/usr/bin/env bash
# Install what building and testing newswatch needs, if it is missing.
# Debian packages need root (or sudo); everything else goes under ~/.cargo.
set -euo pipefail

need_apt=()
command -v cc >/dev/null || need_apt+=(build-essential)
command -v make >/dev/null || need_apt+=(make)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
command -v runuser >/dev/null || need_apt+=(util-linux)
# Dashboard end-to-end test (scripts/e2e.sh): headless Chromium, node, a font.
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -d /usr/share/fonts/truetype/dejavu ] || need_apt+=(fonts-dejavu-core)
command -v node >/dev/null || need_apt+=(nodejs)
command -v npm >/dev/null || need_apt+=(npm)
command -v curl >/dev/null || need_apt+=(curl)
command -v python3 >/dev/null || need_apt+=(python3 python3-pip)

if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "installing Debian packages: ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
command -v cargo >/dev/null || { echo "cargo is required (https://rustup.rs)" >&2; exit 1; }

# Kafka-protocol broker for the Kafka integration tests (scripts/services.sh
# starts it on 127.0.0.1): tansu from crates.io, built once into ~/.cargo/bin.
# Building it takes 10-20 minutes on 2 cores, so it is skipped when present.
TANSU_VERSION=0.6.0
if ! tansu --version 2>/dev/null | grep -qx "tansu $TANSU_VERSION"; then
  echo "installing tansu $TANSU_VERSION (Kafka-protocol broker for the tests; slow, once)"
  started=$(date +%s)
  cargo install tansu --version "$TANSU_VERSION" --locked --features dynostore,postgres --quiet
  echo "tansu installed in $(( $(date +%s) - started ))s"
fi

# Node modules of the browser test (playwright-core, pinned by package-lock.json).
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -d "$ROOT/tests/e2e/node_modules/playwright-core" ]; then
  (cd "$ROOT/tests/e2e" && npm ci --no-audit --no-fund --silent)
fi
# schemathesis (PyPI) for the API fuzz run.
if ! command -v schemathesis >/dev/null; then
  python3 -m pip install --quiet schemathesis 2>/dev/null ||
    python3 -m pip install --quiet --break-system-packages schemathesis
fi

# Real pages for the normalizer's quality test and evaluation (Mozilla
# Readability's test pages, from the readabilityrs crate file on crates.io;
# unpacked under target/eval-pages, never committed).
bash "$ROOT/scripts/fetch-eval-pages.sh" >/dev/null
