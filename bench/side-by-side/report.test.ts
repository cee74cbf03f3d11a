import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Figures} from './measure';
import {medianPair, pairsSummary} from './report';

const mem = {rss: 60, peak: 70};
function figures(key: Figures['key'], msPerCard: number, createdS: number, tracked: Figures['tracked'] = null): Figures {
  return {
    key,
    label: key,
    readySignal: '',
    coldStartMs: [100],
    firstPostMs: [50],
    finishedMs: [50],
    writesPerCard: [1],
    burst: {n: 1000, createdS, allPostedS: createdS, allFinishedS: createdS, writes: 1000, cpuS: msPerCard, mattermostCpuS: 1},
    memory: {idle: mem, afterBurst: mem, settled: mem, settleS: 30},
    settleCpuS: 0,
    tracked,
    problems: 0,
    loadAtBurst: 0,
    quietBeforeStarts: [],
    quietBeforeBurst: {waitedS: 0, busyCores: 0},
  };
}

describe('pairs of side-by-side runs', () => {
  const tracked = {pending: 10_000, seconds: 120, memory: mem, idleCpuS: 0.3};
  const pairs = [
    [figures('official', 2, 14), figures('bridge', 5, 14)], // 2.5x
    [figures('bridge', 3, 9), figures('official', 2.5, 15)], // 1.2x
    [figures('official', 2, 14), figures('bridge', 4, 14, tracked)], // 2.0x
  ];

  it('shows the pair with the median CPU ratio, with the many-pending figures wherever they were taken', () => {
    const shown = medianPair(pairs);
    assert.equal(shown.index, 2);
    assert.equal(medianPair([pairs[0]!, pairs[1]!]).index, 1, 'of two, the lower ratio (nearest rank)');
    const lower = medianPair([pairs[1]!, pairs[2]!]);
    assert.equal(lower.index, 0);
    assert.deepEqual(lower.figures.find((f) => f.key === 'bridge')?.tracked, tracked, 'the pair shown had no many-pending phase of its own');
  });

  it('lists every pair with who went first, and the medians of the ratios', () => {
    const lines = pairsSummary(pairs).split('\n');
    assert.equal(lines.length, 2 + 3 + 2);
    assert.match(lines[3]!, /^\| 2 \(bridge first\) \| 3\.00 ms \(created in 9\.0 s\) \| 2\.50 ms \(created in 15\.0 s\) \| 1\.20× \| 0\.60× /);
    assert.match(lines[5]!, /^\| median of 3 \| \| \| 2\.00× \| 1\.00× \| 1\.00× \| 1\.00× \|$/);
    // (2.5 × 1.2 × 2.0)^(1/3) = 1.82
    assert.match(lines[6]!, /^\| geometric mean \(unbalanced: the bridge went first in 1 of 3\) \| \| \| 1\.82× \|/);
    assert.match(pairsSummary(pairs.slice(0, 2)), /geometric mean \(each order equally often\) \| \| \| 1\.73× \|/);
  });

  it('keeps a pair whose contender failed, without a ratio', () => {
    const shown = medianPair([[figures('official', 2, 14)], pairs[0]!]);
    assert.equal(shown.index, 1);
    assert.match(pairsSummary([[figures('official', 2, 14)]]), /\| 1 \(official first\) \| failed \| 2\.00 ms \(created in 14\.0 s\) \| — \|/);
  });
});
