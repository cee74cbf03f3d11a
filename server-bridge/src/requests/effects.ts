/**
 * The four things the bridge does in Mattermost for a request, each exactly once: post the cards,
 * redraw them, reply in their threads for each review, and announce a state (resolution replies
 * and the requester's DM). Each runs inside a Session, notes progress only after the post exists,
 * and in a recovering session looks for the post before making it.
 *
 * A failure that may be temporary is remembered and thrown at the end, after the other cards had
 * their turn, so one bad channel does not hold up the rest; a permanent one (the bot was removed
 * from the channel, the card was deleted) is logged once and that card is left alone.
 */
import type {Logger} from 'pino';
import {describe, RetryLater} from '../app/errors';
import type {ChatError, Effect} from '../chat/port';
import type {AccessRequest, CardState} from '../domain/request';
import type {CardModel} from '@tma/card-contract';
import {requesterDm, resolutionReply, reviewReply} from '../card/messages';
import {asChatError} from '../chat/mattermost-chat';
import type {LifecycleContext} from './context';
import {generationOf, isResolved} from './context';
import type {Session} from './session';

/** Collects the first temporary failure; permanent ones are logged where they happen. */
class Failures {
  first: Error | null = null;
  note(err: unknown): void {
    this.first ??= err instanceof Error ? err : new Error(String(err));
  }
  throwIfAny(): void {
    if (this.first) throw this.first;
  }
}

function permanent(err: unknown): ChatError | null {
  const chat = asChatError(err);
  return chat.failure === 'retry' ? null : chat;
}

export async function postCards(ctx: LifecycleContext, s: Session, request: AccessRequest, card: CardModel, log: Logger): Promise<void> {
  const targets = await ctx.recipients(request, log);
  if (targets.channels.length === 0 && targets.retryable.length === 0) {
    log.warn({recipients: targets.skipped}, 'no recipients for this request: nothing posted (check the access monitoring rules and role_to_recipients)');
  }
  const failures = new Failures();
  for (const channelId of targets.channels) {
    if (s.record.posts.some((p) => p.channelId === channelId)) continue;
    try {
      await s.keepLease();
      const found = s.recovering ? await ctx.chat.findCard(request.id, channelId, s.since) : null;
      const ref = found ?? (await ctx.chat.postCard(channelId, card));
      s.note((r) => ({...r, posts: [...r.posts, ref]}));
      if (!found) ctx.onCardPosted?.(request.id, targets.via[channelId], targets.rules[channelId]);
      log.info({channel_id: channelId, post_id: ref.postId, found_after_crash: Boolean(found)}, found ? 'card found (posted before a crash)' : 'card posted');
    } catch (err) {
      const lasting = permanent(err);
      if (lasting) log.error({channel_id: channelId, failure: lasting.failure, err: lasting.message}, 'card cannot be posted to this channel; skipped');
      else {
        failures.note(err);
        log.warn({channel_id: channelId, err: describe(err)}, 'card not posted yet; will look and retry');
      }
    }
  }
  failures.throwIfAny();
  if (targets.retryable.length > 0) throw new RetryLater(`recipients not resolved yet: ${targets.retryable.join(', ')}`);
  // The cards were drawn from this snapshot: no redraw is due for it (cards found after a crash
  // may be older, so a recovering session leaves the generation for redrawCards to settle).
  const generation = s.recovering ? 0 : generationOf(request, request.state);
  s.note((r) => ({...r, posted: true, generation: Math.max(r.generation, generation)}));
}

export async function redrawCards(ctx: LifecycleContext, s: Session, generation: number, card: CardModel, log: Logger): Promise<void> {
  if (generation <= s.record.generation) return;
  const failures = new Failures();
  for (const ref of [...s.record.posts]) {
    try {
      await ctx.chat.updateCard(ref, card);
    } catch (err) {
      const lasting = permanent(err);
      if (!lasting) {
        failures.note(err);
        continue;
      }
      log.warn({post_id: ref.postId, channel_id: ref.channelId, failure: lasting.failure, err: lasting.message}, 'card can no longer be updated; left as it is');
      if (lasting.failure !== 'rejected') s.dropCard(ref.postId);
    }
  }
  failures.throwIfAny();
  s.note((r) => ({...r, generation: Math.max(r.generation, generation)}));
  log.debug({state: card.state, posts: s.record.posts.length}, 'cards updated');
}

