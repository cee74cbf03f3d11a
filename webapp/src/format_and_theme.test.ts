import assert from 'node:assert/strict';
import {test} from 'node:test';

import {formatAgo, formatRemaining, formatWhen} from './time_format';
import {contrast, readableOn, toRgb} from './theme';

test('countdowns read naturally at every scale and never go negative', () => {
  assert.equal(formatRemaining(2 * 86_400_000 + 3 * 3_600_000), '2d 3h');
  assert.equal(formatRemaining(2 * 3_600_000 + 5 * 60_000 + 59_000), '2h 05m');
  assert.equal(formatRemaining(4 * 60_000 + 9_000), '4m 09s');
  assert.equal(formatRemaining(12_400), '12s');
  assert.equal(formatRemaining(-5_000), '0s');
});

test('the past reads as coarsely as people need it', () => {
  assert.equal(formatAgo(59_000), 'just now');
  assert.equal(formatAgo(5 * 60_000 + 30_000), '5m ago');
  assert.equal(formatAgo(2 * 3_600_000 + 5 * 60_000 + 9_000), '2h 05m ago');
  assert.equal(formatAgo(3 * 86_400_000 + 4 * 3_600_000), '3d 4h ago');
});

test("one form for every moment: relative, then absolute in the viewer's zone, with the date only when it is not today there", () => {
  const now = Date.parse('2026-12-02T13:00:00Z');
  const table: [string, string, Parameters<typeof formatWhen>[2], string][] = [
    ['earlier today in UTC, 12-hour clock', '2026-12-02T03:51:43Z', {locale: 'en-US', timeZone: 'UTC', hour12: true}, '9h 08m ago · 03:51 AM UTC'],
    ['the same moment on a 24-hour clock', '2026-12-02T03:51:43Z', {locale: 'en-US', timeZone: 'UTC', hour12: false}, '9h 08m ago · 03:51 UTC'],
    ['already tomorrow in Tokyo: the date is shown', '2026-12-02T15:05:00Z', {locale: 'en-US', timeZone: 'Asia/Tokyo', hour12: false}, 'in 2h 05m · Dec 3, 00:05 GMT+9'],
    ['still yesterday in New York', '2026-12-02T03:51:43Z', {locale: 'en-GB', timeZone: 'America/New_York'}, '9h 08m ago · 1 Dec, 22:51 GMT-5'],
    [
      'an unknown zone falls back to the browser instead of failing',
      '2026-12-02T12:55:00Z',
      {locale: 'en-US', timeZone: 'Nowhere/Atlantis', hour12: false},
      `5m ago · ${new Date('2026-12-02T12:55:00Z').toLocaleString('en-US', {hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short'})}`,
    ],
    ['unreadable input is shown as given', 'soon', {}, 'soon'],
  ];
  for (const [name, iso, style, want] of table) assert.equal(formatWhen(iso, now, style), want, name);
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
