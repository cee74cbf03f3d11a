/**
 * Reminders (System Console: reminderAfterMinutes, reminderDmReviewers, expiryWarningMinutes).
 * A request still pending after the interval gets one reminder reply in each card thread and,
 * optionally, a DM to its suggested reviewers; its requester gets one DM shortly before the
 * request would expire unresolved. "One" holds across restarts and replicas: each is sent inside
 * a work Session (lease in the request's plugin data), noted as done only once sent, and looked
 * for first when a previous attempt may have sent it (requests/session.ts).
 */
import type {Logger} from 'pino';
import type {Settings, SettingsSource} from '../config/settings';
import type {AccessRequest, ClusterInfo} from '../domain/request';
import {requestWebLink} from '../card/web-link';
import {durationText, shortRequestId} from '@tma/card-contract';
import {code, isBlankUserText, sanitizeForMarkdown} from '../card/sanitize';
import {utcTime} from '../card/time';
import {asChatError} from '../chat/mattermost-chat';
import type {DmButton, Effect} from '../chat/port';
import type {LifecycleContext} from '../requests/context';
import {EMPTY_RECORD, type RequestRecord} from '../requests/record';
import {Session} from '../requests/session';
import {describe, RetryLater} from './errors';
import {PeriodicPass} from './periodic-pass';

export type ReminderSettings = Pick<Settings, 'reminderAfterMinutes' | 'reminderDmReviewers' | 'expiryWarningMinutes' | 'accessExpiryWarningMinutes'>;

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
    settings.reminderAfterMinutes > 0 && record.posted && !record.reminded && !Number.isNaN(created) && nowMs - created >= settings.reminderAfterMinutes * minuteMs && beforeExpiry;

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

/**
 * Whether the requester is due the one warning that granted access is about to end. Pure.
 * Not when the access was granted inside the window (the approval DM just said until when).
 */
export function dueAccessWarning(request: AccessRequest, record: RequestRecord, settings: ReminderSettings, nowMs: number, minuteMs = 60_000): boolean {
  if (request.state !== 'APPROVED' || !request.accessExpires || settings.accessExpiryWarningMinutes <= 0 || record.accessWarned) return false;
  const ends = Date.parse(request.accessExpires);
  if (Number.isNaN(ends) || nowMs >= ends) return false;
  const windowStart = ends - settings.accessExpiryWarningMinutes * minuteMs;
  const grantedAt = Math.max(Date.parse(request.created) || 0, ...request.reviews.map((r) => Date.parse(r.created) || 0));
  return nowMs >= windowStart && windowStart > grantedAt;
}

/** How long a request has waited, in the one duration form ("45m", "2h 05m"); never "0m". */
export function humanDuration(ms: number, minuteMs = 60_000): string {
  return durationText(Math.max(1, Math.round(ms / minuteMs)) * 60_000);
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
  const reason = isBlankUserText(request.reason) ? '' : `\n> ${sanitizeForMarkdown(request.reason)}`;
  return `⏰ ${code(request.user)} asked for ${roles} ${humanDuration(waitedMs, minuteMs)} ago and named you as a reviewer; request ${code(shortRequestId(request.id))} is still waiting.${reason}${linkLine(url)}`;
}

export function expiryWarningDm(request: AccessRequest, leftMs: number, url: string | null, minuteMs = 60_000): string {
  const roles = request.roles.map(code).join(', ');
  return `⌛ Your access request ${code(shortRequestId(request.id))} for ${roles} has not been resolved and expires in about ${humanDuration(leftMs, minuteMs)}. Ask a reviewer, or create a new request if it lapses.${linkLine(url)}`;
}

export function accessEndingDm(request: AccessRequest, leftMs: number, minuteMs = 60_000): string {
  const roles = request.roles.map(code).join(', ');
  const again = `/teleport request --roles ${request.roles.join(',')}${request.reason ? ` --reason "${request.reason.replace(/["\n\r]/g, ' ').slice(0, 200)}"` : ''}`;
  return [
    `⌛ Your access to ${roles} (request ${code(shortRequestId(request.id))}) ends in about ${humanDuration(leftMs, minuteMs)}, at ${request.accessExpires ? utcTime(request.accessExpires) : 'its end'}.`,
    `Need more time? Press **Request again** for the form filled in as before, or type ${code(again)}`,
  ].join('\n');
}

