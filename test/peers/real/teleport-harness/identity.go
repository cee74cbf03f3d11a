package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/gravitational/teleport/api/identityfile"
	"github.com/gravitational/teleport/api/types"
	"github.com/gravitational/teleport/lib/auth"
	"github.com/gravitational/teleport/lib/auth/native"
)

// identityTTL is long enough for any test run; roles with a shorter max_session_ttl cap it.
const identityTTL = 12 * time.Hour

// writeIdentityFile writes what `tctl auth sign --format=file` writes: the private key, the SSH
// certificate, the TLS certificate, the host CA as known_hosts lines and the host CA's TLS
// certificates (the roots a client uses to verify the Auth server).
func writeIdentityFile(ctx context.Context, srv *auth.Server, clusterName, user, path string) error {
	privPEM, sshPub, err := native.GenerateKeyPair()
	if err != nil {
		return err
	}
	sshCert, tlsCert, err := srv.GenerateUserTestCerts(auth.GenerateUserTestCertsRequest{
		Key:      sshPub,
		Username: user,
		TTL:      identityTTL,
	})
	if err != nil {
		return err
	}
	hostCA, err := srv.GetCertAuthority(ctx, types.CertAuthID{Type: types.HostCA, DomainName: clusterName}, false)
	if err != nil {
		return err
	}
	id := &identityfile.IdentityFile{
		PrivateKey: privPEM,
		Certs:      identityfile.Certs{SSH: sshCert, TLS: tlsCert},
	}
	for _, kp := range hostCA.GetTrustedTLSKeyPairs() {
		id.CACerts.TLS = append(id.CACerts.TLS, kp.Cert)
	}
	for _, kp := range hostCA.GetTrustedSSHKeyPairs() {
		line := fmt.Sprintf("@cert-authority %s,*.%s %s type=host\n", clusterName, clusterName, strings.TrimSpace(string(kp.PublicKey)))
		id.CACerts.SSH = append(id.CACerts.SSH, []byte(line))
	}
	return identityfile.Write(id, path)
}
