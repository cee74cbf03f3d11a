// The environment the bridge is run with as shipped: the systemd unit (Environment=), the
// container image (ENV) and the side-by-side bench (bench/side-by-side/contenders.ts) set exactly
// these; build/systemd/unit.test.ts and build/container/containerfile.test.ts keep them in step.

/*
 * No NODE_OPTIONS. It used to carry --max-semi-space-size=4, but the launcher's run-time
 * --semi-space-growth-factor=1 (build/heap-flags.mjs) already keeps the young generation at its
 * initial size, so the cap changed nothing measurable (real peers, burst of 1,000: 77.8 vs 76.9 MiB
 * after it), while any V8 flag in NODE_OPTIONS makes Node compile its own built-in modules instead
 * of using their embedded code cache: 13 ms more before the first line of ours runs (85 vs 72 ms
 * for an empty script on this machine).
 */

/**
 * MALLOC_ARENA_MAX: glibc gives every thread that allocates concurrently its own malloc arena (up
 * to 8 per core) and keeps their freed pages. V8's compiler and GC helper threads allocate during
 * a burst, so 12-15 MiB stayed resident after a burst of 1,000 requests long after the heap was
 * collected (issue 10: "settling back" missed). Two arenas keep that memory small, and the main
 * thread still has one to itself most of the time; see the bench figures in README.
 */
export const SHIPPED_MALLOC_ARENA_MAX = '2';

/**
 * MALLOC_MMAP_THRESHOLD_: glibc serves an allocation of 128 KiB or more with its own mmap, returned
 * to the system when freed, but raises that threshold to the size of every such block freed. The
 * launcher reads the code cache and the bundle (1-2 MB each) into buffers it frees at once, so
 * from then on blocks of up to 2 MB came from the heap and their pages stayed after use: 1.1 MiB of
 * an idle bridge (in-repo, 61.6 vs 60.4 MiB) and 1.4 MiB after a burst of 1,000 requests. Set, the
 * threshold stays at 128 KiB; per-card CPU unchanged (A/B on the real peers, within noise).
 */
export const SHIPPED_MALLOC_MMAP_THRESHOLD = '131072';

export const SHIPPED_ENV = {MALLOC_ARENA_MAX: SHIPPED_MALLOC_ARENA_MAX, MALLOC_MMAP_THRESHOLD_: SHIPPED_MALLOC_MMAP_THRESHOLD};
