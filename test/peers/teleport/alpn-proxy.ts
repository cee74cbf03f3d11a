/**
 * A Proxy-like TLS-routing listener. Teleport's Proxy peeks at the ClientHello,
 * routes `teleport-auth@<hex(cluster)>.teleport.cluster.local` to Auth and forwards the TLS
 * connection end to end (it does not terminate). This does the same with raw TCP: it buffers the
 * ClientHello, reads its ALPN extension, and either pipes the untouched bytes to the Auth port or
 * closes the connection. The handshake (SNI, client certificate, CA) is therefore exactly the one
 * Auth does; Auth itself selects `h2` from the client's list, as Teleport's clients offer both.
 */
import net from 'node:net';

/** Parses the ALPN protocol names out of a TLS ClientHello; null while more bytes are needed. */
export function parseClientHelloAlpn(buf: Buffer): {complete: false} | {complete: true; alpn: string[]; ok: boolean} {
  // Reassemble the handshake message from however many records carry it.
  const hs: Buffer[] = [];
  let off = 0;
  let have = 0;
  let need = -1;
  while (off + 5 <= buf.length) {
    if (buf[off] !== 0x16) return {complete: true, alpn: [], ok: false};
    const len = buf.readUInt16BE(off + 3);
    if (off + 5 + len > buf.length) return {complete: false};
    hs.push(buf.subarray(off + 5, off + 5 + len));
    have += len;
    off += 5 + len;
    const joined = Buffer.concat(hs);
    if (need < 0 && joined.length >= 4) {
      if (joined[0] !== 0x01) return {complete: true, alpn: [], ok: false};
      need = 4 + joined.readUIntBE(1, 3);
    }
    if (need >= 0 && have >= need) return parseHello(joined.subarray(4, need));
  }
  return {complete: false};
}

function parseHello(h: Buffer): {complete: true; alpn: string[]; ok: boolean} {
  try {
    let p = 2 + 32; // client_version, random
    p += 1 + h.readUInt8(p); // session_id
    p += 2 + h.readUInt16BE(p); // cipher_suites
    p += 1 + h.readUInt8(p); // compression_methods
    if (p >= h.length) return {complete: true, alpn: [], ok: true};
    const extEnd = p + 2 + h.readUInt16BE(p);
    p += 2;
    while (p + 4 <= extEnd) {
      const type = h.readUInt16BE(p);
      const len = h.readUInt16BE(p + 2);
      const body = h.subarray(p + 4, p + 4 + len);
      p += 4 + len;
      if (type !== 0x0010) continue;
      const alpn: string[] = [];
      let q = 2;
      while (q < body.length) {
        const l = body.readUInt8(q);
        alpn.push(body.subarray(q + 1, q + 1 + l).toString('utf8'));
        q += 1 + l;
      }
      return {complete: true, alpn, ok: true};
    }
    return {complete: true, alpn: [], ok: true};
  } catch {
    return {complete: true, alpn: [], ok: false};
  }
}

export interface AlpnProxy {
  addr: string;
  port: number;
  /** Connections refused because they did not offer the auth route. */
  refused(): number;
  close(): Promise<void>;
}

const MAX_HELLO_BYTES = 64 * 1024;

export async function startAlpnProxy(opts: {requiredAlpn: string; target: () => {host: string; port: number}; port?: number}): Promise<AlpnProxy> {
  let refused = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const parsed = parseClientHelloAlpn(buffered);
      if (!parsed.complete) {
        if (buffered.length > MAX_HELLO_BYTES) client.destroy();
        return;
      }
      client.off('data', onData);
      if (!parsed.ok || !parsed.alpn.includes(opts.requiredAlpn)) {
        refused++;
        client.destroy();
        return;
      }
      client.pause();
      const {host, port} = opts.target();
      const upstream = net.connect({host, port}, () => {
        upstream.write(buffered);
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
      sockets.add(upstream);
      upstream.on('close', () => {
        sockets.delete(upstream);
        client.destroy();
      });
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('alpn proxy: listener has no TCP address');
  return {
    addr: `127.0.0.1:${address.port}`,
    port: address.port,
    refused: () => refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
