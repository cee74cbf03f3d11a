/**
 * Injected failures, latency and outages (MattermostFaults). A 429 looks like the server's rate
 * limiter (throttled): plain-text "limit exceeded" with Retry-After and X-RateLimit-* headers, not
 * an AppError JSON, so a client that only reads Client4's ClientError sees no status code. Other
 * statuses answer with an AppError JSON.
 *
 * A rule in phase 'after' lets the route run (the post really is created or edited) and only
 * then replaces the answer, which is what a proxy timeout or a dropped connection looks like to
 * a client: the write happened, the client cannot know.
 */
import type {Server} from 'node:http';
import type {FastifyReply, FastifyRequest} from 'fastify';
import {z} from 'zod';
import type {MattermostFaultRule, MattermostFaults} from '../types';
import {AppError} from './errors';

const ruleSchema = z
  .object({
    method: z
      .string()
      .regex(/^[A-Za-z]+$/, 'expected an HTTP method such as PUT')
      .optional(),
    path: z.union([z.string().startsWith('/', 'expected a path prefix starting with "/"'), z.instanceof(RegExp)]),
    status: z.number().int().min(400, 'expected an HTTP error status (400..599)').max(599, 'expected an HTTP error status (400..599)').optional(),
    retryAfterSeconds: z.number().int().min(0).optional(),
    delayMs: z.number().min(0).optional(),
    drop: z.boolean().optional(),
    phase: z.enum(['before', 'after']).optional(),
    count: z.number().int().min(1, 'expected at least 1 (omit count to fault every match)').optional(),
    forMs: z.number().min(0).optional(),
  })
  .refine((r) => !(r.drop && r.status !== undefined), {message: 'drop and status exclude each other', path: ['drop']})
  .refine((r) => r.drop || r.status !== undefined || r.delayMs !== undefined, {message: 'a rule needs status, drop or delayMs', path: ['status']});

interface ActiveRule {
  rule: MattermostFaultRule;
  remaining: number;
  until: number;
}

