/**
 * Transport-level behaviour of the peer: identity files and their rotation, the TLS trio, the
 * Proxy-like ALPN route, restarts and injected faults.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import tls from 'node:tls';
import {after, before, describe, it} from 'node:test';
import * as grpc from '@grpc/grpc-js';
import {authAlpnProtocol, hexClusterName, parseIdentityFile, x509} from './certs';
import {startTeleportPeer, type InRepoTeleportPeer} from './index';
import {call, clientsFromIdentity} from './test-client';
import type {AuthServiceClient} from '../../../server-bridge/src/teleport/proto/generated/proto/AuthService';
import {loadTeleportProtos} from '../../../server-bridge/src/teleport/proto/load';

let peer: InRepoTeleportPeer;
before(async () => {
  peer = await startTeleportPeer({clusterName: 'example.com', certTTLSeconds: 600});
});
after(async () => {
  await peer.stop();
});

async function expectCode(p: Promise<unknown>, code: grpc.status): Promise<void> {
  await assert.rejects(p, (e: grpc.ServiceError) => {
    assert.equal(e.code, code, `expected ${grpc.status[code]}, got ${grpc.status[e.code]}: ${e.details}`);
    return true;
  });
}

describe('identity files', () => {
  it('follow the tctl auth sign --format=file layout', () => {
    const text = readFileSync(peer.identityFile('alice'), 'utf8');
    const blocks = [...text.matchAll(/-----BEGIN ([A-Z ]+)-----/g)].map((m) => m[1]);
    assert.deepEqual(blocks, ['PRIVATE KEY', 'CERTIFICATE', 'CERTIFICATE']);
    const lines = text.split('\n');
    const sshIdx = lines.findIndex((l) => l.startsWith('ssh-ed25519-cert-v01@openssh.com AAAA'));
    const tlsIdx = lines.findIndex((l, i) => i > 0 && l === '-----BEGIN CERTIFICATE-----');
    const caLineIdx = lines.findIndex((l) => l.startsWith('@cert-authority '));
    const keyEnd = lines.indexOf('-----END PRIVATE KEY-----');
    assert.ok(keyEnd < sshIdx && sshIdx < tlsIdx && tlsIdx < caLineIdx, 'order: key, ssh cert, tls cert, @cert-authority, CA');

    const id = parseIdentityFile(text);
    const cert = new x509.X509Certificate(id.certPem);
    assert.equal(cert.subjectName.getField('CN')[0], 'alice');
    const ca = new x509.X509Certificate(id.caPems[0] ?? '');
    assert.equal(ca.subjectName.getField('CN')[0], 'example.com');
    assert.equal(ca.subjectName.getField('O')[0], 'example.com');
    const ttl = cert.notAfter.getTime() - Date.now();
    assert.ok(ttl > 500_000 && ttl <= 600_000, `certificate TTL should follow certTTLSeconds, got ${ttl} ms`);
  });

  it('still work after rotation, with a new certificate', async () => {
    const beforeRotation = parseIdentityFile(readFileSync(peer.identityFile('ivan'), 'utf8')).certPem;
    await peer.rotateIdentity('ivan', 120);
    const rotated = parseIdentityFile(readFileSync(peer.identityFile('ivan'), 'utf8')).certPem;
    assert.notEqual(rotated, beforeRotation);
    const c = clientsFromIdentity(peer.authAddr, peer.identityFile('ivan'));
    try {
      assert.equal((await call(c.auth, 'Ping', {})).ClusterName, 'example.com');
    } finally {
      c.close();
    }
  });

  it('come as a --format=tls trio that a client can use', async () => {
    const trio = await peer.writeTlsTrio('bridge');
    const creds = grpc.credentials.createSsl(readFileSync(trio.cas), readFileSync(trio.key), readFileSync(trio.crt));
    const {AuthService} = loadTeleportProtos();
    const client = new AuthService(peer.authAddr, creds, {'grpc.ssl_target_name_override': peer.serverName}) as unknown as AuthServiceClient;
    try {
      const pong = await call(client, 'Ping', {});
      assert.equal(pong.ClusterName, 'example.com');
    } finally {
      client.close();
    }
  });

  it('are refused when signed by another cluster', async () => {
    const other = await startTeleportPeer({clusterName: 'other.example.com', proxy: false});
    const c = clientsFromIdentity(peer.authAddr, other.identityFile('alice'));
    try {
      // The other cluster's CA does not trust this server either; either side ends the handshake.
      await expectCode(call(c.auth, 'Ping', {}), grpc.status.UNAVAILABLE);
    } finally {
      c.close();
      await other.stop();
    }
  });

  it('answer to the encoded cluster server name too', async () => {
    const c = clientsFromIdentity(peer.authAddr, peer.identityFile('bob'), {serverName: `${hexClusterName('example.com')}.teleport.cluster.local`});
    try {
      assert.equal((await call(c.auth, 'Ping', {})).ClusterName, 'example.com');
    } finally {
      c.close();
    }
  });
});

describe('proxy TLS routing', () => {
  it('uses the documented ALPN value', () => {
    assert.equal(authAlpnProtocol('example.com'), 'teleport-auth@6578616d706c652e636f6d.teleport.cluster.local');
  });

  it('forwards a gRPC client that offers the teleport-auth ALPN end to end', async () => {
    assert.ok(peer.proxyAddr);
    const c = clientsFromIdentity(peer.proxyAddr, peer.identityFile('bridge'), {alpnProtocols: [authAlpnProtocol('example.com'), 'h2']});
    try {
      const pong = await call(c.auth, 'Ping', {});
      assert.equal(pong.ClusterName, 'example.com');
    } finally {
      c.close();
    }
  });

  it('closes connections that do not ask for the auth route', async () => {
    assert.ok(peer.proxyAddr);
    const c = clientsFromIdentity(peer.proxyAddr, peer.identityFile('bridge'));
    try {
      await expectCode(call(c.auth, 'Ping', {}), grpc.status.UNAVAILABLE);
    } finally {
      c.close();
    }
    const [host, port] = peer.proxyAddr.split(':');
    const id = parseIdentityFile(readFileSync(peer.identityFile('bridge'), 'utf8'));
    const outcome = await new Promise<string>((resolve) => {
      const s = tls.connect({
        host,
        port: Number(port),
        servername: 'teleport.cluster.local',
        ALPNProtocols: [authAlpnProtocol('not-this-cluster'), 'h2'],
        ca: id.caPems,
        key: id.keyPem,
        cert: id.certPem,
      });
      s.on('secureConnect', () => {
        s.destroy();
        resolve('connected');
      });
      s.on('error', () => resolve('refused'));
      s.on('close', () => resolve('refused'));
    });
    assert.equal(outcome, 'refused');
  });
});

describe('faults', () => {
  it('fail the next calls of one method with the chosen code, then recover', async () => {
    const c = clientsFromIdentity(peer.authAddr, peer.identityFile('alice'));
    try {
      peer.faults.failNext('Ping', grpc.status.UNAVAILABLE, 2);
      await expectCode(call(c.auth, 'Ping', {}), grpc.status.UNAVAILABLE);
      // Another method is not affected.
      await call(c.users, 'GetUser', {current_user: true});
      await expectCode(call(c.auth, 'Ping', {}), grpc.status.UNAVAILABLE);
      assert.equal((await call(c.auth, 'Ping', {})).ClusterName, 'example.com');
    } finally {
      c.close();
    }
  });

  it('keep state across a restart on the same port and end open watches', async () => {
    const bob = clientsFromIdentity(peer.authAddr, peer.identityFile('bob'));
    const bridge = clientsFromIdentity(peer.authAddr, peer.identityFile('bridge'));
    try {
      const created = await call(bob.auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin']}});
      const stream = bridge.auth.WatchEvents({Kinds: [{Kind: 'access_request'}]});
      const ended = new Promise<grpc.ServiceError>((resolve) => stream.on('error', resolve));
      await new Promise<void>((resolve) => stream.once('data', () => resolve()));
      await peer.faults.restart();
      const err = await ended;
      assert.ok([grpc.status.UNAVAILABLE, grpc.status.CANCELLED, grpc.status.INTERNAL].includes(err.code), `stream ended with ${grpc.status[err.code]}`);
      const list = await call(bridge.auth, 'ListAccessRequests', {Filter: {ID: created.Metadata?.Name ?? ''}});
      assert.equal(list.AccessRequests.length, 1);
    } finally {
      bob.close();
      bridge.close();
    }
  });

  it('make a pending request expire on demand', async () => {
    const bob = clientsFromIdentity(peer.authAddr, peer.identityFile('bob'));
    try {
      const created = await call(bob.auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin']}});
      const id = created.Metadata?.Name ?? '';
      peer.faults.expire(id);
      const list = await call(bob.auth, 'ListAccessRequests', {Filter: {ID: id}});
      assert.equal(list.AccessRequests.length, 0);
    } finally {
      bob.close();
    }
  });
});
