/**
 * The ground one contender runs on: a fresh real Mattermost (its own database) and a fresh real
 * Teleport harness, a channel of the contender's own, and a watcher on that channel. Fresh for
 * each contender so neither inherits the other's requests (our bridge lists pending requests when
 * it connects) or a Mattermost database grown by the other's posts.
 */
import {spawnSync} from 'node:child_process';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {createTeleportClient} from '../../server-bridge/src/teleport/client';
import {staticCredentials} from '../../server-bridge/src/teleport/credential-source';
import {loadCredentials} from '../../server-bridge/src/teleport/identity';
import type {TeleportPort} from '../../server-bridge/src/teleport/port';
import {pluginBundlePath} from '../../test/peers/real/index';
import {startRealMattermost, type RealMattermostPeer} from '../../test/peers/real/mattermost';
import {startRealTeleport, type RealTeleportPeer} from '../../test/peers/real/teleport';
import {MAPPING_TRAIT} from '../../test/peers/story';
import pino from 'pino';
import {watchChannel, type PostWatcher} from './post-watcher';

export interface Stage {
  dir: string;
  mattermost: RealMattermostPeer;
  teleport: RealTeleportPeer;
  channel: {id: string; name: string};
  watcher: PostWatcher;
  /** bob's Teleport client: creates the requests. */
  bob: TeleportPort;
  createRequest(reason: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Our plugin bundle (dist/*.tar.gz), built if missing: Mattermost keeps a plugin's System Console
 * settings, where our bridge reads its routing, only for an installed plugin. Its server part
 * (the /teleport relay) idles unless someone types /teleport; both stages get it, to stay alike.
 */
export function ensurePluginBundle(): string {
  const existing = pluginBundlePath();
  if (existing) return existing;
  const r = spawnSync('bash', ['-c', 'npm run build -w webapp && node build/package.mjs'], {
    cwd: path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const built = pluginBundlePath();
  if (r.status !== 0 || !built) throw new Error(`bench: building the plugin bundle failed (exit ${r.status ?? r.signal})`);
  return built;
}

export async function startStage(channelName: string, pluginBundle: string): Promise<Stage> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `tma-bench-${channelName}-`));
  // Undone in reverse, also when a later step fails, so no server outlives the run.
  const undo: (() => Promise<void> | void)[] = [() => rm(dir, {recursive: true, force: true})];
  const stop = async () => {
    for (const step of undo.splice(0).reverse()) await step();
  };
  try {
    // Mattermost's default pool (MaxOpenConns 300) exceeds PostgreSQL's 100 connections; in a
    // burst both contenders then get 500s. 40 leaves room for the other peers sharing PostgreSQL.
    const mattermost = await startRealMattermost({dir: path.join(dir, 'mattermost'), pluginBundle, env: {MM_SQLSETTINGS_MAXOPENCONNS: '40'}});
    undo.push(() => mattermost.stop());
    const traits = Object.fromEntries((['alice', 'bob', 'ivan', 'carol'] as const).map((u) => [u, {[MAPPING_TRAIT]: [mattermost.users[u].id]}]));
    const teleport = await startRealTeleport({dir: path.join(dir, 'teleport'), traits});
    undo.push(() => teleport.stop());

    const admin = {Authorization: `Bearer ${mattermost.adminToken}`, 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest'};
    const rest = async <T>(method: string, route: string, body: unknown): Promise<T> => {
      const res = await fetch(`${mattermost.url}/api/v4${route}`, {method, headers: admin, body: JSON.stringify(body)});
      if (!res.ok) throw new Error(`bench: ${method} ${route} → ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    const channel = await rest<{id: string; name: string}>('POST', '/channels', {team_id: mattermost.team.id, name: channelName, display_name: channelName, type: 'O'});
    await rest('POST', `/channels/${channel.id}/members`, {user_id: mattermost.bot.id});
    // The admin created the channel, so is a member: its websocket receives the channel's events.
    const watcher = await watchChannel(mattermost.url, mattermost.adminToken, channel.id);
    undo.push(() => watcher.close());

    const bob = createTeleportClient({
      addr: teleport.authAddr,
      mode: 'auth',
      credentials: staticCredentials(loadCredentials({identityFile: teleport.identityFile('bob')})),
      logger: pino({level: 'silent'}),
      pluginName: 'bench',
    });
    undo.push(() => bob.close());
    return {
      dir,
      mattermost,
      teleport,
      channel,
      watcher,
      bob,
      createRequest: async (reason) => (await bob.createRequest({user: 'bob', roles: ['dbadmin'], reason, suggestedReviewers: [], maxDuration: null, dryRun: false})).id,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
