/**
 * Gives the memory of a burst back to the operating system once the bridge is idle again.
 *
 * V8 grows its young generation (up to 32 MiB) and old generation during a burst of requests and
 * keeps those pages after the work is done: without this, RSS stayed at its burst peak (issue 10:
 * 226 MiB "not given back"). One full collection after the bridge has been quiet for a while
 * shrinks both (V8 shrinks the young generation only when the recent allocation rate is low,
 * hence "quiet for two looks in a row"). It runs at most once per busy period, so an idle bridge
 * never collects for nothing.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import type {Logger} from 'pino';

export interface MemoryReleaseOptions {
  logger: Logger;
  /** How often to look. Default 5 s (V8 measures its allocation rate over the last 5 s). */
  intervalMs?: number;
  /** CPU share under which a look counts as quiet. Default 0.03 (3 % of one core). */
  quietCpuShare?: number;
  /** Collect only when the heap holds at least this much more than it uses. Default 4 MiB. */
  minSlackBytes?: number;
}

/** A full, synchronous collection: --expose-gc's gc() when the process has it, else the same made available at run time. */
function fullCollection(): () => void {
  const exposed = (globalThis as {gc?: () => void}).gc;
  if (typeof exposed === 'function') return exposed;
  // The flag only adds a gc() function to contexts created afterwards; it changes nothing else.
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

export function startMemoryRelease(opts: MemoryReleaseOptions): {stop(): void} {
  const intervalMs = opts.intervalMs ?? 5_000;
  const quietShare = opts.quietCpuShare ?? 0.03;
  const minSlack = opts.minSlackBytes ?? 4 * 1024 * 1024;
  let collect: (() => void) | null = null;
  let lastCpu = process.cpuUsage();
  let lastAt = performance.now();
  // Start-up itself is a busy period: its garbage is released once the bridge settles.
  let busySinceRelease = true;
  let quietLooks = 0;

  const look = (): void => {
    const cpu = process.cpuUsage(lastCpu);
    const now = performance.now();
    const share = (cpu.user + cpu.system) / 1000 / Math.max(1, now - lastAt);
    lastCpu = process.cpuUsage();
    lastAt = now;
    if (share > quietShare) {
      busySinceRelease = true;
      quietLooks = 0;
      return;
    }
    if (!busySinceRelease || ++quietLooks < 2) return;
    busySinceRelease = false;
    const before = v8.getHeapStatistics();
    if (before.total_heap_size - before.used_heap_size < minSlack) return;
    collect ??= fullCollection();
    const t0 = performance.now();
    collect();
    const after = v8.getHeapStatistics();
    opts.logger.debug(
      {heapMiB: +(before.total_heap_size / 1048576).toFixed(1), afterMiB: +(after.total_heap_size / 1048576).toFixed(1), ms: +(performance.now() - t0).toFixed(1)},
      'idle again: released the memory of the last busy period',
    );
  };
  const timer = setInterval(look, intervalMs);
  timer.unref();
  return {stop: () => clearInterval(timer)};
}
