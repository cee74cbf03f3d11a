/**
 * Feeds Teleport's request events to the lifecycle handlers: in order per request, concurrently
 * across requests, with catch-up after every (re)connection. While a request is pending its work
 * is never abandoned: every failure is retried with jittered backoff (bounded at `retryMaxMs`)
 * until the work is done or the request is resolved or gone.
 */
import type {Logger} from 'pino';
import {compactForExpiry} from '../domain/compact';
import type {AccessRequest} from '../domain/request';
import {TeleportError, type RequestEvent, type TeleportPort} from '../teleport/port';
import {describe, isTransient, retryAfterOf, RetryLater} from '../app/errors';
import {KeyedQueue} from './keyed-queue';
import {generationOf, type LifecycleContext} from './context';
import {handleExpired, handlePending, handleResolved, workDue} from './lifecycle';
import {EMPTY_RECORD} from './record';

export interface ProcessorOptions {
  concurrency: number;
  retryMinMs: number;
  retryMaxMs: number;
  /** How often work left idle under our lease is looked for (see resumeIdleWork). Default 30 s. */
  idleSweepMs?: number;
}

interface Retry {
  timer: NodeJS.Timeout;
  attempt: number;
  /** When the timer fires: a retry past this whose task is not queued was lost. */
  dueMs: number;
}

export class RequestProcessor {
  private readonly queue: KeyedQueue;
  /** Last snapshot of every request still PENDING: draws the EXPIRED card, feeds reminders. */
  private readonly snapshots = new Map<string, AccessRequest>();
  private snapshotRevision = 0;
  /** Approved requests whose access has not ended: the access-expiry warning scans these. */
  private readonly granted = new Map<string, AccessRequest>();
  /** Requests this replica has worked on (it announces their expiry first). */
  private readonly workedHere = new Set<string>();
  private readonly retries = new Map<string, Retry>();
  /**
   * Per request with work not yet done, the generation (context.ts) of the newest snapshot handed
   * to its queue. A read that started before a newer event (a retry's re-read, a catch-up listing)
   * can answer after it with the older snapshot; handled, that pass would succeed on the older
   * state, release the lease and cancel the retry of the newer work, which was then never done.
   */
  private readonly newest = new Map<string, number>();
  private stopped = false;
  private catchingUp: Promise<void> | null = null;
  private catchUpAgain = false;
  private caughtUp = false;
  private idleSweep: NodeJS.Timeout | null = null;

  constructor(
    private readonly teleport: TeleportPort,
    private readonly ctx: LifecycleContext,
    private readonly logger: Logger,
    private readonly options: ProcessorOptions,
  ) {
    this.queue = new KeyedQueue(options.concurrency);
  }

  get tracked(): number {
    return this.snapshots.size;
  }

  /** Grows whenever the set of pending requests or a snapshot changes: readers skip work when it has not moved. */
  get revision(): number {
    return this.snapshotRevision;
  }

  get inFlight(): number {
    return this.queue.pending;
  }

  /** The last snapshot of every request still PENDING (read-only; reminders scan these). */
  pendingRequests(): AccessRequest[] {
    return [...this.snapshots.values()];
  }

  /** Approved requests whose access ends in the future (read-only). */
  grantedRequests(nowMs = Date.now()): AccessRequest[] {
    for (const [id, r] of this.granted) if (!r.accessExpires || Date.parse(r.accessExpires) <= nowMs) this.granted.delete(id);
    return [...this.granted.values()];
  }

  handle(event: RequestEvent): void {
    if (this.stopped) return;
    if (event.type === 'init') this.requestCatchUp();
    else if (event.type === 'put') this.enqueuePut(event.request, 'event');
    else this.enqueueDelete(event.requestId);
  }

