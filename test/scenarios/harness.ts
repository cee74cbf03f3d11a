/**
 * Everything a scenario needs: the peers (in-repo or real, same interface), one or more real
 * bridges started from a real configuration, users acting through the real protocols, and
 * polling helpers. Scenarios assert what users would see; they never reach into the bridge.
 */
import net from 'node:net';
import {Client4} from '../../server-bridge/src/mattermost/client4';
import type {Post} from '@mattermost/types/posts';
import pino from 'pino';
import {startBridge, type Bridge, type BridgeOverrides} from '../../server-bridge/src/app/bridge';
import {parseBridgeConfig} from '../../server-bridge/src/config/bridge-config';
import type {AccessRequest} from '../../server-bridge/src/domain/request';
import {CARD_PROPS_KEY, decodeInbox, INBOX_CATEGORY, INBOX_NAME, REQUEST_ID_PROPS_KEY, type CardModel, type InboxEntry} from '@tma/card-contract';
import {createTeleportClient} from '../../server-bridge/src/teleport/client';
import {staticCredentials} from '../../server-bridge/src/teleport/credential-source';
import {loadCredentials} from '../../server-bridge/src/teleport/identity';
import type {TeleportPort} from '../../server-bridge/src/teleport/port';
import {startPeers, type StartPeersOptions} from '../peers/index';
import {STORY_ROLE_TO_RECIPIENTS, type StoryUserName} from '../peers/story';
import type {PeerSet} from '../peers/types';
import type {InRepoMattermostPeer} from '../peers/mattermost/index';
import {openUserSocket, type Inbox, type UserSocket} from './user-socket';

export const STORY_SETTINGS: Record<string, unknown> = {
  reviewsenabled: true,
  roletorecipients: JSON.stringify(STORY_ROLE_TO_RECIPIENTS),
  notifyrequester: true,
};

export interface BridgeOptions {
  replicaId?: string;
  /** Test knobs of the bridge (shorter claims, reminder minutes, status cadence, …). */
  overrides?: Omit<BridgeOverrides, 'logger'>;
  /** Reuse a port (restart on the same address Mattermost's buttons point at). */
  port?: number;
  /** Another identity file for the bridge (default: the peer's bridge identity). */
  identity?: string;
  /** false: return as soon as it serves HTTP, ready or not (bad-credential scenarios). */
  waitReady?: boolean;
}

