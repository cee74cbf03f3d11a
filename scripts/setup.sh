#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh machine (idempotent): npm packages and
# Debian's Chromium for the browser tests. The real-peer suite installs its own (Go builds,
# PostgreSQL) in scripts/real-peers/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
bash scripts/install-chromium.sh
