/**
 * Teleport watches: one WatchEvents stream at a time, reconnected forever with jittered backoff.
 * Each connection reports `init` once the server's INIT arrives (existing objects are not
 * replayed, so the caller lists them then). The access_request watch and the
 * access_monitoring_rule watch share this loop and differ only in how an event is read.
 */
import {status, type ClientReadableStream} from '@grpc/grpc-js';
import type {Logger} from 'pino';
import type {Event__Output} from './proto/generated/proto/Event';
import {BACKOFF_CAP_MS, reconnectDelay} from './backoff';
import {decodeAccessRequest} from './decode';
import {isServiceError} from './errors';
import type {RequestEvent, WatchHandle} from './port';
import {describe} from '../app/errors';

/** What one kind's watch makes of a PUT or DELETE after INIT (null: not for this watch). */
export interface EventReader<E> {
  /** Names the watch in logs ("access request", "access monitoring rule"). */
  what: string;
  /** The role permissions the watch needs, said when Teleport refuses it. */
  permissions: string;
  read(ev: Event__Output, log: Logger): E | null;
}

export interface WatchStream {
  stream: ClientReadableStream<Event__Output>;
  /** Called once the stream is over (lets the client close a retired channel). */
  release(): void;
}

export interface WatchDeps<E = RequestEvent> {
  /** Opens a WatchEvents stream on the client's current channel. */
  open(): WatchStream;
  logger: Logger;
  onEvent(event: E | {type: 'init'}): void;
  /** Reconnect if INIT does not arrive in time. Default 15 s. */
  initTimeoutMs?: number;
  random?: () => number;
}

const AUTH_FAILURES = new Set<number>([status.PERMISSION_DENIED, status.UNAUTHENTICATED]);

const REQUESTS: EventReader<RequestEvent> = {
  what: 'access request',
  permissions: 'access_request: list, read',
  read(ev, log) {
    if (ev.Type === 'PUT') {
      if (ev.Resource !== 'AccessRequest' || !ev.AccessRequest) return null;
      try {
        return {type: 'put', request: decodeAccessRequest(ev.AccessRequest)};
      } catch (err) {
        log.error({err: describe(err), requestId: ev.AccessRequest.Metadata?.Name}, 'skipping malformed access request from the watch');
        return null;
      }
    }
    if (ev.Type === 'DELETE') {
      const header = ev.ResourceHeader;
      const kind = header?.Kind ?? ev.AccessRequest?.Kind ?? '';
      const name = header?.Metadata?.Name ?? ev.AccessRequest?.Metadata?.Name ?? '';
      if ((kind === 'access_request' || kind === '') && name !== '') return {type: 'delete', requestId: name};
    }
    return null;
  },
};

export function watchRequests(deps: WatchDeps): WatchHandle {
  return watchEvents(deps, REQUESTS);
}

export function watchEvents<E>(deps: WatchDeps<E>, reader: EventReader<E>): WatchHandle {
  const watch = new EventWatch(deps, reader);
  watch.connect();
  return watch;
}

/** One connection attempt: its stream (once opened) and its INIT deadline. */
interface Attempt {
  settled: boolean;
  opened?: WatchStream;
  initTimer?: NodeJS.Timeout;
}

/** How long to wait before reconnecting, and what to say about the failure. */
function retryAfter(err: unknown, attempt: number, random?: () => number): {delayMs: number; refused: boolean; reason: string; code?: string} {
  const code = isServiceError(err) ? err.code : undefined;
  const reason = err instanceof Error ? (isServiceError(err) ? err.details || err.message : err.message) : String(err);
  // A refusal will not fix itself quickly: wait the longest backoff instead of hammering.
  if (code !== undefined && AUTH_FAILURES.has(code)) return {delayMs: BACKOFF_CAP_MS, refused: true, reason, code: status[code]};
  return {delayMs: reconnectDelay(attempt, random), refused: false, reason};
}

class EventWatch<E> implements WatchHandle {
  private closed = false;
  private isReady = false;
  private attempts = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private current: Attempt | null = null;

  constructor(
    private readonly deps: WatchDeps<E>,
    private readonly reader: EventReader<E>,
  ) {}

  get ready(): boolean {
    return this.isReady;
  }

  close(): void {
    this.closed = true;
    this.isReady = false;
    clearTimeout(this.retryTimer);
    const a = this.current;
    if (a && !a.settled) {
      a.settled = true;
      clearTimeout(a.initTimer);
      a.opened?.stream.cancel();
      a.opened?.release();
    }
  }

  connect(): void {
    if (this.closed) return;
    const a: Attempt = {settled: false};
    this.current = a;
    const initMs = this.deps.initTimeoutMs ?? 15_000;
    a.initTimer = setTimeout(() => this.fail(a, new Error(`no INIT event within ${initMs} ms`)), initMs);
    try {
      a.opened = this.deps.open();
    } catch (err) {
      this.fail(a, err);
      return;
    }
    a.opened.stream.on('data', (ev: Event__Output) => this.receive(a, ev));
    a.opened.stream.on('error', (err: unknown) => this.fail(a, err));
    a.opened.stream.on('end', () => this.fail(a, new Error('watch stream ended (EOF)')));
  }

  private receive(a: Attempt, ev: Event__Output): void {
    if (a.settled) return;
    const log = this.deps.logger;
    if (ev.Type === 'INIT') {
      clearTimeout(a.initTimer);
      this.isReady = true;
      this.attempts = 0;
      log.info(`${this.reader.what} watch ready`);
      this.deliver({type: 'init'});
      return;
    }
    if (!this.isReady) {
      log.debug({type: ev.Type}, 'ignoring watch event before INIT');
      return;
    }
    const event = this.reader.read(ev, log);
    if (event !== null) this.deliver(event);
  }

  private deliver(event: E | {type: 'init'}): void {
    try {
      this.deps.onEvent(event);
    } catch (err) {
      this.deps.logger.error({err: describe(err)}, `${this.reader.what} event handler failed`);
    }
  }

  private fail(a: Attempt, err: unknown): void {
    if (a.settled) return;
    a.settled = true;
    clearTimeout(a.initTimer);
    const wasReady = this.isReady;
    this.isReady = false;
    a.opened?.stream.cancel();
    a.opened?.release();
    if (this.closed) return;
    const log = this.deps.logger;
    const plan = retryAfter(err, this.attempts, this.deps.random);
    if (plan.refused) {
      const hint = `check the bridge identity and its role (${this.reader.permissions}); retrying`;
      log.error({code: plan.code, reason: plan.reason}, `Teleport refused the ${this.reader.what} watch: ${hint}`);
    } else {
      this.attempts++;
      log[wasReady ? 'warn' : 'info']({reason: plan.reason, retryInMs: plan.delayMs}, `${this.reader.what} watch disconnected; reconnecting`);
    }
    this.retryTimer = setTimeout(() => this.connect(), plan.delayMs);
  }
}
