/**
 * Small in-memory fakes of the ports, for the reviews unit tests. They model only what the review
 * path depends on (Teleport's review and submit-for rules, Mattermost users,
 * ephemeral posts and dialogs); the in-repo peers under test/peers are the faithful versions.
 */
import {Writable} from 'node:stream';
import {pino, type Logger} from 'pino';
import {DEFAULT_SETTINGS, type Settings, type SettingsSource} from '../config/settings';
import type {AccessRequest, ClusterInfo, Decision, TeleportUser} from '../domain/request';
import type {TeleportRole} from '../domain/role';
import {MattermostError, type MattermostPort, type MattermostPost, type MattermostUser} from '../mattermost/port';
import {TeleportError, type TeleportErrorKind, type TeleportPort} from '../teleport/port';
import {request} from '../testing/fixtures';
import {isoUtc} from '../card/time';

export function settingsOf(patch: Partial<Settings> = {}): SettingsSource & {set(patch: Partial<Settings>): void} {
  let current: Settings = {...DEFAULT_SETTINGS, reviewsEnabled: true, ...patch};
  return {
    current: () => current,
    set(next) {
      current = {...current, ...next};
    },
  };
}

/** A logger whose JSON lines tests can read. */
export function captureLogger(): {logger: Logger; lines: Record<string, unknown>[]} {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return {logger: pino({level: 'debug'}, sink), lines};
}

export function teleportUser(name: string, traits: Record<string, string[]> = {}, extra: Partial<TeleportUser> = {}): TeleportUser {
  return {name, roles: [], traits, ssoConnector: null, isBot: false, ...extra};
}

export function mattermostUser(id: string, username: string, extra: Partial<MattermostUser> = {}): MattermostUser {
  return {id, username, email: `${username}@example.com`, deleteAt: 0, isBot: false, roles: 'system_user', firstName: '', lastName: '', ...extra};
}

