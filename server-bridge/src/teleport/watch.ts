/**
 * The access_request watch: one WatchEvents stream at a time, reconnected forever with jittered
 * backoff. Each connection reports `init` once the server's INIT arrives (existing requests are
 * not replayed, so the caller lists pending requests then).
 */
import {status, type ClientReadableStream} from '@grpc/grpc-js';
import type {Logger} from 'pino';
import type {Event__Output} from './proto/generated/proto/Event';
import {BACKOFF_CAP_MS, reconnectDelay} from './backoff';
import {decodeAccessRequest} from './decode';
import {isServiceError} from './errors';
import type {RequestEvent, WatchHandle} from './port';

export interface WatchStream {
  stream: ClientReadableStream<Event__Output>;
  /** Called once the stream is over (lets the client close a retired channel). */
  release(): void;
}

export interface WatchDeps {
  /** Opens a WatchEvents stream on the client's current channel. */
  open(): WatchStream;
  logger: Logger;
  onEvent(event: RequestEvent): void;
  /** Reconnect if INIT does not arrive in time. Default 15 s. */
  initTimeoutMs?: number;
  random?: () => number;
}

const AUTH_FAILURES = new Set<number>([status.PERMISSION_DENIED, status.UNAUTHENTICATED]);

export function watchRequests(deps: WatchDeps): WatchHandle {
  const log = deps.logger;
  let closed = false;
  let ready = false;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let cancelCurrent: (() => void) | undefined;

  const deliver = (event: RequestEvent): void => {
    try {
      deps.onEvent(event);
    } catch (err) {
      log.error({err: (err as Error).message, event: event.type}, 'access request event handler failed');
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
    if (ev.Type === 'PUT') {
      if (ev.Resource !== 'AccessRequest' || !ev.AccessRequest) return;
      try {
        deliver({type: 'put', request: decodeAccessRequest(ev.AccessRequest)});
      } catch (err) {
        log.error({err: (err as Error).message, requestId: ev.AccessRequest.Metadata?.Name}, 'skipping malformed access request from the watch');
      }
      return;
    }
    if (ev.Type === 'DELETE') {
      const header = ev.ResourceHeader;
      const kind = header?.Kind ?? ev.AccessRequest?.Kind ?? '';
      const name = header?.Metadata?.Name ?? ev.AccessRequest?.Metadata?.Name ?? '';
      if ((kind === 'access_request' || kind === '') && name !== '') deliver({type: 'delete', requestId: name});
    }
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
        log.error({code: status[code], reason}, 'Teleport refused the access request watch: check the bridge identity and its role (access_request: list, read); retrying');
      } else {
        delay = reconnectDelay(attempt++, deps.random);
        log[wasReady ? 'warn' : 'info']({reason, retryInMs: delay}, 'access request watch disconnected; reconnecting');
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
        log.info('access request watch ready');
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
