package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin/plugintest"
	"github.com/stretchr/testify/mock"
)

const (
	teamID    = "teamaaaaaaaaaaaaaaaaaaaaaa"
	channelID = "chanaaaaaaaaaaaaaaaaaaaaaa"
	aliceID   = "aliceaaaaaaaaaaaaaaaaaaaaa"
)

// bridgeStub records what the plugin sent and answers like the bridge.
type bridgeStub struct {
	server *httptest.Server
	path   string
	auth   string
	form   url.Values
	json   map[string]string
	answer string
}

func newBridge(t *testing.T, answer string) *bridgeStub {
	b := &bridgeStub{answer: answer}
	b.server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b.path, b.auth = r.URL.Path, r.Header.Get("Authorization")
		raw, _ := io.ReadAll(r.Body)
		if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			_ = json.Unmarshal(raw, &b.json)
		} else {
			b.form, _ = url.ParseQuery(string(raw))
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, b.answer)
	}))
	t.Cleanup(b.server.Close)
	return b
}

func pluginWith(t *testing.T, commands []*model.Command) (*Plugin, *plugintest.API) {
	api := &plugintest.API{}
	api.On("ListCustomCommands", teamID).Return(commands, nil)
	api.On("GetTeam", teamID).Return(&model.Team{Id: teamID, Name: "acme"}, nil)
	api.On("GetChannel", channelID).Return(&model.Channel{Id: channelID, Name: "access-requests"}, nil)
	api.On("GetUser", aliceID).Return(&model.User{Id: aliceID, Username: "alice"}, nil)
	api.On("LogWarn", mock.Anything, mock.Anything, mock.Anything, mock.Anything, mock.Anything, mock.Anything, mock.Anything).Maybe()
	api.On("LogWarn", mock.Anything, mock.Anything, mock.Anything, mock.Anything, mock.Anything).Maybe()
	api.On("LogDebug", mock.Anything, mock.Anything, mock.Anything, mock.Anything, mock.Anything, mock.Anything, mock.Anything).Maybe()
	p := &Plugin{client: http.DefaultClient}
	p.SetAPI(api)
	return p, api
}

func registered(b *bridgeStub) []*model.Command {
	return []*model.Command{
		{Trigger: "other", URL: "http://elsewhere/mattermost/command", Method: "P", Token: "nope"},
		{Trigger: trigger, URL: b.server.URL + bridgeCommandPath, Method: "P", Token: "team-token"},
	}
}

func TestEmbeddedTreeIsWhatMattermostAccepts(t *testing.T) {
	tree, err := loadTree(autocompleteJSON)
	if err != nil {
		t.Fatal(err)
	}
	if len(tree.SubCommands) < 7 {
		t.Fatalf("expected every subcommand, got %d", len(tree.SubCommands))
	}
	// RegisterPluginCommand prefixes relative FetchURLs with /plugins/<id>; doPluginRequest strips it
	// again and calls ServeHTTP with the rest: each must be a route of ours.
	if err := tree.UpdateRelativeURLsForPluginCommands(&url.URL{Path: "/plugins/dev.accessbridge.teleport"}); err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, sub := range tree.SubCommands {
		for _, arg := range sub.Arguments {
			if list, ok := arg.Data.(*model.AutocompleteDynamicListArg); ok {
				seen++
				path := strings.TrimPrefix(list.FetchURL, "/plugins/dev.accessbridge.teleport")
				if _, ok := listRoutes[path]; !ok {
					t.Errorf("/teleport %s: FetchURL %s has no route", sub.Trigger, list.FetchURL)
				}
			}
		}
	}
	if seen != 4 {
		t.Errorf("expected 4 dynamic lists (roles, show, approve, deny), got %d", seen)
	}
	if _, err := loadTree([]byte(`{"Trigger":"teleport","RoleID":"nobody"}`)); err == nil {
		t.Error("a tree Mattermost would refuse was accepted")
	}
}

func TestExecuteCommandRelaysAsMattermostWould(t *testing.T) {
	b := newBridge(t, `{"response_type":"ephemeral","text":"**Pending requests you can review** (1)"}`)
	p, _ := pluginWith(t, registered(b))
	resp, appErr := p.ExecuteCommand(nil, &model.CommandArgs{
		Command: "/teleport approve 0190a5c3 looks fine", TeamId: teamID, ChannelId: channelID, UserId: aliceID, TriggerId: "trig", RootId: "",
	})
	if appErr != nil {
		t.Fatal(appErr)
	}
	if resp.Text != "**Pending requests you can review** (1)" || resp.ResponseType != model.CommandResponseTypeEphemeral {
		t.Errorf("the bridge's answer was not relayed: %+v", resp)
	}
	if b.path != bridgeCommandPath || b.auth != "Token team-token" {
		t.Errorf("posted to %s with %q", b.path, b.auth)
	}
	want := map[string]string{
		"token": "team-token", "team_id": teamID, "team_domain": "acme", "channel_id": channelID, "channel_name": "access-requests",
		"user_id": aliceID, "user_name": "alice", "command": "/teleport", "text": "approve 0190a5c3 looks fine", "trigger_id": "trig",
	}
	for k, v := range want {
		if got := b.form.Get(k); got != v {
			t.Errorf("form %s = %q, want %q", k, got, v)
		}
	}
}

