/**
 * What the real Teleport Proxy (13.3.8, TLS routing on one multiplexed port) answers the bridge's
 * `mode = "proxy"` path: ALPN negotiated, the certificate behind the route, and the errors for a
 * wrong cluster name, a missing client certificate, an identity from another cluster and an
 * expired one. Not named *.test.ts: the default suite does not run it.
 *
 *   node --import tsx --test test/peers/real/teleport-proxy.smoke.ts
 *
 * Observations go to test-artifacts/real-teleport-proxy-observations.json (summarised in
 * test/peers/real/README.md).
 */
import assert from 'node:assert/strict';
import {X509Certificate} from 'node:crypto';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import http2 from 'node:http2';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import {after, before, describe, it} from 'node:test';
import pino from 'pino';
import {createTeleportClient} from '../../../server-bridge/src/teleport/client';
import {staticCredentials} from '../../../server-bridge/src/teleport/credential-source';
import {loadCredentials, type TeleportCredentials} from '../../../server-bridge/src/teleport/identity';
import {TeleportError, type RequestEvent, type TeleportPort} from '../../../server-bridge/src/teleport/port';
import {splitHostPort, TELEPORT_SERVER_NAME, teleportAuthAlpn} from '../../../server-bridge/src/teleport/transport';
import {MAPPING_TRAIT} from '../story';
import {startRealTeleport, type RealTeleportPeer} from './teleport';

const observations: Record<string, unknown> = {};
const observe = (key: string, value: unknown) => {
  observations[key] = value;
};
const logger = pino({level: 'silent'});

interface TlsOutcome {
  ok: boolean;
  alpn?: string | false | null;
  authorized?: boolean;
  authorizationError?: string;
  serverSubject?: string;
  serverSan?: string;
  serverIssuer?: string;
  error?: string;
  socket?: tls.TLSSocket;
}

