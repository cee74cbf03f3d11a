#!/usr/bin/env bash
# The sandbox in one command, on a fresh clone: installs the npm packages if needed, builds the
# webapp bundle if it is missing or older than its sources, then starts the in-repo Teleport and
# Mattermost peers with the dual-authorization story, the real bridge and the plugin-host page,
# and prints the one URL to open. Ctrl-C stops everything.
#   scripts/sandbox.sh [--port 8065]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
fi
if [ ! -f webapp/dist/main.js ] || [ -n "$(find webapp/src plugin.json -newer webapp/dist/main.js -print -quit)" ]; then
  echo "Building the webapp bundle (npm run build -w webapp)…"
  npm run build -w webapp --silent >/dev/null
fi
exec node --import tsx test/sandbox/main.ts "$@"
