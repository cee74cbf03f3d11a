/**
 * One replica's turn at a request's work: takes the lease (record intent), lets the handlers note
 * what they did, and writes it all down while releasing the lease (never marking work done before
 * it is). A session opened over a lease left behind — by a crash, a failed attempt, or a dead
 * replica — is `recovering`: the handlers look in Mattermost before posting anything again.
 */
import {describe} from '../app/errors';
import type {Logger} from 'pino';
import {RetryLater} from '../app/errors';
import type {CardState} from '../domain/request';
import type {LifecycleContext} from './context';
import {isResolved} from './context';
import type {PostRef, RequestRecord} from './record';
import {isoUtc} from '../card/time';

const STATE_ORDER: Record<CardState | '', number> = {'': 0, PENDING: 1, APPROVED: 2, DENIED: 2, PROMOTED: 2, EXPIRED: 3};

/** What a session learned, applied over whatever is stored now (another writer may have added). */
export function mergeProgress(stored: RequestRecord, done: RequestRecord, gone: ReadonlySet<string> = new Set()): RequestRecord {
  const posts: PostRef[] = [...stored.posts];
  for (const p of done.posts) if (!posts.some((q) => q.channelId === p.channelId)) posts.push(p);
  return {
    ...stored,
    posts: posts.filter((p) => !gone.has(p.postId)),
    posted: stored.posted || done.posted,
    generation: Math.max(stored.generation, done.generation),
    reviewsAnnounced: Math.max(stored.reviewsAnnounced, done.reviewsAnnounced),
    stateAnnounced: STATE_ORDER[done.stateAnnounced] > STATE_ORDER[stored.stateAnnounced] && !isResolved(stored.stateAnnounced) ? done.stateAnnounced : stored.stateAnnounced,
    ...(stored.reminded || done.reminded ? {reminded: true} : {}),
    ...(stored.expiryWarned || done.expiryWarned ? {expiryWarned: true} : {}),
    ...(stored.accessWarned || done.accessWarned ? {accessWarned: true} : {}),
  };
}

export class Session {
  /** The record as this session last wrote it (the CAS expectation for the next write). */
  private written: RequestRecord;
  /** Progress so far: what is stored plus what this session did. */
  record: RequestRecord;
  /** Cards found deleted (or out of the bot's reach): dropped from the stored list. */
  private readonly gone = new Set<string>();

  private constructor(
    private readonly ctx: LifecycleContext,
    readonly requestId: string,
    written: RequestRecord,
    /** A previous holder may have acted without writing it down: look before posting. */
    readonly recovering: boolean,
    /** Lost posts are looked for from here on. */
    readonly since: number,
    private readonly log: Logger,
  ) {
    this.written = written;
    this.record = written;
  }

  /**
   * Takes the lease. `known` is the stored record as last read, or the empty record for a request
   * never seen (then nothing is read: a new request costs this one write and the final one).
   */
  static async open(ctx: LifecycleContext, requestId: string, known: RequestRecord, log: Logger): Promise<Session> {
    // The lease names the replica; two tasks of it (the processor, reminders) must not share it.
    if (!ctx.store.hold(requestId)) throw new RetryLater('another task of this replica is working on this request', 1000);
    try {
      return await Session.take(ctx, requestId, known, log);
    } catch (err) {
      ctx.store.unhold(requestId);
      throw err;
    }
  }

  /**
   * Runs `work` in a session: when it succeeds the progress is written and the lease released;
   * when it fails the progress is written under the lease (so the retry looks before posting) and
   * the failure thrown on.
   */
  static async during(ctx: LifecycleContext, requestId: string, known: RequestRecord, log: Logger, work: (session: Session) => Promise<void>): Promise<RequestRecord> {
    const session = await Session.open(ctx, requestId, known, log);
    try {
      await work(session);
      return await session.close();
    } catch (err) {
      await session.checkpoint();
      throw err;
    }
  }

  private static async take(ctx: LifecycleContext, requestId: string, known: RequestRecord, log: Logger): Promise<Session> {
    const me = ctx.replicaId;
    let recovering = false;
    let since = 0;
    let heldBy: {owner: string; until: number} | null = null;
    const result = await ctx.store.modify(
      requestId,
      (cur) => {
        const now = ctx.now();
        if (cur.lease && cur.lease.owner !== me && cur.lease.until > now) {
          heldBy = cur.lease;
          return null;
        }
        recovering = cur.lease !== null;
        since = cur.lease ? cur.lease.since : now;
        return {...cur, lease: {owner: me, until: now + ctx.leaseTtlMs, since}};
      },
      known,
    );
    if (!result.changed) {
      const held = heldBy as {owner: string; until: number} | null;
      const wait = held ? Math.max(100, held.until - ctx.now() + 50) : ctx.leaseTtlMs;
      throw new RetryLater(`replica ${held?.owner ?? '?'} is working on this request`, wait);
    }
    if (recovering) log.info({since: isoUtc(since)}, 'taking over unfinished work; looking for what was already posted');
    return new Session(ctx, requestId, result.value, recovering, since, log);
  }

  /** Notes progress (in memory until the next write). */
  note(change: (record: RequestRecord) => RequestRecord): void {
    this.record = change(this.record);
  }

  /** Stops tracking a card that can no longer be updated. */
  dropCard(postId: string): void {
    this.gone.add(postId);
    this.record = {...this.record, posts: this.record.posts.filter((p) => p.postId !== postId)};
  }

  /**
   * Before each post: a lease with less than two thirds of its time left is renewed, so a slow
   * Mattermost (calls time out after 15 s) never lets a second replica in while we still act.
   */
  async keepLease(): Promise<void> {
    const lease = this.written.lease;
    if (lease && lease.until - this.ctx.now() > (this.ctx.leaseTtlMs * 2) / 3) return;
    await this.write(true);
  }

  /** Writes the progress and releases the lease. */
  async close(): Promise<RequestRecord> {
    try {
      return await this.write(false);
    } finally {
      this.ctx.store.unhold(this.requestId);
    }
  }

  /** After a failure: writes the progress but keeps the lease, so the retry knows to look first. */
  async checkpoint(): Promise<void> {
    try {
      await this.write(true);
    } catch (err) {
      this.log.debug({err: describe(err)}, 'progress not written; the next attempt looks in Mattermost instead');
    } finally {
      this.ctx.store.unhold(this.requestId);
    }
  }

  private async write(keep: boolean): Promise<RequestRecord> {
    const me = this.ctx.replicaId;
    const done = this.record;
    const result = await this.ctx.store.modify(
      this.requestId,
      (cur) => {
        if (cur.lease?.owner !== me) return null;
        const lease = keep ? {owner: me, until: this.ctx.now() + this.ctx.leaseTtlMs, since: cur.lease.since} : null;
        return {...mergeProgress(cur, done, this.gone), lease};
      },
      this.written,
    );
    if (!result.changed) throw new RetryLater('another replica took over this request (our lease ran out)');
    this.written = result.value;
    this.record = result.value;
    return result.value;
  }
}
