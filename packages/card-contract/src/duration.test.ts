import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {durationText} from './duration';

describe('one duration form', () => {
  const table: [number, string][] = [
    [0, '0m'],
    [29_000, '0m'],
    [45 * 60_000, '45m'],
    [4 * 3600_000, '4h'],
    [4 * 3600_000 + 5 * 60_000, '4h 05m'],
    [48 * 3600_000, '2d'],
    [54 * 3600_000 + 59 * 60_000, '2d 6h'],
    [-5_000, '0m'],
  ];
  for (const [ms, want] of table) it(`${ms} ms reads ${want}`, () => assert.equal(durationText(ms), want));
});