/** A pending request (the shared fixture) with the given id and requester. */
export function pendingRequest(id: string, user: string, patch: Partial<AccessRequest> = {}): AccessRequest {
  return request({id, user, ...patch});
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface FakeTeleport extends TeleportPort {
  requests: Map<string, AccessRequest>;
  users: TeleportUser[];
  /** Teleport user → roles they may review. */
  reviewable: Map<string, string[]>;
  /** Role specs GetRole answers with (users name them in `roles`). */
  roles: Map<string, TeleportRole>;
  calls: {submitReview: {requestId: string; author: string; decision: Decision; reason: string}[]; listUsers: number; getRequest: number};
  delayMs: number;
  /** Errors thrown by the next calls of a method, in order. */
  failNext: Map<string, TeleportError[]>;
  /** Whether the bridge identity may submit for others (false: like an old cluster). */
  onBehalf: boolean;
  cluster: ClusterInfo;
}

export function fakeTeleport(init: {users?: TeleportUser[]; requests?: AccessRequest[]; reviewable?: Record<string, string[]>; roles?: TeleportRole[]} = {}): FakeTeleport {
  const fake: FakeTeleport = {
    requests: new Map((init.requests ?? []).map((r) => [r.id, r])),
    users: init.users ?? [],
    reviewable: new Map(Object.entries(init.reviewable ?? {})),
    roles: new Map((init.roles ?? []).map((r) => [r.name, r])),
    calls: {submitReview: [], listUsers: 0, getRequest: 0},
    delayMs: 0,
    failNext: new Map(),
    onBehalf: true,
    cluster: {clusterName: 'test', serverVersion: '18.11.0', proxyPublicAddr: 'teleport.example.com:443', advancedAccessWorkflows: true, onBehalfReviews: true},

    async ping() {
      return fake.cluster;
    },
    watchRequests() {
      return {ready: true, close() {}};
    },
    async listRequests() {
      return [...fake.requests.values()];
    },
    async getRequest(id) {
      fake.calls.getRequest += 1;
      await gate('getRequest');
      return fake.requests.get(id) ?? null;
    },
    async createRequest() {
      throw new TeleportError('NotImplemented', 'not in this fake');
    },
    async submitReview(input) {
      fake.calls.submitReview.push(input);
      await gate('submitReview');
      if (!fake.onBehalf) throw new TeleportError('AccessDenied', `user "bridge" cannot submit reviews on behalf of "${input.author}"`, 7);
      const request = fake.requests.get(input.requestId);
      if (!request) throw new TeleportError('NotFound', `access_request "${input.requestId}" not found`, 5);
      if (request.state !== 'PENDING') throw new TeleportError('AccessDenied', `the access request has been already ${request.state}`, 7);
      if (request.user === input.author) throw new TeleportError('AccessDenied', `user "${input.author}" cannot review their own access request`, 7);
      const may = fake.reviewable.get(input.author) ?? [];
      if (!request.roles.every((role) => may.includes(role))) throw new TeleportError('AccessDenied', `user "${input.author}" cannot review this request`, 7);
      if (request.reviews.some((r) => r.author === input.author)) throw new TeleportError('AlreadyExists', `user "${input.author}" has already reviewed this request`, 6);
      const reviews = [
        ...request.reviews,
        {author: input.author, decision: input.decision, reason: input.reason, created: isoUtc(Date.now()), submittedBy: 'bridge', thresholdIndexes: [0]},
      ];
      const approvals = reviews.filter((r) => r.decision === 'APPROVED').length;
      const state = reviews.some((r) => r.decision === 'DENIED') ? 'DENIED' : approvals >= (request.thresholds[0]?.approve ?? 1) ? 'APPROVED' : 'PENDING';
      const next: AccessRequest = {...request, reviews, state};
      fake.requests.set(request.id, next);
      return next;
    },
    async deleteRequest(id) {
      fake.requests.delete(id);
    },
    async listPluginData() {
      return new Map<string, Record<string, string>>();
    },
    async getPluginData() {
      return null;
    },
    async updatePluginData() {},
    async getUser(name) {
      return fake.users.find((u) => u.name === name) ?? null;
    },
    async listUsers() {
      fake.calls.listUsers += 1;
      await gate('listUsers');
      return fake.users.map((u) => ({...u}));
    },
    async getRole(name) {
      return fake.roles.get(name) ?? null;
    },
    async getAccessCapabilities() {
      return {requestableRoles: [], applicableRolesForResources: [], suggestedReviewers: [], requestPrompt: '', requireReason: false};
    },
    close() {},
  };

  async function gate(method: string): Promise<void> {
    if (fake.delayMs > 0) await sleep(fake.delayMs);
    const queue = fake.failNext.get(method);
    const error = queue?.shift();
    if (error) throw error;
  }
  return fake;
}

export function teleportError(kind: TeleportErrorKind, message: string): TeleportError {
  return new TeleportError(kind, message);
}

export interface FakeMattermost extends MattermostPort {
  users: Map<string, MattermostUser>;
  ephemerals: {userId: string; channelId: string; message: string; rootId?: string}[];
  dialogs: {triggerId: string; url: string; dialog: Record<string, unknown>}[];
  calls: {getUser: number; getUserByEmail: number; getUsersByUsernames: number};
  failGetUser: number;
  /** Fails the next n e-mail lookups / batch username lookups with a 503. */
  failGetUserByEmail: number;
  failGetUsersByUsernames: number;
  /** Rejects openDialog (e.g. an expired trigger). */
  failOpenDialog: boolean;
}

export function fakeMattermost(users: MattermostUser[] = []): FakeMattermost {
  const fake: FakeMattermost = {
    users: new Map(users.map((u) => [u.id, u])),
    ephemerals: [],
    dialogs: [],
    calls: {getUser: 0, getUserByEmail: 0, getUsersByUsernames: 0},
    failGetUser: 0,
    failGetUserByEmail: 0,
    failGetUsersByUsernames: 0,
    failOpenDialog: false,
    async botUserId() {
      return 'bot';
    },
    async getUser(id) {
      fake.calls.getUser += 1;
      if (fake.failGetUser > 0) {
        fake.failGetUser -= 1;
        throw new Error('mattermost unavailable');
      }
      return fake.users.get(id) ?? null;
    },
    async getUserByEmail(email) {
      fake.calls.getUserByEmail += 1;
      if (fake.failGetUserByEmail > 0) {
        fake.failGetUserByEmail -= 1;
        throw new MattermostError(503, 'mattermost unavailable');
      }
      return [...fake.users.values()].find((u) => u.email === email) ?? null;
    },
    async getUsersByUsernames(usernames) {
      fake.calls.getUsersByUsernames += 1;
      if (fake.failGetUsersByUsernames > 0) {
        fake.failGetUsersByUsernames -= 1;
        throw new MattermostError(503, 'mattermost unavailable');
      }
      // As the server: the names that exist, deactivated users included; the others are absent.
      return [...fake.users.values()].filter((u) => usernames.includes(u.username));
    },
    async getUserByUsername(username) {
      return [...fake.users.values()].find((u) => u.username === username) ?? null;
    },
    async getChannelByName() {
      return null;
    },
    async directChannel(userId) {
      return `dm-${userId}`;
    },
    async createPost(): Promise<{id: string}> {
      throw new Error('not in this fake');
    },
    async getPost() {
      return null;
    },
    async updatePost(): Promise<MattermostPost> {
      throw new Error('not in this fake');
    },
    async postsSince() {
      return [];
    },
    async thread() {
      return [];
    },
    async isChannelMember() {
      return true;
    },
    async createEphemeralPost(userId, channelId, message, rootId) {
      fake.ephemerals.push({userId, channelId, message, ...(rootId ? {rootId} : {})});
    },
    async openDialog(triggerId, url, dialog) {
      if (fake.failOpenDialog) throw new Error('trigger expired');
      fake.dialogs.push({triggerId, url, dialog});
    },
  };
  return fake;
}
