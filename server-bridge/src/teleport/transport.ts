/**
 * How the bridge reaches the Teleport Auth Service, directly or through the Proxy Service.
 *
 * - `auth`: mTLS straight to Auth (port 3025), server name teleport.cluster.local.
 * - `proxy`: through the Proxy's TLS routing (443/3080, the only way on Teleport Cloud). The
 *   ClientHello must offer ALPN `teleport-auth@<hex(cluster)>.teleport.cluster.local` before `h2`;
 *   the Proxy forwards the TLS stream untouched to Auth, so the handshake is the same mTLS as above.
 *
 * Why a local shim for `proxy`: grpc-js 1.14 hard-codes `ALPNProtocols = ['h2']` in
 * channel-credentials.js (getConnectionOptions). The only way to change it is to subclass
 * ChannelCredentials and implement `_createSecureConnector`, an underscore-prefixed internal that
 * already changed shape between minor versions (it replaced `_getConnectionOptions` in 1.13), and
 * grpc-js offers no channel option or connection factory for ALPN. So grpc-js speaks plain h2c to
 * a Unix socket in a private (0700) temp directory, and the shim opens the real TLS connection
 * with our ALPN list and the client certificate for each accepted socket. A Unix socket rather
 * than 127.0.0.1 keeps other local users from borrowing the bridge's identity through the shim.
 * The shim reads the credentials at each new connection, so a reload applies to new connections.
 */
import {describe} from '../app/errors';
import {mkdtempSync, rmSync} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import * as grpc from '@grpc/grpc-js';
import type {Logger} from 'pino';
import type {TeleportCredentials} from './identity';
import {utcTime} from '../card/time';

export type TransportMode = 'auth' | 'proxy';

/** The name Auth's host certificate carries; Teleport's own client forces it. */
export const TELEPORT_SERVER_NAME = 'teleport.cluster.local';

/** ALPN protocol the Proxy routes to the Auth Service of `clusterName`. */
export function teleportAuthAlpn(clusterName: string): string {
  return `teleport-auth@${Buffer.from(clusterName, 'utf8').toString('hex')}.${TELEPORT_SERVER_NAME}`;
}

export interface TransportChannel {
  target: string;
  credentials: grpc.ChannelCredentials;
  options: grpc.ChannelOptions;
  close(): void;
}

// Auth enforces a minimum ping interval equal to its 5 min keep-alive; pinging more often gets a
// GOAWAY too_many_pings. Reconnect backoff is kept short so a watch resumes quickly.
const CHANNEL_OPTIONS: grpc.ChannelOptions = {
  'grpc.default_authority': TELEPORT_SERVER_NAME,
  'grpc.keepalive_time_ms': 300_000,
  'grpc.keepalive_timeout_ms': 20_000,
  'grpc.keepalive_permit_without_calls': 0,
  'grpc.initial_reconnect_backoff_ms': 100,
  'grpc.max_reconnect_backoff_ms': 5_000,
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
  // A credentials reload builds a new client; a shared (global) subchannel pool could hand it the
  // old connection, still authenticated with the old certificate.
  'grpc.use_local_subchannel_pool': 1,
  // Channelz (gRPC's introspection service) is never served by the bridge; with it on, grpc-js
  // keeps call counters and timestamps for every call on the channel and subchannel (issue 10:
  // per-card CPU).
  'grpc.enable_channelz': 0,
};

export function splitHostPort(addr: string): {host: string; port: number} {
  const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(addr.trim());
  if (!m?.[1] || !m[2]) throw new Error(`Teleport address "${addr}": expected host:port`);
  return {host: m[1], port: Number(m[2])};
}

export function directChannel(addr: string, credentials: TeleportCredentials, userAgent: string): TransportChannel {
  splitHostPort(addr);
  return {
    target: addr,
    credentials: grpc.credentials.createSsl(credentials.ca, credentials.key, credentials.cert),
    options: {...CHANNEL_OPTIONS, 'grpc.ssl_target_name_override': TELEPORT_SERVER_NAME, 'grpc.primary_user_agent': userAgent},
    close: () => {},
  };
}

export interface AlpnShim {
  /** grpc-js target for the shim, e.g. unix:/tmp/tma-xxxx/auth.sock */
  target: string;
  /**
   * Why the last connection to the Proxy failed (null once one succeeds). grpc-js only sees the
   * local socket close, so this is where the TLS error to explain lives.
   */
  lastFailure(): string | null;
  close(): void;
}

// Node's messages for a server certificate the trusted CAs did not sign.
const UNTRUSTED_SERVER =
  /self[- ]signed certificate|unable to verify the first certificate|unable to get (local )?issuer certificate|certificate signature failure|UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN/i;
// The server refused our client certificate (Go's TLS server sends bad_certificate for an
// expired or foreign client certificate).
const CLIENT_CERT_REFUSED = /alert bad certificate|alert certificate (expired|unknown|revoked)|alert unknown ca|SSLV3_ALERT_BAD_CERTIFICATE|alert number 4[2256]/i;
// The peer hung up inside the handshake: what a Proxy does when it has nowhere to route the ALPN.
const CLOSED_IN_HANDSHAKE = /socket disconnected before secure TLS connection|ECONNRESET|socket hang up/i;

