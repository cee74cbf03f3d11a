import 'reflect-metadata';
import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {before, describe, it} from 'node:test';
import {createClusterCA, issueUserCert, renderIdentityFile, type ClusterCA, type UserCert} from '../../../test/peers/teleport/certs';
import {IdentityError, loadCredentials, parseIdentityFile} from './identity';

const CLUSTER = 'story.example.com';
let ca: ClusterCA;
let otherCa: ClusterCA;
let bridge: UserCert;
let other: UserCert;

before(async () => {
  ca = await createClusterCA(CLUSTER);
  otherCa = await createClusterCA('leaf.example.com');
  bridge = await issueUserCert(ca, 'mattermost-bridge', 3600);
  other = await issueUserCert(ca, 'alice', 3600);
});

describe('parseIdentityFile', () => {
  it('reads key, client certificate and CA, skipping the SSH lines, and names the cluster and user', () => {
    const creds = parseIdentityFile(renderIdentityFile(bridge, ca), '/etc/bridge/identity');
    assert.equal(creds.clusterName, CLUSTER);
    assert.equal(creds.user, 'mattermost-bridge');
    assert.equal(creds.key.toString(), bridge.keyPem.endsWith('\n') ? bridge.keyPem : `${bridge.keyPem}\n`);
    assert.match(creds.ca.toString(), /BEGIN CERTIFICATE/);
    assert.ok(Math.abs(creds.notAfter.getTime() - bridge.notAfter.getTime()) < 2000);
  });

  it('takes the cluster name from the CA that issued the client certificate when several CAs are trusted', () => {
    const text = renderIdentityFile(bridge, otherCa, [ca.certPem]);
    assert.equal(parseIdentityFile(text, 'id').clusterName, CLUSTER);
  });

  it('changes fingerprint when the certificate is renewed', () => {
    const a = parseIdentityFile(renderIdentityFile(bridge, ca), 'id');
    const b = parseIdentityFile(renderIdentityFile(other, ca), 'id');
    assert.notEqual(a.fingerprint, b.fingerprint);
  });

  const bad: {name: string; text: () => string; message: RegExp}[] = [
    {name: 'empty file', text: () => '', message: /identity file \/x: no private key PEM block/},
    {name: 'garbage', text: () => 'hello world\nthis is not an identity\n', message: /identity file \/x: no private key PEM block/},
    {
      name: 'key only (no TLS certificate)',
      text: () => `${bridge.keyPem}\nssh-ed25519-cert-v01@openssh.com AAAA bob@x\n`,
      message: /identity file \/x: no TLS certificate PEM block after the private key/,
    },
    {
      name: 'certificate first',
      text: () => `${bridge.certPem}\n${bridge.keyPem}\n${ca.certPem}`,
      message: /expected a private key PEM block first, found "CERTIFICATE" at line 1/,
    },
    {name: 'no CA', text: () => `${bridge.keyPem}\n${bridge.certPem}\n`, message: /no CA certificate PEM block after the client certificate/},
    {
      name: 'key of another certificate',
      text: () => `${other.keyPem}\n${bridge.certPem}\n${ca.certPem}`,
      message: /the private key does not match the client certificate/,
    },
    {
      name: 'truncated rewrite (no END line)',
      text: () => `${bridge.keyPem}\n${bridge.certPem}\n${ca.certPem.slice(0, 120)}`,
      message: /PEM block "CERTIFICATE" starting at line \d+ has no END line/,
    },
    {
      name: 'corrupted certificate body',
      text: () => `${bridge.keyPem}\n${bridge.certPem.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!')}\n${ca.certPem}`,
      message: /client TLS certificate at line \d+ does not parse/,
    },
  ];
  for (const c of bad) {
    it(`refuses ${c.name} with an error naming the file`, () => {
      assert.throws(
        () => parseIdentityFile(c.text(), '/x'),
        (err: unknown) => {
          assert.ok(err instanceof IdentityError);
          assert.match(err.message, c.message);
          return true;
        },
      );
    });
  }
});

describe('loadCredentials', () => {
  it('loads the key / certificate / CA trio', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tma-id-'));
    const files = {keyFile: path.join(dir, 'key'), certFile: path.join(dir, 'tlscert'), caFile: path.join(dir, 'tlscacerts')};
    writeFileSync(files.keyFile, bridge.keyPem);
    writeFileSync(files.certFile, bridge.certPem);
    writeFileSync(files.caFile, ca.certPem);
    const creds = loadCredentials(files);
    assert.equal(creds.clusterName, CLUSTER);
    assert.equal(creds.user, 'mattermost-bridge');
  });

  it('names the trio file that is wrong', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tma-id-'));
    const files = {keyFile: path.join(dir, 'key'), certFile: path.join(dir, 'tlscert'), caFile: path.join(dir, 'tlscacerts')};
    writeFileSync(files.keyFile, bridge.keyPem);
    writeFileSync(files.certFile, bridge.keyPem);
    writeFileSync(files.caFile, ca.certPem);
    assert.throws(() => loadCredentials(files), new RegExp(`certificate file ${files.certFile}: expected a CERTIFICATE PEM block`));
  });

  it('names a missing identity file', () => {
    assert.throws(() => loadCredentials({identityFile: '/nonexistent/identity'}), /identity file \/nonexistent\/identity: cannot read: ENOENT/);
  });
});
