/** Reconnect delays for the watch: exponential with full jitter, between 20 ms and 5 s. */
export const BACKOFF_BASE_MS = 20;
export const BACKOFF_CAP_MS = 5_000;

/**
 * Delay before reconnect attempt `attempt` (0 = first retry). The ceiling doubles per attempt up to
 * the cap; the delay is uniform between the base and that ceiling, so many bridges restarting
 * together do not reconnect in lockstep.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(attempt, 30)));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(BACKOFF_BASE_MS + r * (ceiling - BACKOFF_BASE_MS));
}
