/**
 * The bridge's HTTP surface. Mattermost calls /mattermost/* (button clicks, dialog submissions,
 * /teleport); operators and orchestrators call /healthz, /readyz and /metrics. Every Mattermost
 * callback answers 200 with JSON, even on bad input: a non-200 makes Mattermost show a generic
 * failure instead of our specific, private answer.
 *
 * Plain node:http: seven fixed routes with small JSON or form bodies need no framework, and
 * Fastify (with its router, plugin loader and schema compilers) was a good part of the idle heap
 * and of the code compiled at start-up (issue 10).
 */
import http from 'node:http';
import type {Logger} from 'pino';
import {describe} from '../app/errors';
import type {Registry} from '../app/metrics-registry';
import {httpDate} from '../card/time';

/** Button clicks, dialog submissions and /teleport: interactions/receiver.ts. */
export interface InteractionReceiver {
  paths(): string[];
  receive(path: string, body: unknown, authorization?: string): Promise<{status: number; body: Record<string, unknown>}>;
  /** The answer, in the words of that path's surface, to a body that could not be read at all. */
  unreadable(path: string, detail: string): {status: number; body: Record<string, unknown>};
}

// Function properties rather than methods: the server calls them detached from the object.
export interface HttpHandlers {
  interactions: InteractionReceiver;
  /** Health details for /readyz and the admin status (no secrets). */
  status: () => {ready: boolean; details: Record<string, unknown>};
}

/** Mattermost's callbacks are a few KiB; anything far larger is not one of them. */
export const BODY_LIMIT = 256 * 1024;

interface Answer {
  status: number;
  body: string;
  type: string;
}

const json = (status: number, value: unknown): Answer => ({status, body: JSON.stringify(value), type: 'application/json; charset=utf-8'});

class BadRequest extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > BODY_LIMIT) {
      reject(new BadRequest(`body of ${declared} bytes is over the ${BODY_LIMIT}-byte limit`, 413));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > BODY_LIMIT) {
        reject(new BadRequest(`body is over the ${BODY_LIMIT}-byte limit`, 413));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** JSON or form bodies, as Mattermost sends them; an empty body reads as undefined. */
function parseBody(text: string, contentType: string): unknown {
  if (text === '') return undefined;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(text));
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch (err) {
      throw new BadRequest(`body is not valid JSON: ${(err as Error).message}`);
    }
  }
  throw new BadRequest(`unsupported content type "${type || '(none)'}"`, 415);
}

export async function startHttpServer(opts: {listen: string; handlers: HttpHandlers; registry: Registry; logger: Logger}): Promise<{close(): Promise<void>; url: string}> {
  // The receiver answers every call itself (it never throws), so each route only passes it on.
  const interactions = opts.handlers.interactions;
  const callbacks = new Set(interactions.paths());

  const reads: Record<string, () => Answer> = {
    '/healthz': () => json(200, {ok: true}),
    '/readyz': () => {
      const s = opts.handlers.status();
      return json(s.ready ? 200 : 503, {ready: s.ready, ...s.details});
    },
    '/metrics': () => ({status: 200, body: opts.registry.metrics(), type: opts.registry.contentType}),
  };

  const route = async (req: http.IncomingMessage): Promise<Answer> => {
    const path = (req.url ?? '/').split('?')[0]!;
    const callback = callbacks.has(path);
    const read = reads[path];
    if (callback && req.method === 'POST') {
      let body: unknown;
      try {
        body = parseBody(await readBody(req), req.headers['content-type'] ?? '');
      } catch (err) {
        // Worded and logged by the receiver like any malformed callback, for the surface it came from.
        const answer = interactions.unreadable(path, describe(err));
        return json(answer.status, answer.body);
      }
      const answer = await interactions.receive(path, body, req.headers.authorization);
      return json(answer.status, answer.body);
    }
    if (read && (req.method === 'GET' || req.method === 'HEAD')) return read();
    if (callback || read) return json(405, {error: `${req.method ?? ''} not allowed on ${path}`});
    return json(404, {error: `no route ${req.method ?? ''} ${path}`});
  };

  // The Date header is ours (card/time.ts, httpDate): Node's comes from toUTCString, which pages in
  // ICU's time zone data.
  const headers = (type: string, length?: number): http.OutgoingHttpHeaders => ({
    date: httpDate(Date.now()),
    'content-type': type,
    ...(length === undefined ? {} : {'content-length': length}),
  });
  const server = http.createServer((req, res) => {
    route(req).then(
      (a) => {
        res.writeHead(a.status, headers(a.type, Buffer.byteLength(a.body)));
        res.end(req.method === 'HEAD' ? undefined : a.body);
      },
      (err: unknown) => {
        opts.logger.error({path: req.url, err: describe(err)}, 'HTTP request failed');
        if (!res.headersSent) res.writeHead(500, headers('application/json; charset=utf-8'));
        res.end(JSON.stringify({error: 'internal error'}));
      },
    );
  });
  const [host, port] = splitHostPort(opts.listen);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections from Mattermost would hold close() open until they time out.
        server.closeIdleConnections();
      }),
  };
}

function splitHostPort(listen: string): [string, number] {
  const i = listen.lastIndexOf(':');
  return [listen.slice(0, i).replace(/^\[(.*)\]$/, '$1'), Number(listen.slice(i + 1))];
}
