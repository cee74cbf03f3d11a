import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {Counter, Gauge, Histogram, Registry, registerProcessMetrics} from './metrics-registry';

describe('metrics registry (what a Prometheus scrape of /metrics reads)', () => {
  it('writes counters and gauges by label set, with HELP and TYPE', () => {
    const r = new Registry();
    const events = new Counter({name: 'x_events_total', help: 'Events', labelNames: ['type'] as const, registers: [r]});
    const tracked = new Gauge({name: 'x_tracked', help: 'Tracked', registers: [r]});
    events.inc({type: 'put'});
    events.inc({type: 'put'});
    events.inc({type: 'delete'}, 3);
    tracked.set(7);
    tracked.set(5);
    assert.equal(
      r.metrics(),
      [
        '# HELP x_events_total Events',
        '# TYPE x_events_total counter',
        'x_events_total{type="put"} 2',
        'x_events_total{type="delete"} 3',
        '# HELP x_tracked Tracked',
        '# TYPE x_tracked gauge',
        'x_tracked 5',
        '',
      ].join('\n'),
    );
  });

  it('shows an unlabelled counter as 0 before its first increment', () => {
    const r = new Registry();
    new Counter({name: 'x_cards_total', help: 'Cards', registers: [r]});
    assert.match(r.metrics(), /^x_cards_total 0$/m);
  });

  it('escapes label values, so a hostile value cannot forge another sample', () => {
    const r = new Registry();
    const c = new Counter({name: 'x_total', help: 'X', labelNames: ['method'] as const, registers: [r]});
    c.inc({method: 'a"} 99\nx_total{method="b'});
    const samples = r
      .metrics()
      .split('\n')
      .filter((l) => l.startsWith('x_total'));
    assert.deepEqual(samples, ['x_total{method="a\\"} 99\\nx_total{method=\\"b"} 1']);
  });

  it('writes histogram buckets cumulatively, with +Inf, sum and count', () => {
    const r = new Registry();
    const h = new Histogram({name: 'x_seconds', help: 'Latency', labelNames: ['method'] as const, buckets: [0.1, 0.01, 1], registers: [r]});
    for (const s of [0.005, 0.05, 0.05, 0.5, 5]) h.observe({method: 'post'}, s);
    const lines = r.metrics().split('\n');
    assert.deepEqual(
      lines.filter((l) => l.startsWith('x_seconds')),
      [
        'x_seconds_bucket{method="post",le="0.01"} 1',
        'x_seconds_bucket{method="post",le="0.1"} 3',
        'x_seconds_bucket{method="post",le="1"} 4',
        'x_seconds_bucket{method="post",le="+Inf"} 5',
        'x_seconds_sum{method="post"} 5.605',
        'x_seconds_count{method="post"} 5',
      ],
    );
  });

  it('reads the process figures when scraped, not before', () => {
    const r = new Registry();
    registerProcessMetrics(r);
    const text = r.metrics();
    const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
    assert.ok(value('process_resident_memory_bytes') > 1024 * 1024, 'resident memory is the process’s own');
    assert.ok(value('process_cpu_seconds_total') > 0);
    assert.ok(Math.abs(value('process_start_time_seconds') - Date.now() / 1000) < 3600);
    const later = Number(/^process_cpu_seconds_total (\S+)$/m.exec(r.metrics())?.[1]);
    assert.ok(later >= value('process_cpu_seconds_total'), 'CPU seconds never go down between scrapes');
  });
});
