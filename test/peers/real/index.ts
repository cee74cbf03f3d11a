/**
 * Entry point test/peers/index.ts loads for TMA_PEERS=real and =mixed: the real peers with a private
 * temporary directory each (removed on stop), the plugin bundle from dist/ uploaded, and the
 * initial plugin settings stored the way the System Console stores them.
 */
import {existsSync, readdirSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startRealMattermost as startMattermostServer, type RealMattermostPeer} from './mattermost';
import {startRealTeleport as startTeleportHarness, type RealTeleportPeer} from './teleport';

export type {RealMattermostPeer} from './mattermost';
export type {RealTeleportPeer} from './teleport';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The packaged plugin (node build/package.mjs → dist/<id>-<version>.tar.gz), if built. */
export function pluginBundlePath(): string | undefined {
  const dist = path.join(repoRoot, 'dist');
  if (!existsSync(dist)) return undefined;
  const file = readdirSync(dist).find((f) => f.endsWith('.tar.gz'));
  return file ? path.join(dist, file) : undefined;
}

async function withTempDir<P extends {stop(): Promise<void>}>(prefix: string, start: (dir: string) => Promise<P>): Promise<P> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  let peer: P;
  try {
    peer = await start(dir);
  } catch (err) {
    await rm(dir, {recursive: true, force: true});
    throw err;
  }
  const stop = peer.stop.bind(peer);
  peer.stop = async () => {
    await stop();
    await rm(dir, {recursive: true, force: true});
  };
  return peer;
}

export function startRealTeleport(opts: {traits: Record<string, Record<string, string[]>>}): Promise<RealTeleportPeer> {
  return withTempDir('real-teleport-', (dir) => startTeleportHarness({dir, traits: opts.traits}));
}

export function startRealMattermost(opts: {pluginSettings: Record<string, unknown>}): Promise<RealMattermostPeer> {
  return withTempDir('real-mattermost-', async (dir) => {
    const peer = await startMattermostServer({dir, pluginBundle: pluginBundlePath()});
    if (peer.pluginId && Object.keys(opts.pluginSettings).length > 0) {
      await storePluginSettings(peer, peer.pluginId, opts.pluginSettings);
    }
    return peer;
  });
}

/** PluginSettings.Plugins[id] through GET + PUT /config, as the System Console saves it. */
export async function storePluginSettings(peer: RealMattermostPeer, pluginId: string, values: Record<string, unknown>): Promise<void> {
  const headers = {Authorization: `Bearer ${peer.adminToken}`, 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest'};
  const got = await fetch(`${peer.url}/api/v4/config`, {headers});
  if (!got.ok) throw new Error(`real Mattermost: GET /config → ${got.status} ${await got.text()}`);
  const config = (await got.json()) as {PluginSettings: {Plugins?: Record<string, Record<string, unknown>>}};
  const plugins = (config.PluginSettings.Plugins ??= {});
  plugins[pluginId] = {...(plugins[pluginId] ?? {}), ...values};
  const put = await fetch(`${peer.url}/api/v4/config`, {method: 'PUT', headers, body: JSON.stringify(config)});
  if (!put.ok) throw new Error(`real Mattermost: PUT /config → ${put.status} ${await put.text()}`);
}
