/**
 * The side-by-side table, in markdown to paste into a closing note: each figure for both
 * contenders, the ratio this/official, and the issue's target with ✓/✗. Targets are printed,
 * never enforced: a benchmark reports numbers.
 */
import os from 'node:os';
import type {Figures} from './measure';
import {median, percentile} from './stats';
import {QUIET_MACHINE} from './proc';

interface Row {
  figure: string;
  ours: string;
  official: string;
  ratio: string;
  target: string;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const ratioOf = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
const showRatio = (r: number | undefined) => (r === undefined ? '—' : `${fmt(r, 2)}×`);
const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');

export function sideBySideTable(ours: Figures | undefined, official: Figures | undefined, failed: ReadonlySet<Figures['key']> = new Set()): string {
  const both = (f: (x: Figures) => number) => ({o: ours ? f(ours) : undefined, p: official ? f(official) : undefined});
  const absent = (key: Figures['key']) => (failed.has(key) ? 'failed (see below)' : 'not run');
  const cell = (x: Figures | undefined, key: Figures['key'], show: (x: Figures) => string) => (x ? show(x) : absent(key));
  const rows: Row[] = [];

  const first = {med: both((x) => median(x.firstPostMs)), p95: both((x) => percentile(x.firstPostMs, 95))};
  rows.push({
    figure: `request → first post visible, median / p95 (n=${(ours ?? official)?.firstPostMs.length ?? 0})`,
    ours: cell(ours, 'bridge', (x) => `${fmt(median(x.firstPostMs))} / ${fmt(percentile(x.firstPostMs, 95))} ms`),
    official: cell(official, 'official', (x) => `${fmt(median(x.firstPostMs))} / ${fmt(percentile(x.firstPostMs, 95))} ms`),
    ratio: `${showRatio(ratioOf(first.med.o, first.med.p))} / ${showRatio(ratioOf(first.p95.o, first.p95.p))}`,
    target: '',
  });

  const finished = {med: both((x) => median(x.finishedMs)), p95: both((x) => percentile(x.finishedMs, 95))};
  const finishedRatio = ratioOf(finished.med.o, finished.med.p);
  rows.push({
    figure: 'request → finished card (its last post/edit), median / p95',
    ours: cell(ours, 'bridge', (x) => `${fmt(median(x.finishedMs))} / ${fmt(percentile(x.finishedMs, 95))} ms`),
    official: cell(official, 'official', (x) => `${fmt(median(x.finishedMs))} / ${fmt(percentile(x.finishedMs, 95))} ms`),
    ratio: `${showRatio(finishedRatio)} / ${showRatio(ratioOf(finished.p95.o, finished.p95.p))}`,
    target: `median ≤ 1.0×${mark(finishedRatio === undefined ? undefined : finishedRatio <= 1.0)}`,
  });

  const writes = both((x) => x.burst.writes / x.burst.n);
  rows.push({
    figure: 'Mattermost writes per card (posts + edits, burst)',
    ours: cell(ours, 'bridge', (x) => fmt(x.burst.writes / x.burst.n, 2)),
    official: cell(official, 'official', (x) => fmt(x.burst.writes / x.burst.n, 2)),
    ratio: showRatio(ratioOf(writes.o, writes.p)),
    target: '1 (issue point 2)' + mark(writes.o === undefined ? undefined : writes.o <= 1),
  });

  const cold = both((x) => median(x.coldStartMs));
  const coldCell = (x: Figures) => `${fmt(median(x.coldStartMs), 0)} ms (${fmt(Math.min(...x.coldStartMs), 0)}–${fmt(Math.max(...x.coldStartMs), 0)}, n=${x.coldStartMs.length})`;
  rows.push({
    figure: 'cold start → watching, median (range)',
    ours: cell(ours, 'bridge', coldCell),
    official: cell(official, 'official', coldCell),
    ratio: showRatio(ratioOf(cold.o, cold.p)),
    target: `ours ≤ 250 ms${mark(cold.o === undefined ? undefined : cold.o <= 250)}`,
  });

  const burstN = (ours ?? official)?.burst.n ?? 0;
  const posted = both((x) => x.burst.allPostedS);
  const burstRatio = ratioOf(posted.o, posted.p);
  const burstCell = (x: Figures) => `${fmt(x.burst.allPostedS, 2)} s (created in ${fmt(x.burst.createdS, 2)} s; finished ${fmt(x.burst.allFinishedS, 2)} s)`;
  rows.push({
    figure: `burst of ${burstN.toLocaleString('en-US')} requests, alone, until all posted`,
    ours: cell(ours, 'bridge', burstCell),
    official: cell(official, 'official', burstCell),
    ratio: showRatio(burstRatio),
    target: `≤ 1.0×${mark(burstRatio === undefined ? undefined : burstRatio <= 1.0)}`,
  });

  const cpu = both((x) => x.burst.cpuS / x.burst.n);
  const cpuRatio = ratioOf(cpu.o, cpu.p);
  const cpuCell = (x: Figures) => `${fmt(x.burst.cpuS, 2)} s (${fmt((1000 * x.burst.cpuS) / x.burst.n, 2)} ms/card)`;
  rows.push({
    figure: 'CPU of the contender process on that burst',
    ours: cell(ours, 'bridge', cpuCell),
    official: cell(official, 'official', cpuCell),
    ratio: showRatio(cpuRatio),
    target: `per card ≤ 2×${mark(cpuRatio === undefined ? undefined : cpuRatio <= 2)}`,
  });

  const mm = both((x) => x.burst.mattermostCpuS);
  rows.push({
    figure: 'Mattermost server CPU serving it',
    ours: cell(ours, 'bridge', (x) => `${fmt(x.burst.mattermostCpuS, 2)} s`),
    official: cell(official, 'official', (x) => `${fmt(x.burst.mattermostCpuS, 2)} s`),
    ratio: showRatio(ratioOf(mm.o, mm.p)),
    target: '',
  });

  const mem = (pick: (x: Figures) => number, figure: string, target?: {text: string; limit: number}) => {
    const v = both(pick);
    rows.push({
      figure,
      ours: cell(ours, 'bridge', (x) => `${fmt(pick(x))} MiB`),
      official: cell(official, 'official', (x) => `${fmt(pick(x))} MiB`),
      ratio: showRatio(ratioOf(v.o, v.p)),
      target: target ? `${target.text}${mark(v.o === undefined ? undefined : v.o <= target.limit)}` : '',
    });
  };
  mem((x) => x.memory.idle.rss, 'RSS idle', {text: 'ours ≤ 60 MiB', limit: 60});
  mem((x) => x.memory.afterBurst.rss, 'RSS right after the burst', {text: 'ours ≤ 90 MiB', limit: 90});
  mem((x) => x.memory.afterBurst.peak, 'RSS peak (VmHWM) through the burst');
  const settleS = (ours ?? official)?.memory.settleS ?? 0;
  mem((x) => x.memory.settled.rss, `RSS ${settleS} s after the burst`, {text: 'ours back ≤ 60 MiB (the idle target)', limit: 60});

  const perMinute = (cpuS: number) => (1000 * cpuS * 60) / settleS;
  const idleCpu = both((x) => x.settleCpuS);
  rows.push({
    figure: `CPU while idle over those ${settleS} s (the burst's requests still pending)`,
    ours: cell(ours, 'bridge', (x) => `${fmt(perMinute(x.settleCpuS), 0)} ms per minute`),
    official: cell(official, 'official', (x) => `${fmt(perMinute(x.settleCpuS), 0)} ms per minute`),
    ratio: showRatio(ratioOf(idleCpu.o, idleCpu.p)),
    target: '',
  });

  const tracked = ours?.tracked;
  rows.push({
    figure: tracked ? `RSS with ${tracked.pending.toLocaleString('en-US')} pending requests tracked (ours only)` : 'RSS with many pending requests tracked (ours only)',
    ours: tracked ? `${fmt(tracked.memory.rss)} MiB (peak ${fmt(tracked.memory.peak)}; carded in ${fmt(tracked.seconds, 0)} s)` : absent('bridge'),
    official: '—',
    ratio: '—',
    target: `≤ 150 MiB${mark(tracked ? tracked.memory.rss <= 150 : undefined)}`,
  });
  rows.push({
    figure: `CPU while idle with them, over ${settleS} s (ours only)`,
    ours: tracked ? `${fmt(perMinute(tracked.idleCpuS), 0)} ms per minute` : absent('bridge'),
    official: '—',
    ratio: '—',
    target: '',
  });

  rows.push({
    figure: 'warning/error lines the contender logged (measured run)',
    ours: cell(ours, 'bridge', (x) => String(x.problems)),
    official: cell(official, 'official', (x) => String(x.problems)),
    ratio: '—',
    target: '0 (else see test-artifacts/bench-official/)',
  });

  const lines = [
    '| | This bridge | Official plugin | Ratio this/official | Target |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.figure} | ${r.ours} | ${r.official} | ${r.ratio} | ${r.target} |`),
  ];
  return lines.join('\n');
}

export function notes(figures: Figures[], plan: {burstParallel: number}, load: {before: number[]; after: number[]}): string {
  const lines = [
    `Machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load average ${load.before.map((l) => l.toFixed(2)).join(' ')} before, ${load.after.map((l) => l.toFixed(2)).join(' ')} after.`,
    `Each contender ran alone on a fresh real Mattermost and a fresh real Teleport harness, posting to its own channel; requests created by bob through the bridge's gRPC client (burst: ${plan.burstParallel} at a time). A burst cannot be carded faster than it is created ("created in"): a contender that keeps pace finishes just after it.`,
    "Posts are seen through the admin's Mattermost websocket (`posted` / `post_edited`), timestamped on arrival; a card is finished once its channel stayed quiet for the quiet period.",
    'CPU: utime + stime from /proc/<pid>/stat over the burst, read after the channel went quiet; RSS: VmRSS from /proc/<pid>/status.',
    ...figures.map(
      (f) =>
        `${f.label}: watching = ${f.readySignal}; before each cold start and its burst it waited for a quiet machine (under ${QUIET_MACHINE.busyCores} cores busy over ${QUIET_MACHINE.windowMs / 1000} s, at most ${QUIET_MACHINE.maxMs / 1000} s): ${f.quietBeforeStarts.map((q) => `${q.waitedS.toFixed(0)} s`).join(', ')} before the starts, ${f.quietBeforeBurst.waitedS.toFixed(0)} s before the burst; busiest last look ${Math.max(...f.quietBeforeStarts.map((q) => q.busyCores), f.quietBeforeBurst.busyCores).toFixed(2)} cores; 1-min load average at the burst ${f.loadAtBurst.toFixed(2)}.`,
    ),
  ];
  return lines.map((l) => `- ${l}`).join('\n');
}

const inPair = (pair: readonly Figures[], key: Figures['key']) => pair.find((f) => f.key === key);
const perCardMs = (x: Figures) => (1000 * x.burst.cpuS) / x.burst.n;

/** The this/official ratios of one pair for the figures machine drift moves most. */
function pairRatios(pair: readonly Figures[]) {
  const o = inPair(pair, 'bridge');
  const p = inPair(pair, 'official');
  const r = (f: (x: Figures) => number) => (o && p ? ratioOf(f(o), f(p)) : undefined);
  return {
    cpu: r(perCardMs),
    burst: r((x) => x.burst.allPostedS),
    cold: r((x) => median(x.coldStartMs)),
    finished: r((x) => median(x.finishedMs)),
  };
}

/**
 * The pair with the median CPU ratio (nearest rank; the last pair when none has both contenders),
 * with the many-pending figures from the pair that measured them.
 */
export function medianPair(pairs: readonly (readonly Figures[])[]): {index: number; figures: Figures[]} {
  const cpu = pairs.map((p) => pairRatios(p).cpu);
  const rated = pairs.map((_, i) => i).filter((i) => cpu[i] !== undefined);
  rated.sort((a, b) => cpu[a]! - cpu[b]!);
  const index = rated.length > 0 ? rated[Math.ceil(rated.length / 2) - 1]! : pairs.length - 1;
  const tracked = pairs.flat().find((f) => f.key === 'bridge' && f.tracked)?.tracked ?? null;
  return {index, figures: (pairs[index] ?? []).map((f) => (f.key === 'bridge' && !f.tracked ? {...f, tracked} : f))};
}

/**
 * Every pair's ratios, with their median and geometric mean. The contender that went first in a
 * pair was the slower one in 6 of the 7 pairs of round 6 (bench/HISTORY.md), so only an even number of
 * pairs, each order equally often, cancels that; the mean says so when the orders are unbalanced.
 */
export function pairsSummary(pairs: readonly (readonly Figures[])[]): string {
  const cell = (x: Figures | undefined) => (x ? `${fmt(perCardMs(x), 2)} ms (created in ${fmt(x.burst.createdS, 1)} s)` : 'failed');
  const ratios = pairs.map(pairRatios);
  const rows = pairs.map((pair, i) => {
    const r = ratios[i]!;
    return `| ${i + 1} (${pair[0]?.key ?? '—'} first) | ${cell(inPair(pair, 'bridge'))} | ${cell(inPair(pair, 'official'))} | ${showRatio(r.cpu)} | ${showRatio(r.burst)} | ${showRatio(r.cold)} | ${showRatio(r.finished)} |`;
  });
  type Pick = (r: (typeof ratios)[number]) => number | undefined;
  const across = (pick: Pick, combine: (values: number[]) => number) => {
    const values = ratios.map(pick).filter((v): v is number => v !== undefined);
    return showRatio(values.length > 0 ? combine(values) : undefined);
  };
  const geometricMean = (values: number[]) => Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
  const med = (pick: Pick) => across(pick, median);
  const geo = (pick: Pick) => across(pick, geometricMean);
  const firsts = pairs.filter((p) => p.length === 2).map((p) => p[0]!.key);
  const bridgeFirst = firsts.filter((k) => k === 'bridge').length;
  const balance = bridgeFirst * 2 === firsts.length ? 'each order equally often' : `unbalanced: the bridge went first in ${bridgeFirst} of ${firsts.length}`;
  return [
    '| Pair (who went first) | This bridge: CPU per card in the burst | Official plugin: CPU per card | CPU ratio | Burst ratio | Cold start ratio | Finished median ratio |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    `| median of ${pairs.length} | | | ${med((r) => r.cpu)} | ${med((r) => r.burst)} | ${med((r) => r.cold)} | ${med((r) => r.finished)} |`,
    `| geometric mean (${balance}) | | | ${geo((r) => r.cpu)} | ${geo((r) => r.burst)} | ${geo((r) => r.cold)} | ${geo((r) => r.finished)} |`,
  ].join('\n');
}
