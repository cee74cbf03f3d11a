/**
 * Keeps each mapped reviewer's inbox preference (format.ts) in step with the pending requests.
 * A tick recomputes every list in memory (list.ts) and writes a user's preference only when that
 * user's list changed: a new request, one resolved, a review by that user, a card posted. A tick
 * where none of that moved (the pipeline's revision, the mapped users) is skipped, since with
 * thousands pending the recomputation is what an idle bridge would spend its CPU on; review
 * permissions and channel memberships change with no event, so a full pass still comes every
 * `refreshMs`, and after any pass where a user's list could not be written.
 * Approvals by others change the card, not the ids, so they cost no write here; the sidebar
 * follows the card post itself. While cards are being posted, ticks wait for the pipeline, up to a
 * bound (`deferred`).
 *
 * Who gets a list: Teleport users whose mapping trait holds exactly one Mattermost user id, and with
 * the e-mail/username fallback on, the users it maps by the identity mapper's own rules
 * (mapped-users.ts, which also says what that costs).
 *
 * Replicas: each computes the same list from the same watch and skips a write when its last
 * write or read already holds that value, so a change costs at most one write per replica.
 */
import type {Logger} from 'pino';
import type {AccessRequest, TeleportUser} from '../domain/request';
import type {PermissionCheck} from '../reviewers/directory';
import type {PostRef} from '../requests/record';
import {decodeInbox, encodeInbox, type InboxEntry} from '@tma/card-contract';
import {computeInbox} from './list';
import type {UserPreference} from './preference-store';
import {PeriodicPass} from '../app/periodic-pass';
import {describe} from '../app/errors';
import {isMattermostId} from '../mattermost/port';

export interface MappedUser {
  teleport: TeleportUser;
  mattermostId: string;
}

/** The inbox preference of one Mattermost user. */
export type InboxStore = UserPreference;

export interface InboxPublisherDeps {
  pending(): AccessRequest[];
  cards(requestId: string): readonly PostRef[];
  users(): Promise<MappedUser[]>;
  permissions(user: TeleportUser): Promise<PermissionCheck>;
  isMember(channelId: string, userId: string): Promise<boolean | null>;
  store: InboxStore;
  /** False while Teleport is unreachable or the credentials are unusable (reported elsewhere, once): no pass then. */
  active?(): boolean;
  logger: Logger;
  now(): number;
  /** Default 3 s. */
  tickMs?: number;
  /** Grows whenever a pending request or a card record changes; without it every tick is a full pass. */
  revision?(): number;
  /** Longest time between full passes when nothing moved; default 60 s. */
  refreshMs?: number;
  /** How long a channel membership is trusted; default 2 min. */
  memberTtlMs?: number;
  /** True while the card pipeline has requests in flight: passes wait (see `maxDeferMs`). */
  busy?(): boolean;
  /** Longest a pass waits for the pipeline to be idle; default 10 s. */
  maxDeferMs?: number;
}

export interface InboxCalls {
  reads: number;
  writes: number;
  bytes: number;
}

/** Teleport users mapped by trait to one Mattermost id; several or none is not a mapping. */
export function mappedByTrait(users: readonly TeleportUser[], trait: string): MappedUser[] {
  const out: MappedUser[] = [];
  for (const teleport of users) {
    const ids = teleport.traits[trait] ?? [];
    if (!teleport.isBot && ids.length === 1 && isMattermostId(ids[0]!)) out.push({teleport, mattermostId: ids[0]!});
  }
  return out;
}

export class InboxPublisher extends PeriodicPass {
  /** What each user's preference holds, as far as this replica knows. */
  private readonly stored = new Map<string, string>();
  private readonly members = new Map<string, {member: boolean; until: number}>();
  /** Causes already logged, so a lasting problem is logged once, not every tick. */
  private readonly logged = new Set<string>();
  /** Each user's list as last computed (the digest reads it). */
  private readonly computed = new Map<string, InboxEntry[]>();
  readonly calls: InboxCalls = {reads: 0, writes: 0, bytes: 0};
  /** What the last pass was made of; null before the first, or when a user's list was left unwritten. */
  private lastPass: {revision: number; users: string; at: number} | null = null;
  /** When the first tick that found the pipeline busy was put off; null when none is. */
  private deferredSince: number | null = null;

  /** The user's entries from the last pass (empty before the first). */
  entriesOf(mattermostId: string): InboxEntry[] {
    return this.computed.get(mattermostId) ?? [];
  }

  constructor(private readonly deps: InboxPublisherDeps) {
    super({everyMs: deps.tickMs ?? 3000, logger: deps.logger, name: 'reviewer inboxes', failure: 'reviewer inboxes not updated; will retry'});
  }