/** Posts `message` under every card unless (when recovering) it is already there. */
async function replyEverywhere(ctx: LifecycleContext, s: Session, requestId: string, effect: Effect, message: string, log: Logger): Promise<void> {
  const failures = new Failures();
  for (const ref of [...s.record.posts]) {
    try {
      await s.keepLease();
      if (s.recovering && (await ctx.chat.findReply(ref, requestId, effect))) continue;
      await ctx.chat.reply(ref, requestId, effect, message);
    } catch (err) {
      const lasting = permanent(err);
      if (lasting) log.warn({post_id: ref.postId, failure: lasting.failure, err: lasting.message}, 'thread reply not possible under this card; skipped');
      else failures.note(err);
    }
  }
  failures.throwIfAny();
}

export async function announceReviews(ctx: LifecycleContext, s: Session, request: AccessRequest, card: CardModel, log: Logger): Promise<void> {
  if (s.record.posts.length === 0) return;
  for (let index = s.record.reviewsAnnounced; index < request.reviews.length; index++) {
    const review = request.reviews[index]!;
    const via = review.submittedBy !== '' && review.submittedBy === ctx.bridgeUser;
    await replyEverywhere(ctx, s, request.id, {kind: 'review', index}, reviewReply(review, via, card), log);
    s.note((r) => ({...r, reviewsAnnounced: index + 1}));
  }
}

export async function announceState(ctx: LifecycleContext, s: Session, request: AccessRequest, state: CardState, card: CardModel, log: Logger): Promise<void> {
  const announced = s.record.stateAnnounced;
  if (announced === state || isResolved(announced)) return;
  // The creation is announced once cards exist, so the DM is not ahead of the reviewers.
  if (state === 'PENDING' && !s.record.posted) return;
  if (state !== 'PENDING') await replyEverywhere(ctx, s, request.id, {kind: 'resolution', state}, resolutionReply(card), log);
  const dmed = await dmRequester(ctx, request.user, request.id, state, card, s.recovering ? s.since : null, () => s.keepLease());
  s.note((r) => ({...r, stateAnnounced: state}));
  // A creation told to nobody (requester DMs off or unmapped) is bookkeeping, not news: the
  // "card posted" line already says what happened, and a second line per card is log volume.
  if (state === 'PENDING' && !dmed) log.debug({state}, 'state noted (no requester DM)');
  else log.info({state}, 'state announced');
}

/**
 * The requester's DM for a state; `lookSince` set means look for it first. True when the
 * requester has it (sent now or found), false when no DM is due or possible.
 */
export async function dmRequester(
  ctx: LifecycleContext,
  requester: string,
  requestId: string,
  state: CardState,
  card: CardModel,
  lookSince: number | null,
  beforePost: () => Promise<void> = async () => {},
): Promise<boolean> {
  if (!ctx.settings.current().notifyRequester) return false;
  // A lookup that fails now is thrown: the request is retried and the DM sent then, not skipped.
  const userId = await ctx.mattermostIdOf(requester);
  if (!userId) return false;
  const effect = {kind: 'dm', state} as const;
  try {
    await beforePost();
    if (lookSince !== null && (await ctx.chat.findDm(userId, requestId, effect, lookSince))) return true;
    await ctx.chat.dm(userId, requestId, effect, requesterDm(card));
    return true;
  } catch (err) {
    const lasting = permanent(err);
    if (!lasting) throw err;
    ctx.logger.warn({request_id: requestId, failure: lasting.failure, err: lasting.message}, 'requester cannot be sent a DM; skipped');
    return false;
  }
}
