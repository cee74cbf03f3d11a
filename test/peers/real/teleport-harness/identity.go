package main

import (
	"context"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gravitational/teleport/api/identityfile"
	"github.com/gravitational/teleport/api/types"
	"github.com/gravitational/teleport/lib/auth"
	"github.com/gravitational/teleport/lib/auth/native"
)

// identityTTL is long enough for any test run; roles with a shorter max_session_ttl cap it.
const identityTTL = 12 * time.Hour

// writeIdentityFile writes what `tctl auth sign --format=file` and tbot's `identity` output write:
// a fresh private key, the SSH certificate, the TLS certificate, the host CA as known_hosts lines
// and the host CA's TLS certificates (the roots a client uses to verify the Auth server).
// The file is written next to its final name and renamed over it, as tbot replaces its outputs,
// so a reader sees either the old identity or the new one, never half of each.
// It returns the TLS certificate's NotAfter.
func writeIdentityFile(ctx context.Context, srv *auth.Server, clusterName, user, path string, ttl time.Duration) (time.Time, error) {
	privPEM, sshPub, err := native.GenerateKeyPair()
	if err != nil {
		return time.Time{}, err
	}
	sshCert, tlsCert, err := srv.GenerateUserTestCerts(auth.GenerateUserTestCertsRequest{
		Key:      sshPub,
		Username: user,
		TTL:      ttl,
	})
	if err != nil {
		return time.Time{}, err
	}
	hostCA, err := srv.GetCertAuthority(ctx, types.CertAuthID{Type: types.HostCA, DomainName: clusterName}, false)
	if err != nil {
		return time.Time{}, err
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
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return time.Time{}, err
	}
	tmp := fmt.Sprintf("%s.tmp-%d", path, time.Now().UnixNano())
	if err := identityfile.Write(id, tmp); err != nil {
		return time.Time{}, err
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		return time.Time{}, err
	}
	return certNotAfter(tlsCert)
}

func certNotAfter(certPEM []byte) (time.Time, error) {
	block, _ := pem.Decode(certPEM)
	if block == nil {
		return time.Time{}, fmt.Errorf("issued TLS certificate is not PEM")
	}
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		return time.Time{}, err
	}
	return cert.NotAfter, nil
}
