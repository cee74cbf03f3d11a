import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import WebSocket from 'ws';
import {Client4, clientFor} from './client4';
import {startMattermostPeer, type InRepoMattermostPeer} from './index';
import {draft, rejection} from './testing';

describe('mattermost peer: login, config, plugins, bots, faults', () => {
  let peer: InRepoMattermostPeer;

  before(async () => {
    peer = await startMattermostPeer({pluginId: 'dev.accessbridge.teleport', pluginSettings: {reviewmode: 'buttons'}});
  });
  after(() => peer.stop());

  it('logs in with a password and hands back a session token in the Token header', async () => {
    const client = new Client4();
    client.setUrl(peer.url);
    const me = await client.login('bob', peer.password);
    assert.equal(me.id, peer.users.bob.id);
    assert.equal((await client.getMe()).username, 'bob', 'Client4 picked the session token up from the Token header');
    const wrong = new Client4();
    wrong.setUrl(peer.url);
    assert.equal((await rejection(() => wrong.login('bob', 'wrong'))).status_code, 401);
  });

  it('serves plugin settings from /config to system admins only, and lets tests change them', async () => {
    const bot = clientFor(peer.url, peer.bot.token);
    const config = await bot.getConfig();
    assert.deepEqual(config.PluginSettings.Plugins['dev.accessbridge.teleport'], {reviewmode: 'buttons'});
    assert.equal(config.ServiceSettings.SiteURL, peer.url);
    assert.equal((await rejection(() => clientFor(peer.url, peer.users.alice.token).getConfig())).status_code, 403);

    const admin = clientFor(peer.url, peer.adminToken);
    await admin.updateConfig({...config, PluginSettings: {...config.PluginSettings, Plugins: {'dev.accessbridge.teleport': {reviewmode: 'link'}}}});
    assert.deepEqual((await bot.getConfig()).PluginSettings.Plugins['dev.accessbridge.teleport'], {reviewmode: 'link'});
    peer.setPluginSettings({reviewmode: 'buttons', reasonrequired: true});
    assert.deepEqual((await bot.getConfig()).PluginSettings.Plugins['dev.accessbridge.teleport'], {reviewmode: 'buttons', reasonrequired: true});
  });

  it("PUT /config/patch replaces a plugin's whole settings map and keeps other plugins and sections", async () => {
    const admin = clientFor(peer.url, peer.adminToken);
    peer.setPluginSettings({reviewmode: 'buttons', reasonrequired: true});
    const before = await admin.getConfig();
    await admin.patchConfig({PluginSettings: {Plugins: {'dev.accessbridge.teleport': {reviewmode: 'link'}}}, PrivacySettings: {ShowFullName: true}});
    const after = await admin.getConfig();
    assert.deepEqual(after.PluginSettings.Plugins['dev.accessbridge.teleport'], {reviewmode: 'link'}, 'reasonrequired is gone: the map was replaced');
    assert.equal(after.PrivacySettings.ShowEmailAddress, before.PrivacySettings.ShowEmailAddress, 'a section is merged key by key');
    assert.equal((after.PrivacySettings as unknown as Record<string, unknown>).ShowFullName, true);
    assert.equal((await rejection(() => clientFor(peer.url, peer.users.alice.token).patchConfig({}))).status_code, 403);
  });

  it('pushes config_changed (client config, no plugin values) to every websocket after a save', async () => {
    const heard = (token: string, how: 'header' | 'challenge') =>
      new Promise<{events: {event: string; data: Record<string, unknown>}[]; ws: WebSocket}>((resolve, reject) => {
        const ws = new WebSocket(`${peer.url.replace(/^http/, 'ws')}/api/v4/websocket`, how === 'header' ? {headers: {Authorization: `Bearer ${token}`}} : {});
        const events: {event: string; data: Record<string, unknown>}[] = [];
        ws.on('open', () => {
          if (how === 'challenge') ws.send(JSON.stringify({seq: 1, action: 'authentication_challenge', data: {token}}));
        });
        ws.on('message', (raw: Buffer) => {
          const msg = JSON.parse(raw.toString('utf8')) as {event?: string; data?: Record<string, unknown>};
          if (msg.event) events.push({event: msg.event, data: msg.data ?? {}});
          if (msg.event === 'hello') resolve({events, ws});
        });
        ws.on('error', reject);
      });
    const bot = await heard(peer.bot.token, 'header');
    const alice = await heard(peer.users.alice.token, 'challenge');
    await clientFor(peer.url, peer.adminToken).patchConfig({PluginSettings: {Plugins: {'dev.accessbridge.teleport': {roletorecipients: 'secret-ish'}}}});
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && !(bot.events.some((e) => e.event === 'config_changed') && alice.events.some((e) => e.event === 'config_changed'))) {
      await new Promise((r) => setTimeout(r, 20));
    }
    for (const {events, ws} of [bot, alice]) {
      const changed = events.find((e) => e.event === 'config_changed');
      assert.ok(changed, 'config_changed arrived');
      assert.equal((changed.data.config as {SiteURL?: string}).SiteURL, peer.url);
      assert.doesNotMatch(JSON.stringify(changed.data), /secret-ish/);
      ws.close();
    }
    const refused = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${peer.url.replace(/^http/, 'ws')}/api/v4/websocket`, {headers: {Authorization: 'Bearer nope'}});
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => undefined);
    });
    assert.equal(refused, 401);
  });

  it('lists installed manifests with their settings schema', async () => {
    peer.registerPlugin(
      {
        id: 'com.example.other',
        name: 'Other',
        version: '1.0.0',
        settings_schema: {header: '', footer: '', settings: [{key: 'x', display_name: 'X', type: 'bool', default: true, help_text: '', placeholder: ''}]},
      },
      false,
    );
    const plugins = await clientFor(peer.url, peer.bot.token).getPlugins();
    assert.ok(plugins.active.some((p) => p.id === 'dev.accessbridge.teleport' && p.settings_schema !== undefined));
    assert.deepEqual(
      plugins.inactive.map((p) => p.id),
      ['com.example.other'],
    );
  });

  it('returns the bot record', async () => {
    const bot = await clientFor(peer.url, peer.bot.token).getBot(peer.bot.id);
    assert.equal(bot.username, 'teleport-bot');
    assert.equal(bot.owner_id, peer.users.admin.id);
  });

  it('answers 429 like the rate limiter, with Retry-After, for the next matching requests only', async () => {
    peer.faults.failNext('/api/v4/posts', 429, 2, 7);
    const send = () =>
      fetch(`${peer.url}/api/v4/posts`, {
        method: 'POST',
        headers: {authorization: `Bearer ${peer.bot.token}`, 'content-type': 'application/json'},
        body: JSON.stringify({channel_id: peer.channels.requests.id, message: 'after the storm'}),
      });
    const unrelated = await fetch(`${peer.url}/api/v4/users/me`, {headers: {authorization: `Bearer ${peer.bot.token}`}});
    assert.equal(unrelated.status, 200);
    for (let i = 0; i < 2; i++) {
      const limited = await send();
      assert.equal(limited.status, 429);
      assert.equal(limited.headers.get('retry-after'), '7');
      assert.equal(limited.headers.get('x-ratelimit-remaining'), '0');
    }
    assert.equal((await send()).status, 201);
  });

  it('injects AppError statuses and resets', async () => {
    const bot = clientFor(peer.url, peer.bot.token);
    peer.faults.failNext('/api/v4/posts', 503, 5);
    const err = await rejection(() => bot.createPost(draft({channel_id: peer.channels.requests.id, message: 'x'})));
    assert.equal(err.status_code, 503);
    peer.faults.reset();
    assert.equal((await bot.createPost(draft({channel_id: peer.channels.requests.id, message: 'x'}))).message, 'x');
  });

  it('keeps a log of answered requests with the acting user', async () => {
    await clientFor(peer.url, peer.users.carol.token).getMe();
    const last = peer.requests().at(-1);
    assert.deepEqual(last, {method: 'GET', path: '/api/v4/users/me', status: 200, userId: peer.users.carol.id});
  });
});
