package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/gravitational/teleport/api/breaker"
	"github.com/gravitational/teleport/api/types"
	"github.com/gravitational/teleport/lib/auth/testauthority"
	"github.com/gravitational/teleport/lib/backend"
	"github.com/gravitational/teleport/lib/backend/lite"
	"github.com/gravitational/teleport/lib/cloud"
	"github.com/gravitational/teleport/lib/service"
	"github.com/gravitational/teleport/lib/service/servicecfg"
	"github.com/gravitational/teleport/lib/services"
	"github.com/gravitational/teleport/lib/utils"
	"github.com/sirupsen/logrus"
)

// cluster is one Teleport process running the Auth Service and the Proxy Service, the shape of a
// Teleport Cloud tenant: the Proxy serves everything on one TLS port (proxy_listener_mode
// multiplex) and routes `teleport-auth@<hex(cluster)>.teleport.cluster.local` ALPN connections to
// Auth unterminated. Auth's own port stays open too, for the bridge's `mode = "auth"`.
type cluster struct {
	process  *service.TeleportProcess
	authAddr string
	webAddr  string
}

// preboundListener binds 127.0.0.1:0 now and hands the socket to Teleport through its
// file-descriptor import (as Teleport's integration tests do), so the port is known before the
// process starts and nothing else can take it in between.
func preboundListener(kind service.ListenerType, fds *[]servicecfg.FileDescriptor) (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	f, err := l.(*net.TCPListener).File()
	if err != nil {
		return "", err
	}
	addr := l.Addr().String()
	*fds = append(*fds, servicecfg.FileDescriptor{Type: string(kind), Address: addr, File: f})
	return addr, nil
}

func startCluster(ctx context.Context, clusterName, dataDir string) (*cluster, error) {
	cfg := servicecfg.MakeDefaultConfig()
	cfg.DataDir = dataDir
	cfg.Hostname = "teleport-harness"
	cfg.Console = io.Discard
	log := logrus.New()
	log.SetLevel(logrus.WarnLevel)
	log.SetOutput(os.Stderr)
	cfg.Log = log
	// Never ask a cloud metadata endpoint (no network here) and never trip a breaker in tests.
	cfg.InstanceMetadataClient = cloud.NewDisabledIMDSClient()
	cfg.CircuitBreakerConfig = breaker.NoopBreakerConfig()
	// Pre-generated CA keys: the cluster starts in about a second instead of generating RSA keys.
	cfg.Keygen = testauthority.New()
	cfg.CachePolicy.Enabled = true

	var err error
	if cfg.Auth.ClusterName, err = services.NewClusterNameWithRandomID(types.ClusterNameSpecV2{ClusterName: clusterName}); err != nil {
		return nil, err
	}
	if cfg.Auth.NetworkingConfig, err = types.NewClusterNetworkingConfigFromConfigFile(types.ClusterNetworkingConfigSpecV2{
		ProxyListenerMode: types.ProxyListenerMode_Multiplex,
	}); err != nil {
		return nil, err
	}
	cfg.Auth.StorageConfig = backend.Config{
		Type:   lite.GetName(),
		Params: backend.Params{"path": filepath.Join(dataDir, "backend"), "poll_stream_period": 50 * time.Millisecond},
	}

	authAddr, err := preboundListener(service.ListenerAuth, &cfg.FileDescriptors)
	if err != nil {
		return nil, err
	}
	webAddr, err := preboundListener(service.ListenerProxyWeb, &cfg.FileDescriptors)
	if err != nil {
		return nil, err
	}
	cfg.Auth.ListenAddr = utils.NetAddr{AddrNetwork: "tcp", Addr: authAddr}
	cfg.SetAuthServerAddress(cfg.Auth.ListenAddr)

	cfg.Proxy.Enabled = true
	cfg.Proxy.WebAddr = utils.NetAddr{AddrNetwork: "tcp", Addr: webAddr}
	cfg.Proxy.PublicAddrs = []utils.NetAddr{{AddrNetwork: "tcp", Addr: webAddr}}
	// One port for everything, as on Teleport Cloud: no separate SSH, tunnel or database listeners.
	cfg.Proxy.SSHAddr = utils.NetAddr{}
	cfg.Proxy.ReverseTunnelListenAddr = utils.NetAddr{}
	cfg.Proxy.MySQLAddr = utils.NetAddr{}
	cfg.Proxy.PostgresAddr = utils.NetAddr{}
	cfg.Proxy.MongoAddr = utils.NetAddr{}
	cfg.Proxy.Kube.Enabled = false
	// The web UI's assets are not embedded in this build; the API and TLS routing still run.
	cfg.Proxy.DisableWebInterface = true
	cfg.Proxy.IdP.SAMLIdP.Enabled = false
	cfg.SSH.Enabled = false

	process, err := service.NewTeleport(cfg)
	if err != nil {
		return nil, fmt.Errorf("new Teleport process: %w", err)
	}
	if err := process.Start(); err != nil {
		return nil, fmt.Errorf("start Teleport process: %w", err)
	}
	readyCtx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	if _, err := process.WaitForEvent(readyCtx, service.TeleportReadyEvent); err != nil {
		_ = process.Close()
		return nil, fmt.Errorf("Teleport process not ready: %w", err)
	}
	return &cluster{process: process, authAddr: authAddr, webAddr: webAddr}, nil
}

func (c *cluster) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c.process.Shutdown(ctx)
	_ = c.process.Close()
}
