// Shipped beside cli.mjs (build/launcher.mjs), which applies these at start.
/**
 * V8 heap settings that keep the bridge's memory close to its live data (issue 10), applied at
 * run time so a plain `node cli.mjs` gets them too:
 * - young generation fixed at its initial 1 MiB semi-space: V8 otherwise grows it to 16 MiB (32
 *   MiB resident) in the first burst and keeps it until the memory release collects. While cards
 *   are in flight the bridge lets it grow to 4 MiB, and no further, by changing this one flag
 *   (server-bridge/src/app/young-generation.ts); the launcher sets it back before it writes a
 *   code cache;
 * - old generation allowed to grow 10% past its live size between full collections (V8's default
 *   grows it by up to 4x): with a small young generation more of a burst's short-lived objects are
 *   promoted, and they must not pile up until V8 feels like collecting.
 * Measured on a burst of 1,000 requests: 87 instead of 117-130 MiB resident right after it, with
 * no more CPU per card.
 * - code tiered up to Sparkplug (V8's baseline compiler) but not TurboFan: TurboFan compiled ~370
 *   functions on V8's worker threads in the first thousand cards, about a third of the process's
 *   CPU over a first burst of 1,000 (per-thread /proc times), and its compiler zones are the
 *   malloc memory that stayed resident after the burst. A bridge sees a few requests a day and
 *   rarely a burst; it never runs long enough for the optimised code to pay that back. In-repo,
 *   burst of 1,000 after 40 cards: 3.4-3.6 instead of 3.6-3.9 ms CPU per card, 80 instead of
 *   88-89 MiB resident after it. (A bridge under sustained load would do better with TurboFan:
 *   `node --max-opt=999 cli.mjs ...` restores V8's default.)
 * A flag the operator set (NODE_OPTIONS or the node command line) wins.
 */
export const HEAP_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=10', '--max-opt=1'];

export function heapFlagsToApply(given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ')) {
  return HEAP_FLAGS.filter((flag) => {
    const name = flag.slice(2, flag.indexOf('='));
    // V8 treats - and _ in flag names alike.
    const pattern = new RegExp(`--${name.replace(/-/g, '[-_]')}(=|\\s|$)`);
    return !pattern.test(given);
  });
}
