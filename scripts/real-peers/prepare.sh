#!/usr/bin/env bash
# Everything the real-peer suite needs, idempotent: builds the Teleport harness and the
# Mattermost server (cached in $REAL_PEERS_CACHE, see env.sh) and starts PostgreSQL on loopback.
# Cold: ~7–20 min on a shared 2-core machine; warm: a few seconds.
#
#   bash scripts/real-peers/prepare.sh && TMA_PEERS=real node --import tsx --test test/scenarios/*.test.ts
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/build-teleport.sh" >/dev/null
bash "$here/build-mattermost.sh" >/dev/null
bash "$here/postgres.sh" start >/dev/null
echo "real peers ready"
