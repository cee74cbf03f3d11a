package main

import (
	"context"
	"os"
	"sync"
	"time"

	"github.com/gravitational/teleport/lib/auth"
)

// foreignClusterName names the second, unrelated cluster whose identity files the tests use as
// "a file from another cluster": the same user name, a valid certificate, the wrong CA.
const foreignClusterName = "other.example.com"

// foreignCluster is a bare in-process Auth server (no listener), started on first use.
type foreignCluster struct {
	once sync.Once
	srv  *auth.TestAuthServer
	dir  string
	err  error
}

func (f *foreignCluster) writeIdentity(ctx context.Context, user, path string) (time.Time, error) {
	f.once.Do(func() {
		if f.dir, f.err = os.MkdirTemp("", "teleport-harness-foreign-"); f.err != nil {
			return
		}
		f.srv, f.err = auth.NewTestAuthServer(auth.TestAuthServerConfig{ClusterName: foreignClusterName, Dir: f.dir, Clock: realTimeClock(ctx)})
		if f.err != nil {
			return
		}
		_, _, f.err = auth.CreateUserAndRole(f.srv.AuthServer, user, []string{user}, nil)
	})
	if f.err != nil {
		return time.Time{}, f.err
	}
	return writeIdentityFile(ctx, f.srv.AuthServer, foreignClusterName, user, path, identityTTL)
}

func (f *foreignCluster) close() {
	if f.srv != nil {
		_ = f.srv.Close()
	}
	if f.dir != "" {
		_ = os.RemoveAll(f.dir)
	}
}
