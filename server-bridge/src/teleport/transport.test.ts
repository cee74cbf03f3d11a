import 'reflect-metadata';
import assert from 'node:assert/strict';
import net from 'node:net';
import tls from 'node:tls';
import {after, before, describe, it} from 'node:test';
import * as grpc from '@grpc/grpc-js';
import pino from 'pino';
import {createClusterCA, issueServerCert, issueUserCert, renderIdentityFile, type ClusterCA} from '../../../test/peers/teleport/certs';
import {createTeleportClient} from './client';
import {staticCredentials} from './credential-source';
import {parseIdentityFile, type TeleportCredentials} from './identity';
import {TeleportError} from './port';
import {loadTeleportProtos} from './proto/load';
import {readableTlsDetail, TELEPORT_SERVER_NAME, teleportAuthAlpn} from './transport';

const logger = pino({level: 'silent'});

describe('teleportAuthAlpn', () => {
  it('encodes the cluster name in hex as Teleport routes it', () => {
    assert.equal(teleportAuthAlpn('example.com'), 'teleport-auth@6578616d706c652e636f6d.teleport.cluster.local');
  });
  it('encodes non-ASCII names byte by byte (UTF-8)', () => {
    assert.equal(teleportAuthAlpn('é'), 'teleport-auth@c3a9.teleport.cluster.local');
  });
});

/**
 * A Proxy stand-in that refuses any ClientHello without the teleport-auth@ ALPN for `cluster`,
 * does the mTLS handshake as Auth would, and hands the decrypted bytes to a plain gRPC server.
 */
interface Front {
  addr: string;
  seen: {protocols: string[]; servername: string; clientCN: string}[];
  close(): void;
}

async function startFront(ca: ClusterCA, server: {certPem: string; keyPem: string}, cluster: string, backendPort: number): Promise<Front> {
  const seen: Front['seen'] = [];
  const expected = teleportAuthAlpn(cluster);
  let pending: {protocols: string[]; servername: string} | null = null;
  const front = tls.createServer(
    {
      key: server.keyPem,
      cert: server.certPem,
      ca: ca.certPem,
      requestCert: true,
      rejectUnauthorized: true,
      ALPNCallback: ({servername, protocols}) => {
        pending = {protocols, servername};
        // undefined refuses the handshake with no_application_protocol, as the Proxy's router would.
        return protocols.includes(expected) ? 'h2' : undefined;
      },
    },
    (socket) => {
      const cn = socket.getPeerCertificate().subject?.CN;
      seen.push({...(pending ?? {protocols: [], servername: ''}), clientCN: Array.isArray(cn) ? cn.join(',') : (cn ?? '')});
      const backend = net.connect(backendPort, '127.0.0.1');
      socket.pipe(backend).pipe(socket);
      socket.on('error', () => backend.destroy());
      backend.on('error', () => socket.destroy());
    },
  );
  front.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const {port} = front.address() as net.AddressInfo;
  return {addr: `127.0.0.1:${port}`, seen, close: () => front.close()};
}

describe('proxy mode (TLS routing ALPN through the local shim)', () => {
  let ca: ClusterCA;
  let creds: TeleportCredentials;
  let backend: grpc.Server;
  let backendPort: number;
  let good: Front;
  let otherCluster: Front;

  before(async () => {
    ca = await createClusterCA('story.example.com');
    const serverCert = await issueServerCert(ca);
    const user = await issueUserCert(ca, 'mattermost-bridge', 3600);
    creds = parseIdentityFile(renderIdentityFile(user, ca), 'bridge-identity');
    const {AuthService} = loadTeleportProtos();
    backend = new grpc.Server();
    backend.addService(AuthService.service, {
      Ping: (_call: unknown, cb: grpc.sendUnaryData<object>) =>
        cb(null, {ClusterName: 'story.example.com', ServerVersion: '18.11.0', ServerFeatures: {AdvancedAccessWorkflows: true}}),
    });
    backendPort = await new Promise<number>((resolve, reject) =>
      backend.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port))),
    );
    good = await startFront(ca, serverCert, 'story.example.com', backendPort);
    otherCluster = await startFront(ca, serverCert, 'other.example.com', backendPort);
  });
  after(() => {
    good.close();
    otherCluster.close();
    backend.forceShutdown();
  });

  it('offers teleport-auth@<hex(cluster)> before h2, with SNI teleport.cluster.local and the client certificate', async () => {
    const client = createTeleportClient({addr: good.addr, mode: 'proxy', credentials: staticCredentials(creds), logger, pluginName: 'mattermost'});
    try {
      const info = await client.ping();
      assert.equal(info.clusterName, 'story.example.com');
      assert.equal(info.onBehalfReviews, true);
      const hello = good.seen.at(-1);
      assert.deepEqual(hello?.protocols, [teleportAuthAlpn('story.example.com'), 'h2']);
      assert.equal(hello?.servername, TELEPORT_SERVER_NAME);
      assert.equal(hello?.clientCN, 'mattermost-bridge');
    } finally {
      client.close();
    }
  });

  it('fails as a connection problem when the proxy has no route for our cluster', async () => {
    const client = createTeleportClient({addr: otherCluster.addr, mode: 'proxy', credentials: staticCredentials(creds), logger, pluginName: 'mattermost', callTimeoutMs: 3000});
    try {
      await assert.rejects(client.ping(), (err: unknown) => err instanceof TeleportError && err.kind === 'ConnectionProblem');
      assert.equal(otherCluster.seen.length, 0);
    } finally {
      client.close();
    }
  });
});

describe('readableTlsDetail', () => {
  it('keeps what a person can read of grpc-js and OpenSSL error texts', () => {
    assert.equal(
      readableTlsDetail(
        'No connection established. Last error: 80FCA564AC7F0000:error:0A000415:SSL routines:ssl3_read_bytes:sslv3 alert certificate expired:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1601:SSL alert number 45\n (2026-12-02T05:18:24.489Z). Resolution note: ',
      ),
      'sslv3 alert certificate expired (TLS alert 45)',
    );
    assert.equal(
      readableTlsDetail('No connection established. Last error: Error: unable to verify the first certificate. Resolution note: '),
      'unable to verify the first certificate.',
    );
    assert.equal(
      readableTlsDetail('Client network socket disconnected before secure TLS connection was established'),
      'Client network socket disconnected before secure TLS connection was established',
    );
  });
});
