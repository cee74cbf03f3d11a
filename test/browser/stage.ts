/**
 * The set-up the browser stories with the real bridge share (story.browser.ts, inbox.browser.ts):
 * Chromium and the built plugin, the peers and the bridge (the scenario harness's story), the
 * plugin-host page signed in as alice, bob or ivan with what core would push over its websocket,
 * and one browser; then the teardown of all of it, pages first.
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium, type Browser} from 'playwright-core';
import {clickable, startStory, waitFor, type Story} from '../scenarios/harness';
import {CHROMIUM_ARGS, openAs, type Session} from './flows';
import {startPluginHost, type PluginHost, type PluginHostOptions} from './host_server';
import {inboxExtras} from './inbox_extras';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const shots = path.join(repo, 'test-artifacts/screenshots');

/** Chromium installed, the plugin built (TMA_REBUILD_WEBAPP=0 keeps an existing build), the screenshot folder made. */
export function prepareBrowserRun(): void {
  if (!existsSync('/usr/bin/chromium')) {
    const r = spawnSync('bash', [path.join(repo, 'scripts/install-chromium.sh')], {stdio: 'inherit'});
    assert.equal(r.status, 0, 'scripts/install-chromium.sh failed');
  }
  if (!existsSync(path.join(repo, 'webapp/dist/main.js')) || process.env.TMA_REBUILD_WEBAPP !== '0') {
    const r = spawnSync('npm', ['run', 'build', '-w', 'webapp'], {cwd: repo, encoding: 'utf8'});
    assert.equal(r.status, 0, `webapp build failed: ${r.stderr}`);
  }
  mkdirSync(shots, {recursive: true});
}

export interface Stage {
  story: Story;
  host: PluginHost;
  browser: Browser;
  /** A page signed in as `user` on `on` (default the stage's host), closed with the stage. */
  open(user: 'alice' | 'bob' | 'ivan', options?: Parameters<typeof openAs>[3], on?: PluginHost): Promise<Session>;
  /** Another host page over the same peers (e.g. one that never re-reads the channel), stopped with the stage. */
  addHost(options: Partial<PluginHostOptions>): Promise<PluginHost>;
  /** A new request by bob for dbadmin, once a card with working buttons shows it. */
  cardWithButtons(reason: string): Promise<{requestId: string; postId: string}>;
  /** A tag for screenshot names: `base` on the in-repo peers, `base-<kind>` on others. */
  tag(base: string): string;
  stop(): Promise<void>;
}

export async function startStage(storyOptions: Parameters<typeof startStory>[0] = {}): Promise<Stage> {
  prepareBrowserRun();
  const story = await startStory(storyOptions);
  const mm = story.peers.mattermost;
  const hosts: PluginHost[] = [];
  let hostOptions: PluginHostOptions;
  let browser: Browser;
  try {
    hostOptions = {
      mattermostUrl: mm.url,
      userTokens: {alice: mm.users.alice.token, bob: mm.users.bob.token, ivan: mm.users.ivan.token},
      channelId: mm.channels.requests.id,
      teamId: mm.team.id,
      pluginId: 'dev.accessbridge.teleport',
      extras: await inboxExtras(story, ['alice', 'bob', 'ivan']),
    };
    hosts.push(await startPluginHost(hostOptions));
    browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS});
  } catch (err) {
    for (const h of hosts) await h.stop().catch(() => undefined);
    await story.stop();
    throw err;
  }
  const sessions: Session[] = [];
  return {
    story,
    host: hosts[0]!,
    browser,
    async open(user, options = {}, on = hosts[0]!) {
      const session = await openAs(browser, on, user, options);
      sessions.push(session);
      return session;
    },
    async addHost(options) {
      const host = await startPluginHost({...hostOptions, ...options});
      hosts.push(host);
      return host;
    },
    async cardWithButtons(reason) {
      const request = await story.createRequest('bob', ['dbadmin'], reason);
      const post = await waitFor('the card with buttons', async () => (await story.cards(request.id)).find((p) => clickable(p)));
      return {requestId: request.id, postId: post.id};
    },
    tag: (base) => (story.peers.kind === 'in-repo' ? base : `${base}-${story.peers.kind}`),
    async stop() {
      for (const s of sessions) await s.close().catch(() => undefined);
      await browser.close();
      for (const h of hosts) await h.stop();
      await story.stop();
    },
  };
}
