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
        log.error({err: (err as Error).message, requestId: ev.AccessRequest.Metadata?.Name}, 'skipping malformed access request from the watch');
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
  const log = deps.logger;
  let closed = false;
  let ready = false;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let cancelCurrent: (() => void) | undefined;

  const deliver = (event: E | {type: 'init'}): void => {
    try {
      deps.onEvent(event);
    } catch (err) {
      log.error({err: (err as Error).message}, `${reader.what} event handler failed`);
    }
  };

  const handle = (ev: Event__Output, onInit: () => void): void => {
    if (ev.Type === 'INIT') {
      onInit();
      return;
    }
    if (!ready) {
      log.debug({type: ev.Type}, 'ignoring watch event before INIT');
      return;
    }
    const event = reader.read(ev, log);
    if (event !== null) deliver(event);
  };

  const connect = (): void => {
    if (closed) return;
    let settled = false;
    let opened: WatchStream | undefined;
    const fail = (err: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(initTimer);
      const wasReady = ready;
      ready = false;
      cancelCurrent = undefined;
      opened?.stream.cancel();
      opened?.release();
      if (closed) return;
      const code = isServiceError(err) ? err.code : undefined;
      const reason = err instanceof Error ? (isServiceError(err) ? err.details || err.message : err.message) : String(err);
      let delay: number;
      if (code !== undefined && AUTH_FAILURES.has(code)) {
        delay = BACKOFF_CAP_MS;
        log.error({code: status[code], reason}, `Teleport refused the ${reader.what} watch: check the bridge identity and its role (${reader.permissions}); retrying`);
      } else {
        delay = reconnectDelay(attempt++, deps.random);
        log[wasReady ? 'warn' : 'info']({reason, retryInMs: delay}, `${reader.what} watch disconnected; reconnecting`);
      }
      retryTimer = setTimeout(connect, delay);
    };
    const initTimer = setTimeout(() => fail(new Error(`no INIT event within ${deps.initTimeoutMs ?? 15_000} ms`)), deps.initTimeoutMs ?? 15_000);
    try {
      opened = deps.open();
    } catch (err) {
      fail(err);
      return;
    }
    const current = opened;
    cancelCurrent = () => {
      settled = true;
      clearTimeout(initTimer);
      current.stream.cancel();
      current.release();
    };
    current.stream.on('data', (ev: Event__Output) => {
      if (settled) return;
      handle(ev, () => {
        clearTimeout(initTimer);
        ready = true;
        attempt = 0;
        log.info(`${reader.what} watch ready`);
        deliver({type: 'init'});
      });
    });
    current.stream.on('error', fail);
    current.stream.on('end', () => fail(new Error('watch stream ended (EOF)')));
  };

  connect();
  return {
    get ready() {
      return ready;
    },
    close() {
      closed = true;
      ready = false;
      clearTimeout(retryTimer);
      cancelCurrent?.();
    },
  };
}
