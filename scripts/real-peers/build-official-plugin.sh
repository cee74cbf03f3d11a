#!/usr/bin/env bash
# Builds Teleport's official Mattermost access plugin (teleport-plugins ./access/mattermost, v13.2.2),
# pinned in bench/official/go.mod, into $REAL_PEERS_CACHE/real-peers/bin/teleport-mattermost for the
# side-by-side benchmark (bench/official.ts). Same Go caches as the real-peer builds (env.sh), so
# the modules it shares with the Teleport harness are downloaded once; a warm run only checks the
# cache (seconds).
#
# Env: REAL_PEERS_GO_P (go build -p, default 2), REAL_PEERS_CACHE (default ~/.cache/teleport-mattermost-access, see env.sh).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$repo/scripts/real-peers/env.sh"
cache="$REAL_PEERS_CACHE"
out="$cache/real-peers/bin/teleport-mattermost"
src="$repo/bench/official"

if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
  export PATH="/usr/local/go/bin:$PATH"
fi
if ! command -v go >/dev/null 2>&1; then
  echo "build-official-plugin: no Go toolchain; installing Debian's golang-go" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go >/dev/null
fi

export GOTOOLCHAIN=local
export GOMODCACHE="$cache/go/mod"
export GOCACHE="$cache/go/build"
# As for the harness: the checksum database does not answer for Teleport's pseudo-versions and
# forks; the committed go.sum pins every hash.
export GONOSUMDB="github.com/gravitational"
export GOFLAGS="-mod=readonly -buildvcs=false"
mkdir -p "$GOMODCACHE" "$GOCACHE" "$(dirname "$out")"

cd "$src"
# -X main.Version as the plugin's Makefile sets it, so `teleport-mattermost version` and its
# start-up line say which release this is.
nice -n 19 go build -p "${REAL_PEERS_GO_P:-2}" -trimpath -ldflags "-X main.Version=13.2.2" -o "$out" github.com/gravitational/teleport-plugins/access/mattermost
echo "$out"
