// The environment the bridge is run with as shipped: the systemd unit (Environment=), the
// container image (ENV) and the side-by-side bench (bench/side-by-side/contenders.ts) set exactly
// these; build/systemd/unit.test.ts and build/container/containerfile.test.ts keep them in step.

/**
 * NODE_OPTIONS: the code cache (build/bridge.mjs) is made for exactly these flags; V8 rejects a
 * cache made under other flags, which silently costs start-up time. A 4 MiB young-generation
 * semi-space instead of V8's 16 MiB: a burst of 1,000 requests peaked ~25 MiB lower with no
 * measurable CPU cost per card (issue 10).
 */
export const SHIPPED_NODE_OPTIONS = '--max-semi-space-size=4';

/**
 * MALLOC_ARENA_MAX: glibc gives every thread that allocates concurrently its own malloc arena (up
 * to 8 per core) and keeps their freed pages. V8's compiler and GC helper threads allocate during
 * a burst, so 12-15 MiB stayed resident after a burst of 1,000 requests long after the heap was
 * collected (issue 10: "settling back" missed). Two arenas keep that memory small, and the main
 * thread still has one to itself most of the time; see the bench figures in README.
 */
export const SHIPPED_MALLOC_ARENA_MAX = '2';

export const SHIPPED_ENV = {NODE_OPTIONS: SHIPPED_NODE_OPTIONS, MALLOC_ARENA_MAX: SHIPPED_MALLOC_ARENA_MAX};
