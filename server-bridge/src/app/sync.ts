/**
 * Brings every Mattermost artefact of one request in line with a Teleport snapshot: posts the
 * cards (once, across restarts and replicas), rewrites them as the request moves, posts one
 * thread reply per review and per resolution, and DMs the requester. Idempotent: running it
 * twice with the same snapshot changes nothing. All shared progress lives in plugin data (CAS).
 */
import type {Logger} from 'pino';
import type {Settings, SettingsSource} from '../config/settings';
import type {AccessRequest, CardState, ClusterInfo} from '../domain/request';
import type {CardModel} from '../engine/card';
import type {ReviewCapability} from '../engine/capability';
import {requesterDm, resolutionReply, reviewReply} from '../engine/messages';
import {buildCardModel} from '../engine/model';
import {type CardActions, REQUEST_ID_PROPS_KEY, renderCardPost} from '../engine/post';
import type {MattermostPort} from '../mattermost/port';
import {MattermostError} from '../mattermost/port';
import type {PostRef, RequestRecord} from '../state/record';
import type {RecordStore} from '../state/store';
import {describe, isTransient, RetryLater} from './errors';
import type {RecipientResolver} from './recipients';

export interface SyncDeps {
  mattermost: MattermostPort;
  store: RecordStore;
  settings: SettingsSource;
  cluster(): ClusterInfo;
  capability(): ReviewCapability;
  recipients: RecipientResolver;
  /** Teleport user → Mattermost user id (null when unmapped). */
  mattermostIdOf(teleportUser: string): Promise<string | null>;
  /** Signed button integrations for one post, or null when buttons cannot work (no secret/URL). */
  actionsFor(requestId: string, postId: string, expiresAt: number): CardActions | null;
  replicaId: string;
  bridgeUser: string;
  logger: Logger;
  now(): Date;
  /** A posting claim older than this is taken over (its owner is presumed dead). */
  claimTtlMs: number;
  onCardPosted?(): void;
}

const RANK: Record<CardState, number> = {PENDING: 1, APPROVED: 5, DENIED: 5, PROMOTED: 5, EXPIRED: 6};

/** Monotonic in the life of a request: more reviews, or resolution, means a newer card. */
export function generationOf(request: AccessRequest, state: CardState): number {
  return request.reviews.length * 10 + RANK[state];
}

function isResolved(state: CardState | ''): boolean {
  return state === 'APPROVED' || state === 'DENIED' || state === 'PROMOTED' || state === 'EXPIRED';
}

export class RequestSync {
  constructor(private readonly deps: SyncDeps) {}

  /** Handles a PUT (or a catch-up listing) of a request. */
  async sync(request: AccessRequest): Promise<void> {
    const log = this.deps.logger.child({request_id: request.id});
    let record = await this.deps.store.load(request.id);
    const state: CardState = request.state;
    const card = await this.card(request, state);

    if (state === 'PENDING' && !record.posted) {
      record = await this.post(request, card, record, log);
    }
    record = await this.render(request, state, card, record, log);
    record = await this.announceReviews(request, card, record, log);
    await this.announceState(request, state, card, record, log);
  }

  /** Handles the DELETE of a request: an unresolved one expired. Plugin data is gone by now. */
  async expire(requestId: string, lastSnapshot: AccessRequest | undefined): Promise<void> {
    const log = this.deps.logger.child({request_id: requestId});
    const record = this.deps.store.lastKnown(requestId);
    this.deps.store.forget(requestId);
    if (!record || !lastSnapshot || lastSnapshot.state !== 'PENDING' || isResolved(record.stateAnnounced)) return;
    const card = await this.card(lastSnapshot, 'EXPIRED');
    // The request is gone from Teleport, so no later event would repair a failed redraw: retry here.
    await this.withRetry(() => this.rewrite(record.posts, card, log), log, 'expired card update');
    // Without plugin data there is no CAS left: the replica that posted announces, others only redraw.
    if (record.owner === this.deps.replicaId || record.owner === '') {
      await this.reply(record.posts, resolutionReply(card), log);
      await this.dmRequester(lastSnapshot, card, log);
    }
    log.info({state: 'EXPIRED', posts: record.posts.length}, 'request expired; cards updated');
  }

