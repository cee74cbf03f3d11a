/**
 * Lets V8's young generation grow to a 4 MiB semi-space while cards are being worked on, and no
 * further.
 *
 * The launcher starts V8 with `--semi-space-growth-factor=1`: the young generation stays at its
 * initial 1 MiB semi-space, which keeps an idle bridge small (issue 10). In a burst that 1 MiB
 * fills every three or four cards, while each card's objects live for the 30-50 ms its Teleport
 * and Mattermost calls take: most of them survived a scavenge or two, were copied and then
 * promoted, and V8 spent ~11% of the burst's CPU in the garbage collector. A 4 MiB semi-space lets
 * them die young: 20% less CPU per card over a burst of 1,000 on the real peers (A/B, 3.62 -> 2.91
 * ms), for 5-7 MiB more resident right after it (bench: 79.2 MiB, target 90). As fixed sizes from
 * the command line, 8 MiB saved 3% more and cost 6 MiB more; V8's own 16 MiB cost 28 MiB.
 *
 * V8 fixes the largest young generation when the process starts (`--max-semi-space-size` set at
 * run time changes nothing), and a V8 flag in NODE_OPTIONS makes Node compile its own built-in
 * modules from source at every start. So the cap is kept here instead: after each collection, the
 * growth factor is V8's default (2) while cards are in flight and the young generation is under
 * the cap, and 1 otherwise. V8 grows it by that factor only after a collection that saw many
 * survivors, and this runs between collections, so it stops at the cap. The memory release's full
 * collection shrinks it again once the bridge is quiet.
 *
 * The factor goes back to 1 on stop: V8 takes a code cache only under the flags it was made with,
 * and the launcher writes the next start's cache as the process exits.
 */
import {PerformanceObserver} from 'node:perf_hooks';
import v8 from 'node:v8';

const MiB = 1024 * 1024;

export interface YoungGenerationOptions {
  /** True while cards are being worked on. */
  busy(): boolean;
  /**
   * The heap flags the launcher applied (build/launcher.mjs leaves them on globalThis). Without its
   * growth factor of 1 (run without the launcher, or the operator chose their own young
   * generation) V8 is left alone.
   */
  launcherFlags?: readonly string[];
  /** Tests: the young generation's semi-space capacity, in bytes. */
  semiSpaceBytes?: () => number;
  /** Tests: sets V8's growth factor. */
  setGrowth?: (factor: 1 | 2) => void;
  /** Tests: calls `afterCollection` after each V8 collection; returns how to stop. */
  observe?: (afterCollection: () => void) => () => void;
}

export interface YoungGeneration {
  /** Decides the growth factor for the next collection (run after each one). */
  afterCollection(): void;
  stop(): void;
}

/** Where build/launcher.mjs leaves the heap flags it applied. */
const LAUNCHER_HEAP_FLAGS = Symbol.for('teleport-mattermost-bridge.heap-flags');
const FIXED_YOUNG = '--semi-space-growth-factor=1';
// The largest semi-space; V8 keeps a little of each for itself (a 4 MiB one holds 3.93 MiB).
const CAP_BYTES = 0.9 * 4 * MiB;

function launcherHeapFlags(): readonly string[] {
  const flags = (globalThis as Record<symbol, unknown>)[LAUNCHER_HEAP_FLAGS];
  return Array.isArray(flags) ? flags.filter((f): f is string => typeof f === 'string') : [];
}

/**
 * What one semi-space holds: used plus available. Not `space_size`, which counts the second
 * semi-space only while it is committed, so it reads 4 or 8 MiB for the same 4 MiB semi-space.
 */
function semiSpaceCapacity(): number {
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return young ? young.space_used_size + young.space_available_size : 0;
}

function observeCollections(afterCollection: () => void): () => void {
  const observer = new PerformanceObserver(afterCollection);
  observer.observe({entryTypes: ['gc']});
  return () => observer.disconnect();
}

export function startYoungGeneration(opts: YoungGenerationOptions): YoungGeneration {
  if (!(opts.launcherFlags ?? launcherHeapFlags()).includes(FIXED_YOUNG)) return {afterCollection: () => {}, stop: () => {}};
  const semiSpaceBytes = opts.semiSpaceBytes ?? semiSpaceCapacity;
  const setGrowth = opts.setGrowth ?? ((factor: 1 | 2) => v8.setFlagsFromString(`--semi-space-growth-factor=${factor}`));
  // As the launcher left it.
  let factor: 1 | 2 = 1;
  const set = (next: 1 | 2): void => {
    if (next === factor) return;
    factor = next;
    setGrowth(next);
  };
  const afterCollection = (): void => set(opts.busy() && semiSpaceBytes() < CAP_BYTES ? 2 : 1);
  const unobserve = (opts.observe ?? observeCollections)(afterCollection);
  return {
    afterCollection,
    stop: () => {
      unobserve();
      set(1);
    },
  };
}
