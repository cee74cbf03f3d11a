/**
 * Starts a PeerSet: Mattermost first (its user ids become the Teleport users' mapping traits),
 * then Teleport seeded with the dual-authorization story. TMA_PEERS=real selects the real peers;
 * TMA_PEERS=mixed the real Mattermost server with the in-repo Teleport peer, whose 18.11 rules give
 * the cards buttons, so every in-chat review story runs through the real server.
 */
import {MAPPING_TRAIT, type StoryUserName} from './story';
import type {MattermostPeer, PeerKind, PeerSet, TeleportPeer} from './types';

export interface StartPeersOptions {
  kind?: PeerKind;
  /** Version the Teleport peer reports (in-repo Teleport: the in-repo and mixed sets). */
  teleportVersion?: string;
  /** In-repo Teleport: serve access monitoring rules (default true; false is a cluster before v15/v16). */
  teleportAccessMonitoringRules?: boolean;
  /** Initial plugin settings (stored values, lowercase keys). */
  pluginSettings?: Record<string, unknown>;
}

interface RealPeersModule {
  startRealMattermost(opts: {pluginSettings: Record<string, unknown>}): Promise<MattermostPeer>;
  startRealTeleport(opts: {traits: Record<string, Record<string, string[]>>}): Promise<TeleportPeer>;
}

const MAPPED: StoryUserName[] = ['alice', 'bob', 'ivan', 'carol'];

export function peerKindFromEnv(): PeerKind {
  const kind = process.env.TMA_PEERS;
  return kind === 'real' || kind === 'mixed' ? kind : 'in-repo';
}

/** The real peers (Go builds) are optional: a path the type checker does not resolve keeps the in-repo suite independent of them. */
async function loadRealPeers(): Promise<RealPeersModule> {
  const realModule = './real/index';
  return (await import(realModule)) as RealPeersModule;
}

export async function startPeers(opts: StartPeersOptions = {}): Promise<PeerSet> {
  const kind = opts.kind ?? peerKindFromEnv();
  let mattermost: MattermostPeer;
  let teleport: TeleportPeer;
  const traitsFor = (mm: MattermostPeer) => Object.fromEntries(MAPPED.map((u) => [u, {[MAPPING_TRAIT]: [mm.users[u].id]}]));
  const startInRepoTeleport = async (mm: MattermostPeer) => {
    const {startTeleportPeer} = await import('./teleport/index');
    return startTeleportPeer({
      traits: traitsFor(mm),
      ...(opts.teleportVersion ? {version: opts.teleportVersion} : {}),
      ...(opts.teleportAccessMonitoringRules !== undefined ? {accessMonitoringRules: opts.teleportAccessMonitoringRules} : {}),
    });
  };
  if (kind === 'in-repo') {
    const {startMattermostPeer} = await import('./mattermost/index');
    mattermost = await startMattermostPeer({pluginSettings: opts.pluginSettings ?? {}});
    teleport = await startInRepoTeleport(mattermost);
  } else {
    const real = await loadRealPeers();
    mattermost = await real.startRealMattermost({pluginSettings: opts.pluginSettings ?? {}});
    try {
      teleport = kind === 'mixed' ? await startInRepoTeleport(mattermost) : await real.startRealTeleport({traits: traitsFor(mattermost)});
    } catch (err) {
      await mattermost.stop();
      throw err;
    }
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
