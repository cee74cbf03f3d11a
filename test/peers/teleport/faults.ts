/** Fault injection state shared by every handler (TeleportFaults in test/peers/types.ts). */
import {PeerError} from './errors';

export class FaultPlan {
  delayMs = 0;
  private readonly failures = new Map<string, {code: number; count: number}>();

  failNext(method: string, code: number, count: number): void {
    if (!method) throw new Error('failNext: method must name an RPC, e.g. "SubmitAccessReview"');
    if (!Number.isInteger(code) || code < 1 || code > 16) throw new Error(`failNext: code must be a gRPC status code 1..16, got ${code}`);
    if (!Number.isInteger(count) || count < 0) throw new Error(`failNext: count must be a non-negative integer, got ${count}`);
    if (count === 0) this.failures.delete(method);
    else this.failures.set(method, {code, count});
  }

  /** Runs before every RPC: the configured delay, then an injected failure if one is due. */
  async before(method: string): Promise<void> {
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    const f = this.failures.get(method);
    if (!f) return;
    f.count -= 1;
    if (f.count <= 0) this.failures.delete(method);
    throw new PeerError(f.code, `injected fault: ${method} fails with code ${f.code}`);
  }
}
