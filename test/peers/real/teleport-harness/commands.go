package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"time"

	"github.com/gravitational/teleport/api/types"
	"github.com/gravitational/teleport/lib/auth"
)

// command is one stdin line. Ops:
//
//	{"op":"issue","user":"mattermost-bridge","ttlSeconds":3600}      new key + certificate, renamed over identities/<user>
//	{"op":"issue","user":"…","ttlSeconds":2,"path":"/elsewhere"}       the same, written to another path
//	{"op":"rotate-user-ca","phase":"init"}                             manual user CA rotation: init, update_clients, update_servers, standby
//	{"op":"foreign","user":"mattermost-bridge","path":"/x"}            an identity issued by another cluster (other.example.com)
type command struct {
	Op         string `json:"op"`
	User       string `json:"user"`
	TTLSeconds int    `json:"ttlSeconds"`
	Path       string `json:"path"`
	Phase      string `json:"phase"`
}

// reply is the one stdout line answering a command.
type reply struct {
	Op       string `json:"op"`
	OK       bool   `json:"ok"`
	Error    string `json:"error,omitempty"`
	Path     string `json:"path,omitempty"`
	NotAfter string `json:"notAfter,omitempty"`
}

type commander struct {
	srv         *auth.Server
	clusterName string
	identityDir string
	foreign     *foreignCluster
}

func (c *commander) handle(ctx context.Context, line []byte) reply {
	var cmd command
	if err := json.Unmarshal(line, &cmd); err != nil {
		return reply{Error: fmt.Sprintf("command is not JSON: %v", err)}
	}
	r := reply{Op: cmd.Op}
	if err := c.run(ctx, cmd, &r); err != nil {
		r.Error = err.Error()
		return r
	}
	r.OK = true
	return r
}

func (c *commander) run(ctx context.Context, cmd command, r *reply) error {
	path := cmd.Path
	if path == "" && cmd.User != "" {
		path = filepath.Join(c.identityDir, cmd.User)
	}
	switch cmd.Op {
	case "issue":
		if cmd.User == "" {
			return fmt.Errorf("issue: user is required")
		}
		ttl := identityTTL
		if cmd.TTLSeconds > 0 {
			ttl = time.Duration(cmd.TTLSeconds) * time.Second
		}
		notAfter, err := writeIdentityFile(ctx, c.srv, c.clusterName, cmd.User, path, ttl)
		if err != nil {
			return err
		}
		r.Path, r.NotAfter = path, notAfter.UTC().Format(time.RFC3339)
	case "rotate-user-ca":
		// Manual mode, one phase per command, the way `tctl auth rotate --manual --type=user` does it.
		if err := c.srv.RotateCertAuthority(ctx, auth.RotateRequest{Type: types.UserCA, TargetPhase: cmd.Phase, Mode: types.RotationModeManual}); err != nil {
			return err
		}
		return c.waitForCachedPhase(ctx, cmd.Phase)
	case "foreign":
		if cmd.User == "" || cmd.Path == "" {
			return fmt.Errorf("foreign: user and path are required")
		}
		notAfter, err := c.foreign.writeIdentity(ctx, cmd.User, path)
		if err != nil {
			return err
		}
		r.Path, r.NotAfter = path, notAfter.UTC().Format(time.RFC3339)
	default:
		return fmt.Errorf("unknown op %q (issue, rotate-user-ca, foreign)", cmd.Op)
	}
	return nil
}

// waitForCachedPhase returns once the Auth server's cache (which signs new certificates and
// builds the TLS client CA pool) shows the user CA in `phase`. Without it an `issue` right after
// `update_clients` can still be signed by the old key, which `standby` then retires.
func (c *commander) waitForCachedPhase(ctx context.Context, phase string) error {
	deadline := time.Now().Add(15 * time.Second)
	for {
		ca, err := c.srv.GetCertAuthority(ctx, types.CertAuthID{Type: types.UserCA, DomainName: c.clusterName}, false)
		if err == nil && ca.GetRotation().Phase == phase {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("user CA rotation: the auth cache did not reach phase %q within 15 s", phase)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
