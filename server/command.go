package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"unicode"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

// commandForm is the form Mattermost posts to a custom command (app.tryExecuteCustomCommand):
// the same fields, so the bridge cannot tell the relay from the server. response_url is left
// out: the server creates it only for custom commands, and the bridge answers in its response.
func (p *Plugin) commandForm(args *model.CommandArgs, bridge bridgeCommand) (url.Values, error) {
	team, appErr := p.API.GetTeam(args.TeamId)
	if appErr != nil {
		return nil, appErr
	}
	channel, appErr := p.API.GetChannel(args.ChannelId)
	if appErr != nil {
		return nil, appErr
	}
	user, appErr := p.API.GetUser(args.UserId)
	if appErr != nil {
		return nil, appErr
	}
	text := ""
	// Split as app.ExecuteCommand splits trigger and message.
	if i := strings.IndexFunc(args.Command, unicode.IsSpace); i != -1 {
		text = args.Command[i+1:]
	}
	form := url.Values{}
	form.Set("token", bridge.Token)
	form.Set("team_id", args.TeamId)
	form.Set("team_domain", team.Name)
	form.Set("channel_id", args.ChannelId)
	form.Set("channel_name", channel.Name)
	form.Set("user_id", args.UserId)
	form.Set("user_name", user.Username)
	form.Set("command", "/"+trigger)
	form.Set("text", text)
	// The server-side trigger id: the bridge opens the request form with it, as for the custom command.
	form.Set("trigger_id", args.TriggerId)
	form.Set("root_id", args.RootId)
	return form, nil
}

// ExecuteCommand relays `/teleport` to the bridge exactly as Mattermost would for the bridge's
// custom command, and returns the bridge's answer as the command's response.
func (p *Plugin) ExecuteCommand(_ *plugin.Context, args *model.CommandArgs) (*model.CommandResponse, *model.AppError) {
	bridge, err := p.bridgeFor(args.TeamId)
	if err != nil {
		return ephemeral(err.Error()), nil
	}
	form, err := p.commandForm(args, bridge)
	if err != nil {
		return nil, model.NewAppError("ExecuteCommand", "plugin.teleport.command.lookup", nil, err.Error(), http.StatusInternalServerError)
	}
	response, err := p.postCommand(bridge, form)
	if err != nil {
		p.API.LogWarn("/teleport: the bridge did not answer", "url", bridge.URL, "error", err.Error())
		return ephemeral("The Teleport bridge did not answer; try again in a moment, or ask an admin to check it."), nil
	}
	return response, nil
}

func (p *Plugin) postCommand(bridge bridgeCommand, form url.Values) (*model.CommandResponse, error) {
	status, raw, err := p.post(bridge, bridge.URL, commandTimeout, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	answer, parseErr := model.CommandResponseFromJSON(bytes.NewReader(raw))
	// The bridge explains a refused call (400/401) in an ephemeral text: show it rather than a bare status.
	if status != http.StatusOK && (parseErr != nil || answer.Text == "") {
		return nil, fmt.Errorf("status %d: %s", status, strings.TrimSpace(string(raw)))
	}
	return answer, parseErr
}

func ephemeral(text string) *model.CommandResponse {
	return &model.CommandResponse{ResponseType: model.CommandResponseTypeEphemeral, Text: text}
}
