import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import pino from 'pino';
import {Counter, Registry} from '../app/metrics-registry';
import {BODY_LIMIT, startHttpServer} from './server';

describe('HTTP surface', () => {
  const seen: {handler: string; body: unknown; authorization?: string | undefined}[] = [];
  let ready = false;
  let server: {url: string; close(): Promise<void>};
  before(async () => {
    const registry = new Registry();
    new Counter({name: 'tma_cards_posted_total', help: 'Cards', registers: [registry]}).inc();
    server = await startHttpServer({
      listen: '127.0.0.1:0',
      registry,
      logger: pino({level: 'silent'}),
      handlers: {
        interactions: {
          paths: () => ['/mattermost/action', '/mattermost/command'],
          receive: async (path, body, authorization) => {
            seen.push({handler: path, body, authorization});
            if (path === '/mattermost/command') return {status: 401, body: {text: 'bad token'}};
            return {status: 200, body: {update: {message: 'ok'}}};
          },
          unreadable: (path, detail) => {
            seen.push({handler: `unreadable ${path}`, body: detail, authorization: undefined});
            return {status: 200, body: {ephemeral_text: 'This button could not be verified.'}};
          },
        },
        status: () => ({ready, details: {watch: ready ? 'ok' : 'connecting'}}),
      },
    });
  });
  after(() => server.close());
  const post = (path: string, body: string, type = 'application/json', headers: Record<string, string> = {}) =>
    fetch(server.url + path, {method: 'POST', body, headers: {'content-type': type, ...headers}});

  it('hands a button click’s JSON to the interaction receiver and answers with its JSON', async () => {
    const r = await post('/mattermost/action', JSON.stringify({user_id: 'u1', context: {t: 'x'}}));
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), {update: {message: 'ok'}});
    assert.deepEqual(seen.at(-1), {handler: '/mattermost/action', body: {user_id: 'u1', context: {t: 'x'}}, authorization: undefined});
  });

  it('reads /teleport as a form and passes its Authorization header; the receiver picks the status', async () => {
    const r = await post('/mattermost/command', 'command=%2Fteleport&text=help', 'application/x-www-form-urlencoded', {authorization: 'Token abc'});
    assert.equal(r.status, 401);
    assert.deepEqual(await r.json(), {text: 'bad token'});
    assert.deepEqual(seen.at(-1), {handler: '/mattermost/command', body: {command: '/teleport', text: 'help'}, authorization: 'Token abc'});
  });

  it('hands malformed or oversized bodies to the receiver to answer in its own words, with the cause', async () => {
    for (const [body, cause] of [
      ['{not json', /JSON/],
      ['x'.repeat(BODY_LIMIT + 1), /too large|limit|exceed/i],
    ] as const) {
      const r = await post('/mattermost/action', body);
      assert.equal(r.status, 200);
      assert.equal(((await r.json()) as {ephemeral_text: string}).ephemeral_text, 'This button could not be verified.');
      assert.equal(seen.at(-1)?.handler, 'unreadable /mattermost/action');
      assert.match(String(seen.at(-1)?.body), cause);
    }
  });

  it('serves health, readiness and metrics', async () => {
    assert.deepEqual(await (await fetch(server.url + '/healthz')).json(), {ok: true});
    ready = false;
    let r = await fetch(server.url + '/readyz');
    assert.equal(r.status, 503);
    assert.deepEqual(await r.json(), {ready: false, watch: 'connecting'});
    ready = true;
    r = await fetch(server.url + '/readyz');
    assert.equal(r.status, 200);
    // The bridge writes this header itself (httpDate, not Node's): well-formed and current.
    const date = r.headers.get('date') ?? '';
    assert.match(date, /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/);
    assert.ok(Math.abs(Date.parse(date) - Date.now()) < 5_000, `Date header ${date} is now`);
    r = await fetch(server.url + '/metrics');
    assert.match(r.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    assert.match(await r.text(), /^tma_cards_posted_total 1$/m);
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    assert.equal((await fetch(server.url + '/nope')).status, 404);
    assert.equal((await fetch(server.url + '/mattermost/action')).status, 405);
    assert.equal((await post('/mattermost/dialog', '{}')).status, 404, 'only the receiver’s paths are served');
    assert.equal((await post('/metrics', '{}')).status, 405);
  });
});
