/**
 * The fault proxy in front of the real Mattermost, exercised against a small stand-in server that
 * counts what reached it: what a client sees for each rule, and whether the server saw the request.
 */
import assert from 'node:assert/strict';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {after, before, beforeEach, describe, it} from 'node:test';
import WebSocket, {WebSocketServer} from 'ws';
import {startFaultProxy, type FaultProxy} from './fault-proxy';

describe('fault proxy', () => {
  let upstream: Server;
  let proxy: FaultProxy;
  let seen: string[] = [];
  let serverUp = true;
  let restarts = 0;

  before(async () => {
    upstream = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push(`${req.method} ${req.url} ${body}`);
        res.writeHead(201, {'content-type': 'application/json', 'x-version-id': '11.4.0'});
        res.end(JSON.stringify({id: 'p1', echo: body}));
      });
    });
    const wss = new WebSocketServer({server: upstream});
    wss.on('connection', (ws) => ws.send(JSON.stringify({event: 'hello'})));
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    proxy = await startFaultProxy({
      upstream: {host: '127.0.0.1', port: (upstream.address() as AddressInfo).port},
      stopServer: async () => {
        serverUp = false;
      },
      startServer: async () => {
        serverUp = true;
        restarts++;
      },
    });
  });
  after(async () => {
    await proxy.close();
    upstream.closeAllConnections();
    await new Promise((r) => upstream.close(r));
  });
  beforeEach(() => {
    proxy.reset();
    seen = [];
  });

  const post = (path: string, body = '{"message":"hi"}') => fetch(`${proxy.url}${path}`, {method: 'POST', headers: {'content-type': 'application/json'}, body});

  it('passes requests and answers through untouched', async () => {
    const res = await post('/api/v4/posts?x=1');
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('x-version-id'), '11.4.0');
    assert.deepEqual(await res.json(), {id: 'p1', echo: '{"message":"hi"}'});
    assert.deepEqual(seen, ['POST /api/v4/posts?x=1 {"message":"hi"}']);
  });

  it('failNext: an AppError JSON for the next n matching requests, then the server again', async () => {
    proxy.failNext('/api/v4/posts', 503, 2);
    const first = await post('/api/v4/posts');
    assert.equal(first.status, 503);
    assert.equal(((await first.json()) as {status_code: number}).status_code, 503);
    assert.equal((await post('/api/v4/posts/abc/patch')).status, 503);
    assert.equal((await post('/api/v4/users')).status, 201, 'other routes are not faulted');
    assert.equal((await post('/api/v4/posts')).status, 201);
    assert.equal(seen.length, 2, 'the faulted requests never reached the server');
  });

  it('429 is the rate limiter’s plain text with Retry-After', async () => {
    proxy.add({path: '/api/v4/posts', status: 429, retryAfterSeconds: 3, count: 1});
    const res = await post('/api/v4/posts');
    assert.equal(res.status, 429);
    assert.equal(res.headers.get('retry-after'), '3');
    assert.equal(await res.text(), 'limit exceeded\n');
  });

  it('a rule matches by method and RegExp, and its remover ends it', async () => {
    const remove = proxy.add({method: 'PUT', path: /^\/api\/v4\/posts\/\w+\/patch$/, status: 500});
    assert.equal((await post('/api/v4/posts/abc/patch')).status, 201, 'POST is not PUT');
    const put = () => fetch(`${proxy.url}/api/v4/posts/abc/patch`, {method: 'PUT', body: '{}'});
    assert.equal((await put()).status, 500);
    assert.equal((await put()).status, 500, 'no count: every match while active');
    remove();
    assert.equal((await put()).status, 201);
  });

  it("phase 'after': the server handles the request, the client still gets the fault", async () => {
    proxy.add({path: '/api/v4/posts', status: 502, phase: 'after', count: 1});
    assert.equal((await post('/api/v4/posts', '{"message":"once"}')).status, 502);
    assert.deepEqual(seen, ['POST /api/v4/posts {"message":"once"}']);
  });

  it('drop closes the connection without an answer, before or after the server saw it', async () => {
    proxy.add({path: '/api/v4/posts', drop: true, count: 1});
    await assert.rejects(post('/api/v4/posts'), /fetch failed/);
    assert.equal(seen.length, 0);
    proxy.add({path: '/api/v4/posts', drop: true, phase: 'after', count: 1});
    await assert.rejects(post('/api/v4/posts'), /fetch failed/);
    assert.equal(seen.length, 1);
  });

  it('forMs ends a rule by itself', async () => {
    proxy.add({path: '/', status: 500, forMs: 50});
    assert.equal((await post('/api/v4/posts')).status, 500);
    await new Promise((r) => setTimeout(r, 120));
    assert.equal((await post('/api/v4/posts')).status, 201);
  });

  it('outage: connections refused and the server stopped, then served again on the same URL', async () => {
    const socket = new WebSocket(`${proxy.url.replace('http', 'ws')}/api/v4/websocket`);
    await new Promise((r) => socket.once('message', r));
    const cut = new Promise((r) => socket.once('close', r));
    const restartsBefore = restarts;
    const outage = proxy.outage(300);
    await cut;
    await assert.rejects(post('/api/v4/posts'), (err: Error & {cause?: {code?: string}}) => err.cause?.code === 'ECONNREFUSED');
    assert.equal(serverUp, false, 'the server process is stopped during the outage');
    await outage;
    assert.equal(restarts, restartsBefore + 1);
    assert.equal((await post('/api/v4/posts')).status, 201);
  });
});
