/**
 * Hot reload trigger: listens on Mattermost's websocket for `config_changed` and asks for a
 * settings re-read (the event carries the client config only, never plugin values). Polling
 * stays the source of truth; this only makes changes land in about a second instead of one
 * poll interval. Whether a bot session receives `config_changed` is unverified, and a server
 * (or the in-repo peer) without the websocket must not bother the bridge: failures back off
 * quietly and are logged once.
 *
 * Uses `ws` rather than @mattermost/client's WebSocketClient: that client writes to the
 * console (breaking JSON logs) and reaches for browser globals (WebSocket.OPEN, CloseEvent)
 * that Node 20 does not have.
 */
import type {Logger} from 'pino';
import WebSocket from 'ws';
import {z} from 'zod';

export interface ConfigListenerOptions {
  /** Mattermost site URL (http or https). */
  mattermostUrl: string;
  token: string;
  logger: Logger;
  /** Called on `config_changed`, and after a reconnection (events may have been missed). */
  onConfigChanged(): void;
  /** Reconnect backoff bounds; the defaults suit production. */
  minRetryMs?: number;
  maxRetryMs?: number;
  /** A connection that shows no sign of life for this long is presumed dead and replaced. */
  silenceMs?: number;
}

export interface ConfigListener {
  /** True while an authenticated connection is open (Mattermost said hello). */
  readonly connected: boolean;
  close(): void;
}

const event = z.object({event: z.string(), data: z.unknown().optional()}).loose();

export function websocketUrl(mattermostUrl: string): string {
  const url = new URL(mattermostUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v4/websocket`;
  url.search = '';
  return url.toString();
}

export function listenForConfigChanges(opts: ConfigListenerOptions): ConfigListener {
  const minRetry = opts.minRetryMs ?? 3_000;
  const maxRetry = opts.maxRetryMs ?? 300_000;
  const silenceMs = opts.silenceMs ?? 150_000;
  const url = websocketUrl(opts.mattermostUrl);
  const log = opts.logger;

  let socket: WebSocket | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let silenceTimer: NodeJS.Timeout | null = null;
  let failures = 0;
  let hellos = 0;
  let connected = false;
  let closed = false;

  const watchSilence = () => {
    if (silenceTimer) clearTimeout(silenceTimer);
    silenceTimer = setTimeout(() => {
      log.info('Mattermost websocket silent too long; reconnecting');
      socket?.terminate();
    }, silenceMs);
    silenceTimer.unref();
  };

  const scheduleReconnect = (reason: string) => {
    connected = false;
    if (silenceTimer) clearTimeout(silenceTimer);
    if (closed || retryTimer) return;
    failures++;
    // Logged once per outage: a server without a usable websocket is a normal set-up.
    if (failures === 1) log.info({reason}, 'Mattermost websocket unavailable; settings changes arrive by polling until it is back');
    else log.debug({reason, failures}, 'Mattermost websocket still unavailable');
    const backoff = Math.min(maxRetry, minRetry * 2 ** Math.min(failures - 1, 16));
    retryTimer = setTimeout(
      () => {
        retryTimer = null;
        connect();
      },
      backoff / 2 + Math.random() * (backoff / 2),
    );
    retryTimer.unref();
  };

  const connect = () => {
    if (closed) return;
    // The header authenticates the upgrade itself, so a bad token fails fast (401) instead of
    // leaving an unauthenticated connection that never receives events.
    const ws = new WebSocket(url, {headers: {Authorization: `Bearer ${opts.token}`}, handshakeTimeout: 10_000});
    socket = ws;
    let reason = '';
    ws.on('unexpected-response', (_req, res) => {
      reason = `upgrade refused: HTTP ${res.statusCode ?? '?'}`;
      ws.terminate();
    });
    ws.on('error', (err) => {
      reason ||= err.message; // terminate() after a refused upgrade adds a less useful error
    });
    ws.on('open', watchSilence);
    ws.on('ping', watchSilence);
    ws.on('message', (raw) => {
      watchSilence();
      let parsed: z.infer<typeof event>;
      try {
        parsed = event.parse(JSON.parse(textOf(raw)));
      } catch {
        return; // replies to our own actions and anything unexpected: not ours to judge
      }
      if (parsed.event === 'hello') {
        connected = true;
        // After a reconnection (or a late first connection) we may have missed config_changed.
        const mayHaveMissed = hellos++ > 0 || failures > 0;
        if (failures > 0) log.info('Mattermost websocket connected; settings changes apply at once');
        failures = 0;
        if (mayHaveMissed) opts.onConfigChanged();
      } else if (parsed.event === 'config_changed') {
        log.debug('config_changed received; re-reading settings');
        opts.onConfigChanged();
      }
    });
    ws.on('close', () => {
      if (socket === ws) socket = null;
      scheduleReconnect(reason || 'connection closed');
    });
  };

  connect();
  return {
    get connected() {
      return connected;
    },
    close() {
      closed = true;
      connected = false;
      if (retryTimer) clearTimeout(retryTimer);
      if (silenceTimer) clearTimeout(silenceTimer);
      socket?.terminate();
      socket = null;
    },
  };
}

/** A frame's text: ws hands over a Buffer by default, but its type also allows fragments and ArrayBuffers. */
/** A websocket message as text, whatever shape `ws` delivered it in. */
export function textOf(raw: WebSocket.RawData): string {
  return (Array.isArray(raw) ? Buffer.concat(raw) : Buffer.isBuffer(raw) ? raw : Buffer.from(raw)).toString('utf8');
}