  private async card(request: AccessRequest, state: CardState): Promise<CardModel> {
    const users = new Set([request.user, ...request.reviews.map((r) => r.author)]);
    const mattermostIds: Record<string, string | null> = {};
    for (const user of users) mattermostIds[user] = await this.deps.mattermostIdOf(user).catch(() => null);
    return buildCardModel({
      request,
      state,
      cluster: this.deps.cluster(),
      settings: this.deps.settings.current(),
      capability: this.deps.capability(),
      mattermostIds,
      bridgeUser: this.deps.bridgeUser,
      now: this.deps.now(),
    });
  }

  private async post(request: AccessRequest, card: CardModel, record: RequestRecord, log: Logger): Promise<RequestRecord> {
    const now = this.deps.now().getTime();
    const me = this.deps.replicaId;
    const fresh = record.owner === '' ;
    const stale = record.owner !== me && now - record.claimedAt > this.deps.claimTtlMs;
    if (!fresh && record.owner !== me && !stale) {
      // Another replica is posting; look again once its claim could have gone stale.
      throw new RetryLater(`replica ${record.owner} is posting the cards`, this.deps.claimTtlMs);
    }
    const claim = await this.deps.store.modify(request.id, (cur) => {
      if (cur.posted) return null;
      if (cur.owner === me) return {...cur, claimedAt: now};
      if (cur.owner !== '' && now - cur.claimedAt <= this.deps.claimTtlMs) return null;
      return {...cur, owner: me, claimedAt: now};
    }, record);
    record = claim.record;
    if (record.posted) return record;
    if (record.owner !== me) throw new RetryLater(`replica ${record.owner} is posting the cards`, this.deps.claimTtlMs);
    // After taking over from a dead replica, it may have posted without recording: look first.
    const reconcile = !fresh;

    const settings: Settings = this.deps.settings.current();
    const targets = await this.deps.recipients.resolve(request, settings.roleToRecipients, log);
    if (targets.channels.length === 0 && targets.retryable.length === 0) {
      log.warn({recipients: targets.skipped}, 'no recipients for this request: nothing posted (check role_to_recipients)');
    }
    let transientFailure: unknown = targets.retryable.length > 0 ? new RetryLater(`recipients unresolved: ${targets.retryable.join(', ')}`) : null;
    for (const channelId of targets.channels) {
      if (record.posts.some((p) => p.channelId === channelId)) continue;
      try {
        const ref = (reconcile ? await this.findExisting(request.id, channelId) : null) ?? (await this.createCard(channelId, card));
        record = (await this.deps.store.modify(request.id, (cur) =>
          cur.posts.some((p) => p.channelId === ref.channelId) ? null : {...cur, posts: [...cur.posts, ref]},
        )).record;
        this.deps.onCardPosted?.();
        log.info({channel_id: channelId, post_id: ref.postId}, 'card posted');
      } catch (err) {
        if (isTransient(err)) {
          transientFailure = err;
          log.warn({channel_id: channelId, err: describe(err)}, 'card not posted yet; will retry');
        } else {
          log.error({channel_id: channelId, err: describe(err)}, 'card cannot be posted to this channel; skipped');
        }
      }
    }
    if (transientFailure) throw transientFailure;
    // Fresh cards were drawn from this snapshot: record its generation so render() skips them.
    const generation = generationOf(request, 'PENDING');
    return (await this.deps.store.modify(request.id, (cur) => (cur.posted ? null : {...cur, posted: true, generation: Math.max(cur.generation, generation)}))).record;
  }

  private async findExisting(requestId: string, channelId: string): Promise<PostRef | null> {
    const bot = await this.deps.mattermost.botUserId();
    const posts = await this.deps.mattermost.recentPosts(channelId, 60);
    const mine = posts.find((p) => p.userId === bot && p.rootId === '' && p.props[REQUEST_ID_PROPS_KEY] === requestId);
    return mine ? {channelId, postId: mine.id} : null;
  }

  /** Creates the post, then writes it again with buttons: their tokens are bound to the post id. */
  private async createCard(channelId: string, card: CardModel): Promise<PostRef> {
    const draft = renderCardPost(card, null);
    const created = await this.deps.mattermost.createPost({channelId, message: draft.message, type: draft.type, props: draft.props});
    const ref = {channelId, postId: created.id};
    await this.writeCard(ref, card);
    return ref;
  }

