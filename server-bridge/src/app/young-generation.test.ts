import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {describe, it} from 'node:test';
import {startYoungGeneration} from './young-generation';

const MiB = 1024 * 1024;

/** A controller over a fake V8: its young generation's size, and the growth factors set. */
function rig(launcherFlags: readonly string[] = ['--semi-space-growth-factor=1', '--max-opt=1']) {
  const v8 = {semiSpaceBytes: 0.98 * MiB, busy: false, set: [] as number[], observing: false};
  const young = startYoungGeneration({
    busy: () => v8.busy,
    launcherFlags,
    semiSpaceBytes: () => v8.semiSpaceBytes,
    setGrowth: (f) => void v8.set.push(f),
    observe: () => {
      v8.observing = true;
      return () => void (v8.observing = false);
    },
  });
  return {v8, young};
}

describe('the young generation grows while cards are in flight, up to 4 MiB semi-spaces', () => {
  it('follows a burst: grows while busy and under the cap, stops at the cap, stays fixed when quiet', () => {
    const {v8, young} = rig();
    assert.ok(v8.observing, 'watches collections');
    // What V8 reports a 1, 2 and 4 MiB semi-space holds.
    const steps: [busy: boolean, semiMiB: number, factor: number[]][] = [
      [false, 0.98, []], // idle: as the launcher left it (1), nothing to set
      [true, 0.98, [2]], // a burst starts: V8 may double it at its next collection
      [true, 1.97, []], // 2 MiB: still under the cap, no call
      [true, 3.93, [1]], // 4 MiB: the cap, growth stops
      [true, 3.93, []],
      [false, 3.93, []], // quiet: stays fixed (the memory release shrinks it)
      [false, 0.98, []],
      [true, 0.98, [2]], // the next burst grows it again
    ];
    for (const [busy, semiMiB, factor] of steps) {
      v8.busy = busy;
      v8.semiSpaceBytes = semiMiB * MiB;
      const before = v8.set.length;
      young.afterCollection();
      assert.deepEqual(v8.set.slice(before), factor, `busy ${busy}, semi-space ${semiMiB} MiB`);
    }
  });

  it('leaves the factor as the launcher set it when stopped (the exit code cache is made under it)', () => {
    const {v8, young} = rig();
    v8.busy = true;
    young.afterCollection();
    young.stop();
    assert.deepEqual(v8.set, [2, 1]);
    assert.equal(v8.observing, false, 'no longer watches collections');
  });

  it('leaves V8 alone without the launcher, or when the operator chose the young generation', () => {
    for (const flags of [[], ['--heap-growing-percent=10', '--max-opt=1']]) {
      const {v8, young} = rig(flags);
      v8.busy = true;
      young.afterCollection();
      young.stop();
      assert.deepEqual(v8.set, [], `launcher applied: ${flags.join(' ') || 'nothing'}`);
      assert.equal(v8.observing, false);
    }
  });
});

describe('on the real V8', () => {
  it('a busy bridge under allocation with survivors grows its semi-space past 1 MiB and stops at 4 MiB', () => {
    // In a child: the flag as the launcher sets it, then a workload whose objects outlive a scavenge or two.
    const script = `
      import v8 from 'node:v8';
      import {startYoungGeneration} from ${JSON.stringify(path.join(import.meta.dirname, 'young-generation.ts'))};
      v8.setFlagsFromString('--semi-space-growth-factor=1');
      const young = startYoungGeneration({busy: () => true, launcherFlags: ['--semi-space-growth-factor=1']});
      const semi = () => { const s = v8.getHeapSpaceStatistics().find((x) => x.space_name === 'new_space'); return s.space_used_size + s.space_available_size; };
      let keep = [], peak = 0;
      for (let round = 0; round < 300; round++) {
        for (let i = 0; i < 5000; i++) keep.push({i, s: 'x' + i});
        if (keep.length > 100000) keep = keep.slice(50000);
        peak = Math.max(peak, semi());
        await new Promise((r) => setImmediate(r));
      }
      young.stop();
      process.stdout.write(String(peak / 1048576));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {encoding: 'utf8', env: {...process.env, NODE_OPTIONS: ''}});
    const peakMiB = Number(out);
    assert.ok(peakMiB > 1.5 && peakMiB <= 4, `semi-space peaked at ${peakMiB.toFixed(2)} MiB`);
  });
});
