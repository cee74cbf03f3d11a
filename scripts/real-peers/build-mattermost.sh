#!/usr/bin/env bash
# Builds the Mattermost server and mmctl from Mattermost's Go module, pinned in
# test/peers/real/mattermost-server/go.mod, into $REAL_PEERS_CACHE/real-peers/bin/{mattermost,mmctl}, and
# links the module's runtime assets (i18n, templates, fonts) into $REAL_PEERS_CACHE/real-peers/mattermost-home
# where the server is started. No webapp: the real-peer suite talks REST only.
#
# Go's module and build caches live in $REAL_PEERS_CACHE/go (see env.sh), so a warm run only checks the cache.
# Env: REAL_PEERS_GO_P (go build -p, default 2), REAL_PEERS_CACHE (default ~/.cache/teleport-mattermost-access, see env.sh).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$repo/scripts/real-peers/env.sh"
cache="$REAL_PEERS_CACHE"
bin="$cache/real-peers/bin"
home="$cache/real-peers/mattermost-home"
src="$repo/test/peers/real/mattermost-server"

if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
  export PATH="/usr/local/go/bin:$PATH"
fi
if ! command -v go >/dev/null 2>&1; then
  echo "build-mattermost: no Go toolchain; installing Debian's golang-go" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go >/dev/null
fi

export GOTOOLCHAIN=local
export GOMODCACHE="$cache/go/mod"
export GOCACHE="$cache/go/build"
export GONOSUMDB="github.com/mattermost"
export GOFLAGS="-mod=readonly -buildvcs=false"
mkdir -p "$GOMODCACHE" "$GOCACHE" "$bin" "$home"

cd "$src"
p="${REAL_PEERS_GO_P:-2}"
nice -n 19 go build -p "$p" -trimpath -o "$bin/mattermost" github.com/mattermost/mattermost/server/v8/cmd/mattermost
nice -n 19 go build -p "$p" -trimpath -o "$bin/mmctl" github.com/mattermost/mattermost/server/v8/cmd/mmctl

# The server looks for i18n/, templates/ and fonts/ next to its working directory.
moddir="$(go list -m -f '{{.Dir}}' github.com/mattermost/mattermost/server/v8)"
for asset in i18n templates fonts; do
  ln -sfn "$moddir/$asset" "$home/$asset"
done
echo "$bin/mattermost"