/** One TLS handshake with the Proxy, reporting what was negotiated (or how it failed). */
function handshake(addr: string, opts: {alpn: string[]; creds?: TeleportCredentials; ca?: Buffer; servername?: string; keep?: boolean}): Promise<TlsOutcome> {
  const {host, port} = splitHostPort(addr);
  return new Promise((resolve) => {
    const socket = tls.connect({
      host,
      port,
      servername: opts.servername ?? TELEPORT_SERVER_NAME,
      ALPNProtocols: opts.alpn,
      ...(opts.creds ? {key: opts.creds.key, cert: opts.creds.cert} : {}),
      ...((opts.ca ?? opts.creds) ? {ca: opts.ca ?? opts.creds!.ca} : {}),
      rejectUnauthorized: false,
    });
    socket.once('secureConnect', () => {
      const peer = socket.getPeerX509Certificate();
      const outcome: TlsOutcome = {
        ok: true,
        alpn: socket.alpnProtocol,
        authorized: socket.authorized,
        ...(socket.authorizationError ? {authorizationError: String(socket.authorizationError)} : {}),
        ...(peer ? {serverSubject: peer.subject.replace(/\n/g, ', '), serverSan: peer.subjectAltName ?? '', serverIssuer: peer.issuer.replace(/\n/g, ', ')} : {}),
      };
      if (opts.keep) outcome.socket = socket;
      else socket.end();
      resolve(outcome);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve({ok: false, error: `${err.code ?? ''} ${err.message}`.trim()}));
  });
}

/** A unary gRPC call with an empty request over an established TLS socket: what the server says to that connection. */
function grpcCallOver(socket: tls.TLSSocket, method: string): Promise<{httpStatus?: number; grpcStatus?: string; grpcMessage?: string; error?: string}> {
  return new Promise((resolve) => {
    const session = http2.connect(`https://${TELEPORT_SERVER_NAME}`, {createConnection: () => socket});
    session.on('error', (err: Error) => resolve({error: err.message}));
    const req = session.request({':method': 'POST', ':path': `/proto.AuthService/${method}`, 'content-type': 'application/grpc', te: 'trailers'});
    const result: {httpStatus?: number; grpcStatus?: string; grpcMessage?: string} = {};
    req.on('response', (received) => {
      const headers = received as Record<string, string | string[] | number | undefined>;
      result.httpStatus = Number(headers[':status']);
      if (headers['grpc-status'] !== undefined) result.grpcStatus = String(headers['grpc-status']);
      if (headers['grpc-message'] !== undefined) result.grpcMessage = decodeURIComponent(String(headers['grpc-message']));
    });
    req.on('trailers', (received) => {
      const trailers = received as Record<string, string | string[] | undefined>;
      if (trailers['grpc-status'] !== undefined) result.grpcStatus = String(trailers['grpc-status']);
      if (trailers['grpc-message'] !== undefined) result.grpcMessage = decodeURIComponent(String(trailers['grpc-message']));
    });
    req.on('data', () => {});
    req.on('end', () => {
      session.close();
      resolve(result);
    });
    req.on('error', (err: Error) => {
      session.destroy();
      resolve({...result, error: err.message});
    });
    // An empty request message: no compression flag, zero length.
    req.end(Buffer.alloc(5));
  });
}

async function failureOf(p: Promise<unknown>): Promise<{kind: string; message: string}> {
  try {
    await p;
  } catch (err) {
    return {kind: err instanceof TeleportError ? err.kind : 'Error', message: (err as Error).message};
  }
  assert.fail('expected the call to fail');
}

describe('real Teleport Proxy (TLS routing)', {timeout: 30 * 60_000}, () => {
  let dir: string;
  let peer: RealTeleportPeer;
  let bridgeCreds: TeleportCredentials;
  const clients: TeleportPort[] = [];
  const client = (addr: string, mode: 'auth' | 'proxy', creds: TeleportCredentials): TeleportPort => {
    const c = createTeleportClient({addr, mode, credentials: staticCredentials(creds), logger, pluginName: 'proxy-smoke', callTimeoutMs: 5_000});
    clients.push(c);
    return c;
  };

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'real-teleport-proxy-'));
    peer = await startRealTeleport({dir, traits: {alice: {[MAPPING_TRAIT]: ['mm-alice']}}});
    bridgeCreds = loadCredentials({identityFile: peer.identityFile('bridge')});
    observe('harness', {version: peer.version, clusterName: peer.clusterName, authAddr: peer.authAddr, proxyAddr: peer.proxyAddr});
  });

  after(async () => {
    for (const c of clients) c.close();
    await peer?.stop();
    await mkdir('test-artifacts', {recursive: true});
    await writeFile('test-artifacts/real-teleport-proxy-observations.json', JSON.stringify(observations, null, 2));
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it('serves the web API on the same port and says TLS routing is on', async () => {
    const ping = await new Promise<Record<string, unknown>>((resolve, reject) => {
      https
        .get(`https://${peer.proxyAddr}/webapi/ping`, {rejectUnauthorized: false}, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({status: res.statusCode, body: JSON.parse(body) as unknown}));
        })
        .on('error', reject);
    });
    const body = ping['body'] as {proxy?: {tls_routing_enabled?: boolean}; server_version?: string; cluster_name?: string};
    observe('webapiPing', {status: ping['status'], tls_routing_enabled: body.proxy?.tls_routing_enabled, server_version: body.server_version, cluster_name: body.cluster_name});
    assert.equal(ping['status'], 200);
    assert.equal(body.proxy?.tls_routing_enabled, true);
  });

  it('routes teleport-auth@<hex cluster> to Auth unterminated: Auth’s own certificate, ALPN h2', async () => {
    const alpn = teleportAuthAlpn(peer.clusterName);
    const out = await handshake(peer.proxyAddr, {alpn: [alpn, 'h2'], creds: bridgeCreds});
    observe('authRoute', {offered: [alpn, 'h2'], ...out});
    assert.equal(out.ok, true, out.error);
    assert.equal(out.authorized, true, `Auth's certificate verifies against the identity's CA: ${out.authorizationError}`);
    assert.match(out.serverSan ?? '', /teleport\.cluster\.local/);
    // What the web listener presents to a browser, for contrast: the Proxy's own (self-signed) certificate.
    const web = await handshake(peer.proxyAddr, {alpn: ['h2', 'http/1.1'], servername: 'localhost'});
    observe('webRoute', {offered: ['h2', 'http/1.1'], ...web});
  });

  it('carries the bridge’s calls and watch through the shim: Ping, list, users, plugin data, WatchEvents', async () => {
    const bridge = client(peer.proxyAddr, 'proxy', bridgeCreds);
    const ping = await bridge.ping();
    assert.equal(ping.clusterName, peer.clusterName);
    assert.equal(ping.serverVersion, peer.version);
    const events: RequestEvent[] = [];
    const watch = bridge.watchRequests((e) => events.push(e));
    const deadline = Date.now() + 15_000;
    while (!events.some((e) => e.type === 'init') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(
      events.some((e) => e.type === 'init'),
      'watch INIT through the Proxy',
    );
    const bob = client(peer.proxyAddr, 'proxy', loadCredentials({identityFile: peer.identityFile('bob')}));
    const created = await bob.createRequest({user: 'bob', roles: ['dbadmin'], reason: 'proxy smoke', suggestedReviewers: [], maxDuration: null, dryRun: false});
    while (!events.some((e) => e.type === 'put' && e.request.id === created.id) && Date.now() < deadline + 10_000) await new Promise((r) => setTimeout(r, 50));
    assert.ok(
      events.some((e) => e.type === 'put' && e.request.id === created.id),
      'PUT for the new request through the Proxy',
    );
    const listed = await bridge.listRequests({state: 'PENDING'});
    assert.ok(listed.some((r) => r.id === created.id));
    await bridge.updatePluginData(created.id, 'proxy-smoke', {posts: '[]'}, {});
    assert.deepEqual(await bridge.getPluginData(created.id, 'proxy-smoke'), {posts: '[]'});
    const alice = await bridge.getUser('alice');
    assert.deepEqual(alice?.traits[MAPPING_TRAIT], ['mm-alice']);
    watch.close();
    observe('bridgeThroughProxy', {ping, events: events.map((e) => e.type), listed: listed.length, userMapping: alice?.traits[MAPPING_TRAIT]});
  });

  it('records a wrong cluster name in the ALPN route', async () => {
    const alpn = teleportAuthAlpn('other.example.com');
    const out = await handshake(peer.proxyAddr, {alpn: [alpn, 'h2'], creds: bridgeCreds});
    observe('wrongClusterAlpn', {offered: [alpn, 'h2'], ...out});
    assert.equal(out.ok, false, 'the Proxy has nowhere to route it');
  });

  it('records a connection without a client certificate', async () => {
    const calls: Record<string, unknown> = {};
    let shown: Omit<TlsOutcome, 'socket'> = {ok: false};
    // Ping is open to anyone (tsh pings before login); GetCurrentUser needs an identity.
    for (const method of ['Ping', 'GetCurrentUser']) {
      const {socket, ...rest} = await handshake(peer.proxyAddr, {alpn: [teleportAuthAlpn(peer.clusterName), 'h2'], ca: bridgeCreds.ca, keep: true});
      shown = rest;
      calls[method] = socket ? await grpcCallOver(socket, method) : null;
      socket?.destroy();
    }
    observe('noClientCertificate', {...shown, calls});
    assert.equal(shown.ok, true, 'Auth asks for a client certificate but does not require one in the handshake');
    assert.notEqual((calls['GetCurrentUser'] as {grpcStatus?: string}).grpcStatus, '0', 'no identity, no user');
  });

  it('says clearly when the identity is from another cluster, or expired', async () => {
    const foreignFile = path.join(dir, 'foreign-bridge');
    await peer.identities.foreign('bridge', foreignFile);
    const foreign = loadCredentials({identityFile: foreignFile});
    const expiredFile = path.join(dir, 'expired-bridge');
    await peer.identities.reissue('bridge', {path: expiredFile, ttlSeconds: 1});
    await new Promise((r) => setTimeout(r, 1500));
    const expired = loadCredentials({identityFile: expiredFile});
    const seen: Record<string, {kind: string; message: string}> = {};
    for (const mode of ['proxy', 'auth'] as const) {
      const addr = mode === 'proxy' ? peer.proxyAddr : peer.authAddr;
      seen[`foreign-${mode}`] = await failureOf(client(addr, mode, foreign).ping());
      seen[`expired-${mode}`] = await failureOf(client(addr, mode, expired).ping());
    }
    observe('badCredentials', {foreignCluster: foreign.clusterName, expiredNotAfter: expired.notAfter.toISOString(), ...seen});
    assert.match(seen['foreign-proxy']!.message, /another cluster/);
    assert.match(seen['foreign-auth']!.message, /another cluster/);
    for (const mode of ['proxy', 'auth']) assert.equal(seen[`expired-${mode}`]!.kind, 'ConnectionProblem');
    // Keep X509Certificate in use for the record: the expired certificate's own dates.
    observe('expiredCertificate', {validFrom: new X509Certificate(expired.cert).validFrom, validTo: new X509Certificate(expired.cert).validTo});
  });
});
