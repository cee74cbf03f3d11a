import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import pino from 'pino';
import type {MonitoringRule} from '../domain/monitoring-rule';
import {compileRule, matchingRules, RuleBook} from './rule-book';
import {routeRequest} from './route';
import {inSchedules} from './schedule';
import type {ConditionEnv} from './condition';

const PLUGIN = 'mattermost-access-bridge';
const rule = (over: Partial<MonitoringRule> = {}): MonitoringRule => ({
  name: 'db-team',
  revision: '1',
  subjects: ['access_request'],
  condition: 'access_request.spec.roles.contains("dbadmin")',
  notification: {name: PLUGIN, recipients: ['eng/db-oncall']},
  schedules: [],
  ...over,
});
const env = (over: Partial<ConditionEnv> = {}): ConditionEnv => ({user: 'bob', roles: ['dbadmin'], suggestedReviewers: [], reason: '', traits: {}, ...over});
const silent = pino({level: 'silent'});

describe('which rules are this plugin’s', () => {
  it('takes rules that notify this plugin about access requests, and no others', () => {
    assert.equal(compileRule(rule(), PLUGIN)?.ok, true);
    assert.equal(compileRule(rule({notification: {name: 'slack', recipients: ['#x']}}), PLUGIN), null);
    assert.equal(compileRule(rule({notification: null}), PLUGIN), null);
    assert.equal(compileRule(rule({subjects: ['access_list']}), PLUGIN), null);
  });

  it('sets aside a rule it cannot evaluate, with the reason, instead of guessing', () => {
    const c = compileRule(rule({condition: 'regexp.match(access_request.spec.roles, "^db")'}), PLUGIN);
    assert.deepEqual(c, {ok: false, error: {name: 'db-team', reason: 'function regexp.match() is not supported'}});
    const zone = compileRule(rule({schedules: [{name: 'default', timezone: 'Mars/Olympus', shifts: []}]}), PLUGIN);
    assert.equal(zone?.ok, false);
  });
});

describe('rule book', () => {
  it('follows puts, deletes and re-lists; a skipped rule is listed but never matches', () => {
    const book = new RuleBook(PLUGIN, silent);
    book.put(rule());
    book.put(rule({name: 'broken', condition: 'access_request.spec.expiry'}));
    assert.deepEqual(
      book.active.map((r) => r.name),
      ['db-team'],
    );
    assert.deepEqual(
      book.skipped.map((r) => r.name),
      ['broken'],
    );
    book.put(rule({revision: '2', notification: {name: 'slack', recipients: []}}));
    assert.equal(book.active.length, 0);
    book.replace([rule({name: 'all', condition: 'true'})]);
    assert.deepEqual([...book.active.map((r) => r.name), ...book.skipped.map((r) => r.name)], ['all']);
    book.remove('all');
    assert.equal(book.active.length, 0);
  });

  it('matches by condition and schedule, in name order', () => {
    const book = new RuleBook(PLUGIN, silent);
    book.replace([
      rule({name: 'z-all', condition: 'true'}),
      rule({name: 'db-team'}),
      rule({name: 'weekend', condition: 'true', schedules: [{name: 'w', timezone: 'UTC', shifts: [{weekday: 'Saturday', start: '00:00', end: '23:59'}]}]}),
    ]);
    const wednesday = new Date('2026-12-02T10:00:00Z');
    assert.deepEqual(
      matchingRules(book.active, env(), wednesday, assert.fail).map((r) => r.name),
      ['db-team', 'z-all'],
    );
    assert.deepEqual(
      matchingRules(book.active, env({roles: ['viewer']}), new Date('2026-12-05T10:00:00Z'), assert.fail).map((r) => r.name),
      ['weekend', 'z-all'],
    );
  });
});

describe('a rule that cannot be evaluated for a request', () => {
  it('is reported and left out; the others still match', () => {
    const book = new RuleBook(PLUGIN, silent);
    book.replace([
      rule({name: 'all', condition: 'true'}),
      rule({name: 'shift', condition: 'true', schedules: [{name: 's', timezone: 'UTC', shifts: [{weekday: 'Monday', start: '00:00', end: '23:59'}]}]}),
    ]);
    const errors: string[] = [];
    const matched = matchingRules(book.active, env(), new Date('not a date'), (name) => errors.push(name));
    assert.deepEqual(
      matched.map((r) => r.name),
      ['all'],
    );
    assert.deepEqual(errors, ['shift']);
  });
});

describe('schedules', () => {
  const tokyo = [{timezone: 'Asia/Tokyo', shifts: [{weekday: 'Thursday', start: '09:00', end: '17:30'}]}];
  const table: [string, string, boolean][] = [
    ['Wednesday 23:59 UTC is Thursday 08:59 in Tokyo', '2026-12-02T23:59:00Z', false],
    ['Thursday 09:00 Tokyo, the first minute', '2026-12-03T00:00:00Z', true],
    ['Thursday 17:30:00 Tokyo, the end is inclusive', '2026-12-03T08:30:00Z', true],
    ['Thursday 17:30:01 Tokyo is past the end', '2026-12-03T08:30:01Z', false],
  ];
  for (const [what, at, expected] of table) {
    it(what, () => assert.equal(inSchedules(new Date(at), tokyo), expected));
  }
  it('no schedules: always; an empty schedule: never', () => {
    assert.equal(inSchedules(new Date(), []), true);
    assert.equal(inSchedules(new Date(), [{timezone: '', shifts: []}]), false);
  });
});

describe('routing precedence', () => {
  const request = {roles: ['dbadmin'], suggestedReviewers: ['alice']};
  const console = {dbadmin: ['eng/dba'], '*': ['eng/access']};

  it('matching rules replace the console routing; suggested reviewers keep their DM', () => {
    const r = routeRequest(request, [{name: 'db-team', recipients: ['eng/db-oncall', 'carol@example.com']}], console);
    assert.deepEqual(
      r.recipients.map((x) => [x.via, x.spec.source, x.rule ?? '']),
      [
        ['rule', 'eng/db-oncall', 'db-team'],
        ['rule', 'carol@example.com', 'db-team'],
        ['suggested', 'suggested reviewer alice', ''],
      ],
    );
  });

  it('no matching rule: the console routing, as before', () => {
    const r = routeRequest(request, [], console);
    assert.deepEqual(
      r.recipients.map((x) => [x.via, x.spec.source]),
      [
        ['console', 'eng/dba'],
        ['suggested', 'suggested reviewer alice'],
      ],
    );
  });

  it('a rule whose recipients are all unusable does not silence the console routing', () => {
    const r = routeRequest(request, [{name: 'typo', recipients: ['a/b/c', '  ']}], console);
    assert.deepEqual(
      r.recipients.map((x) => x.via),
      ['console', 'suggested'],
    );
    assert.deepEqual(r.invalid, [
      {rule: 'typo', recipient: 'a/b/c'},
      {rule: 'typo', recipient: '  '},
    ]);
  });

  it('two rules naming the same channel give one card', () => {
    const r = routeRequest(
      {roles: ['x'], suggestedReviewers: []},
      [
        {name: 'a', recipients: ['eng/ops']},
        {name: 'b', recipients: ['eng/ops']},
      ],
      {},
    );
    assert.deepEqual(
      r.recipients.map((x) => x.rule),
      ['a'],
    );
  });
});
