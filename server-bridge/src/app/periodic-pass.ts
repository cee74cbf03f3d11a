/**
 * A pass of work repeated on a timer (inbox lists, digests, the status report, reminders): never
 * two passes at once (a slow one is joined, not doubled), a timer that does not keep the process
 * alive, and a failing pass logged once per cause rather than every tick, so a lasting outage
 * does not flood the log; a different cause, or the first success after a failure, is logged.
 */
import type {Logger} from 'pino';
import {describe} from './errors';

export interface PeriodicPassOptions {
  /** Time between passes. */
  everyMs: number;
  /** Time before the first pass; default `everyMs`. */
  firstAfterMs?: number;
  logger: Logger;
  /** The pass in the log, e.g. "reviewer inboxes". */
  name: string;
  /** What a failed pass means for users, e.g. "reviewer inboxes not updated; will retry". */
  failure: string;
}

/** A periodic pass: subclasses say what one pass does. */
export abstract class PeriodicPass {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** The cause last logged; null while passes succeed. */
  private cause: string | null = null;

  constructor(private readonly options: PeriodicPassOptions) {}

  /** One pass of the work; a throw is logged (once per cause) and the next pass comes as usual. */
  protected abstract pass(): Promise<void>;

  start(): void {
    this.stop();
    const first = setTimeout(() => {
      void this.run();
      this.timer = setInterval(() => void this.run(), this.options.everyMs);
      this.timer.unref();
    }, this.options.firstAfterMs ?? this.options.everyMs);
    first.unref();
    this.timer = first;
  }

  stop(): void {
    // One handle: clearTimeout and clearInterval clear either kind.
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** One pass now; resolves when it is done. Overlapping calls share the pass in progress. */
  run(): Promise<void> {
    this.running ??= this.pass()
      .then(() => this.succeeded())
      .catch((err: unknown) => this.failed(err))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** Waits for a pass in progress (draining). */
  async idle(): Promise<void> {
    await this.running;
  }

  private succeeded(): void {
    if (this.cause === null) return;
    this.cause = null;
    this.options.logger.info({pass: this.options.name}, 'periodic pass works again');
  }

  private failed(err: unknown): void {
    const cause = describe(err);
    if (cause === this.cause) return;
    this.cause = cause;
    this.options.logger.warn({pass: this.options.name, err: cause}, this.options.failure);
  }
}
