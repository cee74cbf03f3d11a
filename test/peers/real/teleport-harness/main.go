// Command teleport-harness runs a real Teleport cluster in-process for the real-peer test suite:
// one Teleport process with the Auth Service and the Proxy Service (TLS routing on one
// multiplexed port, as Teleport Cloud serves it). It seeds the dual-authorization story (roles,
// users, the bridge identity), writes one identity file per user, prints where it listens as one
// JSON line on stdout, then answers commands on stdin (one JSON object a line: re-issue an
// identity, rotate the user CA, write another cluster's identity; see commands.go) until it is
// signalled or its stdin closes (so it never outlives the test process that started it).
//
// It is a test-only program: it links Teleport's AGPL code and is never shipped.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/gravitational/teleport"
	"github.com/gravitational/teleport/lib/modules"
	"github.com/jonboulle/clockwork"
	"github.com/sirupsen/logrus"
)

// ready is the one line the harness prints once it serves; the TypeScript adapter parses it.
type ready struct {
	AuthAddr string `json:"authAddr"`
	// ProxyAddr is the Proxy's single TLS port (web API, TLS routing).
	ProxyAddr   string `json:"proxyAddr"`
	ClusterName string `json:"clusterName"`
	Version     string `json:"version"`
	IdentityDir string `json:"identityDir"`
	// Notes lists seed features this Teleport build could not express (e.g. submit_for_users
	// before v18.11), so a test can tell "unsupported here" from "broken".
	Notes []string `json:"notes"`
}

// protocol is the real stdout: the ready line and command answers. Everything else Teleport
// might print goes to stderr (os.Stdout is pointed there in main).
var protocol = os.Stdout

func main() {
	os.Stdout = os.Stderr
	seedPath := flag.String("seed", "", "JSON seed file (roles, users, traits)")
	identityDir := flag.String("identity-dir", "", "directory to write identity files into")
	dataDir := flag.String("data-dir", "", "directory for the backend and audit log (default: a temp dir)")
	flag.Parse()
	if err := run(*seedPath, *identityDir, *dataDir); err != nil {
		fmt.Fprintf(os.Stderr, "teleport-harness: %v\n", err)
		os.Exit(1)
	}
}

func run(seedPath, identityDir, dataDir string) error {
	if seedPath == "" || identityDir == "" {
		return fmt.Errorf("both -seed and -identity-dir are required")
	}
	seed, err := readSeed(seedPath)
	if err != nil {
		return err
	}
	if dataDir == "" {
		if dataDir, err = os.MkdirTemp("", "teleport-harness-"); err != nil {
			return err
		}
		defer os.RemoveAll(dataDir)
	}
	if err := os.MkdirAll(identityDir, 0o700); err != nil {
		return err
	}
	// Teleport logs every RPC at debug level; the test only needs warnings on stderr.
	logrus.SetLevel(logrus.WarnLevel)
	logrus.SetOutput(os.Stderr)

	// Review thresholds and review_requests need the Enterprise feature set; Teleport's own tests
	// switch it on the same way (modules.SetTestModules wraps this call).
	modules.SetModules(&modules.TestModules{
		TestBuildType: modules.BuildEnterprise,
		TestFeatures:  modules.Features{AdvancedAccessWorkflows: true},
	})

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	c, err := startCluster(ctx, seed.ClusterName, dataDir)
	if err != nil {
		return err
	}
	defer c.stop()
	srv := c.process.GetAuthServer()

	notes, err := applySeed(ctx, srv, seed)
	if err != nil {
		return fmt.Errorf("seed: %w", err)
	}
	names := append([]string{seed.BridgeUser, adminUser}, seed.userNames()...)
	for _, name := range names {
		if _, err := writeIdentityFile(ctx, srv, seed.ClusterName, name, filepath.Join(identityDir, name), identityTTL); err != nil {
			return fmt.Errorf("identity for %s: %w", name, err)
		}
	}

	line, err := json.Marshal(ready{
		AuthAddr:    c.authAddr,
		ProxyAddr:   c.webAddr,
		ClusterName: seed.ClusterName,
		Version:     teleport.Version,
		IdentityDir: identityDir,
		Notes:       notes,
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(protocol, string(line))

	foreign := &foreignCluster{}
	defer foreign.close()
	cmds := &commander{srv: srv, clusterName: seed.ClusterName, identityDir: identityDir, foreign: foreign}
	serveUntilStopped(ctx, cmds)
	return nil
}

// serveUntilStopped answers stdin commands until SIGINT/SIGTERM or stdin's EOF (the parent went away).
func serveUntilStopped(ctx context.Context, cmds *commander) {
	stop := make(chan struct{}, 2)
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM)
	go func() { <-signals; stop <- struct{}{} }()
	go func() {
		in := bufio.NewScanner(os.Stdin)
		out := json.NewEncoder(protocol)
		for in.Scan() {
			_ = out.Encode(cmds.handle(ctx, in.Bytes()))
		}
		stop <- struct{}{}
	}()
	<-stop
}

// realTimeClock returns the fake clock Teleport's test auth server insists on (v13 types the field
// as clockwork.FakeClock), started at the wall time and advanced with it, so certificates follow
// real time for the Node client.
func realTimeClock(ctx context.Context) clockwork.FakeClock {
	start := time.Now()
	clock := clockwork.NewFakeClockAt(start)
	go func() {
		ticker := time.NewTicker(20 * time.Millisecond)
		defer ticker.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-ticker.C:
				if lag := time.Since(start) - clock.Since(start); lag > 0 {
					clock.Advance(lag)
				}
			}
		}
	}()
	return clock
}
