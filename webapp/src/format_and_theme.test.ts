import assert from 'node:assert/strict';
import {test} from 'node:test';

import {formatRemaining} from './time_format';
import {contrast, readableOn, toRgb} from './theme';

test('countdowns read naturally at every scale and never go negative', () => {
  assert.equal(formatRemaining(2 * 86_400_000 + 3 * 3_600_000), '2d 3h');
  assert.equal(formatRemaining(2 * 3_600_000 + 5 * 60_000 + 59_000), '2h 05m');
  assert.equal(formatRemaining(4 * 60_000 + 9_000), '4m 09s');
  assert.equal(formatRemaining(12_400), '12s');
  assert.equal(formatRemaining(-5_000), '0s');
});

test('theme colours in every notation Mattermost themes use become rgb triples', () => {
  assert.equal(toRgb('#1c58d9'), '28, 88, 217');
  assert.equal(toRgb('#fff'), '255, 255, 255');
  assert.equal(toRgb('rgb(63, 67, 80)'), '63, 67, 80');
  assert.equal(toRgb('rgba(63,67,80,0.5)'), '63, 67, 80');
  assert.equal(toRgb('tomato'), null);
});

test('text colours are nudged to AA contrast only where the stock theme falls short', () => {
  // Denim's error red on white is 4.3:1: darkened towards the text colour, still red.
  const denyOnWhite = readableOn('#d24b4e', '#ffffff', '#3f4350');
  assert.ok(contrast(denyOnWhite, '#ffffff') >= 4.5);
  const [r = 0, g = 0, b = 0] = (toRgb(denyOnWhite) ?? '').split(', ').map(Number);
  assert.ok(r > g + 60 && r > b + 60, `still red: ${denyOnWhite}`);
  // Onyx's link blue on its dark background is already fine and stays as it is.
  assert.equal(readableOn('#5d89ea', '#191b1f', '#e3e4e8'), 'rgb(93, 137, 234)');
});
