//go:build tools

// Package official pins Teleport's official Mattermost access plugin as a dependency of this
// module, so `go build github.com/gravitational/teleport-plugins/access/mattermost` builds it with
// the replace block above (see scripts/real-peers/build-official-plugin.sh).
package official

import _ "github.com/gravitational/teleport-plugins/access/mattermost"