/**
 * The part of a grpc-js / OpenSSL error text a person can read: grpc-js wraps the socket error
 * ("No connection established. Last error: … (time). Resolution note: "), OpenSSL prefixes codes
 * and source paths ("…:error:0A000415:SSL routines:ssl3_read_bytes:sslv3 alert certificate
 * expired:../deps/…:SSL alert number 45").
 */
export function readableTlsDetail(detail: string): string {
  let d = detail.replace(/^No connection established\. Last error: (Error: )?/, '').replace(/\s*Resolution note:.*$/s, '');
  d = d.replace(/\s*\(\d{4}-\d\d-\d\dT[^)]*\)/g, '');
  const openssl = /SSL routines:[^:]*:([^:]+):.*?SSL alert number (\d+)/s.exec(d);
  if (openssl) d = `${openssl[1]} (TLS alert ${openssl[2]})`;
  return d.trim();
}

/**
 * Turns a TLS failure into what an operator can act on, or null if it is not about credentials
 * or routing (then the raw message is the best there is).
 */
export function explainConnectionFailure(rawDetail: string, c: TeleportCredentials, addr: string, mode: TransportMode): string | null {
  const detail = readableTlsDetail(rawDetail);
  const who = `${c.origin} (user "${c.user}", cluster "${c.clusterName}", valid until ${utcTime(c.notAfter)})`;
  if (UNTRUSTED_SERVER.test(detail)) {
    return `Teleport at ${addr} presented a certificate the CA in ${who} did not sign: the identity is from another cluster, or teleport.addr points at another cluster; issue the identity from the cluster at ${addr} (${detail})`;
  }
  if (CLIENT_CERT_REFUSED.test(detail)) {
    return `Teleport at ${addr} refused the bridge's client certificate ${who}: it is expired or was issued by another cluster; renew it or issue it from this cluster (${detail})`;
  }
  if (mode === 'proxy' && CLOSED_IN_HANDSHAKE.test(detail)) {
    return `the Proxy at ${addr} closed the connection during the TLS handshake for ALPN ${teleportAuthAlpn(c.clusterName)}: it has no cluster "${c.clusterName}", so ${c.origin} is from another cluster, or teleport.addr is not a Teleport Proxy with TLS routing; issue the identity from the Proxy's cluster (${detail})`;
  }
  return null;
}

/** Starts the local h2c→TLS shim towards the Proxy. `credentials` is read at each new connection. */
export function startAlpnShim(proxyAddr: string, credentials: () => TeleportCredentials, logger: Logger): AlpnShim {
  const {host, port} = splitHostPort(proxyAddr);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tma-teleport-'));
  const socketPath = path.join(dir, 'auth.sock');
  const open = new Set<net.Socket>();
  let lastFailure: string | null = null;
  const server = net.createServer((local) => {
    let c: TeleportCredentials;
    try {
      c = credentials();
    } catch (err) {
      // The credential source has already logged what is wrong with the file.
      lastFailure = (err as Error).message;
      local.destroy();
      return;
    }
    const remote = tls.connect({
      host,
      port,
      servername: TELEPORT_SERVER_NAME,
      ALPNProtocols: [teleportAuthAlpn(c.clusterName), 'h2'],
      key: c.key,
      cert: c.cert,
      ca: c.ca,
    });
    open.add(local).add(remote);
    const done = (): void => {
      open.delete(local);
      open.delete(remote);
      local.destroy();
      remote.destroy();
    };
    remote.once('secureConnect', () => {
      lastFailure = null;
      logger.debug({proxy: proxyAddr, alpn: remote.alpnProtocol}, 'Teleport proxy connection established');
    });
    remote.on('error', (err: Error) => {
      const explained = explainConnectionFailure(err.message, c, proxyAddr, 'proxy') ?? err.message;
      // Debug only: the call that needed the connection reports this failure (see client.ts).
      if (explained !== lastFailure) logger.debug({proxy: proxyAddr, err: explained}, 'Teleport proxy connection failed');
      lastFailure = explained;
      done();
    });
    local.on('error', done);
    remote.on('close', done);
    local.on('close', done);
    // Bytes grpc-js writes before the handshake completes are buffered by the TLS socket.
    local.pipe(remote);
    remote.pipe(local);
  });
  server.on('error', (err) => logger.error({err: describe(err), socketPath}, 'Teleport proxy shim failed'));
  // A Unix-socket listen binds synchronously, so grpc-js can connect as soon as this returns.
  server.listen(socketPath);
  server.unref();
  return {
    target: `unix:${socketPath}`,
    lastFailure: () => lastFailure,
    close() {
      server.close();
      for (const s of open) s.destroy();
      rmSync(dir, {recursive: true, force: true});
    },
  };
}

export function shimChannel(shim: AlpnShim, userAgent: string): TransportChannel {
  return {
    target: shim.target,
    credentials: grpc.credentials.createInsecure(),
    options: {...CHANNEL_OPTIONS, 'grpc.primary_user_agent': userAgent},
    close: () => {},
  };
}
