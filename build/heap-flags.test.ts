import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {HEAP_FLAGS, heapFlagsToApply} from './heap-flags.mjs';

describe('heap settings the launcher applies', () => {
  it('applies every setting when the operator set none', () => {
    assert.deepEqual(heapFlagsToApply(''), HEAP_FLAGS);
    assert.deepEqual(heapFlagsToApply('--max-semi-space-size=4'), HEAP_FLAGS, 'other flags do not count');
  });

  it('leaves a setting to the operator who gave it, however spelled', () => {
    assert.deepEqual(heapFlagsToApply('--semi_space_growth_factor=2'), ['--heap-growing-percent=10', '--max-opt=1']);
    assert.deepEqual(heapFlagsToApply('--inspect --heap-growing-percent 50'), ['--semi-space-growth-factor=1', '--max-opt=1']);
    assert.deepEqual(heapFlagsToApply('--max_opt=999'), ['--semi-space-growth-factor=1', '--heap-growing-percent=10']);
    assert.deepEqual(heapFlagsToApply('--semi-space-growth-factor=2 --heap-growing-percent=0 --max-opt=3'), []);
  });
});
