package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

// The autocomplete tree, generated from the bridge's command parser
// (server-bridge/src/interactions/command/autocomplete-tree.ts) so the two cannot drift.
//
//go:embed autocomplete.json
var autocompleteJSON []byte

const trigger = "teleport"

// Mattermost waits OutgoingIntegrationRequestsTimeout (default 30 s) for a custom command; the
// relay keeps the same budget so the bridge sees no difference.
const commandTimeout = 30 * time.Second

// Dynamic lists are fetched while the user types; a slow bridge must not stall the message box.
const listTimeout = 5 * time.Second

type Plugin struct {
	plugin.MattermostPlugin
	client *http.Client
}

// loadTree parses the embedded tree with Mattermost's own types and checks it the way
// RegisterCommand will (model.AutocompleteData.IsValid).
func loadTree(raw []byte) (*model.AutocompleteData, error) {
	var tree model.AutocompleteData
	if err := json.NewDecoder(bytes.NewReader(raw)).Decode(&tree); err != nil {
		return nil, fmt.Errorf("autocomplete.json: %w", err)
	}
	if tree.Trigger != trigger {
		return nil, fmt.Errorf("autocomplete.json: trigger %q, want %q", tree.Trigger, trigger)
	}
	if err := tree.IsValid(); err != nil {
		return nil, fmt.Errorf("autocomplete.json: %w", err)
	}
	return &tree, nil
}

// OnActivate registers `/teleport` for every team. Plugin commands are tried before custom ones
// (app.ExecuteCommand) and listed first in autocomplete, where the server drops the bridge's
// custom command of the same trigger (app.ListAutocompleteCommands keeps the first per trigger).
func (p *Plugin) OnActivate() error {
	if p.client == nil {
		p.client = &http.Client{}
	}
	tree, err := loadTree(autocompleteJSON)
	if err != nil {
		return err
	}
	return p.API.RegisterCommand(&model.Command{
		Trigger:          trigger,
		DisplayName:      "Teleport",
		AutoComplete:     true,
		AutoCompleteHint: tree.Hint,
		AutoCompleteDesc: tree.HelpText,
		AutocompleteData: tree,
	})
}
