/**
 * Gives the memory of a burst back to the operating system once the bridge is idle again.
 *
 * V8 grows its young generation (up to 32 MiB) and old generation during a burst of requests and
 * keeps those pages after the work is done: without this, RSS stayed at its burst peak (issue 10:
 * 226 MiB "not given back"). One full collection after the bridge has been quiet for a while
 * shrinks both (V8 shrinks the young generation only when the recent allocation rate is low,
 * hence two quiet looks in a row). It runs at most once per busy period, so an idle bridge never
 * collects for nothing.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import type {Logger} from 'pino';

export interface MemoryReleaseOptions {
  logger: Logger;
  /** A count that grows with every piece of work received (e.g. watch events). */
  workReceived(): number;
  /** True while work is still being done (e.g. cards in flight). */
  working(): boolean;
  /** How often to look. Default 5 s (V8 measures its allocation rate over the last 5 s). */
  intervalMs?: number;
  /**
   * How often to look until start-up's garbage is released. Default 1 s: start-up never grows the
   * young generation, so there is no allocation rate to wait out, and an idle bridge should be at
   * its idle size seconds after it is ready, not a quarter of a minute later.
   */
  startupIntervalMs?: number;
  /** Tests: the collection to run. */
  collect?: () => void;
  /** Tests: the heap's committed and used bytes, and the young generation's committed bytes. */
  heap?: () => HeapNow;
}

interface HeapNow {
  total: number;
  used: number;
  young: number;
}

/**
 * The young generation an idle bridge has: the launcher's 1 MiB semi-space (V8 commits the second
 * only around a scavenge). Above this after a release, V8 kept the larger young generation.
 */
const IDLE_YOUNG_BYTES = 2 * 1048576;
/** Releases tried per busy period: the first almost always suffices; a quiet bridge stops trying. */
const MAX_RELEASES = 3;

/**
 * A full, synchronous, compacting collection. gc() is --expose-gc's, or the same made available at
 * run time (the flag only adds gc() to contexts created afterwards). Compaction is switched on for
 * this one collection: the pages a burst filled hold the long-lived records of that burst's
 * requests among its garbage, and without compaction V8 keeps every such page (measured with
 * 10,000 pending requests: 111 MiB of old space kept for 26 MiB live; compacted, it matches).
 *
 * Every flag set here is set back to what it was at once: V8 takes a code cache only under the
 * flags it was made with, and the launcher writes the next start's cache as the bridge exits. A
 * flag left changed made that cache useless, so every later start compiled the bridge from source.
 */
export function fullCollection(): () => void {
  const exposed = (globalThis as {gc?: () => void}).gc;
  let gc: () => void;
  if (typeof exposed === 'function') {
    gc = exposed;
  } else {
    v8.setFlagsFromString('--expose-gc');
    try {
      gc = vm.runInNewContext('gc') as () => void;
    } finally {
      v8.setFlagsFromString('--no-expose-gc');
    }
  }
  return () => {
    v8.setFlagsFromString('--compact-on-every-full-gc');
    try {
      gc();
    } finally {
      v8.setFlagsFromString('--no-compact-on-every-full-gc');
    }
  };
}

function v8Heap(): HeapNow {
  const h = v8.getHeapStatistics();
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return {total: h.total_heap_size, used: h.used_heap_size, young: young?.space_size ?? 0};
}

/**
 * Quiet means: no new work and none in flight at two looks in a row. Work, not CPU, is the signal,
 * so periodic chores (reminder scans over many pending requests, status reports) do not keep the
 * memory of a burst from being released.
 */
export function startMemoryRelease(opts: MemoryReleaseOptions): {stop(): void; look(): void} {
  const intervalMs = opts.intervalMs ?? 5_000;
  const startupIntervalMs = opts.startupIntervalMs ?? 1_000;
  let startingUp = true;
  const heap = opts.heap ?? v8Heap;
  let collect = opts.collect ?? null;
  let lastWork = opts.workReceived();
  // Start-up itself is a busy period: its garbage is released once the bridge settles.
  let busySinceRelease = true;
  let quietLooks = 0;
  let releases = 0;

  const look = (): void => {
    const work = opts.workReceived();
    if (work !== lastWork || opts.working()) {
      lastWork = work;
      busySinceRelease = true;
      quietLooks = 0;
      releases = 0;
      return;
    }
    if (!busySinceRelease || ++quietLooks < 2) return;
    busySinceRelease = false;
    quietLooks = 0;
    startingUp = false;
    // No test of how much the heap holds beyond what it uses: with the launcher's small young
    // generation a busy period's garbage sits in the old generation, which V8 counts as used until
    // a full collection. One collection per busy period is a few ms.
    const before = heap();
    collect ??= fullCollection();
    const t0 = performance.now();
    collect();
    const after = heap();
    // V8 shrinks the young generation in a full collection only when its allocation rate of the
    // last seconds was low; a straggler (a reconnect's catch-up, a retry) just before can keep it
    // at the burst's 8 MiB. Then the next quiet spell tries again.
    if (after.young > IDLE_YOUNG_BYTES && ++releases < MAX_RELEASES) busySinceRelease = true;
    opts.logger.debug(
      {
        heapMiB: +(before.total / 1048576).toFixed(1),
        afterMiB: +(after.total / 1048576).toFixed(1),
        youngMiB: +(after.young / 1048576).toFixed(1),
        ms: +(performance.now() - t0).toFixed(1),
      },
      'quiet again: released the memory of the last busy period',
    );
  };
  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    timer = setTimeout(
      () => {
        look();
        schedule();
      },
      startingUp ? startupIntervalMs : intervalMs,
    );
    timer.unref();
  };
  schedule();
  return {stop: () => clearTimeout(timer), look};
}
