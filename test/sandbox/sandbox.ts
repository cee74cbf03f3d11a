/**
 * The sandbox: the dual-authorization story running for a person to click through. In-repo
 * Teleport and Mattermost peers seeded with the story, the real bridge (startStory), and the
 * plugin-host page serving the built webapp with a user switcher, a command box (real
 * /api/v4/commands/execute), the viewer's ephemeral replies and the dialogs opened for them.
 * main.ts runs it for people; test/browser/sandbox.browser.ts runs it for the suite.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import type {InRepoMattermostPeer} from '../peers/mattermost/index';
import {startPluginHost, type PluginHost} from '../browser/host_server';
import {startStory, type Story} from '../scenarios/harness';
import {STORY_ROLE_TO_RECIPIENTS} from '../peers/story';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLE = path.join(repo, 'webapp/dist/main.js');

/** The people of the story a visitor can be, in the order they act. */
export const SANDBOX_USERS = ['bob', 'alice', 'ivan'] as const;

export const REQUEST_COMMAND = '/teleport request --roles dbadmin --reason "TICKET-42 replica lag on db-3"';

export interface SandboxOptions {
  /** Port of the page (default: any free port). */
  port?: number;
  /** Rebuild webapp/dist/main.js first: 'always', 'if-stale' (default) or 'never'. */
  build?: 'always' | 'if-stale' | 'never';
}

export interface Sandbox {
  /** The one URL to open: signs in as bob and shows #access-requests. */
  url: string;
  story: Story;
  host: PluginHost;
  stop(): Promise<void>;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Whether the bundle is missing or older than any webapp source or the manifest. */
export function bundleIsStale(): boolean {
  if (!existsSync(BUNDLE)) return true;
  const built = statSync(BUNDLE).mtimeMs;
  return newestMtime(path.join(repo, 'webapp/src')) > built || statSync(path.join(repo, 'plugin.json')).mtimeMs > built;
}

export function buildWebapp(): void {
  const r = spawnSync('npm', ['run', 'build', '-w', 'webapp'], {cwd: repo, encoding: 'utf8'});
  if (r.status !== 0) throw new Error(`webapp build failed (npm run build -w webapp):\n${r.stdout}\n${r.stderr}`);
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const build = options.build ?? 'if-stale';
  if (build === 'always' || (build === 'if-stale' && bundleIsStale())) buildWebapp();
  if (!existsSync(BUNDLE)) throw new Error(`no plugin bundle at ${BUNDLE}: run npm run build -w webapp`);

  const story = await startStory({
    // What an admin types in the System Console: the line form, not the scenarios' JSON.
    settings: {
      roletorecipients: Object.entries(STORY_ROLE_TO_RECIPIENTS)
        .map(([role, to]) => `${role}: ${to.join(', ')}`)
        .join('\n'),
    },
    // The console's status box shows a save taking effect within seconds, not one 30 s tick later.
    bridge: {overrides: {statusTickMs: 1_000}},
  });
  try {
    const mm = story.peers.mattermost;
    if (mm.kind !== 'in-repo') throw new Error('the sandbox needs the in-repo Mattermost peer (unset TMA_PEERS)');
    const peer = mm as InRepoMattermostPeer;
    const userTokens: Record<string, string> = {admin: peer.adminToken};
    for (const u of SANDBOX_USERS) userTokens[u] = peer.users[u].token;
    const host = await startPluginHost({
      mattermostUrl: peer.url,
      userTokens,
      channelId: peer.channels.requests.id,
      pluginId: peer.pluginId,
      pollMs: 500,
      ...(options.port !== undefined ? {port: options.port} : {}),
      defaultUser: 'bob',
      extras: {ephemeralFor: (id) => peer.ephemeralFor(id), openedDialogs: (id) => peer.openedDialogs(id)},
      sandbox: {
        users: [...SANDBOX_USERS],
        teamId: peer.team.id,
        channels: [
          {id: peer.channels.requests.id, name: peer.channels.requests.name},
          {id: peer.channels.other.id, name: peer.channels.other.name},
        ],
        botUsername: peer.bot.username,
        commands: {bob: REQUEST_COMMAND, '*': '/teleport list'},
        adminUser: 'admin',
      },
    });
    return {
      url: `${host.url}/`,
      story,
      host,
      async stop() {
        await host.stop();
        await story.stop();
      },
    };
  } catch (err) {
    await story.stop();
    throw err;
  }
}
