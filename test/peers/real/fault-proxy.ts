/**
 * Our HTTP fault proxy in front of the real Mattermost server: the same MattermostFaults the in-repo
 * peer implements (5xx, 429 with Retry-After, latency, dropped connections, for chosen routes and
 * methods, before or after the server handled the request), plus outages: the listener closes
 * (connection refused) while the server process is stopped and started again on its database.
 * Websocket upgrades are passed through untouched; an outage cuts them like a server restart does.
 */
import {createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import net from 'node:net';
import type {MattermostFaultRule, MattermostFaults} from '../types';

export interface FaultProxyOptions {
  /** The real server, e.g. 127.0.0.1:41234. */
  upstream: {host: string; port: number};
  /** Port the clients use (0 = any free one); kept across outages. */
  port?: number;
  /** Stops the server process (its database stays); called as an outage begins. */
  stopServer: () => Promise<void>;
  /** Starts it again on the same port and database; resolves once it answers. */
  startServer: () => Promise<void>;
}

export interface FaultProxy extends MattermostFaults {
  url: string;
  port: number;
  close(): Promise<void>;
}

interface ActiveRule {
  rule: MattermostFaultRule;
  remaining: number;
  until: number;
}

interface Buffered {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function matches(active: ActiveRule, method: string, path: string, now: number): boolean {
  if (active.remaining <= 0 || now > active.until) return false;
  if (active.rule.method && active.rule.method.toUpperCase() !== method) return false;
  return typeof active.rule.path === 'string' ? path.startsWith(active.rule.path) : active.rule.path.test(path);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the server's rate limiter (throttled) answers, or an AppError JSON like any other refusal. */
function answerFault(res: ServerResponse, status: number, retryAfterSeconds: number | undefined): void {
  if (status === 429) {
    const retryAfter = String(retryAfterSeconds ?? 1);
    res.writeHead(429, {
      'retry-after': retryAfter,
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': retryAfter,
      'content-type': 'text/plain; charset=utf-8',
    });
    res.end('limit exceeded\n');
    return;
  }
  const headers: Record<string, string> = {'content-type': 'application/json'};
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
  res.writeHead(status, headers);
  res.end(
    JSON.stringify({id: 'peer.injected_fault.app_error', message: `Injected failure (status ${status}).`, detailed_error: 'fault proxy', request_id: '', status_code: status}),
  );
}

export async function startFaultProxy(opts: FaultProxyOptions): Promise<FaultProxy> {
  let rules: ActiveRule[] = [];
  let delayMs = 0;
  const sockets = new Set<net.Socket>();

  /** Forwards the request; resolves with the whole answer (for phase 'after') or streams it. */
  const forward = (req: IncomingMessage, body: Buffer, res: ServerResponse | null): Promise<Buffered | null> =>
    new Promise((resolve, reject) => {
      const upstream = httpRequest({...opts.upstream, method: req.method, path: req.url, headers: req.headers}, (answer) => {
        if (res) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('end', () => resolve(null));
          answer.on('error', reject);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => resolve({status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks)}));
        answer.on('error', reject);
      });
      upstream.on('error', reject);
      upstream.end(body);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const now = Date.now();
    const hit = rules.find((r) => matches(r, method, path, now));
    if (hit) hit.remaining--;
    const wait = delayMs + (hit?.rule.delayMs ?? 0);
    if (wait > 0) await sleep(wait);
    const rule = hit?.rule;
    const faulty = rule && (rule.drop || rule.status !== undefined);
    if (!rule || !faulty) {
      await forward(req, body, res);
      return;
    }
    if ((rule.phase ?? 'before') === 'after') await forward(req, body, null);
    if (rule.drop) {
      req.socket.destroy();
      return;
    }
    answerFault(res, rule.status ?? 500, rule.retryAfterSeconds);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      // The server is down or went away mid-answer: a client sees what it would see without us.
      if (!res.headersSent) answerFault(res, 502, undefined);
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (req, socket, head) => {
    const upstream = net.connect(opts.upstream.port, opts.upstream.host, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      socket.destroy();
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    socket.on('close', () => upstream.destroy());
  });

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as net.AddressInfo).port);
      });
    });
  const closeListener = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    });

  const port = await listen(opts.port ?? 0);
  const add = (rule: MattermostFaultRule) => {
    const active: ActiveRule = {rule, remaining: rule.count ?? Infinity, until: rule.forMs !== undefined ? Date.now() + rule.forMs : Infinity};
    rules.push(active);
    return () => {
      rules = rules.filter((r) => r !== active);
    };
  };

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    failNext(pathPrefix, status, count, retryAfterSeconds) {
      add({path: pathPrefix, status, count, ...(retryAfterSeconds !== undefined ? {retryAfterSeconds} : {})});
    },
    setDelay(ms) {
      delayMs = Math.max(0, ms);
    },
    reset() {
      rules = [];
      delayMs = 0;
    },
    add,
    async outage(ms) {
      const started = Date.now();
      await closeListener();
      await opts.stopServer();
      await sleep(Math.max(0, ms - (Date.now() - started)));
      await opts.startServer();
      await listen(port);
    },
    close: closeListener,
  };
}
