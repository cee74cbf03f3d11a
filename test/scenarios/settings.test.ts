/**
 * System Console settings apply without a restart (issue 6): an admin saves plugin settings in
 * Mattermost, and the running bridge follows within its poll interval (or at once on
 * config_changed where the server sends it). Invalid values keep the last good settings and the
 * error shows on /readyz and in the System Console's bridge status.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Bridge} from '../../server-bridge/src/app/bridge';
import {STATUS_CATEGORY} from '@tma/card-contract';
import {decodeReport, preferenceName} from '../../server-bridge/src/app/status-publisher';
import {card, startStory, waitFor, type Story} from './harness';

const PLUGIN_ID = 'dev.accessbridge.teleport';

/**
 * The bridge keeps its status report out of the plugin settings (in its bot's preferences): on the
 * real server PUT /config/patch replaces the plugin's whole map, and the old status write undid
 * admin saves (test/peers/real/README.md). The last case checks that no admin value is lost.
 */

interface Readyz {
  ready: boolean;
  reviews_available: boolean;
  settings: {accepted: boolean; error: string | null};
}

async function readyz(bridge: Bridge): Promise<Readyz> {
  const res = await fetch(`${bridge.url}/readyz`);
  return (await res.json()) as Readyz;
}

describe('System Console settings apply without a restart', () => {
  let story: Story;
  let bridge: Bridge;

  /** What an admin does in the System Console: save the plugin's settings (no bridge involved). */
  async function adminSaves(values: Record<string, unknown>): Promise<void> {
    const admin = story.mm('admin');
    const config = (await admin.getConfig()) as unknown as {PluginSettings: {Plugins: Record<string, Record<string, unknown>>}};
    config.PluginSettings.Plugins[PLUGIN_ID] = {...(config.PluginSettings.Plugins[PLUGIN_ID] ?? {}), ...values};
    await admin.updateConfig(config as never);
  }

  /** The bridge status the System Console reads: the bot's preference, read as an admin. */
  async function consoleStatus() {
    // A user without preferences gets null, not [], from the real server.
    const prefs = (await story.mm('admin').getUserPreferences(story.peers.mattermost.bot.id)) ?? [];
    const mine = prefs.find((p) => p.category === STATUS_CATEGORY && p.name === preferenceName('replica-1'));
    return mine ? decodeReport(mine.value ?? '') : null;
  }

  before(async () => {
    story = await startStory({bridge: false});
    bridge = await story.startBridge({replicaId: 'replica-1', overrides: {statusTickMs: 200, statusHeartbeatMs: 60_000}});
  });
  after(async () => story?.stop());

  it('the System Console learns the bridge is healthy', async () => {
    const status = await waitFor('a status report in the bot’s preferences', async () => {
      const s = await consoleStatus();
      return s?.ready && s.reviews_available === story.clusterReviews && s;
    });
    assert.equal(status.teleport.connected, true);
    assert.ok(status.teleport.cluster, 'cluster name');
    assert.match(status.teleport.version, /^\d+\.\d+/);
    assert.equal(status.settings.accepted, true);
    assert.equal(status.settings.error, null);
    assert.equal(status.version, '0.1.0-test');
    assert.ok(Date.now() - Date.parse(status.reported_at) < status.stale_after_seconds * 1000, 'fresh');
  });

  it('turning in-chat reviews off: the next card is link-only and says why', async () => {
    assert.equal((await readyz(bridge)).reviews_available, story.clusterReviews);
    await adminSaves({reviewsenabled: false});
    await waitFor('the bridge to apply the change', async () => (await readyz(bridge)).reviews_available === false);

    const request = await story.createRequest('bob', ['dbadmin'], 'TICKET-61 reviews off');
    const [post] = await waitFor('card', async () => {
      const cards = await story.cards(request.id);
      return cards.length > 0 && cards;
    });
    assert.ok(post);
    assert.equal(card(post).buttons.enabled, false);
    assert.equal(card(post).buttons.linkOnlyReason, 'reviews_disabled');
    const actions = ((post.props['attachments'] as {actions?: unknown[]}[] | undefined) ?? [])[0]?.actions ?? [];
    assert.equal(actions.length, 0, 'no buttons');
    assert.match(post.message, /turned off/i);
  });

  it('changing routing: the next card goes to the new channel', async () => {
    await adminSaves({roletorecipients: 'dbadmin: acme/ops'});
    await waitFor('the bridge to load the new routing', async () =>
      story.logs.some((l) => l.msg === 'settings changed' && JSON.stringify((l['settings'] as {roleToRecipients?: unknown})?.roleToRecipients) === '{"dbadmin":["acme/ops"]}'),
    );

    const request = await story.createRequest('bob', ['dbadmin'], 'TICKET-62 new route');
    const cards = await waitFor('card', async () => {
      const c = await story.cards(request.id);
      return c.length > 0 && c;
    });
    assert.deepEqual(
      cards.map((p) => p.channel_id),
      [story.peers.mattermost.channels.other.id],
      'only in acme/ops',
    );
  });

  it('an invalid value keeps the last good settings and reports the field until fixed', async () => {
    await adminSaves({roletorecipients: 'dbadmin acme'});
    const broken = await waitFor('/readyz to report the error', async () => {
      const r = await readyz(bridge);
      return !r.settings.accepted && r;
    });
    assert.match(broken.settings.error ?? '', /roletorecipients/);
    assert.match(broken.settings.error ?? '', /line 1/);
    const reported = await waitFor('the System Console status to show it', async () => {
      const s = await consoleStatus();
      return s && !s.settings.accepted && s;
    });
    assert.match(reported.settings.error ?? '', /roletorecipients/);

    // Still routed by the last good settings.
    const request = await story.createRequest('bob', ['dbadmin'], 'TICKET-63 during a bad save');
    const cards = await waitFor('card', async () => {
      const c = await story.cards(request.id);
      return c.length > 0 && c;
    });
    assert.deepEqual(
      cards.map((p) => p.channel_id),
      [story.peers.mattermost.channels.other.id],
    );

    await adminSaves({roletorecipients: 'dbadmin: acme/access-requests'});
    await waitFor('/readyz clear', async () => (await readyz(bridge)).settings.accepted);
    await waitFor('System Console status clear', async () => (await consoleStatus())?.settings.accepted === true);
  });

  it('the admin’s own values survive the bridge’s status writes, which never touch the plugin settings', async () => {
    const config = (await story.mm('admin').getConfig()) as unknown as {PluginSettings: {Plugins: Record<string, Record<string, unknown>>}};
    const values = config.PluginSettings.Plugins[PLUGIN_ID] ?? {};
    assert.equal(values.bridgestatus, undefined, 'no status in the settings');
    assert.equal(values.reviewsenabled, false);
    assert.equal(values.roletorecipients, 'dbadmin: acme/access-requests');
    assert.equal(values.notifyrequester, true);
  });
});
