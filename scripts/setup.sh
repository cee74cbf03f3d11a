#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh machine (idempotent): npm packages and
# Debian's Chromium for the browser tests. The real-peer suite installs its own (Go builds,
# PostgreSQL) in scripts/real-peers/.
set -euo pipefail
cd "$(dirname "$0")/.."
# The Node versions every dependency supports (package.json engines; jsdom and its parsers set the
# floor). Checked first, because npm only warns and the failure would show up later as a strange one.
if ! command -v node >/dev/null || ! node -e '
  const [major, minor] = process.versions.node.split(".").map(Number);
  process.exit((major === 20 && minor >= 19) || (major === 22 && minor >= 13) || major >= 24 ? 0 : 1);'; then
  echo "setup: this project needs Node ^20.19, ^22.13 or >= 24 (package.json \"engines\"); found $(node --version 2>/dev/null || echo 'no node')." >&2
  exit 1
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
bash scripts/install-chromium.sh
