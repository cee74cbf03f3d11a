/**
 * Smoke test of the real Mattermost peer (not *.test.ts: the default suite does not run it).
 *
 *   node --import tsx --test test/peers/real/mattermost.smoke.ts
 *
 * Uses the packaged plugin bundle from dist/ when there is one (node build/package.mjs).
 */
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {createServer} from 'node:http';
import net, {type AddressInfo} from 'node:net';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {CARD_POST_TYPE} from '@tma/card-contract';
import {answeredId} from '../../../server-bridge/src/mattermost/transport';
import {startRealMattermost, type RealMattermostPeer} from './mattermost';

const bundle = (() => {
  try {
    const file = readdirSync('dist').find((f) => f.endsWith('.tar.gz'));
    return file ? path.join('dist', file) : undefined;
  } catch {
    return undefined;
  }
})();

async function api<T>(peer: RealMattermostPeer, token: string, method: string, route: string, body?: unknown): Promise<T> {
  const res = await fetch(`${peer.url}/api/v4${route}`, {
    method,
    headers: {Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest'},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(res.ok, `${method} ${route} → ${res.status} ${await res.clone().text()}`);
  return (await res.json()) as T;
}

describe('real Mattermost peer', {timeout: 15 * 60_000}, () => {
  let dir: string;
  let peer: RealMattermostPeer;

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'real-mattermost-'));
    peer = await startRealMattermost({dir, pluginBundle: bundle});
  });
  after(async () => {
    await peer?.stop();
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it('runs an 11.x server with the story team, channels and users', async () => {
    assert.match(peer.serverVersion, /^11\./);
    const me = await api<{username: string}>(peer, peer.users.alice.token, 'GET', '/users/me');
    assert.equal(me.username, 'alice');
    const channel = await api<{id: string}>(peer, peer.users.bob.token, 'GET', `/teams/name/acme/channels/name/access-requests`);
    assert.equal(channel.id, peer.channels.requests.id);
  });

  it('lets the bot post a card with props that users read back', async () => {
    const post = await api<{id: string}>(peer, peer.bot.token, 'POST', '/posts', {
      channel_id: peer.channels.requests.id,
      message: 'bob requests dbadmin',
      type: 'custom_teleport_request',
      props: {card: {requestId: 'r1'}},
    });
    const read = await api<{type: string; props: {card?: {requestId: string}}}>(peer, peer.users.ivan.token, 'GET', `/posts/${post.id}`);
    assert.equal(read.type, 'custom_teleport_request');
    assert.equal(read.props.card?.requestId, 'r1');
  });

  // Posts.Type is varchar(26) in Mattermost's schema: a longer type is a 500 "Unable to save the
  // Post." (pq: value too long for type character varying(26)) that no API validation catches.
  it('stores a post of the bridge card type', async () => {
    const res = await fetch(`${peer.url}/api/v4/posts`, {
      method: 'POST',
      headers: {Authorization: `Bearer ${peer.bot.token}`, 'Content-Type': 'application/json'},
      body: JSON.stringify({channel_id: peer.channels.requests.id, message: 'card', type: CARD_POST_TYPE}),
    });
    const text = await res.text();
    assert.equal(res.status, 201, `type "${CARD_POST_TYPE}" (${CARD_POST_TYPE.length} chars): ${text}`);
    // The bridge reads a created post's id from the start of the answer (transport.ts, answeredId).
    assert.equal(answeredId(Buffer.from(text)), (JSON.parse(text) as {id: string}).id, `the answer starts with the post's id: ${text.slice(0, 60)}`);
  });

  // The two facts the in-repo peer was corrected to (README "Where the in-repo peer differed");
  // test/peers/mattermost/{actions,dialogs}.test.ts keep the peer in line with them.
  const raw = (token: string, route: string, body: unknown) =>
    fetch(`${peer.url}/api/v4${route}`, {
      method: 'POST',
      headers: {Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest'},
      body: JSON.stringify(body),
    });

  it('answers a click on an action the post does not have with 404 "Invalid action id."', async () => {
    const post = await api<{id: string}>(peer, peer.bot.token, 'POST', '/posts', {channel_id: peer.channels.requests.id, message: 'a resolved card, no buttons'});
    const res = await raw(peer.users.alice.token, `/posts/${post.id}/actions/approve`, {});
    const body = (await res.json()) as {id: string; message: string};
    assert.equal(res.status, 404);
    assert.equal(body.id, 'api.post.do_action.action_id.app_error');
    assert.equal(body.message, 'Invalid action id.');
  });

  // Why resolved cards could keep their buttons disabled (README "Stale clicks"): clients grey a
  // disabled action out, yet the server still routes a click on it (from a client that missed the
  // edit) to the integration, which can then answer "already approved".
  it('routes a click on a disabled action to its integration', async () => {
    const calls: string[] = [];
    const integration = createServer((req, res) => {
      calls.push(req.url ?? '');
      res.writeHead(200, {'content-type': 'application/json'});
      res.end(JSON.stringify({ephemeral_text: 'already approved'}));
    });
    await new Promise<void>((r) => integration.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(integration.address() as AddressInfo).port}/action`;
      const post = await api<{id: string}>(peer, peer.bot.token, 'POST', '/posts', {
        channel_id: peer.channels.requests.id,
        message: 'resolved card',
        props: {attachments: [{actions: [{id: 'approve', type: 'button', name: 'Approve', disabled: true, integration: {url, context: {k: 'v'}}}]}]},
      });
      const res = await raw(peer.users.alice.token, `/posts/${post.id}/actions/approve`, {});
      assert.equal(res.status, 200, await res.clone().text());
      assert.deepEqual(calls, ['/action']);
    } finally {
      integration.close();
    }
  });

  it('refuses a dialog submission without a team_id with 403', async () => {
    const res = await raw(peer.users.alice.token, '/actions/dialogs/submit', {
      url: 'http://127.0.0.1:9/never-called',
      callback_id: 'deny',
      state: 's',
      channel_id: peer.channels.requests.id,
      team_id: '',
      submission: {reason: 'x'},
      cancelled: false,
    });
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as {id: string}).id, 'api.context.permissions.app_error');
  });

  it('faults: the proxy answers for the server; an outage refuses connections, then the server serves its data again', async () => {
    peer.faults.failNext('/api/v4/users/me', 503, 1);
    const failed = await fetch(`${peer.url}/api/v4/users/me`, {headers: {Authorization: `Bearer ${peer.users.alice.token}`}});
    assert.equal(failed.status, 503);
    const post = await api<{id: string}>(peer, peer.bot.token, 'POST', '/posts', {channel_id: peer.channels.requests.id, message: 'before the outage'});
    const outage = peer.faults.outage(500);
    const connect = await new Promise<string>((resolve) => {
      const socket = net.connect(Number(new URL(peer.url).port), '127.0.0.1');
      socket.on('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    });
    assert.equal(connect, 'ECONNREFUSED', 'a new connection is refused while the server is down');
    await outage;
    const read = await api<{message: string}>(peer, peer.users.ivan.token, 'GET', `/posts/${post.id}`);
    assert.equal(read.message, 'before the outage', 'PostgreSQL kept it; the session token still works');
  });

  it('has the plugin bundle uploaded and enabled', {skip: bundle ? false : 'no dist/*.tar.gz'}, async () => {
    const statuses = await api<{plugin_id: string; state: number}[]>(peer, peer.adminToken, 'GET', '/plugins/statuses');
    const webapp = await api<{id: string}[]>(peer, peer.users.alice.token, 'GET', '/plugins/webapp');
    assert.ok(
      webapp.some((p) => p.id === peer.pluginId),
      `webapp plugins: ${JSON.stringify(webapp)} statuses: ${JSON.stringify(statuses)}`,
    );
  });
});
