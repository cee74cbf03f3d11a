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

// Mattermost writes the event name first ({"event":"posted","data":...}). The bot receives an
// event for every post in its channels, each card included, with the post inside as a JSON
// string: reading the name from the frame's start saves decoding and parsing kilobytes per card
// (issue 10: per-card CPU), and a name is all this listener acts on.
const LEADING_EVENT = /^\{\s*"event"\s*:\s*"([a-z0-9_]{1,64})"/;

/** The event name of a frame, or null for replies to our own actions and anything unexpected. */
export function eventOf(raw: WebSocket.RawData): string | null {
  const bytes = bytesOf(raw);
  const leading = LEADING_EVENT.exec(bytes.toString('latin1', 0, 96));
  if (leading) return leading[1]!;
  try {
    return event.parse(JSON.parse(bytes.toString('utf8'))).event;
  } catch {
    return null;
  }
}

class ConfigChangeListener implements ConfigListener {
  private readonly url: string;
  private socket: WebSocket | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private silenceTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private hellos = 0;
  private closed = false;
  connected = false;

  constructor(private readonly opts: ConfigListenerOptions) {
    this.url = websocketUrl(opts.mattermostUrl);
    this.connect();
  }

  private watchSilence(): void {
    if (this.silenceTimer) clearTimeout(this.silenceTimer);
    this.silenceTimer = setTimeout(() => {
      this.opts.logger.info('Mattermost websocket silent too long; reconnecting');
      this.socket?.terminate();
    }, this.opts.silenceMs ?? 150_000);
    this.silenceTimer.unref();
  }

  private scheduleReconnect(reason: string): void {
    this.connected = false;
    if (this.silenceTimer) clearTimeout(this.silenceTimer);
    if (this.closed || this.retryTimer) return;
    this.failures++;
    // Logged once per outage: a server without a usable websocket is a normal set-up.
    if (this.failures === 1) this.opts.logger.info({reason}, 'Mattermost websocket unavailable; settings changes arrive by polling until it is back');
    else this.opts.logger.debug({reason, failures: this.failures}, 'Mattermost websocket still unavailable');
    const backoff = Math.min(this.opts.maxRetryMs ?? 300_000, (this.opts.minRetryMs ?? 3_000) * 2 ** Math.min(this.failures - 1, 16));
    const retry = () => {
      this.retryTimer = null;
      this.connect();
    };
    this.retryTimer = setTimeout(retry, backoff / 2 + Math.random() * (backoff / 2));
    this.retryTimer.unref();
  }

  private onEvent(name: string | null): void {
    this.watchSilence();
    if (name === 'hello') {
      this.connected = true;
      // After a reconnection (or a late first connection) we may have missed config_changed.
      const mayHaveMissed = this.hellos++ > 0 || this.failures > 0;
      if (this.failures > 0) this.opts.logger.info('Mattermost websocket connected; settings changes apply at once');
      this.failures = 0;
      if (mayHaveMissed) this.opts.onConfigChanged();
    } else if (name === 'config_changed') {
      this.opts.logger.debug('config_changed received; re-reading settings');
      this.opts.onConfigChanged();
    }
  }

  private connect(): void {
    if (this.closed) return;
    // The header authenticates the upgrade itself, so a bad token fails fast (401) instead of
    // leaving an unauthenticated connection that never receives events.
    const ws = new WebSocket(this.url, {headers: {Authorization: `Bearer ${this.opts.token}`}, handshakeTimeout: 10_000});
    this.socket = ws;
    let reason = '';
    ws.on('unexpected-response', (_req, res) => {
      reason = `upgrade refused: HTTP ${res.statusCode ?? '?'}`;
      ws.terminate();
    });
    ws.on('error', (err) => {
      reason ||= err.message; // terminate() after a refused upgrade adds a less useful error
    });
    ws.on('open', () => this.watchSilence());
    ws.on('ping', () => this.watchSilence());
    ws.on('message', (raw) => this.onEvent(eventOf(raw)));
    ws.on('close', () => {
      if (this.socket === ws) this.socket = null;
      this.scheduleReconnect(reason || 'connection closed');
    });
  }

  close(): void {
    this.closed = true;
    this.connected = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.silenceTimer) clearTimeout(this.silenceTimer);
    this.socket?.terminate();
    this.socket = null;
  }
}

export function listenForConfigChanges(opts: ConfigListenerOptions): ConfigListener {
  return new ConfigChangeListener(opts);
}

/** A websocket message as text, whatever shape `ws` delivered it in. */
function bytesOf(raw: WebSocket.RawData): Buffer {
  return Array.isArray(raw) ? Buffer.concat(raw) : Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
}

export function textOf(raw: WebSocket.RawData): string {
  return bytesOf(raw).toString('utf8');
}
