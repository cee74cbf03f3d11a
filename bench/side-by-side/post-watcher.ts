/**
 * Sees cards appear the way a user's client does: Mattermost's websocket `posted` and
 * `post_edited` events for one channel, timestamped on arrival. Nothing is polled, so watching
 * costs the contender nothing and Mattermost only one broadcast per write, for both contenders.
 *
 * A card is a root post in the contender's channel; its request id is our bridge's
 * `teleport_request_id` prop or, for the official plugin (plain text), the first UUID in the message.
 */
import WebSocket from 'ws';
import {textOf} from '../../server-bridge/src/config/websocket';
import {z} from 'zod';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const eventSchema = z.object({event: z.string(), data: z.record(z.string(), z.unknown()).optional()});
const postSchema = z.object({
  id: z.string(),
  channel_id: z.string(),
  root_id: z.string().optional().default(''),
  message: z.string().optional().default(''),
  props: z.record(z.string(), z.unknown()).nullish(),
});

export interface CardHistory {
  /** performance.now() of the `posted` event. */
  postedAt: number;
  /** performance.now() of the last `posted` or `post_edited` event of this card. */
  lastWriteAt: number;
  /** Posts plus edits seen. */
  writes: number;
}

export interface PostWatcher {
  card(requestId: string): CardHistory | undefined;
  /** Distinct requests with a card so far. */
  readonly cards: number;
  /** performance.now() of the last event in the channel. */
  readonly lastEventAt: number;
  /** Resolves when every id has a card; rejects when the socket closes or the time is up. */
  waitForCards(ids: readonly string[], timeoutMs: number): Promise<void>;
  /** Resolves once the channel has been silent for quietMs (after its last event). */
  waitForQuiet(quietMs: number): Promise<void>;
  close(): void;
}

function requestIdOf(post: z.infer<typeof postSchema>): string | null {
  const prop = post.props?.['teleport_request_id'];
  if (typeof prop === 'string' && prop) return prop;
  return UUID.exec(post.message)?.[0] ?? null;
}

export async function watchChannel(mattermostUrl: string, token: string, channelId: string): Promise<PostWatcher> {
  const url = new URL('/api/v4/websocket', mattermostUrl.replace(/^http/, 'ws'));
  const socket = new WebSocket(url, {headers: {Authorization: `Bearer ${token}`}});
  const cards = new Map<string, CardHistory>();
  /** Post id → request id, so edits find their card even if the edit dropped the prop. */
  const postRequest = new Map<string, string>();
  let lastEventAt = performance.now();
  let closedBecause: string | null = null;
  /** Called with the request id of each new card, and with none when the socket closed. */
  const wakeups = new Set<(newCard?: string) => void>();
  const wake = (newCard?: string) => {
    for (const w of [...wakeups]) w(newCard);
  };

  const parseJson = (text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  socket.on('message', (raw) => {
    const at = performance.now();
    const parsed = eventSchema.safeParse(parseJson(textOf(raw)));
    if (!parsed.success || (parsed.data.event !== 'posted' && parsed.data.event !== 'post_edited')) return;
    const text = parsed.data.data?.['post'];
    const post = postSchema.safeParse(typeof text === 'string' ? parseJson(text) : undefined);
    if (!post.success) {
      // A post we cannot read could be a card: the figures would be wrong, so the run stops here.
      closedBecause ??= `Mattermost ${parsed.data.event} event with an unexpected post (${post.error.issues.map((i) => `${i.path.join('.') || 'post'}: ${i.message}`).join('; ')})`;
      wake();
      return;
    }
    if (post.data.channel_id !== channelId || post.data.root_id !== '') return;
    const requestId = postRequest.get(post.data.id) ?? requestIdOf(post.data);
    if (!requestId) return;
    postRequest.set(post.data.id, requestId);
    lastEventAt = at;
    const known = cards.get(requestId);
    if (known) {
      known.lastWriteAt = at;
      known.writes++;
    } else {
      cards.set(requestId, {postedAt: at, lastWriteAt: at, writes: 1});
      wake(requestId);
    }
  });
  socket.on('close', (code, reason) => {
    closedBecause ??= `websocket closed (${code} ${reason.toString()}); events may have been missed`;
    wake();
  });

  await new Promise<void>((resolve, reject) => {
    socket.once('message', () => resolve()); // "hello": authenticated and subscribed
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`Mattermost websocket upgrade refused: HTTP ${res.statusCode ?? '?'}`)));
  });

  const waitForCards = (ids: readonly string[], timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      // Kept up to date per new card: a 10,000-request wait must not rescan every id per event.
      const missing = new Set(ids.filter((id) => !cards.has(id)));
      const check = (newCard?: string) => {
        if (newCard) missing.delete(newCard);
        if (closedBecause) finish(new Error(closedBecause));
        else if (missing.size === 0) finish();
      };
      const timer = setTimeout(() => finish(new Error(`${missing.size} of ${ids.length} requests still without a card after ${timeoutMs} ms`)), timeoutMs);
      const finish = (err?: Error) => {
        clearTimeout(timer);
        wakeups.delete(check);
        if (err) reject(err);
        else resolve();
      };
      wakeups.add(check);
      check();
    });

  return {
    card: (id) => cards.get(id),
    get cards() {
      return cards.size;
    },
    get lastEventAt() {
      return lastEventAt;
    },
    waitForCards,
    async waitForQuiet(quietMs) {
      for (;;) {
        const silentFor = performance.now() - lastEventAt;
        if (silentFor >= quietMs) return;
        await new Promise((r) => setTimeout(r, quietMs - silentFor));
      }
    },
    close() {
      socket.terminate();
    },
  };
}
