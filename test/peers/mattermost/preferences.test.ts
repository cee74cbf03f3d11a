/**
 * Preferences and the bot list, as the bridge's status report uses them (the bridge writes its
 * bot's own preferences; a system admin's console reads them). The same assertions run against the
 * real server, so the in-repo peer cannot drift from it unnoticed:
 *
 *   node --import tsx --test test/peers/mattermost/preferences.test.ts                    # in-repo
 *   TMA_MM_PEER=real node --import tsx --test test/peers/mattermost/preferences.test.ts   # Mattermost 11.4
 */
import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {MattermostPeer} from '../types';
import {startMattermostPeer} from './index';

const CATEGORY = 'teleport_access_bridge';

async function call(peer: MattermostPeer, token: string, method: string, route: string, body?: unknown): Promise<{status: number; body: {id?: string} & Record<string, unknown>}> {
  const res = await fetch(`${peer.url}/api/v4${route}`, {
    method,
    headers: {Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest'},
    ...(body === undefined ? {} : {body: JSON.stringify(body)}),
  });
  return {status: res.status, body: (await res.json().catch(() => ({}))) as {id?: string} & Record<string, unknown>};
}

describe(`preferences and bots (${process.env.TMA_MM_PEER === 'real' ? 'real Mattermost' : 'in-repo peer'})`, {timeout: 10 * 60_000}, () => {
  let peer: MattermostPeer & {stop(): Promise<void>};
  let dir: string | null = null;
  const pref = (name: string, value: string, userId = peer.bot.id) => ({user_id: userId, category: CATEGORY, name, value});

  before(async () => {
    if (process.env.TMA_MM_PEER === 'real') {
      const {startRealMattermost} = await import('../real/mattermost');
      dir = await mkdtemp(path.join(os.tmpdir(), 'real-mattermost-prefs-'));
      peer = await startRealMattermost({dir});
    } else {
      peer = await startMattermostPeer();
    }
  });
  after(async () => {
    await peer?.stop();
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it('a user without preferences gets null, not []', async () => {
    const r = await call(peer, peer.adminToken, 'GET', `/users/${peer.bot.id}/preferences`);
    assert.equal(r.status, 200);
    assert.equal(r.body, null);
  });

  it('an empty category is a 404, not an empty list', async () => {
    const r = await call(peer, peer.bot.token, 'GET', `/users/${peer.bot.id}/preferences/${CATEGORY}`);
    assert.equal(r.status, 404);
    assert.equal(r.body.id, 'api.preference.preferences_category.get.app_error');
  });

  it('the bot writes its own preference (a name with ":"), and a system admin reads it back by category', async () => {
    const value = JSON.stringify({reported_at: '2026-11-21T10:00:00.000Z', replica: 'replica-1'});
    assert.equal((await call(peer, peer.bot.token, 'PUT', `/users/${peer.bot.id}/preferences`, [pref('status:replica-1', value)])).status, 200);
    const read = await call(peer, peer.adminToken, 'GET', `/users/${peer.bot.id}/preferences/${CATEGORY}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, [{user_id: peer.bot.id, category: CATEGORY, name: 'status:replica-1', value}]);
    const mine = await call(peer, peer.bot.token, 'GET', `/users/me/preferences`);
    assert.ok(
      (mine.body as unknown as {name: string}[]).some((p) => p.name === 'status:replica-1'),
      '"me" is the caller',
    );
  });

  it('a plain member may not read the bot’s preferences, nor write them', async () => {
    const read = await call(peer, peer.users.alice.token, 'GET', `/users/${peer.bot.id}/preferences/${CATEGORY}`);
    assert.equal(read.status, 403);
    assert.equal(read.body.id, 'api.context.permissions.app_error');
    assert.equal((await call(peer, peer.users.alice.token, 'PUT', `/users/${peer.bot.id}/preferences`, [pref('status:x', '{}')])).status, 403);
  });

  it('a preference for another user in the body is refused', async () => {
    const r = await call(peer, peer.bot.token, 'PUT', `/users/${peer.bot.id}/preferences`, [pref('status:x', '{}', peer.users.alice.id)]);
    assert.equal(r.status, 403);
    assert.equal(r.body.id, 'api.preference.update_preferences.set.app_error');
  });

  it('limits: a name over 32 bytes is refused; a 20,000-character value is taken, one more is not', async () => {
    const longName = await call(peer, peer.bot.token, 'PUT', `/users/${peer.bot.id}/preferences`, [pref(`status:${'r'.repeat(26)}`, '{}')]);
    assert.equal(longName.status, 400);
    assert.equal(longName.body.id, 'model.preference.is_valid.name.app_error');
    assert.equal((await call(peer, peer.bot.token, 'PUT', `/users/${peer.bot.id}/preferences`, [pref('status:big', 'é'.repeat(20_000))])).status, 200);
    const tooBig = await call(peer, peer.bot.token, 'PUT', `/users/${peer.bot.id}/preferences`, [pref('status:big', 'é'.repeat(20_001))]);
    assert.equal(tooBig.status, 400);
    assert.equal(tooBig.body.id, 'model.preference.is_valid.value.app_error');
  });

  it('deleted preferences are gone', async () => {
    assert.equal((await call(peer, peer.bot.token, 'POST', `/users/${peer.bot.id}/preferences/delete`, [pref('status:big', ''), pref('status:replica-1', '')])).status, 200);
    assert.equal((await call(peer, peer.adminToken, 'GET', `/users/${peer.bot.id}/preferences/${CATEGORY}`)).status, 404);
  });

  it('a system admin lists the bots, the bridge’s among them; a plain member may not', async () => {
    const bots = await call(peer, peer.adminToken, 'GET', '/bots?per_page=200');
    assert.equal(bots.status, 200);
    assert.ok((bots.body as unknown as {user_id: string}[]).some((b) => b.user_id === peer.bot.id));
    const member = await call(peer, peer.users.alice.token, 'GET', '/bots');
    assert.equal(member.status, 403);
  });
});
