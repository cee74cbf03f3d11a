/**
 * The request lifecycle as three handlers: pending (cards posted, redrawn, reviews and the
 * creation announced), resolved (final cards, reviews, the resolution announced) and expired
 * (Teleport deleted an unresolved request). `workDue` decides, without I/O, whether a snapshot
 * needs anything done at all, so a replica that sees nothing to do writes nothing.
 */
import type {Logger} from 'pino';
import type {AccessRequest, CardState} from '../domain/request';
import {resolutionReply} from '../card/messages';
import type {LifecycleContext} from './context';
import {generationOf, isResolved} from './context';
import {describe} from '../app/errors';
import {asChatError} from '../chat/mattermost-chat';
import {announceReviews, announceState, dmRequester, postCards, redrawCards} from './effects';
import type {RequestRecord} from './record';
import {Session} from './session';

/**
 * Thread replies and DMs do not wait for card edits: a card Mattermost will not let us edit for a
 * while must not hold back the news. The redraw's failure is thrown after them (and retried).
 */
async function afterRedraw(redraw: Promise<void>, announce: () => Promise<void>): Promise<void> {
  const redrawn = await redraw.then(
    () => null,
    (err: unknown) => ({err}),
  );
  await announce();
  if (redrawn) throw redrawn.err;
}

/** Cards were being posted (some exist, or a lease says work was under way) but not all handled. */
function postingBegun(record: RequestRecord): boolean {
  return !record.posted && (record.posts.length > 0 || record.lease !== null);
}

export function workDue(request: AccessRequest, record: RequestRecord): boolean {
  const state = request.state;
  if (record.lease !== null) return true;
  if (state === 'PENDING' && !record.posted) return true;
  if (record.posts.length > 0 && generationOf(request, state) > record.generation) return true;
  if (record.posts.length > 0 && request.reviews.length > record.reviewsAnnounced) return true;
  if (isResolved(record.stateAnnounced)) return false;
  if (state === 'PENDING') return record.stateAnnounced === '';
  return record.stateAnnounced !== state;
}

/** What a handler did: the record as stored after it, and whether this replica did the work. */
export interface Handled {
  record: RequestRecord;
  worked: boolean;
}

/** A snapshot of a PENDING request (new, reviewed, or caught up after a reconnect). */
export async function handlePending(ctx: LifecycleContext, request: AccessRequest, record: RequestRecord, log: Logger): Promise<Handled> {
  if (!workDue(request, record)) return {record, worked: false};
  const card = await ctx.cardFor(request, 'PENDING');
  const stored = await Session.during(ctx, request.id, record, log, async (session) => {
    if (!session.record.posted) await postCards(ctx, session, request, card, log);
    await afterRedraw(redrawCards(ctx, session, generationOf(request, 'PENDING'), card, log), async () => {
      await announceReviews(ctx, session, request, card, log);
      await announceState(ctx, session, request, 'PENDING', card, log);
    });
  });
  return {record: stored, worked: true};
}

/**
 * A snapshot of an APPROVED, DENIED or PROMOTED request. If it was resolved while its cards were
 * still being posted (Mattermost failing, a crash), the posting is finished first — cards already
 * made are found, the others posted as resolved — and the creation announced, so every recipient
 * still has one card and the requester hears of each step in order.
 */
export async function handleResolved(ctx: LifecycleContext, request: AccessRequest, record: RequestRecord, log: Logger): Promise<Handled> {
  if (!workDue(request, record)) return {record, worked: false};
  const state: CardState = request.state;
  const card = await ctx.cardFor(request, state);
  const stored = await Session.during(ctx, request.id, record, log, async (session) => {
    if (postingBegun(session.record)) {
      await postCards(ctx, session, request, card, log);
      await announceState(ctx, session, request, 'PENDING', await ctx.cardFor(request, 'PENDING'), log);
    }
    await afterRedraw(redrawCards(ctx, session, generationOf(request, state), card, log), async () => {
      await announceReviews(ctx, session, request, card, log);
      await announceState(ctx, session, request, state, card, log);
    });
  });
  return {record: stored, worked: true};
}

/**
 * Teleport deleted a request: if it was still unresolved, it expired. Plugin data went with it,
 * so there is no lease to take. The processor runs this at once on the replica that last worked
 * on the request and a lease's time later on the others (a dead replica must not take the
 * requester's DM with it); each looks for the announcement before making it.
 */
export async function handleExpired(ctx: LifecycleContext, request: AccessRequest, record: RequestRecord, log: Logger): Promise<void> {
  if (request.state !== 'PENDING' || isResolved(record.stateAnnounced) || record.posts.length === 0) return;
  const card = await ctx.cardFor(request, 'EXPIRED');
  for (const ref of record.posts) {
    await ctx.chat.updateCard(ref, card).catch((err: unknown) => {
      if (asChatError(err).failure === 'retry') throw err;
      log.warn({post_id: ref.postId, err: describe(err)}, 'expired card cannot be redrawn; left as it is');
    });
  }
  // Announcements of this expiry can only have been made after the request was deleted.
  const since = ctx.now() - 3 * ctx.leaseTtlMs;
  const effect = {kind: 'resolution', state: 'EXPIRED'} as const;
  for (const ref of record.posts) {
    if (await ctx.chat.findReply(ref, request.id, effect)) continue;
    await ctx.chat.reply(ref, request.id, effect, resolutionReply(card)).catch((err: unknown) => {
      if (asChatError(err).failure === 'retry') throw err;
    });
  }
  await dmRequester(ctx, request.user, request.id, 'EXPIRED', card, since);
  log.info({state: 'EXPIRED', posts: record.posts.length}, 'request expired; cards updated');
}
