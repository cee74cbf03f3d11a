# Sourced by the real-peer scripts: where builds, Go caches and the PostgreSQL data live.
# Outside the work tree on purpose: CI runs in a fresh clone on the same machine, and the
# Go module cache (~3 GB) and build cache (~2 GB) must survive from one run to the next.
# Override with REAL_PEERS_CACHE.
REAL_PEERS_CACHE="${REAL_PEERS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/teleport-mattermost-access}"
export REAL_PEERS_CACHE
