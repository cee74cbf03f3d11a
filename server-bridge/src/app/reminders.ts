/**
 * Reminders (System Console: reminderAfterMinutes, reminderDmReviewers, expiryWarningMinutes).
 * A request still pending after the interval gets one reminder reply in each card thread and,
 * optionally, a DM to its suggested reviewers; its requester gets one DM shortly before the
 * request would expire unresolved. "One" holds across restarts and replicas: each is claimed in
 * the request's plugin data (compare-and-swap) before it is sent, like the announcements in
 * sync.ts. A claimed message that then fails permanently is logged, not sent twice.
 */
import type {Logger} from 'pino';
import type {Settings, SettingsSource} from '../config/settings';
import type {AccessRequest, ClusterInfo} from '../domain/request';
import {webUrl} from '../engine/model';
import {code, sanitizeForMarkdown} from '../engine/sanitize';
import type {MattermostPort} from '../mattermost/port';
import {MattermostError} from '../mattermost/port';
import type {RequestRecord} from '../requests/record';
import type {RecordStore} from '../requests/record-store';
import {describe, isTransient} from './errors';

export type ReminderSettings = Pick<Settings, 'reminderAfterMinutes' | 'reminderDmReviewers' | 'expiryWarningMinutes'>;

export interface DueReminders {
  /** Thread replies (and reviewer DMs if enabled). */
  remind: boolean;
  /** DM to the requester before expiry. */
  warnExpiry: boolean;
}

const NOTHING: DueReminders = {remind: false, warnExpiry: false};

/**
 * Which reminders are due for one request now. Pure.
 * - remind: pending for at least reminderAfterMinutes since creation, cards handled, not yet
 *   reminded, and not already past its pending expiry.
 * - warnExpiry: within expiryWarningMinutes of its pending expiry, not yet warned, and the window
 *   opened after the request was created (a request born inside the window was just announced
 *   to its requester; a warning right after would be noise).
 * Partially reviewed requests still count: they are pending until a threshold is met.
 */
export function dueReminders(request: AccessRequest, record: RequestRecord, settings: ReminderSettings, nowMs: number, minuteMs = 60_000): DueReminders {
  if (request.state !== 'PENDING') return NOTHING;
  const created = Date.parse(request.created);
  const expires = request.pendingExpires ? Date.parse(request.pendingExpires) : Number.NaN;
  const beforeExpiry = Number.isNaN(expires) || nowMs < expires;

  const remind =
    settings.reminderAfterMinutes > 0 &&
    record.posted &&
    !record.reminded &&
    !Number.isNaN(created) &&
    nowMs - created >= settings.reminderAfterMinutes * minuteMs &&
    beforeExpiry;

  const windowStart = expires - settings.expiryWarningMinutes * minuteMs;
  const warnExpiry =
    settings.expiryWarningMinutes > 0 &&
    !Number.isNaN(expires) &&
    !record.expiryWarned &&
    nowMs >= windowStart &&
    nowMs < expires &&
    (Number.isNaN(created) || windowStart > created);

  return {remind, warnExpiry};
}

/** "45 minutes", "2 hours 5 minutes": how long a request has waited, for people. */
export function humanDuration(ms: number, minuteMs = 60_000): string {
  const minutes = Math.max(1, Math.round(ms / minuteMs));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts: string[] = [];
  if (h) parts.push(`${h} hour${h === 1 ? '' : 's'}`);
  if (m || !h) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  return parts.join(' ');
}

function linkLine(url: string | null): string {
  return url ? `\n[Review in Teleport](${url})` : '';
}

export function reminderReply(request: AccessRequest, waitedMs: number, minuteMs = 60_000): string {
  const reviews = request.reviews.length ? ` It has ${request.reviews.length} review${request.reviews.length === 1 ? '' : 's'} so far.` : '';
  return `⏰ Reminder: this request is still waiting for review after ${humanDuration(waitedMs, minuteMs)}.${reviews}`;
}

export function reviewerReminderDm(request: AccessRequest, waitedMs: number, url: string | null, minuteMs = 60_000): string {
  const roles = request.roles.map(code).join(', ');
  const reason = request.reason ? `\n> ${sanitizeForMarkdown(request.reason)}` : '';
  return `⏰ ${code(request.user)} asked for ${roles} ${humanDuration(waitedMs, minuteMs)} ago and named you as a reviewer; request ${code(request.id)} is still waiting.${reason}${linkLine(url)}`;
}

export function expiryWarningDm(request: AccessRequest, leftMs: number, url: string | null, minuteMs = 60_000): string {
  const roles = request.roles.map(code).join(', ');
  return `⌛ Your access request ${code(request.id)} for ${roles} has not been resolved and expires in about ${humanDuration(leftMs, minuteMs)}. Ask a reviewer, or create a new request if it lapses.${linkLine(url)}`;
}

