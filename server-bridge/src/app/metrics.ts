/**
 * Prometheus metrics, one registry per bridge so tests can run several bridges.
 */
import {Counter, Gauge, Histogram, Registry, registerProcessMetrics} from './metrics-registry';

export interface PipelineCalls {
  teleport: number;
  mattermost: number;
}

export function createMetrics() {
  const registry = new Registry();
  registerProcessMetrics(registry);
  const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  let pipelineCalls: () => PipelineCalls = () => ({teleport: 0, mattermost: 0});
  const cardsPosted = new Counter({name: 'tma_cards_posted_total', help: 'Request cards posted to Mattermost', registers: [registry]});
  const callsPerCard = new Gauge({
    name: 'tma_calls_per_card',
    help: 'Calls the card pipeline made (all of its work: posting, redrawing, replies, DMs, recovery) per card posted, by system',
    labelNames: ['system'] as const,
    registers: [registry],
  });
  registry.beforeScrape(() => {
    const posted = cardsPosted.get();
    const calls = pipelineCalls();
    for (const system of ['teleport', 'mattermost'] as const) callsPerCard.set({system}, posted > 0 ? calls[system] / posted : 0);
  });
  return {
    registry,
    /** The card pipeline's call counters, read when /metrics is scraped. */
    trackCallsPerCard(read: () => PipelineCalls): void {
      pipelineCalls = read;
    },
    events: new Counter({name: 'tma_teleport_events_total', help: 'Access request events received from Teleport', labelNames: ['type'] as const, registers: [registry]}),
    cardsPosted,
    reviews: new Counter({name: 'tma_reviews_total', help: 'Reviews attempted from Mattermost, by outcome', labelNames: ['decision', 'outcome'] as const, registers: [registry]}),
    reminders: new Counter({name: 'tma_reminders_total', help: 'Reminders and expiry warnings sent', labelNames: ['kind'] as const, registers: [registry]}),
    errors: new Counter({name: 'tma_errors_total', help: 'Errors by component', labelNames: ['component'] as const, registers: [registry]}),
    teleportLatency: new Histogram({
      name: 'tma_teleport_call_seconds',
      help: 'Teleport call latency',
      labelNames: ['method'] as const,
      buckets: latencyBuckets,
      registers: [registry],
    }),
    mattermostLatency: new Histogram({
      name: 'tma_mattermost_call_seconds',
      help: 'Mattermost call latency',
      labelNames: ['method'] as const,
      buckets: latencyBuckets,
      registers: [registry],
    }),
    tracked: new Gauge({name: 'tma_pending_requests_tracked', help: 'Pending requests the bridge tracks', registers: [registry]}),
    connected: new Gauge({name: 'tma_teleport_connected', help: '1 while the Teleport watch is established', registers: [registry]}),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** Wraps every method of a port so each call is timed under its method name. */
export function timed<T extends object>(target: T, histogram: Histogram<'method'>, onError?: () => void): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        if (!(result instanceof Promise)) return result;
        const pending = result as Promise<unknown>;
        const end = histogram.startTimer({method: prop});
        return pending.then(
          (v) => {
            end();
            return v;
          },
          (err: unknown) => {
            end();
            onError?.();
            throw err;
          },
        );
      };
    },
  });
}
