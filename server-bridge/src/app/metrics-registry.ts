/**
 * A Prometheus registry small enough to keep in the idle bridge: counters, gauges and histograms
 * with labels, written in the text exposition format when /metrics is scraped. It replaces
 * prom-client (issue 10): its default collectors sampled the event loop every 10 ms and observed
 * every GC, costing CPU and memory whether or not anyone scraped, and the library itself added to
 * the idle heap. The process figures below are read only when scraped.
 */

type Labels<L extends string> = Partial<Record<L, string>>;

interface Metric {
  write(out: string[]): void;
}

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const escapeHelp = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

/** `{a="1",b="2"}`, labels in the declared order; '' without labels. */
function labelText(names: readonly string[], labels: Record<string, string | undefined>, extra = ''): string {
  const parts: string[] = [];
  for (const n of names) {
    const v = labels[n];
    if (v !== undefined) parts.push(`${n}="${escapeLabel(v)}"`);
  }
  if (extra) parts.push(extra);
  return parts.length ? `{${parts.join(',')}}` : '';
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

export class Registry {
  readonly contentType = 'text/plain; version=0.0.4; charset=utf-8';
  private readonly registered: Metric[] = [];
  private readonly collectors: (() => void)[] = [];

  register(metric: Metric): void {
    this.registered.push(metric);
  }

  /** Runs before every scrape (figures that are cheaper to read than to keep up to date). */
  beforeScrape(collect: () => void): void {
    this.collectors.push(collect);
  }

  metrics(): string {
    for (const c of this.collectors) c();
    const out: string[] = [];
    for (const m of this.registered) m.write(out);
    return out.join('\n') + '\n';
  }
}

interface MetricOptions<L extends string> {
  name: string;
  help: string;
  labelNames?: readonly L[];
  registers?: Registry[];
}

abstract class Base<L extends string> implements Metric {
  readonly name: string;
  protected readonly labelNames: readonly L[];
  private readonly help: string;

  constructor(
    opts: MetricOptions<L>,
    private readonly type: string,
  ) {
    this.name = opts.name;
    this.help = opts.help;
    this.labelNames = opts.labelNames ?? [];
    for (const r of opts.registers ?? []) r.register(this);
  }

  protected key(labels: Labels<L>): string {
    let k = '';
    for (const n of this.labelNames) k += `${labels[n] ?? ''}\u0000`;
    return k;
  }

  write(out: string[]): void {
    out.push(`# HELP ${this.name} ${escapeHelp(this.help)}`, `# TYPE ${this.name} ${this.type}`);
    this.writeSamples(out);
  }

  protected abstract writeSamples(out: string[]): void;
}

/** A counter or a gauge: one number per label set. */
class Scalar<L extends string> extends Base<L> {
  private readonly values = new Map<string, {labels: Labels<L>; value: number}>();

  protected add(labels: Labels<L>, by: number, set: boolean): void {
    const k = this.key(labels);
    const slot = this.values.get(k);
    if (slot) slot.value = set ? by : slot.value + by;
    else this.values.set(k, {labels: {...labels}, value: by});
  }

  /** The value for these labels (0 if never touched). */
  get(labels: Labels<L> = {}): number {
    return this.values.get(this.key(labels))?.value ?? 0;
  }

  protected writeSamples(out: string[]): void {
    // An unlabelled metric shows 0 before its first change, as Prometheus clients do.
    if (this.values.size === 0 && this.labelNames.length === 0) out.push(`${this.name} 0`);
    for (const {labels, value} of this.values.values()) out.push(`${this.name}${labelText(this.labelNames, labels)} ${formatValue(value)}`);
  }
}

export class Counter<L extends string = never> extends Scalar<L> {
  constructor(opts: MetricOptions<L>) {
    super(opts, 'counter');
  }

  inc(labels: Labels<L> = {}, by = 1): void {
    this.add(labels, by, false);
  }
}

export class Gauge<L extends string = never> extends Scalar<L> {
  constructor(opts: MetricOptions<L>) {
    super(opts, 'gauge');
  }

  set(labels: Labels<L>, value: number): void;
  set(value: number): void;
  set(a: Labels<L> | number, b?: number): void {
    if (typeof a === 'number') this.add({}, a, true);
    else this.add(a, b ?? 0, true);
  }
}

export class Histogram<L extends string = never> extends Base<L> {
  private readonly buckets: number[];
  private readonly series = new Map<string, {labels: Labels<L>; counts: number[]; sum: number; count: number}>();

  constructor(opts: MetricOptions<L> & {buckets: number[]}) {
    super(opts, 'histogram');
    this.buckets = [...opts.buckets].sort((a, b) => a - b);
  }

  observe(labels: Labels<L>, seconds: number): void {
    const k = this.key(labels);
    let s = this.series.get(k);
    if (!s) {
      s = {labels: {...labels}, counts: new Array<number>(this.buckets.length).fill(0), sum: 0, count: 0};
      this.series.set(k, s);
    }
    // Counts are per bucket here and made cumulative when written: an observation touches one slot.
    const i = this.buckets.findIndex((b) => seconds <= b);
    if (i >= 0) s.counts[i]!++;
    s.sum += seconds;
    s.count++;
  }

  /** Starts a timer; calling the result observes the seconds elapsed under these labels. */
  startTimer(labels: Labels<L>): () => void {
    const t0 = performance.now();
    return () => this.observe(labels, (performance.now() - t0) / 1000);
  }

  protected writeSamples(out: string[]): void {
    for (const {labels, counts, sum, count} of this.series.values()) {
      let cumulative = 0;
      this.buckets.forEach((b, i) => {
        cumulative += counts[i]!;
        out.push(`${this.name}_bucket${labelText(this.labelNames, labels, `le="${formatValue(b)}"`)} ${cumulative}`);
      });
      out.push(`${this.name}_bucket${labelText(this.labelNames, labels, 'le="+Inf"')} ${count}`);
      out.push(`${this.name}_sum${labelText(this.labelNames, labels)} ${formatValue(sum)}`);
      out.push(`${this.name}_count${labelText(this.labelNames, labels)} ${count}`);
    }
  }
}

/**
 * The process figures operators expect under their usual names, read when scraped: CPU seconds,
 * resident memory, start time, V8 heap.
 */
export function registerProcessMetrics(registry: Registry): void {
  const cpu = new Counter({name: 'process_cpu_seconds_total', help: 'Total user and system CPU time spent in seconds.', registers: [registry]});
  const rss = new Gauge({name: 'process_resident_memory_bytes', help: 'Resident memory size in bytes.', registers: [registry]});
  const start = new Gauge({name: 'process_start_time_seconds', help: 'Start time of the process since unix epoch in seconds.', registers: [registry]});
  const heapUsed = new Gauge({name: 'nodejs_heap_size_used_bytes', help: 'Process heap size used from Node.js in bytes.', registers: [registry]});
  const heapTotal = new Gauge({name: 'nodejs_heap_size_total_bytes', help: 'Process heap size from Node.js in bytes.', registers: [registry]});
  const startedAt = Math.round((Date.now() - performance.now()) / 1000);
  registry.beforeScrape(() => {
    const c = process.cpuUsage();
    cpu.inc({}, (c.user + c.system) / 1e6 - cpu.get());
    const m = process.memoryUsage();
    rss.set(m.rss);
    heapUsed.set(m.heapUsed);
    heapTotal.set(m.heapTotal);
    start.set(startedAt);
  });
}
