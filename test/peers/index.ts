/**
 * Starts a PeerSet: Mattermost first (its user ids become the Teleport users' mapping traits),
 * then Teleport seeded with the dual-authorization story. TMA_PEERS=real selects the real peers.
 */
import {MAPPING_TRAIT, type StoryUserName} from './story';
import type {MattermostPeer, PeerKind, PeerSet, TeleportPeer} from './types';

export interface StartPeersOptions {
  kind?: PeerKind;
  /** Version the Teleport peer reports (in-repo only). */
  teleportVersion?: string;
  /** Initial plugin settings (stored values, lowercase keys). */
  pluginSettings?: Record<string, unknown>;
}

interface RealPeersModule {
  startRealMattermost(opts: {pluginSettings: Record<string, unknown>}): Promise<MattermostPeer>;
  startRealTeleport(opts: {traits: Record<string, Record<string, string[]>>}): Promise<TeleportPeer>;
}

const MAPPED: StoryUserName[] = ['alice', 'bob', 'ivan', 'carol'];

export function peerKindFromEnv(): PeerKind {
  return process.env.TMA_PEERS === 'real' ? 'real' : 'in-repo';
}

export async function startPeers(opts: StartPeersOptions = {}): Promise<PeerSet> {
  const kind = opts.kind ?? peerKindFromEnv();
  let mattermost: MattermostPeer;
  let teleport: TeleportPeer;
  if (kind === 'in-repo') {
    const {startMattermostPeer} = await import('./mattermost/index');
    const {startTeleportPeer} = await import('./teleport/index');
    mattermost = await startMattermostPeer({pluginSettings: opts.pluginSettings ?? {}});
    const traits = Object.fromEntries(MAPPED.map((u) => [u, {[MAPPING_TRAIT]: [mattermost.users[u].id]}]));
    teleport = await startTeleportPeer({traits, ...(opts.teleportVersion ? {version: opts.teleportVersion} : {})});
  } else {
    // The real peers (Go builds) are optional: a path the type checker does not resolve keeps
    // the in-repo suite independent of them.
    const realModule = './real/index';
    const real = (await import(realModule)) as RealPeersModule;
    mattermost = await real.startRealMattermost({pluginSettings: opts.pluginSettings ?? {}});
    const traits = Object.fromEntries(MAPPED.map((u) => [u, {[MAPPING_TRAIT]: [mattermost.users[u].id]}]));
    teleport = await real.startRealTeleport({traits});
  }
  return {
    kind,
    teleport,
    mattermost,
    stop: async () => {
      await Promise.allSettled([teleport.stop(), mattermost.stop()]);
    },
  };
}