  private async writeCard(ref: PostRef, card: CardModel): Promise<void> {
    const expiresAt = Math.floor(Date.parse(card.pendingExpires ?? card.accessExpires ?? card.created) / 1000) + 3600;
    const actions = card.buttons.enabled ? this.deps.actionsFor(card.requestId, ref.postId, expiresAt) : null;
    const post = renderCardPost(card, actions);
    await this.deps.mattermost.updatePost(ref.postId, post.message, post.props);
  }

  private async render(request: AccessRequest, state: CardState, card: CardModel, record: RequestRecord, log: Logger): Promise<RequestRecord> {
    const generation = generationOf(request, state);
    if (generation <= record.generation) return record;
    await this.rewrite(record.posts, card, log);
    return (await this.deps.store.modify(request.id, (cur) => (cur.generation >= generation ? null : {...cur, generation}), record)).record;
  }

  private async rewrite(posts: PostRef[], card: CardModel, log: Logger): Promise<void> {
    let transient: unknown = null;
    for (const ref of posts) {
      try {
        await this.writeCard(ref, card);
      } catch (err) {
        if (isTransient(err)) transient = err;
        else if (err instanceof MattermostError && err.status === 404) log.warn({post_id: ref.postId}, 'card post was deleted in Mattermost; not updated');
        else log.error({post_id: ref.postId, err: describe(err)}, 'card update failed');
      }
    }
    if (transient) throw transient;
    log.debug({state: card.state, posts: posts.length}, 'cards updated');
  }

  private async announceReviews(request: AccessRequest, card: CardModel, record: RequestRecord, log: Logger): Promise<RequestRecord> {
    if (record.posts.length === 0 || request.reviews.length <= record.reviewsAnnounced) return record;
    const from = record.reviewsAnnounced;
    const claim = await this.deps.store.modify(request.id, (cur) =>
      cur.reviewsAnnounced >= request.reviews.length ? null : {...cur, reviewsAnnounced: request.reviews.length},
      record,
    );
    if (!claim.changed) return claim.record;
    for (const review of request.reviews.slice(from)) {
      const via = review.submittedBy !== '' && review.submittedBy === this.deps.bridgeUser;
      await this.reply(claim.record.posts, reviewReply(review, via, card), log);
    }
    return claim.record;
  }

  private async announceState(request: AccessRequest, state: CardState, card: CardModel, record: RequestRecord, log: Logger): Promise<void> {
    if (record.stateAnnounced === state || isResolved(record.stateAnnounced)) return;
    // Announce the creation only once cards exist, so the DM is not ahead of the reviewers.
    if (state === 'PENDING' && !record.posted) return;
    const claim = await this.deps.store.modify(request.id, (cur) =>
      cur.stateAnnounced === state || isResolved(cur.stateAnnounced) ? null : {...cur, stateAnnounced: state},
      record,
    );
    if (!claim.changed) return;
    if (state !== 'PENDING') await this.reply(claim.record.posts, resolutionReply(card), log);
    await this.dmRequester(request, card, log);
    log.info({state}, 'state announced');
  }

  private async reply(posts: PostRef[], message: string, log: Logger): Promise<void> {
    for (const ref of posts) {
      await this.withRetry(() => this.deps.mattermost.createPost({channelId: ref.channelId, rootId: ref.postId, message}), log, 'thread reply');
    }
  }

  private async dmRequester(request: AccessRequest, card: CardModel, log: Logger): Promise<void> {
    if (!this.deps.settings.current().notifyRequester) return;
    const userId = await this.deps.mattermostIdOf(request.user).catch(() => null);
    if (!userId) return;
    await this.withRetry(async () => {
      const channelId = await this.deps.mattermost.directChannel(userId);
      await this.deps.mattermost.createPost({channelId, message: requesterDm(card)});
    }, log, 'requester DM');
  }

  /**
   * Announcements were claimed in plugin data before they are sent, so they must not be dropped
   * on a transient error: retry in place (bounded), then give up loudly.
   */
  private async withRetry(fn: () => Promise<unknown>, log: Logger, what: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await fn();
        return;
      } catch (err) {
        if (!isTransient(err) || attempt >= 8) {
          log.error({err: describe(err), attempt}, `${what} failed`);
          return;
        }
        const wait = (err instanceof MattermostError && err.retryAfterMs) || Math.min(5000, 100 * 2 ** attempt);
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }
}
