/**
 * The peer's /api/v4/websocket, the part of Mattermost's (app/platform/web_conn.go) the bridge
 * listens to: a session authenticates with the upgrade's Authorization header (or MMAUTHTOKEN
 * cookie) or with an `authentication_challenge` message, hears `hello`, and then every broadcast
 * event. Only `config_changed` is broadcast today: Mattermost sends it to every connection after
 * a config save, with the client config and no plugin values.
 */
import type {IncomingMessage, Server} from 'node:http';
import type {Duplex} from 'node:stream';

import WebSocket, {WebSocketServer} from 'ws';
import {z} from 'zod';

import {newId} from './ids';
import type {PeerState} from './state';

export interface PeerEvents {
  /** Sends one event to every authenticated connection, as Mattermost's Publish with an empty broadcast does. */
  broadcast(event: string, data: Record<string, unknown>): void;
  /** Cuts every connection (outages and stop: upgraded sockets keep a closing server waiting). */
  dropAll(): void;
  /** Authenticated connections now open. */
  readonly connections: number;
}

const challenge = z.object({seq: z.number(), action: z.literal('authentication_challenge'), data: z.object({token: z.string()})});

/** ws hands over a Buffer unless told otherwise; its type also allows fragments and ArrayBuffers. */
function textOf(raw: WebSocket.RawData): string {
  return (Array.isArray(raw) ? Buffer.concat(raw) : Buffer.isBuffer(raw) ? raw : Buffer.from(raw)).toString('utf8');
}

function tokenFrom(req: IncomingMessage): string | null {
  const header = /^(?:bearer|token)\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? '');
  if (header?.[1]) return header[1];
  const cookie = /(?:^|;\s*)MMAUTHTOKEN=([^;]+)/.exec(req.headers.cookie ?? '');
  return cookie?.[1] ?? null;
}

export function attachWebsocket(server: Server, state: PeerState, serverVersion: string): PeerEvents {
  const wss = new WebSocketServer({noServer: true});
  /** Authenticated connections and the sequence number of the next event each hears. */
  const open = new Map<WebSocket, {seq: number}>();
  const userOf = (token: string | null) => {
    const id = token === null ? undefined : state.tokens.get(token);
    const user = id === undefined ? undefined : state.users.get(id);
    return user && user.deleteAt === 0 ? user : null;
  };
  const send = (ws: WebSocket, event: string, data: Record<string, unknown>, broadcastTo: Record<string, unknown> = {}) => {
    const conn = open.get(ws);
    if (!conn || ws.readyState !== WebSocket.OPEN) return;
    ws.send(JSON.stringify({event, data, broadcast: {omit_users: null, user_id: '', channel_id: '', team_id: '', ...broadcastTo}, seq: conn.seq++}));
  };
  const welcome = (ws: WebSocket, userId: string) => {
    open.set(ws, {seq: 0});
    send(ws, 'hello', {server_version: serverVersion, connection_id: newId()}, {user_id: userId});
  };

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node's HTTP server drops its own error handler on upgrade: a client that resets the
    // connection (one refused with 401 may) must not become an unhandled error in the peer.
    socket.on('error', () => undefined);
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/api/v4/websocket') {
      socket.destroy();
      return;
    }
    const token = tokenFrom(req);
    const user = userOf(token);
    // A token that does not sign in is refused at the upgrade, as Mattermost answers 401.
    if (token !== null && !user) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (user) welcome(ws, user.id);
      ws.on('message', (raw) => {
        if (open.has(ws)) return;
        let parsed;
        try {
          parsed = challenge.safeParse(JSON.parse(textOf(raw)));
        } catch {
          return;
        }
        if (!parsed.success) return;
        const who = userOf(parsed.data.data.token);
        if (!who) {
          ws.close(1008, 'authentication failed');
          return;
        }
        ws.send(JSON.stringify({status: 'OK', seq_reply: parsed.data.seq}));
        welcome(ws, who.id);
      });
      ws.on('close', () => open.delete(ws));
    });
  });

  return {
    broadcast(event, data) {
      for (const ws of open.keys()) send(ws, event, data);
    },
    dropAll() {
      for (const ws of wss.clients) ws.terminate();
      open.clear();
    },
    get connections() {
      return open.size;
    },
  };
}
