/**
 * The in-repo Mattermost peer: a fastify server speaking the API v4 subset the bridge and the
 * scenarios use, seeded with the story (team acme, channels access-requests and ops, admin, alice,
 * bob, ivan, carol, dave and the teleport-bot). `startMattermostPeer()` implements MattermostPeer
 * plus read-backs and knobs for tests (ephemeral inboxes, opened dialogs, stored posts, roles).
 */
import {readFileSync} from 'node:fs';
import Fastify, {type FastifyError} from 'fastify';
import type {PluginManifest} from '@mattermost/types/plugins';
import type {Post} from '@mattermost/types/posts';
import type {MattermostFaults, MattermostPeer, PeerUser} from '../types';
import type {PeerContext} from './context';
import {AppError} from './errors';
import {FaultInjector} from './faults';
import {sendJson} from './http';
import {newId} from './ids';
import {toClientPost, type PostRecord, type UserRecord} from './model';
import {registerChannelRoutes} from './routes/channels';
import {registerCommandRoutes} from './routes/commands';
import {registerIntegrationRoutes} from './routes/integrations';
import {registerPostRoutes} from './routes/posts';
import {registerSystemRoutes} from './routes/system';
import {registerPreferenceRoutes} from './routes/preferences';
import {registerUserRoutes} from './routes/users';
import {SEED_PASSWORD, seedStory, SEEDED_USERS, type SeededUserName} from './seed';
import {PeerState, type OpenedDialog, type PeerConfig, type RequestLogEntry} from './state';
import {TriggerSigner} from './trigger';
import {attachWebsocket, type PeerEvents} from './websocket';

export type {OpenedDialog, RequestLogEntry} from './state';
export type {PostRecord} from './model';
export {SEED_PASSWORD} from './seed';

export interface MattermostPeerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Plugin whose settings GET /config returns; defaults to the id in the repo's plugin.json. */
  pluginId?: string;
  /** Trigger id lifetime; default 3000 ms as on older servers. */
  triggerTTLms?: number;
  /** Outgoing integration timeout; default ServiceSettings.OutgoingIntegrationRequestsTimeout (30 s). */
  integrationTimeoutMs?: number;
  /** Initial plugin settings values (PluginSettings.Plugins[pluginId]). */
  pluginSettings?: Record<string, unknown>;
  /** Manifest GET /plugins reports; defaults to the repo's plugin.json; null registers none. */
  manifest?: PluginManifest | null;
}

export interface InRepoMattermostPeer extends MattermostPeer {
  kind: 'in-repo';
  faults: MattermostFaults;
  pluginId: string;
  /** Password of every seeded human user (POST /users/login). */
  password: string;
  /** Ephemeral posts delivered to this user, oldest first, as the client would receive them. */
  ephemeralFor(userId: string): Post[];
  /** Dialogs opened for this user through /actions/dialogs/open, oldest first. */
  openedDialogs(userId: string): OpenedDialog[];
  /** A channel's posts as clients see them (integrations stripped), oldest first. */
  channelPosts(channelId: string): Post[];
  /** The stored post, including action integrations (URL + context) clients never see. */
  storedPost(postId: string): PostRecord | undefined;
  setPluginSettings(values: Record<string, unknown>): void;
  registerPlugin(manifest: PluginManifest, active?: boolean): void;
  setTriggerTTL(ms: number): void;
  setIntegrationTimeout(ms: number): void;
  setUserRoles(userId: string, roles: string): void;
  deactivateUser(userId: string): void;
  addToChannel(channelId: string, userId: string): void;
  removeFromChannel(channelId: string, userId: string): void;
  /** Every request answered so far (method, path, status, acting user). */
  requests(): readonly RequestLogEntry[];
}

const SERVER_VERSION = '10.11.0';

function repoManifest(): PluginManifest | null {
  try {
    return JSON.parse(readFileSync(new URL('../../../plugin.json', import.meta.url), 'utf8')) as PluginManifest;
  } catch {
    return null;
  }
}

function initialConfig(siteUrl: string, pluginId: string, values: Record<string, unknown>): PeerConfig {
  return {
    ServiceSettings: {
      SiteURL: siteUrl,
      EnableCommands: true,
      EnablePostUsernameOverride: false,
      EnablePostIconOverride: false,
      OutgoingIntegrationRequestsTimeout: 30,
      // Scenarios run the bridge on loopback; a real server needs the same allowance.
      AllowedUntrustedInternalConnections: '127.0.0.1 localhost ::1',
      PostEditTimeLimit: -1,
    },
    PluginSettings: {Enable: true, Plugins: {[pluginId]: {...values}}, PluginStates: {[pluginId]: {Enable: true}}},
    PrivacySettings: {ShowEmailAddress: true},
  };
}

