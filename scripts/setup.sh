#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh machine (idempotent).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
