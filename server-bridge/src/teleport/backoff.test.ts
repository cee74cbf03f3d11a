import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {BACKOFF_BASE_MS, BACKOFF_CAP_MS, reconnectDelay} from './backoff';

describe('reconnectDelay', () => {
  it('stays between 20 ms and 5 s for any attempt and any random draw', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 10_000}), fc.double({min: 0, max: 1, noNaN: true}), (attempt, r) => {
        const d = reconnectDelay(attempt, () => r);
        return d >= BACKOFF_BASE_MS && d <= BACKOFF_CAP_MS;
      }),
    );
  });

  it('starts at the base and doubles its ceiling until the 5 s cap', () => {
    const top = (attempt: number) => reconnectDelay(attempt, () => 1);
    assert.deepEqual([0, 1, 2, 3, 8, 9, 50].map(top), [20, 40, 80, 160, 5000, 5000, 5000]);
    assert.equal(
      reconnectDelay(7, () => 0),
      20,
    );
  });

  it('spreads reconnects (full jitter) instead of retrying in lockstep', () => {
    const draws = new Set(Array.from({length: 50}, () => reconnectDelay(8)));
    assert.ok(draws.size > 10, `expected varied delays, got ${[...draws].join(',')}`);
  });
});