export interface Story {
  peers: PeerSet;
  bridges: Bridge[];
  startBridge(opts?: BridgeOptions): Promise<Bridge>;
  stopBridge(bridge: Bridge): Promise<void>;
  /** Mattermost REST client acting as a story user (or the admin / bot). */
  mm(user: StoryUserName | 'dave' | 'admin' | 'bot'): Client4;
  /**
   * What only this user's client receives: ephemeral posts and opened dialogs. On the in-repo peer
   * its records; on the real server the user's own websocket, opened on first use (so call it
   * before the action whose answer you wait for).
   */
  inbox(user: StoryUserName | 'dave'): Promise<Inbox | UserSocket>;
  /** Teleport client acting as a story user with their own identity file. */
  teleportAs(who: StoryUserName | 'admin' | 'bridge'): TeleportPort;
  setSettings(values: Record<string, unknown>): Promise<void>;
  /** Root card posts of a request in the routed channels and the story users' DMs with the bot. */
  cards(requestId: string): Promise<Post[]>;
  /** The posts in the DM between the bot and a user, oldest first. */
  dm(user: StoryUserName): Promise<Post[]>;
  /** Thread replies under a post, oldest first. */
  replies(postId: string): Promise<Post[]>;
  createRequest(as: StoryUserName, roles: string[], reason: string, suggestedReviewers?: string[]): Promise<AccessRequest>;
  /** Every log line the bridges wrote (parsed JSON), oldest first. */
  logs: LogLine[];
  /**
   * Whether the cluster can record reviews made in chat (Teleport 18.11+ and the self-check
   * passed), as the running bridge detected it. The real Teleport available here (13.3.8) cannot:
   * scenarios assert link-only cards there instead of skipping.
   */
  readonly clusterReviews: boolean;
  stop(): Promise<void>;
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export function card(post: Post): CardModel {
  return post.props[CARD_PROPS_KEY] as CardModel;
}

/**
 * Whether a reviewer can click the card's buttons: the card offers them and the post carries the
 * actions (a click on a button the post lacks is the server's 404 "Invalid action id.").
 */
export function clickable(post: Post): boolean {
  const buttons = card(post).buttons;
  const attachments = (post.props?.['attachments'] as {actions?: {id?: string}[]}[] | undefined) ?? [];
  const ids = new Set(attachments.flatMap((a) => a.actions ?? []).map((a) => a.id));
  return buttons.enabled && ids.has(buttons.approveActionId) && ids.has(buttons.denyActionId);
}

/** The user's reviewer inbox as the bridge stored it in their preferences; null when none is stored. */
export async function inboxListOf(story: Story, user: StoryUserName | 'dave'): Promise<InboxEntry[] | null> {
  const prefs = (await story.mm(user).getMyPreferences()) as unknown as {category: string; name: string; value: string}[] | null;
  const mine = (prefs ?? []).find((p) => p.category === INBOX_CATEGORY && p.name === INBOX_NAME);
  if (!mine) return null;
  const read = decodeInbox(mine.value);
  if (read.kind !== 'ok') throw new Error(`${user}'s stored inbox list does not read cleanly: ${mine.value}`);
  return read.inbox.items;
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Where the scenario bridges reach Teleport: straight to Auth, or with TMA_TELEPORT_MODE=proxy
 * through the peer's Proxy with TLS routing (the only way in on Teleport Cloud). Users acting in
 * scenarios always go straight to Auth.
 */
export function bridgeTeleportAddr(peers: PeerSet): {addr: string; mode: 'auth' | 'proxy'} {
  if (process.env.TMA_TELEPORT_MODE !== 'proxy') return {addr: peers.teleport.authAddr, mode: 'auth'};
  if (!peers.teleport.proxyAddr) throw new Error('TMA_TELEPORT_MODE=proxy: this Teleport peer has no Proxy listener');
  return {addr: peers.teleport.proxyAddr, mode: 'proxy'};
}

/** The bridges' signing secret: scenarios that forge tokens sign with it to prove the other checks. */
export const SCENARIO_SECRET = 'scenario-secret-0123456789abcdef0123456789abcdef';

export async function startStory(opts: StartPeersOptions & {settings?: Record<string, unknown>; bridge?: BridgeOptions | false} = {}): Promise<Story> {
  const peers = await startPeers({...opts, pluginSettings: {...STORY_SETTINGS, ...(opts.settings ?? {})}});
  const bridges: Bridge[] = [];
  const teleportClients: TeleportPort[] = [];
  const clients = new Map<string, Client4>();
  const logs: LogLine[] = [];
  const echo = process.env.TMA_TEST_LOG;
  const echoLevel = echo ? (pino.levels.values[echo] ?? 30) : Infinity;
  const logger = pino(
    {level: 'debug'},
    {
      write(line: string) {
        const parsed = JSON.parse(line) as LogLine;
        logs.push(parsed);
        if (parsed.level >= echoLevel) process.stderr.write(line);
      },
    },
  );
  let replicas = 0;
  const sockets = new Map<string, Promise<UserSocket>>();

  const mm = (user: StoryUserName | 'dave' | 'admin' | 'bot'): Client4 => {
    let c = clients.get(user);
    if (!c) {
      c = new Client4();
      c.setUrl(peers.mattermost.url);
      c.setToken(user === 'bot' ? peers.mattermost.bot.token : user === 'admin' ? peers.mattermost.adminToken : peers.mattermost.users[user].token);
      clients.set(user, c);
    }
    return c;
  };

  const story: Story = {
    peers,
    logs,
    get clusterReviews() {
      const bridge = bridges[0];
      if (!bridge) throw new Error('clusterReviews: no bridge is running');
      const t = bridge.status().details.teleport as {on_behalf_reviews: boolean; self_check: boolean | null};
      return t.on_behalf_reviews && t.self_check === true;
    },
    bridges,
    async startBridge(b: BridgeOptions = {}) {
      const port = b.port ?? (await freePort());
      const config = parseBridgeConfig(
        {
          teleport: {...bridgeTeleportAddr(peers), identity: b.identity ?? peers.teleport.identityFile('bridge'), refresh_identity_interval: '1s'},
          mattermost: {url: peers.mattermost.url, token: peers.mattermost.bot.token, settings_poll_interval: '1s'},
          http: {listen: `127.0.0.1:${port}`, public_url: `http://127.0.0.1:${port}`, secret: SCENARIO_SECRET},
          bridge: {replica_id: b.replicaId ?? `replica-${++replicas}`, plugin_name: 'mattermost-access-bridge', concurrency: 16},
          log: {level: 'info'},
        },
        {},
      );
      const bridge = await startBridge(config, {version: '0.1.0-test', ...b.overrides, logger: logger.child({replica: config.bridge.replica_id})});
      bridges.push(bridge);
      if (b.waitReady !== false) await bridge.whenReady();
      return bridge;
    },
    async stopBridge(bridge) {
      await bridge.stop();
      bridges.splice(bridges.indexOf(bridge), 1);
    },
    mm,
    async inbox(user) {
      const mattermost = peers.mattermost;
      const userId = mattermost.users[user].id;
      if (mattermost.kind === 'in-repo') {
        const peer = mattermost as InRepoMattermostPeer;
        return {ephemerals: () => peer.ephemeralFor(userId), dialogs: () => peer.openedDialogs(userId)};
      }
      let socket = sockets.get(user);
      if (!socket) sockets.set(user, (socket = openUserSocket(mattermost.url, mattermost.users[user].token)));
      return socket;
    },
    teleportAs(who) {
      const credentials = staticCredentials(loadCredentials({identityFile: peers.teleport.identityFile(who)}));
      const client = createTeleportClient({addr: peers.teleport.authAddr, mode: 'auth', credentials, logger, pluginName: 'scenario'});
      teleportClients.push(client);
      return client;
    },
    async setSettings(values) {
      const admin = mm('admin');
      const config = (await admin.getConfig()) as unknown as {PluginSettings: {Plugins: Record<string, Record<string, unknown>>}};
      const id = 'dev.accessbridge.teleport';
      config.PluginSettings.Plugins[id] = {...(config.PluginSettings.Plugins[id] ?? {}), ...values};
      await admin.updateConfig(config as never);
      await Promise.all(bridges.map((b) => b.settings.refresh()));
    },
    async cards(requestId) {
      const bot = mm('bot');
      const botId = peers.mattermost.bot.id;
      const channelIds = [peers.mattermost.channels.requests.id, peers.mattermost.channels.other.id];
      for (const u of ['alice', 'bob', 'ivan', 'carol'] as const) {
        channelIds.push((await bot.createDirectChannel([botId, peers.mattermost.users[u].id])).id);
      }
      const found: Post[] = [];
      for (const id of channelIds) {
        const list = await bot.getPosts(id, 0, 200);
        for (const pid of list.order) {
          const p = list.posts[pid];
          if (p && !p.root_id && p.props?.[REQUEST_ID_PROPS_KEY] === requestId) found.push(p);
        }
      }
      return found;
    },
    async dm(user) {
      const bot = mm('bot');
      const channel = await bot.createDirectChannel([peers.mattermost.bot.id, peers.mattermost.users[user].id]);
      const list = await bot.getPosts(channel.id, 0, 200);
      return list.order
        .map((id) => list.posts[id]!)
        .filter(Boolean)
        .reverse();
    },
    async replies(postId) {
      const thread = await mm('bot').getPostThread(postId);
      return thread.order
        .map((id) => thread.posts[id]!)
        .filter((p) => p && p.root_id === postId)
        .sort((a, b) => a.create_at - b.create_at);
    },
    async createRequest(as, roles, reason, suggestedReviewers = []) {
      const t = story.teleportAs(as);
      return t.createRequest({user: peers.teleport.kind === 'in-repo' ? as : as, roles, reason, suggestedReviewers, maxDuration: null, dryRun: false});
    },
    async stop() {
      await Promise.allSettled(bridges.splice(0).map((b) => b.stop()));
      for (const c of teleportClients) c.close();
      for (const s of await Promise.allSettled(sockets.values())) if (s.status === 'fulfilled') s.value.close();
      await peers.stop();
    },
  };
  if (opts.bridge !== false) await story.startBridge(opts.bridge || {});
  return story;
}