/** The listening socket an outage closes and reopens. */
export interface OutageTarget {
  server: Server;
  port: number;
  host: string;
  /** Cuts websocket connections: the server tracks them no longer, yet a close waits for them. */
  dropUpgraded?: () => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class FaultInjector implements MattermostFaults {
  private rules: ActiveRule[] = [];
  private delayMs = 0;
  private target: OutageTarget | null = null;
  private outageDone: Promise<void> | null = null;
  /** Requests whose answer an 'after' rule replaces once the route has run. */
  private readonly afterFaults = new WeakMap<FastifyRequest, MattermostFaultRule>();

  failNext(pathPrefix: string, status: number, count: number, retryAfterSeconds?: number): void {
    if (count <= 0) return;
    this.add({path: pathPrefix, status, count, ...(retryAfterSeconds !== undefined ? {retryAfterSeconds} : {})});
  }

  setDelay(ms: number): void {
    this.delayMs = Math.max(0, ms);
  }

  reset(): void {
    this.rules = [];
    this.delayMs = 0;
  }

  add(rule: MattermostFaultRule): () => void {
    const parsed = ruleSchema.safeParse(rule);
    if (!parsed.success) {
      throw new Error(`faults.add: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'rule'}: ${i.message}`).join('; ')}`);
    }
    const active: ActiveRule = {
      rule: {...rule},
      remaining: rule.count ?? Infinity,
      until: rule.forMs === undefined ? Infinity : Date.now() + rule.forMs,
    };
    this.rules.push(active);
    return () => {
      this.rules = this.rules.filter((r) => r !== active);
    };
  }

  /** Called once the server listens: outages close and reopen this socket. */
  attach(target: OutageTarget): void {
    this.target = target;
  }

  /** Whether an outage is under way (the peer's stop waits for it). */
  get outageInProgress(): Promise<void> | null {
    return this.outageDone;
  }

  async outage(ms: number): Promise<void> {
    const target = this.target;
    if (!target) throw new Error('faults.outage: the peer is not listening');
    if (this.outageDone) throw new Error('faults.outage: an outage is already under way');
    const run = async () => {
      // Refuse new connections and cut the open ones, as a stopped server does; state stays in memory.
      const closed = new Promise<void>((resolve) => target.server.close(() => resolve()));
      target.server.closeAllConnections();
      target.dropUpgraded?.();
      await closed;
      await sleep(ms);
      await new Promise<void>((resolve, reject) => {
        target.server.once('error', reject);
        target.server.listen(target.port, target.host, () => {
          target.server.off('error', reject);
          resolve();
        });
      });
    };
    this.outageDone = run().finally(() => {
      this.outageDone = null;
    });
    return this.outageDone;
  }

  private match(request: FastifyRequest): MattermostFaultRule | null {
    const now = Date.now();
    this.rules = this.rules.filter((r) => r.remaining > 0 && r.until > now);
    const path = request.url.split('?')[0] ?? '';
    const hit = this.rules.find(
      ({rule}) =>
        (rule.method === undefined || rule.method.toUpperCase() === request.method) && (typeof rule.path === 'string' ? path.startsWith(rule.path) : rule.path.test(path)),
    );
    if (!hit) return null;
    hit.remaining--;
    return hit.rule;
  }

  /** onRequest hook: latency, then a 'before' fault answered here or an 'after' fault remembered. */
  async onRequest(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    if (this.delayMs > 0) await sleep(this.delayMs);
    const rule = this.match(request);
    if (!rule) return undefined;
    if (rule.delayMs) await sleep(rule.delayMs);
    if (rule.phase === 'after') {
      this.afterFaults.set(request, rule);
      return undefined;
    }
    if (rule.drop) {
      reply.hijack();
      request.raw.socket.destroy();
      return reply;
    }
    if (rule.status === undefined) return undefined;
    return answerFault(request, reply, rule.status, rule.retryAfterSeconds);
  }

  /** onSend hook: the route ran; an 'after' fault replaces its answer (or drops the connection). */
  onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
    const rule = this.afterFaults.get(request);
    if (!rule) return payload;
    this.afterFaults.delete(request);
    if (rule.drop) {
      request.raw.socket.destroy();
      return payload;
    }
    if (rule.status === undefined) return payload;
    const {status, body, headers} = faultAnswer(String(request.id), rule.status, rule.retryAfterSeconds);
    reply.code(status);
    for (const [k, v] of Object.entries(headers)) reply.header(k, v);
    return body;
  }
}

function faultAnswer(requestId: string, status: number, retryAfterSeconds: number | undefined): {status: number; body: Buffer; headers: Record<string, string>} {
  if (status === 429) {
    const retryAfter = retryAfterSeconds ?? 1;
    return {
      status,
      body: Buffer.from('limit exceeded\n'),
      headers: {
        'retry-after': String(retryAfter),
        'x-ratelimit-limit': '10',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(retryAfter),
        'content-type': 'text/plain; charset=utf-8',
      },
    };
  }
  const error = new AppError(status, 'peer.injected_fault.app_error', `Injected failure (status ${status}).`);
  return {
    status,
    // A Buffer keeps fastify from appending "; charset=utf-8", which Client4 would not parse.
    body: Buffer.from(JSON.stringify(error.toBody(requestId))),
    headers: {
      'content-type': 'application/json',
      ...(retryAfterSeconds !== undefined ? {'retry-after': String(retryAfterSeconds)} : {}),
    },
  };
}

function answerFault(request: FastifyRequest, reply: FastifyReply, status: number, retryAfterSeconds: number | undefined): FastifyReply {
  const answer = faultAnswer(String(request.id), status, retryAfterSeconds);
  return reply.code(answer.status).headers(answer.headers).send(answer.body);
}
