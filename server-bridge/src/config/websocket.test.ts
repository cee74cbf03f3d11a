import assert from 'node:assert/strict';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {after, describe, it} from 'node:test';
import pino from 'pino';
import {WebSocketServer, type RawData, type WebSocket} from 'ws';
import {eventOf, listenForConfigChanges, websocketUrl} from './websocket';

const quiet = pino({level: 'silent'});

async function until(what: string, probe: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A stand-in for Mattermost's /api/v4/websocket: checks the bot token, says hello, sends events. */
async function fakeMattermost(token: string) {
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({noServer: true});
  const sockets: WebSocket[] = [];
  let seq = 0;
  server.on('upgrade', (req, sock, head) => {
    // The refused client may reset the connection before reading the 401 (CI saw ECONNRESET here,
    // unhandled, fail the test): the fake server's socket, not the bridge's.
    sock.on('error', () => undefined);
    if (!req.url?.startsWith('/api/v4/websocket') || req.headers.authorization !== `Bearer ${token}`) {
      sock.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, sock, head, (ws) => {
      sockets.push(ws);
      ws.send(JSON.stringify({event: 'hello', data: {connection_id: 'c1', server_version: '10.11.0'}, seq: seq++}));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    sockets,
    broadcast(event: string) {
      for (const s of sockets) s.send(JSON.stringify({event, data: {config: {}}, broadcast: {}, seq: seq++}));
    },
    dropAll() {
      for (const s of sockets.splice(0)) s.terminate();
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.terminate();
        wss.close();
        server.close(() => r());
      }),
  };
}

describe('config_changed listener', () => {
  const cleanups: (() => unknown)[] = [];
  after(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('names the event of a frame, from its start when Mattermost wrote the name first', () => {
    const posted = JSON.stringify({event: 'posted', data: {post: JSON.stringify({id: 'p', message: 'ünïcode "event":"config_changed"'})}, broadcast: {}, seq: 3});
    const rows: [string, RawData, string | null][] = [
      ['a post event, name first', Buffer.from(posted), 'posted'],
      ['config_changed in fragments', [Buffer.from('{"event":"config_'), Buffer.from('changed","data":{}}')], 'config_changed'],
      ['the name after other keys (full parse)', Buffer.from('{"seq":1,"event":"hello","data":{}}'), 'hello'],
      ['a reply to our own action', Buffer.from('{"status":"OK","seq_reply":1}'), null],
      ['not JSON', Buffer.from('not json'), null],
    ];
    for (const [what, raw, name] of rows) assert.equal(eventOf(raw), name, what);
  });

  it('derives the websocket URL from the site URL, keeping a subpath', () => {
    assert.equal(websocketUrl('https://chat.example.com'), 'wss://chat.example.com/api/v4/websocket');
    assert.equal(websocketUrl('http://10.0.0.5:8065/mm/'), 'ws://10.0.0.5:8065/mm/api/v4/websocket');
  });

  it('re-reads settings on config_changed, and once after a reconnection, not on other events', async () => {
    const mm = await fakeMattermost('bot-token');
    cleanups.push(mm.close);
    let reads = 0;
    const listener = listenForConfigChanges({mattermostUrl: mm.url, token: 'bot-token', logger: quiet, onConfigChanged: () => reads++, minRetryMs: 20, maxRetryMs: 50});
    cleanups.push(() => listener.close());
    await until('connected', () => listener.connected);
    assert.equal(reads, 0, 'the first hello needs no re-read: the bridge just read the settings');

    mm.broadcast('posted');
    mm.broadcast('config_changed');
    await until('one re-read', () => reads === 1);

    mm.dropAll();
    await until('reconnected and re-read', () => listener.connected && reads === 2);
    mm.broadcast('config_changed');
    await until('re-read on the new connection', () => reads === 3);
  });

  it('a refused token or a server without a websocket never throws; it keeps retrying until closed', async () => {
    const mm = await fakeMattermost('right-token');
    cleanups.push(mm.close);
    const lines: string[] = [];
    const logger = pino({level: 'debug'}, {write: (l: string) => void lines.push(l)});
    const listener = listenForConfigChanges({
      mattermostUrl: mm.url,
      token: 'wrong-token',
      logger,
      onConfigChanged: () => assert.fail('no event expected'),
      minRetryMs: 10,
      maxRetryMs: 20,
    });
    await until('several attempts', () => lines.length >= 3);
    assert.equal(listener.connected, false);
    const infos = lines.map((l) => JSON.parse(l) as {level: number; msg: string; reason?: string}).filter((l) => l.level === 30);
    assert.equal(infos.length, 1, 'the outage is logged once at info, then at debug');
    assert.match(infos[0]!.msg, /arrive by polling/);
    assert.match(infos[0]!.reason ?? '', /401/);
    listener.close();
    const count = lines.length;
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(lines.length, count, 'no attempts after close()');
  });
});
