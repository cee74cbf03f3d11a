package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/gravitational/teleport/api/types"
	"github.com/gravitational/teleport/lib/auth"
)

// adminUser is a local user with every rule, for test set-up and tear-down (e.g. deleting a
// request to simulate expiry). It is not Teleport's builtin Admin role.
const adminUser = "admin"

// seedFile mirrors test/peers/story.ts (STORY_ROLES, STORY_TELEPORT_USERS) plus per-user traits.
type seedFile struct {
	ClusterName string     `json:"clusterName"`
	BridgeUser  string     `json:"bridgeUser"`
	Roles       []seedRole `json:"roles"`
	Users       []seedUser `json:"users"`
}

type seedRole struct {
	Name    string `json:"name"`
	Request *struct {
		Roles      []string `json:"roles"`
		Thresholds []struct {
			Name    string `json:"name"`
			Approve uint32 `json:"approve"`
			Deny    uint32 `json:"deny"`
		} `json:"thresholds"`
		ReasonMode string `json:"reasonMode"`
		Prompt     string `json:"prompt"`
	} `json:"request"`
	Review *struct {
		Roles          []string `json:"roles"`
		SubmitForUsers []string `json:"submitForUsers"`
	} `json:"review"`
	Rules []struct {
		Resources []string `json:"resources"`
		Verbs     []string `json:"verbs"`
	} `json:"rules"`
	MaxSessionTTLHours float64 `json:"maxSessionTTLHours"`
}

type seedUser struct {
	Name   string              `json:"name"`
	Roles  []string            `json:"roles"`
	Traits map[string][]string `json:"traits"`
}

func (s seedFile) userNames() []string {
	names := make([]string, 0, len(s.Users))
	for _, u := range s.Users {
		names = append(names, u.Name)
	}
	return names
}

func readSeed(path string) (seedFile, error) {
	var seed seedFile
	raw, err := os.ReadFile(path)
	if err != nil {
		return seed, err
	}
	if err := json.Unmarshal(raw, &seed); err != nil {
		return seed, fmt.Errorf("seed %s: %w", path, err)
	}
	if seed.ClusterName == "" || seed.BridgeUser == "" || len(seed.Roles) == 0 || len(seed.Users) == 0 {
		return seed, fmt.Errorf("seed %s: clusterName, bridgeUser, roles and users are required", path)
	}
	return seed, nil
}

// applySeed creates roles and users directly on the Auth server (no RBAC, no feature checks), as
// Teleport's own access-request tests do. It returns notes about seed features this build lacks.
func applySeed(ctx context.Context, srv *auth.Server, seed seedFile) ([]string, error) {
	notes := []string{}
	roles := append([]seedRole{}, seed.Roles...)
	roles = append(roles, seedRole{Name: adminUser, Rules: []struct {
		Resources []string `json:"resources"`
		Verbs     []string `json:"verbs"`
	}{{Resources: []string{types.Wildcard}, Verbs: []string{types.Wildcard}}}})
	for _, r := range roles {
		spec := types.RoleSpecV6{}
		if r.MaxSessionTTLHours > 0 {
			spec.Options.MaxSessionTTL = types.NewDuration(time.Duration(r.MaxSessionTTLHours * float64(time.Hour)))
		}
		if r.Request != nil {
			cond := &types.AccessRequestConditions{Roles: r.Request.Roles}
			for _, t := range r.Request.Thresholds {
				cond.Thresholds = append(cond.Thresholds, types.AccessReviewThreshold{Name: t.Name, Approve: t.Approve, Deny: t.Deny})
			}
			spec.Allow.Request = cond
			spec.Options.RequestPrompt = r.Request.Prompt
			if r.Request.ReasonMode == "required" {
				spec.Options.RequestAccess = types.RequestStrategyReason
			}
		}
		if r.Review != nil {
			spec.Allow.ReviewRequests = &types.AccessReviewConditions{Roles: r.Review.Roles}
			if len(r.Review.SubmitForUsers) > 0 {
				// AccessReviewConditions.SubmitForUsers only exists from Teleport 18.11.
				notes = append(notes, fmt.Sprintf("role %s: submit_for_users %v not supported by this Teleport build; omitted", r.Name, r.Review.SubmitForUsers))
			}
		}
		for _, rule := range r.Rules {
			spec.Allow.Rules = append(spec.Allow.Rules, types.NewRule(rule.Resources[0], rule.Verbs))
			for _, extra := range rule.Resources[1:] {
				spec.Allow.Rules = append(spec.Allow.Rules, types.NewRule(extra, rule.Verbs))
			}
		}
		role, err := types.NewRole(r.Name, spec)
		if err != nil {
			return nil, fmt.Errorf("role %s: %w", r.Name, err)
		}
		if err := srv.UpsertRole(ctx, role); err != nil {
			return nil, fmt.Errorf("role %s: %w", r.Name, err)
		}
	}

	users := append([]seedUser{}, seed.Users...)
	users = append(users, seedUser{Name: seed.BridgeUser, Roles: []string{seed.BridgeUser}}, seedUser{Name: adminUser, Roles: []string{adminUser}})
	for _, u := range users {
		user, err := types.NewUser(u.Name)
		if err != nil {
			return nil, fmt.Errorf("user %s: %w", u.Name, err)
		}
		user.SetRoles(u.Roles)
		if len(u.Traits) > 0 {
			user.SetTraits(u.Traits)
		}
		if err := srv.UpsertUser(user); err != nil {
			return nil, fmt.Errorf("user %s: %w", u.Name, err)
		}
	}
	return notes, nil
}
