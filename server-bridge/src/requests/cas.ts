/**
 * One compare-and-swap loop for plugin data: read, change, write with the read value as the
 * expectation; on a conflict read again and retry with jittered backoff (1 ms–1 s, as Teleport's
 * plugins do); stop on anything else. `change` returning null means "nothing to do".
 */
import {TeleportError} from '../teleport/port';

export interface CasTarget<T> {
  read(): Promise<T>;
  /** Writes `next` only if the stored value is still `expected`; throws TeleportError CompareFailed otherwise. */
  write(next: T, expected: T): Promise<void>;
}

export interface CasResult<T> {
  value: T;
  /** False when `change` declined (returned null). */
  changed: boolean;
}

const MAX_CONFLICTS = 12;

function isConflict(err: unknown): boolean {
  return err instanceof TeleportError && err.kind === 'CompareFailed';
}

/**
 * Applies `change` atomically. `start` skips the first read when the caller already knows the
 * stored value (or expects nothing stored yet): a wrong guess costs one conflict and a read.
 */
export async function compareAndSwap<T>(
  target: CasTarget<T>,
  change: (current: T) => T | null,
  start?: T,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<CasResult<T>> {
  let current = start ?? (await target.read());
  for (let conflicts = 0; ;) {
    const next = change(current);
    if (next === null) return {value: current, changed: false};
    try {
      await target.write(next, current);
      return {value: next, changed: true};
    } catch (err) {
      if (!isConflict(err) || ++conflicts >= MAX_CONFLICTS) throw err;
      await sleep(Math.random() * Math.min(1000, 2 ** conflicts));
      current = await target.read();
    }
  }
}