export interface ReminderDeps {
  /** Requests last seen PENDING (RequestProcessor.pendingRequests). */
  pending(): AccessRequest[];
  store: RecordStore;
  settings: SettingsSource;
  cluster(): ClusterInfo;
  mattermost: MattermostPort;
  /** Teleport user → Mattermost user id (null when unmapped). */
  mattermostIdOf(teleportUser: string): Promise<string | null>;
  logger: Logger;
  now(): number;
  /** Length of the settings' "minute"; tests shorten it (BridgeOverrides.reminderMinuteMs). */
  minuteMs: number;
  /** How often pending requests are scanned. */
  scanIntervalMs: number;
  onSent?(kind: 'reminder' | 'expiry_warning'): void;
}

export class ReminderScheduler {
  private timer: NodeJS.Timeout | null = null;
  private scanning: Promise<void> | null = null;

  constructor(private readonly deps: ReminderDeps) {}

  start(): void {
    this.stop();
    this.timer = setInterval(() => void this.scan(), this.deps.scanIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Waits for a scan in progress (used when draining). */
  async idle(): Promise<void> {
    await this.scanning;
  }

  /** One pass over the pending requests; overlapping calls share the pass in progress. */
  scan(): Promise<void> {
    this.scanning ??= this.scanOnce().finally(() => {
      this.scanning = null;
    });
    return this.scanning;
  }

  private async scanOnce(): Promise<void> {
    const settings = this.deps.settings.current();
    if (settings.reminderAfterMinutes === 0 && settings.expiryWarningMinutes === 0) return;
    for (const request of this.deps.pending()) {
      try {
        await this.consider(request, settings);
      } catch (err) {
        // Nothing was claimed, or the claim failed: the next pass tries again.
        this.deps.logger.warn({request_id: request.id, err: describe(err)}, 'reminder check failed; will retry');
      }
    }
  }

  private async consider(request: AccessRequest, settings: Settings): Promise<void> {
    const {store, minuteMs} = this.deps;
    const now = this.deps.now();
    // The remembered record is enough to decide "nothing to do"; a stale one only costs a CAS retry.
    const known = store.lastKnown(request.id) ?? (await store.load(request.id));
    if (!this.anyDue(dueReminders(request, known, settings, now, minuteMs))) return;

    let claimed: DueReminders = NOTHING;
    const result = await store.modify(request.id, (current) => {
      const due = dueReminders(request, current, settings, now, minuteMs);
      claimed = due;
      if (!this.anyDue(due)) return null;
      return {...current, ...(due.remind ? {reminded: true} : {}), ...(due.warnExpiry ? {expiryWarned: true} : {})};
    }, known);
    if (!result.changed) return;

    const log = this.deps.logger.child({request_id: request.id});
    const cluster = this.deps.cluster();
    const url = cluster.advancedAccessWorkflows ? webUrl(settings.webProxyAddr || cluster.proxyPublicAddr, request.id) : null;
    const waited = now - Date.parse(request.created);
    if (claimed.remind) {
      // A reviewer DMed here needs no second reminder in the thread of the card in that same DM.
      const dmed = new Set<string>();
      if (settings.reminderDmReviewers) {
        for (const reviewer of new Set(request.suggestedReviewers)) {
          const channelId = await this.dm(reviewer, reviewerReminderDm(request, waited, url, minuteMs), log, 'reviewer reminder DM');
          if (channelId) dmed.add(channelId);
        }
      }
      for (const ref of result.value.posts) {
        if (dmed.has(ref.channelId)) continue;
        await this.send(() => this.deps.mattermost.createPost({channelId: ref.channelId, rootId: ref.postId, message: reminderReply(request, waited, minuteMs)}), log, 'reminder reply');
      }
      this.deps.onSent?.('reminder');
      log.info({posts: result.value.posts.length, dm_reviewers: settings.reminderDmReviewers}, 'reminder sent');
    }
    if (claimed.warnExpiry && request.pendingExpires) {
      await this.dm(request.user, expiryWarningDm(request, Date.parse(request.pendingExpires) - now, url, minuteMs), log, 'expiry warning DM');
      this.deps.onSent?.('expiry_warning');
      log.info({pending_expires: request.pendingExpires}, 'requester warned of expiry');
    }
  }

  private anyDue(due: DueReminders): boolean {
    return due.remind || due.warnExpiry;
  }

  /** Resolves to the DM channel the message went to, or null when it could not be sent. */
  private async dm(teleportUser: string, message: string, log: Logger, what: string): Promise<string | null> {
    const userId = await this.deps.mattermostIdOf(teleportUser).catch(() => null);
    if (!userId) {
      log.info({user: teleportUser}, `${what} skipped: no Mattermost user mapped`);
      return null;
    }
    return this.send(async () => {
      const channelId = await this.deps.mattermost.directChannel(userId);
      await this.deps.mattermost.createPost({channelId, message});
      return channelId;
    }, log, what);
  }

  /** Claimed messages must not be dropped on a transient error: retry in place (bounded). */
  private async send<T>(fn: () => Promise<T>, log: Logger, what: string): Promise<T | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (!isTransient(err) || attempt >= 6) {
          log.error({err: describe(err), attempt}, `${what} failed`);
          return null;
        }
        const wait = (err instanceof MattermostError && err.retryAfterMs) || Math.min(5000, 100 * 2 ** attempt);
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }
}
