import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {request} from '../testing/fixtures';
import {digestDueDay, digestMessage, readSchedule, zoneOf} from './digest';

const schedule = (() => {
  const r = readSchedule('09:00', 'Mon,Tue,Wed,Thu,Fri');
  assert.ok(r.ok);
  return r.value;
})();

describe('digest: when it is due', () => {
  // 2026-12-07 is a Monday.
  const rows: [string, string, string, string | null, string | null][] = [
    ['Monday 08:59 in Berlin: not yet', '2026-12-07T07:59:00Z', 'Europe/Berlin', null, null],
    ['Monday 09:00 in Berlin', '2026-12-07T08:00:00Z', 'Europe/Berlin', null, '2026-12-07'],
    ['the same instant is still Sunday evening in Los Angeles', '2026-12-07T08:00:00Z', 'America/Los_Angeles', null, null],
    ['already sent today (a restart, another replica)', '2026-12-07T15:00:00Z', 'Europe/Berlin', '2026-12-07', null],
    ['late is fine, once: the bridge was down at 09:00', '2026-12-07T15:00:00Z', 'Europe/Berlin', '2026-12-04', '2026-12-07'],
    ['Saturday is not a digest day', '2026-12-05T10:00:00Z', 'Europe/Berlin', null, null],
    ['Tokyo: Monday 09:30 local is 00:30 UTC, hours before Berlin’s', '2026-12-07T00:30:00Z', 'Asia/Tokyo', '2026-12-04', '2026-12-07'],
  ];
  for (const [name, now, zone, last, want] of rows) {
    it(name, () => assert.equal(digestDueDay(Date.parse(now), zone, schedule, last), want));
  }

  it('reads the settings and names the bad field', () => {
    assert.deepEqual(readSchedule('25:00', 'Mon'), {ok: false, error: 'digest time: expected HH:MM (24 h), got "25:00"'});
    assert.deepEqual(readSchedule('9:00', 'Mon, Funday'), {ok: false, error: 'digest weekdays: "Funday" is not a weekday (Mon … Sun)'});
    const ok = readSchedule('7:30', 'monday sat');
    assert.ok(ok.ok && ok.value.atMinute === 450 && [...ok.value.weekdays].join() === 'Mon,Sat');
  });

  it('takes the user’s Mattermost time zone, UTC when unknown', () => {
    assert.equal(zoneOf({useAutomaticTimezone: 'true', automaticTimezone: 'Europe/Berlin', manualTimezone: ''}), 'Europe/Berlin');
    assert.equal(zoneOf({useAutomaticTimezone: 'false', automaticTimezone: 'Europe/Berlin', manualTimezone: 'Asia/Tokyo'}), 'Asia/Tokyo');
    assert.equal(zoneOf({useAutomaticTimezone: 'false', manualTimezone: 'Mars/Olympus'}), 'UTC');
    assert.equal(zoneOf(undefined), 'UTC');
  });
});

describe('digest: what it says', () => {
  it('one line per request with a link to a card the user can open, or the command when there is none', () => {
    const a = request({id: '0190f3f0-0000-7000-8000-000011111111', user: 'bob', roles: ['dbadmin']});
    const text = digestMessage(
      [
        {id: a.id, post: 'post1', rel: 'r', exp: Date.parse('2026-12-07T10:00:00Z') / 1000},
        {id: '0190f3f0-0000-7000-8000-000022222222', post: '', rel: 's', exp: 0},
      ],
      new Map([[a.id, a]]),
      'https://mm.example.com/',
      3,
    );
    assert.equal(
      text,
      [
        '☀️ **5 access requests await your review**',
        '- `11111111` `dbadmin` for `bob` · expires 2026-12-07 10:00 UTC · [open the card](https://mm.example.com/_redirect/pl/post1)',
        '- `22222222` a request · `/teleport show 22222222`',
        '…and 3 more: `/teleport list`.',
      ].join('\n'),
    );
  });
});
