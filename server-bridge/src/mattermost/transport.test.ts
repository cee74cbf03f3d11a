import assert from 'node:assert/strict';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {after, before, describe, it} from 'node:test';
import {createBotClient} from './client';
import {MattermostError} from './port';
import {answeredId} from './transport';
import {fullCollection} from '../app/memory-release';

describe('Mattermost client transport', () => {
  let server: http.Server;
  let base = '';
  const connections = new Set<unknown>();
  const seen: {method: string; url: string; headers: http.IncomingHttpHeaders; body: string}[] = [];
  let answer: (req: http.IncomingMessage, res: http.ServerResponse) => void = () => undefined;

  before(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({method: req.method ?? '', url: req.url ?? '', headers: req.headers, body});
        answer(req, res);
      });
    });
    server.on('connection', (s) => connections.add(s));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const json =
    (status: number, value: unknown, headers: Record<string, string> = {}) =>
    (_req: http.IncomingMessage, res: http.ServerResponse) => {
      res.writeHead(status, {'Content-Type': 'application/json', ...headers});
      res.end(JSON.stringify(value));
    };

  it('sends Client4 requests with the token and JSON body, over one reused connection, asking for no compression', async () => {
    answer = json(201, {id: 'p1', channel_id: 'c1', user_id: 'bot', message: 'hi', create_at: 1, update_at: 1});
    const client = createBotClient(base, 'tok');
    connections.clear();
    seen.length = 0;
    for (let i = 0; i < 5; i++) {
      const post = await client.createPost({channel_id: 'c1', message: 'hi'});
      assert.equal(post.id, 'p1');
    }
    assert.equal(seen.length, 5);
    assert.equal(seen[0]!.method, 'POST');
    assert.equal(seen[0]!.url, '/api/v4/posts');
    assert.match(seen[0]!.headers.authorization ?? '', /^bearer tok$/i);
    assert.equal(seen[0]!.headers['content-type'], 'application/json');
    assert.equal(seen[0]!.headers['accept-encoding'], undefined);
    assert.deepEqual(JSON.parse(seen[0]!.body), {channel_id: 'c1', message: 'hi'});
    assert.equal(connections.size, 1, 'sequential calls share one keep-alive connection');
  });

  it('reads a created post’s id from the start of the answer, and parses an answer that does not start with one', async () => {
    const client = createBotClient(base, 'tok');
    const id = 'x78dpskyw7yutjgan68wf4qdka';
    answer = json(201, {id, create_at: 1, channel_id: 'c1', props: {card: {requestId: 'r1'}}});
    assert.equal(await client.createPostForId({channel_id: 'c1', message: 'hi'}), id);
    // Members in another order: the whole answer is parsed.
    answer = json(201, {create_at: 1, id, channel_id: 'c1'});
    assert.equal(await client.createPostForId({channel_id: 'c1', message: 'hi'}), id);
    answer = json(201, {create_at: 1, channel_id: 'c1'});
    await assert.rejects(client.createPostForId({channel_id: 'c1', message: 'hi'}), /the answer has no post id/);
    // A failure's body starts with an id too (the error's): it stays a failure with its message.
    answer = json(403, {id: 'api.context.permissions.app_error', message: 'You do not have the appropriate permissions.', status_code: 403});
    await assert.rejects(
      client.createPostForId({channel_id: 'c1', message: 'hi'}),
      (err: unknown) => err instanceof MattermostError && err.status === 403 && /appropriate permissions/.test(err.message),
    );
  });

  it('takes an id from the start of an answer only when it is a whole id member', () => {
    const table: [string, string | null][] = [
      ['{"id":"abcdefghijklmnopqrstuvwxyz","create_at":1}', 'abcdefghijklmnopqrstuvwxyz'],
      ['{"id":"abcdefghijklmnopqrstuvwxyz"}', 'abcdefghijklmnopqrstuvwxyz'],
      ['{"id":"abcdefghijklmnopqrstuvwxyz0","create_at":1}', null],
      ['{"id":"api.post.create_post.app_error","message":"x"}', null],
      [' {"id":"abcdefghijklmnopqrstuvwxyz"}', null],
      ['{"create_at":1,"id":"abcdefghijklmnopqrstuvwxyz"}', null],
      ['{"id":"ABCDEFGHIJKLMNOPQRSTUVWXYZ"}', null],
    ];
    for (const [text, id] of table) assert.equal(answeredId(Buffer.from(text)), id, text);
  });

  it('keeps no answer alive through the id read from it', () => {
    const collect = fullCollection();
    collect();
    const before = process.memoryUsage().heapUsed;
    // A thousand pending requests' card ids, each read from a 100 KB answer.
    const ids: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const answer = JSON.stringify({id: String(i).padStart(26, 'a'), props: {text: 'x'.repeat(100_000)}});
      ids.push(answeredId(Buffer.from(answer))!);
    }
    collect();
    const kept = process.memoryUsage().heapUsed - before;
    assert.equal(ids.length, 1000);
    assert.ok(kept < 10_000_000, `${(kept / 1e6).toFixed(1)} MB still held for 1,000 ids (the answers are 100 MB)`);
  });

  it('keeps the HTTP status and Retry-After of a failure, also when the body is not JSON', async () => {
    answer = (_req, res) => {
      res.writeHead(429, {'Content-Type': 'text/plain', 'Retry-After': '7'});
      res.end('slow down');
    };
    const client = createBotClient(base, 'tok');
    const err = await client.getMe().then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(err instanceof MattermostError);
    assert.equal(err.status, 429);
    assert.equal(err.retryAfterMs, 7000);
  });

  it('gives up on a call that gets no answer in time, as "unreachable" (status 0)', async () => {
    answer = () => undefined; // never answers
    const client = createBotClient(base, 'tok', 200);
    const err = await client.getMe().then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(err instanceof MattermostError);
    assert.equal(err.status, 0);
    assert.match(err.message, /no answer within 200 ms/);
  });
});
