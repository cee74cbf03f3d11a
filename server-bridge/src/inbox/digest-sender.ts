/**
 * Sends the daily digest DM (digest.ts decides when and what). At most one per user per local
 * day across restarts and replicas: the day of the last digest is kept in the user's preferences
 * (category teleport_access_inbox, name `digest`), and before sending, the DM is searched for a
 * digest of that day (its effect marker), so a replica that crashed after posting, or one that
 * raced another, does not post again. Replicas tick at different offsets (from their id), so two
 * of them reaching the same user in the same instant is unlikely; if it happens, the later one
 * finds the first one's post.
 */
import {createHash} from 'node:crypto';
import type {Logger} from 'pino';
import {REVIEWABLE, type InboxEntry} from '@tma/card-contract';
import type {ChatPort} from '../chat/port';
import type {Settings} from '../config/settings';
import type {AccessRequest} from '../domain/request';
import type {MattermostUser} from '../mattermost/port';
import {digestDueDay, digestMessage, localTime, readSchedule, zoneOf} from './digest';
import type {MappedUser} from './publisher';
import type {UserPreference} from './preference-store';
import {PeriodicPass} from '../app/periodic-pass';
import {describe} from '../app/errors';

/** The preference (in the inbox category) holding the day of the user's last digest. */
export const DIGEST_PREFERENCE = 'digest';
/** Requests are listed in full up to here; the rest is counted. */
const DIGEST_MAX_LINES = 20;
/** How long a digest waits for a new request's cards before it goes out without their links. */
const CARD_WAIT_MS = 5 * 60_000;
/** The marker's request part: a digest is about no single request. */
const DIGEST_SUBJECT = 'inbox';

/** The local day of the user's last digest. */
export type DigestDayStore = UserPreference;

export interface DigestDeps {
  settings(): Settings;
  users(): Promise<MappedUser[]>;
  entriesOf(mattermostId: string): InboxEntry[];
  pending(): AccessRequest[];
  getUser(id: string): Promise<MattermostUser | null>;
  chat: Pick<ChatPort, 'dm' | 'findDm'>;
  store: DigestDayStore;
  siteUrl: string;
  replicaId: string;
  logger: Logger;
  now(): number;
  /** Default 60 s. */
  tickMs?: number;
  onSent?(): void;
}

export class DigestSender extends PeriodicPass {
  /** Last digest day per user, as far as this replica knows. */
  private readonly sentDay = new Map<string, string>();
  private readonly zones = new Map<string, {zone: string; until: number}>();
  private badSchedule = '';

  constructor(private readonly deps: DigestDeps) {
    const everyMs = deps.tickMs ?? 60_000;
    // Each replica at its own offset within the tick (see above).
    const firstAfterMs = createHash('sha256').update(deps.replicaId).digest().readUInt32BE(0) % everyMs;
    super({everyMs, firstAfterMs, logger: deps.logger, name: 'daily digests', failure: 'digests not sent; will retry'});
  }

  protected async pass(): Promise<void> {
    const settings = this.deps.settings();
    if (!settings.digestEnabled) return;
    const read = readSchedule(settings.digestTime, settings.digestWeekdays);
    if (!read.ok) {
      if (this.badSchedule !== read.error) this.deps.logger.warn({err: read.error}, 'digest schedule unreadable; no digests');
      this.badSchedule = read.error;
      return;
    }
    const now = this.deps.now();
    const requests = new Map(this.deps.pending().map((r) => [r.id, r]));
    for (const user of await this.deps.users()) {
      const waiting = this.deps.entriesOf(user.mattermostId).filter((e) => REVIEWABLE.has(e.rel));
      // Nothing pending for them: nothing is sent, and the day stays open for later.
      if (waiting.length === 0) continue;
      // A request just created may not have a card for them yet: wait a little so the digest can link it.
      const young = (id: string) => now - Date.parse(requests.get(id)?.created ?? '') < CARD_WAIT_MS;
      if (waiting.some((e) => e.post === '' && young(e.id))) continue;
      try {
        const zone = await this.zoneOf(user.mattermostId, now);
        const day = digestDueDay(now, zone, read.value, this.sentDay.get(user.mattermostId) ?? null);
        if (!day) continue;
        const stored = await this.deps.store.read(user.mattermostId);
        if (stored === day) {
          this.sentDay.set(user.mattermostId, day);
          continue;
        }
        const effect = {kind: 'digest', day} as const;
        const startOfDay = now - localTime(now, zone).minute * 60_000 - 60_000;
        if (!(await this.deps.chat.findDm(user.mattermostId, DIGEST_SUBJECT, effect, startOfDay))) {
          const shown = waiting.slice(0, DIGEST_MAX_LINES);
          await this.deps.chat.dm(user.mattermostId, DIGEST_SUBJECT, effect, digestMessage(shown, requests, this.deps.siteUrl, waiting.length - shown.length));
          this.deps.onSent?.();
          this.deps.logger.info({user: user.teleport.name, day, requests: waiting.length}, 'digest sent');
        }
        await this.deps.store.write(user.mattermostId, day);
        this.sentDay.set(user.mattermostId, day);
      } catch (err) {
        this.deps.logger.warn({user: user.teleport.name, err: describe(err)}, 'digest not sent to this user; will retry');
      }
    }
  }

  /** The user's Mattermost time zone, read at most hourly. */
  private async zoneOf(userId: string, now: number): Promise<string> {
    const hit = this.zones.get(userId);
    if (hit && hit.until > now) return hit.zone;
    const zone = zoneOf((await this.deps.getUser(userId))?.timezone);
    this.zones.set(userId, {zone, until: now + 3_600_000});
    return zone;
  }
}
