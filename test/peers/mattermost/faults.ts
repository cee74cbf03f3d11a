/**
 * Injected failures and latency (MattermostFaults). A 429 looks like the server's rate limiter
 * (throttled): plain-text "limit exceeded" with Retry-After and X-RateLimit-* headers, not an
 * AppError JSON, so a client that only reads Client4's ClientError sees no status code. Other
 * statuses answer with an AppError JSON.
 */
import type {FastifyReply, FastifyRequest} from 'fastify';
import type {MattermostFaults} from '../types';
import {AppError} from './errors';
import {sendJson} from './http';

interface PendingFailure {
  pathPrefix: string;
  status: number;
  remaining: number;
  retryAfterSeconds: number | undefined;
}

export class FaultInjector implements MattermostFaults {
  private failures: PendingFailure[] = [];
  private delayMs = 0;

  failNext(pathPrefix: string, status: number, count: number, retryAfterSeconds?: number): void {
    this.failures.push({pathPrefix, status, remaining: count, retryAfterSeconds});
  }

  setDelay(ms: number): void {
    this.delayMs = Math.max(0, ms);
  }

  reset(): void {
    this.failures = [];
    this.delayMs = 0;
  }

  // Placeholders so this branch builds with the shared interface; the faults branch implements them
  // (its version of this file replaces these on merge).
  add(): () => void {
    throw new Error('MattermostFaults.add is implemented on the faults branch');
  }

  outage(): Promise<void> {
    return Promise.reject(new Error('MattermostFaults.outage is implemented on the faults branch'));
  }

  /** Runs before every route; answers the request itself when a failure is due. */
  async apply(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const path = request.url.split('?')[0] ?? '';
    const failure = this.failures.find((f) => f.remaining > 0 && path.startsWith(f.pathPrefix));
    if (!failure) return undefined;
    failure.remaining--;
    this.failures = this.failures.filter((f) => f.remaining > 0);
    if (failure.status === 429) {
      const retryAfter = failure.retryAfterSeconds ?? 1;
      return reply
        .code(429)
        .header('retry-after', String(retryAfter))
        .header('x-ratelimit-limit', '10')
        .header('x-ratelimit-remaining', '0')
        .header('x-ratelimit-reset', String(retryAfter))
        .header('content-type', 'text/plain; charset=utf-8')
        .send('limit exceeded\n');
    }
    if (failure.retryAfterSeconds !== undefined) reply.header('retry-after', String(failure.retryAfterSeconds));
    const error = new AppError(failure.status, 'peer.injected_fault.app_error', `Injected failure (status ${failure.status}).`);
    return sendJson(reply, failure.status, error.toBody(String(request.id)));
  }
}
