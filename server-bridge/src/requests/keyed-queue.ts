/**
 * Runs tasks so that tasks of one key run in order, one at a time, while tasks of different
 * keys run concurrently up to a bound. (Teleport's plugins do the same per (kind, name).)
 */
export class KeyedQueue {
  private readonly chains = new Map<string, Promise<void>>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private pendingCount = 0;

  constructor(private readonly concurrency: number) {}

  /** Number of tasks queued or running. */
  get pending(): number {
    return this.pendingCount;
  }

  push(key: string, task: () => Promise<void>): Promise<void> {
    this.pendingCount++;
    const previous = this.chains.get(key) ?? Promise.resolve();
    const next = previous
      .then(() => this.withSlot(task))
      .finally(() => {
        this.pendingCount--;
        if (this.chains.get(key) === next) this.chains.delete(key);
      });
    this.chains.set(key, next);
    return next;
  }

  /** Whether a task of `key` is queued or running. */
  has(key: string): boolean {
    return this.chains.has(key);
  }

  /** Resolves when nothing is queued or running (used to drain on shutdown). */
  async idle(): Promise<void> {
    while (this.chains.size > 0) await Promise.allSettled([...this.chains.values()]);
  }

  private async withSlot(task: () => Promise<void>): Promise<void> {
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      await task();
    } catch {
      // Tasks handle and log their own errors; a failure must not block the key's chain.
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
