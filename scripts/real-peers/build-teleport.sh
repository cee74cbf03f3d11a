#!/usr/bin/env bash
# Builds the real-Teleport harness (test/peers/real/teleport-harness) into
# $REAL_PEERS_CACHE/real-peers/bin/teleport-harness. Go's module and build caches live in $REAL_PEERS_CACHE/go (see env.sh), so a
# second run on the same machine only checks the cache (seconds); a cold run downloads Teleport's
# dependency graph (~1.8 GB) and compiles lib/service (Auth + Proxy) (see test/peers/real/README.md for timings).
#
# Env: REAL_PEERS_GO_P (go build -p, default 2), REAL_PEERS_CACHE (default ~/.cache/teleport-mattermost-access, see env.sh).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$repo/scripts/real-peers/env.sh"
cache="$REAL_PEERS_CACHE"
out="$cache/real-peers/bin/teleport-harness"
src="$repo/test/peers/real/teleport-harness"

# Go: use the machine's toolchain; on a machine without one, Debian's package (it must satisfy
# the go directive in the harness go.mod; GOTOOLCHAIN=local forbids downloading another).
if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
  export PATH="/usr/local/go/bin:$PATH"
fi
if ! command -v go >/dev/null 2>&1; then
  echo "build-teleport: no Go toolchain; installing Debian's golang-go" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go >/dev/null
fi
# cgo (sqlite, libfido2 stubs) needs a C compiler.
if ! command -v gcc >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq build-essential >/dev/null
fi

export GOTOOLCHAIN=local
export GOMODCACHE="$cache/go/mod"
export GOCACHE="$cache/go/build"
# The checksum database does not know every fork Teleport replaces dependencies with (its own
# modules, and the pgx/v5 pseudo-version lib/service's PostgreSQL backend pins); go.sum
# (committed) still pins every module's hash.
export GONOSUMDB="github.com/gravitational,github.com/jackc/pgx"
export GOFLAGS="-mod=readonly -buildvcs=false"
mkdir -p "$GOMODCACHE" "$GOCACHE" "$(dirname "$out")"

cd "$src"
# -checklinkname=0: lib/service links segmentio/parquet-go, whose hash uses a go:linkname to
# runtime.aeskeysched that Go >= 1.23 refuses by default ("invalid reference to runtime.aeskeysched").
nice -n 19 go build -p "${REAL_PEERS_GO_P:-2}" -trimpath -ldflags=-checklinkname=0 -o "$out" .
echo "$out"
