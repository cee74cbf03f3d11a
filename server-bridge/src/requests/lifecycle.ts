/**
 * The request lifecycle as three handlers: pending (cards posted, redrawn, reviews and the
 * creation announced), resolved (final cards, reviews, the resolution announced) and expired
 * (Teleport deleted an unresolved request). `workDue` decides, without I/O, whether a snapshot
 * needs anything done at all, so a replica that sees nothing to do writes nothing.
 */
import type {Logger} from 'pino';
import type {AccessRequest, CardState} from '../domain/request';
import {resolutionReply} from '../engine/messages';
import type {LifecycleContext} from './context';
import {generationOf, isResolved} from './context';
import {announceReviews, announceState, dmRequester, postCards, redrawCards} from './effects';
import type {RequestRecord} from './record';
import {Session} from './session';

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

/** A snapshot of a PENDING request (new, reviewed, or caught up after a reconnect). */
export async function handlePending(ctx: LifecycleContext, request: AccessRequest, record: RequestRecord, log: Logger): Promise<RequestRecord> {
  if (!workDue(request, record)) return record;
  const card = await ctx.cardFor(request, 'PENDING');
  const session = await Session.open(ctx, request.id, record, log);
  try {
    if (!session.record.posted) await postCards(ctx, session, request, card, log);
    await redrawCards(ctx, session, generationOf(request, 'PENDING'), card, log);
    await announceReviews(ctx, session, request, card, log);
    await announceState(ctx, session, request, 'PENDING', card, log);
    return await session.close();
  } catch (err) {
    await session.checkpoint();
    throw err;
  }
}

/** A snapshot of an APPROVED, DENIED or PROMOTED request. */
export async function handleResolved(ctx: LifecycleContext, request: AccessRequest, record: RequestRecord, log: Logger): Promise<RequestRecord> {
  if (!workDue(request, record)) return record;
  const state: CardState = request.state;
  const card = await ctx.cardFor(request, state);
  const session = await Session.open(ctx, request.id, record, log);
  try {
    await redrawCards(ctx, session, generationOf(request, state), card, log);
    await announceReviews(ctx, session, request, card, log);
    await announceState(ctx, session, request, state, card, log);
    return await session.close();
  } catch (err) {
    await session.checkpoint();
    throw err;
  }
}

/**
 * Teleport deleted a request: if it was still unresolved, it expired. Plugin data went with it,
 * so there is no lease to take: the replica that last worked on the request announces at once,
 * the others only redraw, then after a lease's time look whether the announcement was made and
 * make it if not (a dead replica must not take the requester's DM with it).
 */
export async function handleExpired(
  ctx: LifecycleContext,
  last: {request: AccessRequest; record: RequestRecord; workedHere: boolean},
  log: Logger,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<void> {
  const {request, record} = last;
  if (request.state !== 'PENDING' || isResolved(record.stateAnnounced) || record.posts.length === 0) return;
  const card = await ctx.cardFor(request, 'EXPIRED');
  for (const ref of record.posts) {
    await ctx.chat.updateCard(ref, card).catch((err: unknown) => log.warn({post_id: ref.postId, err: err instanceof Error ? err.message : String(err)}, 'expired card not redrawn'));
  }
  if (!last.workedHere) await sleep(ctx.leaseTtlMs + Math.random() * ctx.leaseTtlMs);
  const since = ctx.now() - 2 * ctx.leaseTtlMs - 60_000;
  const effect = {kind: 'resolution', state: 'EXPIRED'} as const;
  for (const ref of record.posts) {
    if (await ctx.chat.findReply(ref, request.id, effect)) continue;
    await ctx.chat.reply(ref, request.id, effect, resolutionReply(card));
  }
  await dmRequester(ctx, request.user, request.id, 'EXPIRED', card, since);
  log.info({state: 'EXPIRED', posts: record.posts.length}, 'request expired; cards updated');
}
