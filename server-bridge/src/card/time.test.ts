import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {httpDate, isoUtc, utcTime} from './time';

// The largest and smallest moments a Date holds, the four-digit year edges, and ordinary ones.
const MOMENTS = [0, -1, 1, 1_796_302_758_019, 253_402_300_799_999, 253_402_300_800_000, -62_167_219_200_000, -62_167_219_200_001, 8.64e15, -8.64e15];

test('isoUtc writes what toISOString writes, year edges included', () => {
  for (const ms of MOMENTS) assert.equal(isoUtc(ms), new Date(ms).toISOString(), `at ${ms}`);
  fc.assert(
    fc.property(fc.integer({min: -8.64e15, max: 8.64e15}), (ms) => isoUtc(new Date(ms)) === new Date(ms).toISOString()),
    {numRuns: 2000},
  );
});

test('isoUtc refuses an invalid date as toISOString does', () => {
  assert.throws(() => isoUtc(new Date('not a date')), RangeError);
  assert.throws(() => isoUtc(Number.NaN), RangeError);
});

test('utcTime keeps its minute-precise UTC form', () => {
  assert.equal(utcTime('2026-12-02T03:51:59.999Z'), '2026-12-02 03:51 UTC');
  assert.equal(utcTime('garbage'), 'garbage');
});

test('httpDate writes the IMF-fixdate toUTCString writes', () => {
  for (const ms of [0, 784_111_777_000, 1_796_302_758_019, 253_402_300_799_999]) assert.equal(httpDate(ms), new Date(ms).toUTCString(), `at ${ms}`);
  fc.assert(
    fc.property(fc.integer({min: -30_610_224_000_000, max: 253_402_300_799_999}), (ms) => httpDate(ms) === new Date(ms).toUTCString()),
    {numRuns: 2000},
  );
});