func TestExecuteCommandWithoutTheBridgeSaysWhy(t *testing.T) {
	p, _ := pluginWith(t, nil)
	resp, appErr := p.ExecuteCommand(nil, &model.CommandArgs{Command: "/teleport list", TeamId: teamID, ChannelId: channelID, UserId: aliceID})
	if appErr != nil || !strings.Contains(resp.Text, "not set up in this team") {
		t.Fatalf("got %+v, %v", resp, appErr)
	}
	b := newBridge(t, "")
	b.server.Close()
	p, _ = pluginWith(t, registered(b))
	resp, appErr = p.ExecuteCommand(nil, &model.CommandArgs{Command: "/teleport list", TeamId: teamID, ChannelId: channelID, UserId: aliceID})
	if appErr != nil || !strings.Contains(resp.Text, "bridge did not answer") {
		t.Fatalf("got %+v, %v", resp, appErr)
	}
}

func TestListsAreTheSignedInUsers(t *testing.T) {
	b := newBridge(t, `{"items":[{"Item":"dbadmin","Hint":"role","HelpText":"you may request it"}]}`)
	p, _ := pluginWith(t, registered(b))
	r := httptest.NewRequest(http.MethodGet, "/autocomplete/roles?team_id="+teamID+"&user_id=someoneelse", nil)
	r.Header.Set("Mattermost-User-Id", aliceID)
	w := httptest.NewRecorder()
	p.ServeHTTP(nil, w, r)
	var items []model.AutocompleteListItem
	if err := json.Unmarshal(w.Body.Bytes(), &items); err != nil || len(items) != 1 || items[0].Item != "dbadmin" {
		t.Fatalf("got %s (%v)", w.Body.String(), err)
	}
	if b.path != bridgeAutocompletePath || b.auth != "Token team-token" {
		t.Errorf("asked %s with %q", b.path, b.auth)
	}
	if b.json["user_id"] != aliceID || b.json["list"] != "roles" || b.json["team_id"] != teamID {
		t.Errorf("asked for %v, want alice's roles", b.json)
	}

	anonymous := httptest.NewRecorder()
	p.ServeHTTP(nil, anonymous, httptest.NewRequest(http.MethodGet, "/autocomplete/roles?team_id="+teamID, nil))
	if anonymous.Code != http.StatusUnauthorized {
		t.Errorf("without a session: %d", anonymous.Code)
	}
}

func TestAFailedListIsEmptyNotAnError(t *testing.T) {
	b := newBridge(t, `{"error":"autocomplete list refused: command token does not match"}`)
	b.server.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, `{"error":"refused"}`, http.StatusUnauthorized)
	})
	p, api := pluginWith(t, registered(b))
	r := httptest.NewRequest(http.MethodGet, "/autocomplete/requests/review?team_id="+teamID, nil)
	r.Header.Set("Mattermost-User-Id", aliceID)
	w := httptest.NewRecorder()
	p.ServeHTTP(nil, w, r)
	if w.Code != http.StatusOK || strings.TrimSpace(w.Body.String()) != "[]" {
		t.Fatalf("got %d %s", w.Code, w.Body.String())
	}
	api.AssertCalled(t, "LogWarn", "/teleport autocomplete: no list", "list", "review", "team_id", teamID, "error", mock.Anything)
}

func TestATeamWithoutTheBridgeGetsNoListAndNoWarning(t *testing.T) {
	p, api := pluginWith(t, nil)
	r := httptest.NewRequest(http.MethodGet, "/autocomplete/roles?team_id="+teamID, nil)
	r.Header.Set("Mattermost-User-Id", aliceID)
	w := httptest.NewRecorder()
	p.ServeHTTP(nil, w, r)
	if strings.TrimSpace(w.Body.String()) != "[]" {
		t.Fatalf("got %s", w.Body.String())
	}
	api.AssertCalled(t, "LogDebug", "/teleport autocomplete: no list", "list", "roles", "team_id", teamID, "error", mock.Anything)
	api.AssertNotCalled(t, "LogWarn", mock.Anything, mock.Anything, mock.Anything, mock.Anything, mock.Anything, mock.Anything, mock.Anything)
}
