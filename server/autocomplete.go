package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

// listRoutes maps the FetchURLs of the tree's dynamic lists to the list the bridge computes.
var listRoutes = map[string]string{
	"/autocomplete/roles":           "roles",
	"/autocomplete/requests/review": "review",
	"/autocomplete/requests/show":   "show",
}

type listQuery struct {
	TeamID string `json:"team_id"`
	UserID string `json:"user_id"`
	List   string `json:"list"`
}

type listAnswer struct {
	Items []model.AutocompleteListItem `json:"items"`
}

// ServeHTTP answers the autocomplete lists. The user is only ever the Mattermost-User-Id header:
// the server sets it from the session for plugin routes and for its own list fetches, and removes
// any copy a client sent (app/plugin_requests.go, app/integration_action.go doPluginRequest).
func (p *Plugin) ServeHTTP(_ *plugin.Context, w http.ResponseWriter, r *http.Request) {
	list, ok := listRoutes[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	userID := r.Header.Get("Mattermost-User-Id")
	if userID == "" {
		http.Error(w, "not signed in", http.StatusUnauthorized)
		return
	}
	teamID := r.URL.Query().Get("team_id")
	items, err := p.fetchList(listQuery{TeamID: teamID, UserID: userID, List: list})
	if err != nil {
		// Mattermost shows nothing for a failed list either way; the log says why. A team the bridge
		// does not serve is a setting, not a fault: debug only, or every keystroke there would warn.
		log := p.API.LogWarn
		if errors.Is(err, errNotRegistered) {
			log = p.API.LogDebug
		}
		log("/teleport autocomplete: no list", "list", list, "team_id", teamID, "error", err.Error())
		items = []model.AutocompleteListItem{}
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(items)
}

func (p *Plugin) fetchList(q listQuery) ([]model.AutocompleteListItem, error) {
	if !model.IsValidId(q.TeamID) {
		return nil, fmt.Errorf("team_id %q is not a team id", q.TeamID)
	}
	bridge, err := p.bridgeFor(q.TeamID)
	if err != nil {
		return nil, err
	}
	body, err := json.Marshal(q)
	if err != nil {
		return nil, err
	}
	status, raw, err := p.post(bridge, bridge.autocompleteURL(), listTimeout, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	if status != http.StatusOK {
		return nil, fmt.Errorf("bridge answered %d: %s", status, strings.TrimSpace(string(raw)))
	}
	var answer listAnswer
	if err := json.Unmarshal(raw, &answer); err != nil {
		return nil, fmt.Errorf("bridge answer is not a list: %w", err)
	}
	if answer.Items == nil {
		answer.Items = []model.AutocompleteListItem{}
	}
	return answer.Items, nil
}
