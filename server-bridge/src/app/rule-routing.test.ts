import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import pino from 'pino';
import type {MonitoringRule, RuleEvent} from '../domain/monitoring-rule';
import type {TeleportUser} from '../domain/request';
import {request} from '../testing/fixtures';
import {TeleportError, type WatchHandle} from '../teleport/port';
import {RuleRouting} from './rule-routing';

const PLUGIN = 'mattermost-access-bridge';
const silent = pino({level: 'silent'});

const rule = (name: string, condition: string, recipients = ['eng/ops']): MonitoringRule => ({
  name,
  revision: '1',
  subjects: ['access_request'],
  condition,
  notification: {name: PLUGIN, recipients},
  schedules: [],
});

/** A Teleport that answers the list from `list` and lets the test drive the watch. */
function fakeTeleport(list: () => Promise<MonitoringRule[]>, traits: Record<string, string[]> = {}) {
  const calls = {list: 0, getUser: 0, watches: 0};
  let emit: (e: RuleEvent) => void = () => {};
  const watch: WatchHandle = {ready: true, close() {}};
  return {
    calls,
    emit: (e: RuleEvent) => emit(e),
    port: {
      listMonitoringRules: async () => {
        calls.list++;
        return list();
      },
      watchMonitoringRules: (onEvent: (e: RuleEvent) => void) => {
        calls.watches++;
        emit = onEvent;
        return watch;
      },
      getUser: async (name: string): Promise<TeleportUser> => {
        calls.getUser++;
        return {name, roles: [], traits, ssoConnector: null, isBot: false};
      },
    },
  };
}

const logsOf = () => {
  const lines: {msg: string; level: number}[] = [];
  const logger = pino({level: 'info'}, {write: (s: string) => lines.push(JSON.parse(s) as {msg: string; level: number})});
  return {logger, lines};
};

describe('routing by access monitoring rules, feature-detected', () => {
  it('a cluster without the service: "unavailable", said once, no watch, no rule matches', async () => {
    const t = fakeTeleport(async () => Promise.reject(new TeleportError('NotImplemented', 'unknown service teleport.accessmonitoringrules.v1.AccessMonitoringRulesService')));
    const {logger, lines} = logsOf();
    const routing = new RuleRouting({teleport: t.port, plugin: PLUGIN, logger, retryMs: 5});
    await routing.start();
    await new Promise((r) => setTimeout(r, 30));
    routing.stop();
    assert.equal(routing.status().rules.state, 'unavailable');
    assert.match(routing.status().rules.note ?? '', /no access monitoring rules/);
    assert.ok(t.calls.list > 1, 'looked again later');
    const said = lines.filter((l) => /no access monitoring rules/.test(l.msg));
    assert.equal(said.length, 1, 'said once');
    assert.equal(said[0]?.level, 30, 'at info: a cluster without the feature is not a fault');
    assert.equal(t.calls.watches, 0);
    assert.deepEqual(await routing.match(request(), silent), []);
  });

  it('a role that may not read rules: "denied", naming the permission', async () => {
    const t = fakeTeleport(async () => Promise.reject(new TeleportError('AccessDenied', 'access denied to perform action "list" on "access_monitoring_rule"')));
    const routing = new RuleRouting({teleport: t.port, plugin: PLUGIN, logger: silent});
    await routing.start();
    routing.stop();
    assert.equal(routing.status().rules.state, 'denied');
    assert.match(routing.status().rules.note ?? '', /access_monitoring_rule: list, read/);
  });

  it('follows the watch: puts and deletes apply to the next request; INIT lists again', async () => {
    let listed = [rule('db', 'access_request.spec.roles.contains("dbadmin")')];
    const t = fakeTeleport(async () => listed);
    const routing = new RuleRouting({teleport: t.port, plugin: PLUGIN, logger: silent});
    await routing.start();
    const dbadmin = request({roles: ['dbadmin']});
    assert.deepEqual(await routing.match(dbadmin, silent), [{name: 'db', recipients: ['eng/ops']}]);

    t.emit({type: 'put', rule: rule('all', 'true', ['eng/all'])});
    assert.deepEqual(
      (await routing.match(dbadmin, silent)).map((m) => m.name),
      ['all', 'db'],
    );
    t.emit({type: 'delete', name: 'db'});
    assert.deepEqual(
      (await routing.match(dbadmin, silent)).map((m) => m.name),
      ['all'],
    );
    listed = [];
    t.emit({type: 'init'});
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(await routing.match(dbadmin, silent), []);
    assert.equal(t.calls.watches, 1);
    routing.stop();
  });

  it('reads the requester’s traits only when a rule needs them', async () => {
    const t = fakeTeleport(async () => [rule('db', 'access_request.spec.roles.contains("dbadmin")')], {team: ['payments']});
    const routing = new RuleRouting({teleport: t.port, plugin: PLUGIN, logger: silent});
    await routing.start();
    await routing.match(request({roles: ['dbadmin']}), silent);
    assert.equal(t.calls.getUser, 0);
    t.emit({type: 'put', rule: rule('payments', 'user.traits["team"].contains("payments")', ['eng/payments'])});
    assert.deepEqual(
      (await routing.match(request({roles: ['viewer']}), silent)).map((m) => m.name),
      ['payments'],
    );
    assert.equal(t.calls.getUser, 1);
    routing.stop();
  });

  it('counts cards by the source that routed them, and names the last five with their rule', () => {
    const routing = new RuleRouting({teleport: fakeTeleport(async () => []).port, plugin: PLUGIN, logger: silent});
    const id = (n: number) => `00000000-aaaa-4bbb-8ccc-0000${String(n).repeat(8)}`;
    routing.countCard(id(1), 'rule', 'db-team');
    routing.countCard(id(2), 'rule', 'db-team');
    routing.countCard(id(3), 'suggested');
    assert.deepEqual(routing.status().cards_by_source, {rule: 2, console: 0, suggested: 1});
    for (const n of [4, 5, 6, 7]) routing.countCard(id(n), 'console');
    assert.deepEqual(routing.status().recent_cards, [
      {request: '77777777', via: 'console'},
      {request: '66666666', via: 'console'},
      {request: '55555555', via: 'console'},
      {request: '44444444', via: 'console'},
      {request: '33333333', via: 'suggested'},
    ]);
  });
});