  protected async pass(): Promise<void> {
    if (this.deps.active && !this.deps.active()) return;
    if (this.deferred()) return;
    // Read before the work, so a change during this pass makes the next one run.
    const revision = this.deps.revision?.() ?? Number.NaN;
    const users = await this.deps.users();
    const now = this.deps.now();
    // Roles and traits decide what a user may review: a change to them is a change to the lists.
    const usersKey = JSON.stringify(users.map((u) => [u.teleport.name, u.mattermostId, u.teleport.roles, u.teleport.traits]));
    const last = this.lastPass;
    if (last && last.revision === revision && last.users === usersKey && now - last.at < (this.deps.refreshMs ?? 60_000)) return;
    const pending = this.deps.pending();
    let complete = true;
    for (const user of users) {
      try {
        // A list written without the user's permissions (unreadable now) is to be redone next tick.
        if (!(await this.publish(user, pending))) complete = false;
        this.logged.delete(`user:${user.mattermostId}`);
      } catch (err) {
        complete = false;
        this.once(`user:${user.mattermostId}`, err, 'inbox of this user not updated; will retry', {user: user.teleport.name});
      }
    }
    this.lastPass = complete ? {revision, users: usersKey, at: now} : null;
  }

  /**
   * While cards are being posted, a pass waits, up to `maxDeferMs`: in a burst every tick saw a
   * new revision and recomputed every list over every pending request for every mapped user (and
   * wrote each one), 2% of the burst's CPU (issue 10), for lists that changed again a tick later.
   * A list then lags by at most that bound, and the first idle tick brings it up to date.
   */
  private deferred(): boolean {
    if (!this.deps.busy?.()) {
      this.deferredSince = null;
      return false;
    }
    const now = this.deps.now();
    this.deferredSince ??= now;
    if (now - this.deferredSince < (this.deps.maxDeferMs ?? 10_000)) return true;
    this.deferredSince = null;
    return false;
  }

  /** False when the list went out without the user's review permissions (suggested reviews only). */
  private async publish(user: MappedUser, pending: AccessRequest[]): Promise<boolean> {
    let check: PermissionCheck | null = null;
    try {
      check = await this.deps.permissions(user.teleport);
      this.logged.delete(`perm:${user.teleport.name}`);
    } catch (err) {
      this.once(`perm:${user.teleport.name}`, err, 'review permissions unreadable; the inbox lists suggested reviews only', {user: user.teleport.name});
    }
    const channels = new Set(pending.flatMap((r) => this.deps.cards(r.id).map((p) => p.channelId)));
    const readable = new Set<string>();
    for (const channelId of channels) if (await this.member(channelId, user.mattermostId)) readable.add(channelId);
    const entries = computeInbox({viewer: user.teleport.name, pending, check, cards: (id) => this.deps.cards(id), canRead: (c) => readable.has(c)});
    this.computed.set(user.mattermostId, entries);
    const value = encodeInbox(entries);
    const id = user.mattermostId;
    if (!this.stored.has(id)) {
      this.calls.reads++;
      const current = await this.deps.store.read(id);
      if (current !== null && decodeInbox(current).kind === 'partial')
        this.once(`bad:${id}`, new Error('stored inbox unreadable'), 'stored inbox was malformed; rewriting it', {user: user.teleport.name});
      if (current !== null) this.stored.set(id, current);
    }
    if (this.stored.get(id) === value) return check !== null;
    // An empty list over nothing stored: nothing to tell the user.
    if (!this.stored.has(id) && entries.length === 0) return check !== null;
    await this.deps.store.write(id, value);
    this.calls.writes++;
    this.calls.bytes += value.length;
    this.stored.set(id, value);
    this.deps.logger.debug({user: user.teleport.name, entries: entries.length}, 'reviewer inbox updated');
    return check !== null;
  }

  private async member(channelId: string, userId: string): Promise<boolean> {
    const key = `${channelId}/${userId}`;
    const now = this.deps.now();
    const hit = this.members.get(key);
    if (hit && hit.until > now) return hit.member;
    this.calls.reads++;
    const member = (await this.deps.isMember(channelId, userId)) === true;
    this.members.set(key, {member, until: now + (this.deps.memberTtlMs ?? 120_000)});
    return member;
  }

  private once(key: string, err: unknown, message: string, fields: Record<string, string> = {}): void {
    if (this.logged.has(key)) return;
    this.logged.add(key);
    this.deps.logger.warn({...fields, err: describe(err)}, message);
  }
}
