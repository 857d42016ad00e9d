#!/usr/bin/env bash
# Fetch the real-page evaluation corpus for the normalizer into
# target/eval-pages/ (never committed).
#
# The pages are Mozilla Readability's test pages (real articles saved from
# news sites and blogs, each with the article text Firefox Reader View is
# expected to produce). No package registry carries them as data, but the
# readabilityrs crate on crates.io ships them in its source package, so we
# download that crate file (checksum pinned) and unpack only the pages.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/target/eval-pages"
CRATE=readabilityrs
VERSION=0.1.4
SHA256=7c42603b08707aa2d44baa0ff2ec8fb89d66fbce4bc8eb5eec894009b6d18159
PAGES="$DEST/mozilla-test-pages"

if [ -f "$PAGES/.complete" ]; then
  echo "$PAGES"
  exit 0
fi
mkdir -p "$DEST"
file="$DEST/$CRATE-$VERSION.crate"
if ! echo "$SHA256  $file" | sha256sum --check --status 2>/dev/null; then
  curl --fail --silent --show-error --location --retry 3 \
    -o "$file.part" "https://static.crates.io/crates/$CRATE/$CRATE-$VERSION.crate"
  mv "$file.part" "$file"
fi
echo "$SHA256  $file" | sha256sum --check --status || {
  echo "checksum mismatch for $file" >&2
  rm -f "$file"
  exit 1
}
rm -rf "$PAGES" "$DEST/unpack"
mkdir -p "$DEST/unpack"
tar -xzf "$file" -C "$DEST/unpack" "$CRATE-$VERSION/tests/test-pages" "$CRATE-$VERSION/LICENSE"
mv "$DEST/unpack/$CRATE-$VERSION/tests/test-pages" "$PAGES"
mv "$DEST/unpack/$CRATE-$VERSION/LICENSE" "$PAGES/LICENSE"
rm -rf "$DEST/unpack"
touch "$PAGES/.complete"
echo "$PAGES"