  /**
   * One catch-up at a time: reconnects in a row (a watch Teleport dropped for falling behind) ask
   * for one more afterwards, never a pile of listings that would keep the bridge behind.
   */
  requestCatchUp(): void {
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return;
    }
    this.catchingUp = this.catchUp().finally(() => {
      this.catchingUp = null;
      if (this.catchUpAgain && !this.stopped) {
        this.catchUpAgain = false;
        this.requestCatchUp();
      }
    });
  }

  /**
   * After (re)connecting: card what was created while we were away, and settle what we missed.
   * A listed request whose remembered record has nothing due is not read again, so a reconnect
   * with 10,000 pending requests costs one listing, not 10,000 plugin-data reads. At start-up
   * (nothing remembered) also the requests resolved while no replica ran: one listing of our
   * plugin data names those whose work is open.
   */
  async catchUp(): Promise<void> {
    try {
      const firstTime = !this.caughtUp;
      const [pending, unfinished, approved] = await Promise.all([
        this.teleport.listRequests({state: 'PENDING'}),
        // Best effort: without it only requests resolved while no replica ran are left behind.
        firstTime
          ? this.ctx.store.unfinished().catch((err: unknown) => {
              this.logger.warn({err: describe(err)}, 'cannot list plugin data; requests resolved while the bridge was down keep their last card');
              return [];
            })
          : Promise.resolve([]),
        // At start-up: access granted before it, for the warning before access ends.
        firstTime
          ? this.teleport.listRequests({state: 'APPROVED'}).catch((err: unknown) => {
              this.logger.warn({err: describe(err)}, 'cannot list approved requests; access granted before this start gets no end-of-access warning');
              return [];
            })
          : Promise.resolve([]),
      ]);
      for (const request of approved) this.noteGranted(request);
      const alive = new Set(pending.map((r) => r.id));
      let settled = 0;
      let queued = 0;
      for (const request of pending) {
        // Listed before a newer event of it was queued: that event's work stands.
        if (this.superseded(request)) continue;
        // The very snapshot its event already queued, work not yet done: that task (or its retry)
        // does the work. Queuing the listing too made a second pass that re-read the plugin data
        // only to find nothing due: Teleport drops a watch that falls behind in a burst (queue of
        // 64 events), and each reconnect re-read a few hundred requests in flight (issue 10).
        if (this.alreadyQueued(request)) {
          queued++;
          continue;
        }
        const known = this.ctx.store.lastKnown(request.id);
        if (known && !workDue(request, known) && this.snapshots.has(request.id)) {
          this.keepSnapshot(request);
          settled++;
          continue;
        }
        this.enqueuePut(request, 'listing');
      }
      this.caughtUp = true;
      this.idleSweep ??= setInterval(() => this.resumeIdleWork(), this.options.idleSweepMs ?? 30_000).unref();
      const missed = new Set([...this.snapshots.keys(), ...unfinished].filter((id) => !alive.has(id)));
      for (const id of missed) this.enqueueRefresh(id);
      this.logger.info({pending: pending.length, already_settled: settled, already_queued: queued, missed: missed.size}, 'caught up with pending requests');
    } catch (err) {
      this.logger.error({err: describe(err)}, 'catch-up listing failed; retrying');
      if (!this.stopped) setTimeout(() => this.requestCatchUp(), 1000).unref();
    }
  }

  /**
   * The safety net under "a pending request's work is never abandoned": a request whose lease this
   * replica holds (or nobody holds any longer) with no task queued, no session open and no retry
   * scheduled has work nobody will do. That should not happen; if it does, it is said once and the
   * work resumed, so a lost retry costs a delay, never a lost card, reply or DM.
   */
  resumeIdleWork(): void {
    if (this.stopped) return;
    const now = this.ctx.now();
    for (const id of this.ctx.store.leasedTo(this.ctx.replicaId, now)) {
      const retry = this.retries.get(id);
      if (this.queue.has(id) || this.ctx.store.isHeld(id) || (retry && retry.dueMs + 1000 > now)) continue;
      this.logger.warn({request_id: id, retry_lost: Boolean(retry)}, 'unfinished work on this request was left idle; resuming it');
      this.enqueueRefresh(id);
    }
  }

  async drain(): Promise<void> {
    this.stopped = true;
    if (this.idleSweep) clearInterval(this.idleSweep);
    for (const {timer} of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
    this.newest.clear();
    await this.queue.idle();
  }

  /**
   * `event`: a watch event of a request this replica has never seen and nobody reviewed yet is
   * new, so its record is empty: no read, the lease write expects the empty record. So is such a
   * request in a reconnect's listing (created while the watch was down); at start-up the listing
   * holds the requests carded before it, so those are read first. A wrong guess costs one refused
   * write and a read (cas.ts). False when the snapshot is older than one already queued or kept
   * (see `newest`): it is not handled.
   */
  private enqueuePut(request: AccessRequest, source: 'event' | 'listing' | 'refresh'): boolean {
    if (this.superseded(request)) {
      this.logger.debug({request_id: request.id, source, state: request.state, reviews: request.reviews.length}, 'snapshot older than one already queued; not handled');
      return false;
    }
    const generation = generationOf(request, request.state);
    this.newest.set(request.id, generation);
    const fresh = (source === 'event' || (source === 'listing' && this.caughtUp)) && request.state === 'PENDING' && request.reviews.length === 0 && !this.snapshots.has(request.id);
    // Compact: 10,000 pending requests are kept between their events.
    if (request.state === 'PENDING') this.keepSnapshot(request);
    else this.dropSnapshot(request.id);
    this.noteGranted(request);
    this.push(request.id, async () => {
      const log = this.ctx.logger.child({request_id: request.id});
      const known = fresh && !this.ctx.store.lastKnown(request.id) ? EMPTY_RECORD : await this.ctx.store.load(request.id);
      const handler = request.state === 'PENDING' ? handlePending : handleResolved;
      const {worked} = await handler(this.ctx, request, known, log);
      if (worked) this.workedHere.add(request.id);
      if (request.state !== 'PENDING') this.settled(request.id);
      // Done up to the newest snapshot queued: nothing older can be mistaken for it any more.
      if ((this.newest.get(request.id) ?? generation) <= generation) this.newest.delete(request.id);
    });
    return true;
  }

  /** Older than the newest snapshot queued for the request, or than the pending one kept. */
  private superseded(request: AccessRequest): boolean {
    const generation = generationOf(request, request.state);
    const queued = this.newest.get(request.id);
    const kept = this.snapshots.get(request.id);
    return (queued !== undefined && generation < queued) || (kept !== undefined && generation < generationOf(kept, kept.state));
  }

  /** The very snapshot already queued, its work not yet done. */
  private alreadyQueued(request: AccessRequest): boolean {
    return this.newest.get(request.id) === generationOf(request, request.state);
  }

  private keepSnapshot(request: AccessRequest): void {
    this.snapshots.set(request.id, compactForExpiry(request));
    this.snapshotRevision++;
  }

  private dropSnapshot(requestId: string): void {
    if (this.snapshots.delete(requestId)) this.snapshotRevision++;
  }

  private noteGranted(request: AccessRequest): void {
    if (request.state === 'APPROVED' && request.accessExpires && Date.parse(request.accessExpires) > this.ctx.now()) this.granted.set(request.id, compactForExpiry(request));
    else this.granted.delete(request.id);
  }

  private enqueueDelete(requestId: string): void {
    const request = this.snapshots.get(requestId);
    const record = this.ctx.store.lastKnown(requestId);
    const workedHere = this.workedHere.has(requestId);
    this.dropSnapshot(requestId);
    this.newest.delete(requestId);
    this.granted.delete(requestId);
    this.settled(requestId);
    this.cancelRetry(requestId);
    if (!request || !record) return;
    const log = this.ctx.logger.child({request_id: requestId});
    const expire = () => this.retryTask(requestId, () => handleExpired(this.ctx, request, record, log));
    if (workedHere) return expire();
    // Another replica is likely announcing it now: give it a lease's time, then look and fill in.
    const timer = setTimeout(() => !this.stopped && expire(), this.ctx.leaseTtlMs * (1 + Math.random()));
    timer.unref();
  }

  /** Re-reads a request we may have missed events for; gone means deleted (expired if unresolved). */
  private enqueueRefresh(requestId: string): void {
    // The re-read is the start of the retried work, not the work: its success keeps the retry (and
    // its attempt count) until the pass it queues succeeds, so a failing pass backs off further.
    this.push(
      requestId,
      async () => {
        const request = await this.teleport.getRequest(requestId);
        if (!request) return this.enqueueDelete(requestId);
        // Answered with an older snapshot than one already queued (the read raced its event): the
        // newer work may be waiting for this very retry, so this attempt failed; it is not done.
        if (!this.enqueuePut(request, 'refresh')) throw new RetryLater('Teleport answered with an older snapshot of the request than one already queued');
      },
      {keepRetry: true},
    );
  }

  private settled(requestId: string): void {
    this.workedHere.delete(requestId);
    this.ctx.store.forget(requestId);
  }

  /**
   * Runs a task in the request's queue; on failure `again` (default: re-read and redo) later.
   * `keepRetry`: the task only starts the retried work (a re-read), so its success is not the work's.
   */
  private push(requestId: string, task: () => Promise<void>, opts: {again?: () => void; keepRetry?: boolean} = {}): void {
    const again = opts.again ?? (() => this.enqueueRefresh(requestId));
    void this.queue.push(requestId, async () => {
      try {
        await task();
        if (!opts.keepRetry) this.cancelRetry(requestId);
      } catch (err) {
        this.failed(requestId, err, again);
      }
    });
  }

  private retryTask(requestId: string, task: () => Promise<void>): void {
    this.push(requestId, task, {again: () => this.retryTask(requestId, task)});
  }

  private failed(requestId: string, err: unknown, again: () => void): void {
    if (err instanceof TeleportError && err.kind === 'NotFound') {
      // Deleted while we worked on it: its DELETE event (already queued) settles the cards.
      this.logger.debug({request_id: requestId}, 'request vanished during handling');
      // No retry follows: a catch-up that still lists it must queue it again, not take it for work in hand.
      this.newest.delete(requestId);
      return;
    }
    if (this.stopped) return;
    const previous = this.retries.get(requestId);
    if (previous) clearTimeout(previous.timer);
    const attempt = (previous?.attempt ?? 0) + 1;
    const backoff = Math.min(this.options.retryMaxMs, this.options.retryMinMs * 2 ** (attempt - 1));
    const wait = Math.max(retryAfterOf(err) ?? 0, backoff * (0.5 + Math.random() / 2));
    const fields = {request_id: requestId, attempt, retry_in_ms: Math.round(wait), err: describe(err)};
    // Said once per cause: the first attempt, and from then on every tenth.
    if (err instanceof RetryLater && /is working on this request/.test(err.message)) this.logger.debug(fields, 'another replica holds the request; looking again later');
    else if (attempt !== 1 && attempt % 10 !== 0) this.logger.debug(fields, 'will retry request');
    else if (!isTransient(err)) this.logger.error(fields, 'request handling failed; will retry (this looks like a bug or bad data)');
    else this.logger.warn(fields, 'will retry request');
    const timer = setTimeout(() => {
      if (this.retries.get(requestId)?.timer !== timer) return;
      again();
    }, wait);
    timer.unref();
    this.retries.set(requestId, {timer, attempt, dueMs: this.ctx.now() + wait});
  }

  private cancelRetry(requestId: string): void {
    const r = this.retries.get(requestId);
    if (r) clearTimeout(r.timer);
    this.retries.delete(requestId);
  }
}
