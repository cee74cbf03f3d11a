package main

import (
	"errors"
	"fmt"
	"strings"
)

// bridgeCommandPath is where the bridge registers its custom command (COMMAND_PATH in
// server-bridge/src/mattermost/slash-command-registration.ts); its other routes sit beside it.
const bridgeCommandPath = "/mattermost/command"

// bridgeAutocompletePath is AUTOCOMPLETE_PATH in server-bridge/src/interactions/autocomplete/endpoint.ts.
const bridgeAutocompletePath = "/mattermost/autocomplete"

// bridgeCommand is what the bridge registered in one team: where it listens and the team's token.
type bridgeCommand struct {
	URL   string
	Token string
}

// autocompleteURL is the bridge's list endpoint next to its command endpoint.
func (b bridgeCommand) autocompleteURL() string {
	return strings.TrimSuffix(b.URL, bridgeCommandPath) + bridgeAutocompletePath
}

// errNotRegistered: the bridge has not registered `/teleport` in this team (or Teleport
// routing is off there by the "Teams with /teleport" setting).
var errNotRegistered = errors.New("/teleport is not set up in this team: the bridge registers it in the teams named in the plugin's \"Teams with /teleport\" setting")

// bridgeFor reads the custom command the bridge registered in the team. The bridge owns that
// registration (URL, token); reading it here keeps one place to configure.
func (p *Plugin) bridgeFor(teamID string) (bridgeCommand, error) {
	commands, err := p.API.ListCustomCommands(teamID)
	if err != nil {
		return bridgeCommand{}, fmt.Errorf("reading the team's slash commands: %w", err)
	}
	for _, c := range commands {
		if c.Trigger == trigger && c.DeleteAt == 0 && c.Method == "P" && strings.HasSuffix(c.URL, bridgeCommandPath) && c.Token != "" {
			return bridgeCommand{URL: c.URL, Token: c.Token}, nil
		}
	}
	return bridgeCommand{}, errNotRegistered
}