export interface ReminderDeps {
  /** Requests last seen PENDING (RequestProcessor.pendingRequests). */
  pending(): AccessRequest[];
  /** Approved requests whose access has not ended (RequestProcessor.grantedRequests). */
  granted?(): AccessRequest[];
  /** The signed "Request again" button under the end-of-access warning (app/bridge.ts). */
  requestAgainButton?(request: AccessRequest, channelId: string, userId: string): DmButton;
  /** The request lifecycle's chat, records and lease: reminders are work on a request like any other. */
  lifecycle: LifecycleContext;
  settings: SettingsSource;
  cluster(): ClusterInfo;
  logger: Logger;
  /** Length of the settings' "minute"; tests shorten it (BridgeOverrides.reminderMinuteMs). */
  minuteMs: number;
  /** How often pending requests are scanned. */
  scanIntervalMs: number;
  onSent?(kind: 'reminder' | 'expiry_warning' | 'access_expiry_warning'): void;
}

const REMINDER: Effect = {kind: 'reminder'};
const EXPIRY_WARNING: Effect = {kind: 'expiry_warning'};
const ACCESS_EXPIRY_WARNING: Effect = {kind: 'access_expiry_warning'};

export class ReminderScheduler extends PeriodicPass {
  constructor(private readonly deps: ReminderDeps) {
    super({everyMs: deps.scanIntervalMs, logger: deps.logger, name: 'reminders', failure: 'reminders not sent; will retry'});
  }

  /** One look over the pending and granted requests. */
  protected async pass(): Promise<void> {
    const settings = this.deps.settings.current();
    if (settings.accessExpiryWarningMinutes > 0) {
      for (const request of this.deps.granted?.() ?? []) {
        try {
          await this.considerGranted(request, settings);
        } catch (err) {
          const log = err instanceof RetryLater ? this.deps.logger.debug.bind(this.deps.logger) : this.deps.logger.warn.bind(this.deps.logger);
          log({request_id: request.id, err: describe(err)}, 'end-of-access warning not sent yet; will retry');
        }
      }
    }
    if (settings.reminderAfterMinutes === 0 && settings.expiryWarningMinutes === 0) return;
    for (const request of this.deps.pending()) {
      try {
        await this.consider(request, settings);
      } catch (err) {
        // Nothing is noted as sent that was not: the next pass looks and tries again.
        const log = err instanceof RetryLater ? this.deps.logger.debug.bind(this.deps.logger) : this.deps.logger.warn.bind(this.deps.logger);
        log({request_id: request.id, err: describe(err)}, 'reminder not sent yet; will retry');
      }
    }
  }

  private async consider(request: AccessRequest, settings: Settings): Promise<void> {
    const {lifecycle, minuteMs} = this.deps;
    const now = lifecycle.now();
    // The remembered record is enough to decide "nothing to do"; a stale one only costs a CAS retry.
    const known = lifecycle.store.lastKnown(request.id) ?? (await lifecycle.store.load(request.id));
    if (!anyDue(dueReminders(request, known, settings, now, minuteMs))) return;

    const log = this.deps.logger.child({request_id: request.id});
    await Session.during(lifecycle, request.id, known, log, async (session) => {
      const due = dueReminders(request, session.record, settings, now, minuteMs);
      const cluster = this.deps.cluster();
      const url = requestWebLink(cluster, settings, request.id);
      if (due.remind) await this.remind(session, request, settings, now - Date.parse(request.created), url, log);
      if (due.warnExpiry && request.pendingExpires) {
        await this.dm(session, request.id, request.user, EXPIRY_WARNING, expiryWarningDm(request, Date.parse(request.pendingExpires) - now, url, minuteMs), log);
        session.note((r) => ({...r, expiryWarned: true}));
        this.deps.onSent?.('expiry_warning');
        log.info({pending_expires: request.pendingExpires}, 'requester warned of expiry');
      }
    });
  }

