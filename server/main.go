// The server part of the Teleport Access Requests plugin: `/teleport` with full autocomplete
// (subcommands, flags, and lists of roles and request ids served by the bridge). Everything else
// stays in the bridge; this process only relays.
package main

import "github.com/mattermost/mattermost/server/public/plugin"

func main() { plugin.ClientMain(&Plugin{}) }
