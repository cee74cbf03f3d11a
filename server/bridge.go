package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
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

// post sends one call to the bridge, authenticated with the team's command token as Mattermost
// authenticates the custom command, and returns the status and (at most 1 MiB of) the body.
func (p *Plugin) post(bridge bridgeCommand, target string, timeout time.Duration, contentType string, body io.Reader) (int, []byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, body)
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Authorization", "Token "+bridge.Token)
	req.Header.Set("Content-Type", contentType)
	resp, err := p.client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, raw, err
}