export async function startMattermostPeer(opts: MattermostPeerOptions = {}): Promise<InRepoMattermostPeer> {
  const manifest = opts.manifest === undefined ? repoManifest() : opts.manifest;
  const pluginId = opts.pluginId ?? manifest?.id ?? 'dev.accessbridge.teleport';
  const state = new PeerState(initialConfig('', pluginId, opts.pluginSettings ?? {}));
  if (manifest) state.plugins.set(manifest.id, {manifest, active: true});
  const seeded = seedStory(state);
  const triggers = new TriggerSigner(opts.triggerTTLms ?? 3000);
  let timeoutOverride = opts.integrationTimeoutMs;
  let socket: PeerEvents | null = null;
  const ctx: PeerContext = {
    state,
    triggers,
    integrationTimeoutMs: () => timeoutOverride ?? state.config.ServiceSettings.OutgoingIntegrationRequestsTimeout * 1000,
    events: {broadcast: (event, data) => socket?.broadcast(event, data)},
  };
  const faults = new FaultInjector();

  const app = Fastify({logger: false, genReqId: () => newId(), bodyLimit: 10 * 1024 * 1024});
  app.addHook('onRequest', async (request, reply) => faults.onRequest(request, reply));
  // Websocket connections would keep app.close() waiting.
  app.addHook('preClose', async () => socket?.dropAll());
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', String(request.id));
    reply.header('x-version-id', `${SERVER_VERSION}.${SERVER_VERSION}.in-repo-peer.false`);
    return faults.onSend(request, reply, payload);
  });
  app.addHook('onResponse', async (request, reply) => {
    const userId = (request as typeof request & {peerUserId?: string}).peerUserId ?? null;
    state.requestLog.push({method: request.method, path: request.url.split('?')[0] ?? '', status: reply.statusCode, userId});
  });
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) return sendJson(reply, error.status, error.toBody(String(request.id)));
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    const body =
      status < 500
        ? new AppError(status, 'api.context.invalid_body_param.app_error', 'Invalid or missing body in request body.', error.message)
        : new AppError(500, 'peer.internal.app_error', 'Internal error in the in-repo Mattermost peer.', error.stack ?? error.message);
    return sendJson(reply, status, body.toBody(String(request.id)));
  });
  app.setNotFoundHandler((request, reply) =>
    sendJson(reply, 404, new AppError(404, 'api.context.404.app_error', 'Sorry, we could not find the page.', `${request.method} ${request.url}`).toBody(String(request.id))),
  );

  registerUserRoutes(app, ctx);
  registerPreferenceRoutes(app, ctx);
  registerChannelRoutes(app, ctx);
  registerPostRoutes(app, ctx);
  registerIntegrationRoutes(app, ctx);
  registerCommandRoutes(app, ctx);
  registerSystemRoutes(app, ctx);

  await app.listen({port: opts.port ?? 0, host: opts.host ?? '127.0.0.1'});
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('mattermost peer: no TCP address after listen');
  socket = attachWebsocket(app.server, state, SERVER_VERSION);
  const events = socket;
  faults.attach({server: app.server, port: address.port, host: address.address, dropUpgraded: () => events.dropAll()});
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  state.config.ServiceSettings.SiteURL = url;

  const peerUser = (u: UserRecord, token: string): PeerUser => ({id: u.id, username: u.username, email: u.email, token});
  const users = Object.fromEntries(SEEDED_USERS.map((name) => [name, peerUser(seeded.users[name].user, seeded.users[name].token)])) as Record<SeededUserName, PeerUser>;

  return {
    kind: 'in-repo',
    url,
    adminToken: seeded.users.admin.token,
    bot: peerUser(seeded.bot.user, seeded.bot.token),
    team: {id: seeded.teamId, name: state.team(seeded.teamId).name},
    channels: {
      requests: {id: seeded.requests.id, name: seeded.requests.name},
      other: {id: seeded.other.id, name: seeded.other.name},
    },
    users,
    faults,
    pluginId,
    password: SEED_PASSWORD,
    ephemeralFor: (userId) => structuredClone(state.ephemeral.get(userId) ?? []),
    openedDialogs: (userId) => structuredClone(state.dialogs.get(userId) ?? []),
    channelPosts: (channelId) =>
      [...state.posts.values()]
        .filter((p) => p.channelId === channelId && p.deleteAt === 0)
        .sort((a, b) => a.createAt - b.createAt)
        .map((p) => toClientPost(p, state.replyCount(p.rootId || p.id))),
    storedPost: (postId) => {
      const p = state.posts.get(postId);
      return p ? structuredClone(p) : undefined;
    },
    setPluginSettings: (values) => {
      state.config.PluginSettings.Plugins[pluginId] = {...values};
    },
    registerPlugin: (m, active = true) => {
      state.plugins.set(m.id, {manifest: m, active});
    },
    setTriggerTTL: (ms) => {
      triggers.ttlMs = ms;
    },
    setIntegrationTimeout: (ms) => {
      timeoutOverride = ms;
    },
    setUserRoles: (userId, roles) => {
      state.user(userId).roles = roles;
    },
    deactivateUser: (userId) => {
      state.user(userId).deleteAt = state.now();
    },
    addToChannel: (channelId, userId) => state.addChannelMember(channelId, userId),
    removeFromChannel: (channelId, userId) => state.removeChannelMember(channelId, userId),
    requests: () => [...state.requestLog],
    stop: async () => {
      // Closing while an outage has the socket closed would fail; let it reopen first.
      await faults.outageInProgress?.catch(() => undefined);
      await app.close();
    },
  };
}
