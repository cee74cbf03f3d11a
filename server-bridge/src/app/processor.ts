/**
 * Feeds Teleport's request events into RequestSync: in order per request, concurrently across
 * requests, with catch-up after every (re)connection and retries until the cards are right or
 * the request is gone. Nothing is dropped on a transient failure.
 */
import type {Logger} from 'pino';
import type {AccessRequest} from '../domain/request';
import {TeleportError, type RequestEvent, type TeleportPort} from '../teleport/port';
import {describe, isTransient, retryAfterOf} from './errors';
import {KeyedQueue} from './keyed-queue';
import type {RequestSync} from './sync';

export interface ProcessorOptions {
  concurrency: number;
  retryMinMs: number;
  retryMaxMs: number;
}

export class RequestProcessor {
  private readonly queue: KeyedQueue;
  /** Last snapshot per request still alive in Teleport: needed to draw the EXPIRED card. */
  private readonly snapshots = new Map<string, AccessRequest>();
  private readonly retries = new Map<string, {timer: NodeJS.Timeout; attempt: number}>();
  private stopped = false;

  constructor(
    private readonly teleport: TeleportPort,
    private readonly sync: RequestSync,
    private readonly logger: Logger,
    private readonly options: ProcessorOptions,
  ) {
    this.queue = new KeyedQueue(options.concurrency);
  }

  get tracked(): number {
    return this.snapshots.size;
  }

  get inFlight(): number {
    return this.queue.pending;
  }

  /** The last snapshot of every request still PENDING (read-only; reminders scan these). */
  pendingRequests(): AccessRequest[] {
    return [...this.snapshots.values()];
  }

  handle(event: RequestEvent): void {
    if (this.stopped) return;
    if (event.type === 'init') {
      void this.catchUp();
    } else if (event.type === 'put') {
      this.enqueuePut(event.request);
    } else {
      this.enqueueDelete(event.requestId);
    }
  }

  /** After (re)connecting: card what was created while we were away, and settle what we missed. */
  async catchUp(): Promise<void> {
    try {
      const pending = await this.teleport.listRequests({state: 'PENDING'});
      const alive = new Set(pending.map((r) => r.id));
      for (const request of pending) this.enqueuePut(request);
      for (const id of this.snapshots.keys()) {
        if (!alive.has(id)) this.enqueueRefresh(id);
      }
      this.logger.info({pending: pending.length}, 'caught up with pending requests');
    } catch (err) {
      this.logger.error({err: describe(err)}, 'catch-up listing failed; retrying');
      setTimeout(() => void this.catchUp(), 1000).unref();
    }
  }

  async drain(): Promise<void> {
    this.stopped = true;
    for (const {timer} of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
    await this.queue.idle();
  }

  private enqueuePut(request: AccessRequest): void {
    // Only unresolved requests need a snapshot: it draws the EXPIRED card if Teleport deletes them.
    if (request.state === 'PENDING') this.snapshots.set(request.id, request);
    else this.snapshots.delete(request.id);
    void this.queue.push(request.id, () => this.run(request.id, () => this.sync.sync(request)));
  }

  private enqueueDelete(requestId: string): void {
    const last = this.snapshots.get(requestId);
    this.snapshots.delete(requestId);
    this.cancelRetry(requestId);
    void this.queue.push(requestId, () => this.run(requestId, () => this.sync.expire(requestId, last), false));
  }

  /** Re-reads a request we may have missed events for; gone means deleted (expired if unresolved). */
  private enqueueRefresh(requestId: string): void {
    void this.queue.push(requestId, async () => {
      try {
        const request = await this.teleport.getRequest(requestId);
        if (request) this.enqueuePut(request);
        else this.enqueueDelete(requestId);
      } catch (err) {
        this.scheduleRetry(requestId, err);
      }
    });
  }

  private async run(requestId: string, work: () => Promise<void>, retry = true): Promise<void> {
    try {
      await work();
      this.cancelRetry(requestId);
    } catch (err) {
      if (retry && isTransient(err)) {
        this.scheduleRetry(requestId, err);
      } else if (err instanceof TeleportError && err.kind === 'NotFound') {
        // Deleted while we worked on it: its DELETE event (already queued) settles the cards.
        this.logger.debug({request_id: requestId}, 'request vanished during handling');
      } else {
        this.logger.error({request_id: requestId, err: describe(err)}, 'request handling failed');
      }
    }
  }

  private scheduleRetry(requestId: string, err: unknown): void {
    if (this.stopped) return;
    const previous = this.retries.get(requestId);
    if (previous) clearTimeout(previous.timer);
    const attempt = (previous?.attempt ?? 0) + 1;
    const backoff = Math.min(this.options.retryMaxMs, this.options.retryMinMs * 2 ** (attempt - 1));
    const wait = Math.max(retryAfterOf(err) ?? 0, backoff * (0.5 + Math.random() / 2));
    this.logger.warn({request_id: requestId, attempt, retry_in_ms: Math.round(wait), err: describe(err)}, 'will retry request');
    const timer = setTimeout(() => {
      if (this.retries.get(requestId)?.timer !== timer) return;
      this.enqueueRefresh(requestId);
    }, wait);
    timer.unref();
    this.retries.set(requestId, {timer, attempt});
  }

  private cancelRetry(requestId: string): void {
    const r = this.retries.get(requestId);
    if (r) clearTimeout(r.timer);
    this.retries.delete(requestId);
  }
}