  /** The requester's one warning before granted access ends, exactly once across replicas and restarts. */
  private async considerGranted(request: AccessRequest, settings: Settings): Promise<void> {
    const {lifecycle, minuteMs} = this.deps;
    const now = lifecycle.now();
    // Outside the window nothing is read: resolved records are not kept in memory.
    if (!dueAccessWarning(request, EMPTY_RECORD, settings, now, minuteMs)) return;
    const known = lifecycle.store.lastKnown(request.id) ?? (await lifecycle.store.load(request.id));
    if (!dueAccessWarning(request, known, settings, now, minuteMs)) return;
    const log = this.deps.logger.child({request_id: request.id});
    await Session.during(lifecycle, request.id, known, log, async (session) => {
      if (dueAccessWarning(request, session.record, settings, now, minuteMs) && request.accessExpires) {
        const deps = this.deps;
        await this.dm(
          session,
          request.id,
          request.user,
          ACCESS_EXPIRY_WARNING,
          accessEndingDm(request, Date.parse(request.accessExpires) - now, minuteMs),
          log,
          (channelId, userId) => (deps.requestAgainButton ? [deps.requestAgainButton(request, channelId, userId)] : []),
        );
        session.note((r) => ({...r, accessWarned: true}));
        this.deps.onSent?.('access_expiry_warning');
        log.info({access_expires: request.accessExpires}, 'requester warned that access ends soon');
      }
    });
  }

  private async remind(session: Session, request: AccessRequest, settings: Settings, waited: number, url: string | null, log: Logger): Promise<void> {
    const {chat} = this.deps.lifecycle;
    // A reviewer DMed here needs no second reminder in the thread of the card in that same DM.
    const dmed = new Set<string>();
    if (settings.reminderDmReviewers) {
      for (const reviewer of new Set(request.suggestedReviewers)) {
        const channelId = await this.dm(session, request.id, reviewer, REMINDER, reviewerReminderDm(request, waited, url, this.deps.minuteMs), log);
        if (channelId) dmed.add(channelId);
      }
    }
    for (const ref of session.record.posts) {
      if (dmed.has(ref.channelId)) continue;
      await session.keepLease();
      if (session.recovering && (await chat.findReply(ref, request.id, REMINDER))) continue;
      await chat
        .reply(ref, request.id, REMINDER, reminderReply(request, waited, this.deps.minuteMs))
        .catch((err: unknown) => skipIfLasting(err, log, {post_id: ref.postId}, 'reminder reply not possible under this card; skipped'));
    }
    session.note((r) => ({...r, reminded: true}));
    this.deps.onSent?.('reminder');
    log.info({posts: session.record.posts.length, dm_reviewers: settings.reminderDmReviewers}, 'reminder sent');
  }

  /** DMs a Teleport user's Mattermost account; resolves to the DM channel, or null if unmapped. */
  private async dm(
    session: Session,
    requestId: string,
    teleportUser: string,
    effect: Effect,
    message: string,
    log: Logger,
    buttons?: (channelId: string, userId: string) => DmButton[],
  ): Promise<string | null> {
    const {chat} = this.deps.lifecycle;
    // Thrown when the lookup fails now: the reminder is retried, not skipped for this user.
    const userId = await this.deps.lifecycle.mattermostIdOf(teleportUser);
    if (!userId) {
      log.info({user: teleportUser}, `${effect.kind} DM skipped: no Mattermost user mapped`);
      return null;
    }
    await session.keepLease();
    if (!(session.recovering && (await chat.findDm(userId, requestId, effect, session.since)))) {
      await chat
        .dm(userId, requestId, effect, message, buttons ? (channelId) => buttons(channelId, userId) : undefined)
        .catch((err: unknown) => skipIfLasting(err, log, {user: teleportUser}, `${effect.kind} DM not possible; skipped`));
    }
    return chat.dmChannel(userId);
  }
}

/** A failure that may pass is thrown (the request is retried); a lasting one is logged and skipped. */
function skipIfLasting(err: unknown, log: Logger, fields: Record<string, string>, message: string): void {
  if (asChatError(err).failure === 'retry') throw err;
  log.warn({...fields, err: describe(err)}, message);
}

function anyDue(due: DueReminders): boolean {
  return due.remind || due.warnExpiry;
}
