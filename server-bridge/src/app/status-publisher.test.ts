import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import pino from 'pino';
import type {StatusReport, StatusSnapshot} from '@tma/card-contract';
import {validateSettings} from '../config/validate-settings';
import {decodeReport, encodeReport, preferenceName, publishReason, StatusPublisher, STATUS_VALUE_MAX_CHARS, type StatusStore, type StoredStatus} from './status-publisher';

const healthy: StatusSnapshot = {
  ready: true,
  reason: null,
  teleport: {connected: true, cluster: 'story.example.com', version: '18.11.0', on_behalf_reviews: true, self_check: true},
  reviews_available: true,
  settings: {accepted: true, error: null, last_read_at: '2026-11-21T09:59:30.000Z'},
  requests: {tracked: 3, in_flight: 0},
};
const T0 = Date.parse('2026-11-21T10:00:00.000Z');
const MIN = 60_000;

function report(replica: string, snapshot: StatusSnapshot, at: number): StatusReport {
  return {...snapshot, reported_at: new Date(at).toISOString(), stale_after_seconds: 140, version: '0.1.0', replica};
}

describe('when a replica publishes its status', () => {
  const rows: [string, StatusReport | null, StatusSnapshot, number, string | null][] = [
    ['nothing stored yet', null, healthy, T0, 'missing'],
    ['unchanged and fresh', report('a', healthy, T0), healthy, T0 + 5 * MIN, null],
    ['unchanged but the heartbeat is due', report('a', healthy, T0), healthy, T0 + 15 * MIN, 'heartbeat'],
    [
      'Teleport disconnected',
      report('a', healthy, T0),
      {...healthy, ready: false, reason: 'connecting to Teleport', teleport: {...healthy.teleport, connected: false}},
      T0 + MIN,
      'changed',
    ],
    ['the credentials expired', report('a', healthy, T0), {...healthy, ready: false, reason: 'the identity file expired at 09:00'}, T0 + MIN, 'changed'],
    ['settings rejected', report('a', healthy, T0), {...healthy, settings: {accepted: false, error: 'roletorecipients: bad', last_read_at: null}}, T0 + MIN, 'changed'],
    ['a request arrived: the count the console shows moved', report('a', healthy, T0), {...healthy, requests: {tracked: 4, in_flight: 0}}, T0 + MIN, 'changed'],
    [
      'access monitoring rules became readable, or a rule was set aside',
      report('a', {...healthy, routing: {rules: 'starting', active: 0, skipped: [], cards_by_source: {rule: 0, console: 0, suggested: 0}}}, T0),
      {...healthy, routing: {rules: 'active', active: 1, skipped: ['by-label'], cards_by_source: {rule: 0, console: 0, suggested: 0}}},
      T0 + MIN,
      'changed',
    ],
    [
      'only cards-by-source counts moved: wait for the heartbeat',
      report('a', {...healthy, routing: {rules: 'active', active: 1, skipped: [], cards_by_source: {rule: 0, console: 0, suggested: 0}}}, T0),
      {...healthy, routing: {rules: 'active', active: 1, skipped: [], cards_by_source: {rule: 4, console: 1, suggested: 2}}},
      T0 + 5 * MIN,
      null,
    ],
    [
      'an admin saved settings and the bridge applied them',
      report('a', healthy, T0),
      {...healthy, settings: {...healthy.settings, applied_at: '2026-11-21T10:04:00.000Z'}},
      T0 + MIN,
      'changed',
    ],
    ['work started on a request', report('a', healthy, T0), {...healthy, requests: {tracked: 3, in_flight: 1}}, T0 + MIN, 'changed'],
    [
      'only the amount of work in flight and read times moved: wait for the heartbeat',
      report('a', {...healthy, requests: {tracked: 3, in_flight: 1}}, T0),
      {...healthy, requests: {tracked: 3, in_flight: 5}, settings: {...healthy.settings, last_read_at: '2026-11-21T10:04:00.000Z'}},
      T0 + 5 * MIN,
      null,
    ],
  ];
  for (const [name, current, mine, now, expected] of rows) {
    it(name, () => assert.equal(publishReason(current, mine, now, 15 * MIN), expected));
  }

  it('stores a report as JSON and reads back only what is one', () => {
    assert.deepEqual(decodeReport(encodeReport(report('a', healthy, T0))), report('a', healthy, T0));
    assert.equal(decodeReport('not json'), null);
    assert.equal(decodeReport(JSON.stringify({ready: 'yes'})), null);
  });

  it('cuts a huge settings error and reason to fit a preference value, and says so', () => {
    const huge = {...healthy, ready: false, reason: 'r'.repeat(5000), settings: {accepted: false, error: `roletorecipients: ${'é'.repeat(5000)}`, last_read_at: null}};
    const value = encodeReport(report('a', huge, T0));
    assert.ok([...value].length <= STATUS_VALUE_MAX_CHARS, `${[...value].length} characters`);
    const back = decodeReport(value);
    assert.ok(back?.truncated);
    assert.match(back.settings.error ?? '', /^roletorecipients: é+… \(cut; the whole text is on \/readyz\)$/);
    assert.match(back.reason ?? '', /^r+…/);
    assert.equal(decodeReport(encodeReport(report('a', healthy, T0)))?.truncated, undefined, 'a normal report is whole');
  });

  it('names each replica’s preference within Mattermost’s 32 bytes', () => {
    assert.equal(preferenceName('replica-1'), 'status:replica-1');
    const long = preferenceName('bridge-7c9f8d6b5-x2x9q.teleport-access.svc.cluster.local');
    assert.equal(Buffer.byteLength(long), 32);
    assert.notEqual(long, preferenceName('bridge-7c9f8d6b5-x2x9q.teleport-access.svc.cluster.locaL'));
  });
});

function memoryStore(initial: StoredStatus[] = []): StatusStore & {entries: Map<string, string>; writes: number; lists: number} {
  const store = {
    entries: new Map(initial.map((e) => [e.name, e.value])),
    writes: 0,
    lists: 0,
    async list() {
      store.lists++;
      return [...store.entries].map(([name, value]) => ({name, value}));
    },
    async write(e: StoredStatus) {
      store.writes++;
      store.entries.set(e.name, e.value);
    },
    async remove(names: string[]) {
      for (const n of names) store.entries.delete(n);
    },
  };
  return store;
}

const mineIn = (store: {entries: Map<string, string>}, replica = 'a') => decodeReport(store.entries.get(preferenceName(replica)) ?? '');

describe('status publisher', () => {
  it('a `bridgestatus` value an earlier version left in the plugin settings is ignored', () => {
    const result = validateSettings({reviewsenabled: 'true', bridgestatus: {replicas: {a: report('a', healthy, T0)}}});
    assert.ok(result.ok && result.value.reviewsEnabled);
  });

  const logger = pino({level: 'silent'});

  it('by default beats every 5 minutes and calls a report stale after 10.5', async () => {
    const store = memoryStore();
    let now = T0;
    const p = new StatusPublisher({store, snapshot: () => healthy, replicaId: 'a', version: '0.1.0', logger, now: () => now});
    await p.run();
    assert.equal(mineIn(store)!.stale_after_seconds, 630);
    now += 4 * MIN;
    await p.run();
    assert.equal(store.writes, 1);
    now += MIN;
    await p.run();
    assert.equal(store.writes, 2);
  });

  it('writes its own report, then only on change or heartbeat, reading the store only at start', async () => {
    const store = memoryStore();
    let now = T0;
    let snapshot = healthy;
    const p = new StatusPublisher({store, snapshot: () => snapshot, replicaId: 'a', version: '0.1.0', logger, now: () => now, heartbeatMs: 55_000});
    await p.run();
    assert.equal(store.writes, 1);
    const first = mineIn(store)!;
    assert.equal(first.teleport.cluster, 'story.example.com');
    assert.equal(first.reported_at, '2026-11-21T10:00:00.000Z');
    assert.equal(first.stale_after_seconds, 140, 'two missed heartbeats and a tick');

    now += 30_000;
    await p.run();
    assert.equal(store.writes, 1, 'unchanged: no write');

    snapshot = {...healthy, settings: {accepted: false, error: 'invalid settings: roletorecipients.dbadmin.0: expected team/channel', last_read_at: null}};
    now += MIN;
    await p.run();
    assert.equal(store.writes, 2);
    assert.match(mineIn(store)!.settings.error ?? '', /roletorecipients/);

    now += 30_000;
    await p.run();
    assert.equal(store.writes, 2, 'heartbeat not due yet');
    now += 30_000;
    await p.run();
    assert.equal(store.writes, 3, 'heartbeat while nothing changes');
    assert.equal(store.lists, 1);
  });

  it('a restarted replica whose stored report is current does not write again', async () => {
    const store = memoryStore([{name: 'status:a', value: encodeReport(report('a', healthy, T0))}]);
    const p = new StatusPublisher({store, snapshot: () => healthy, replicaId: 'a', version: '0.1.0', logger, now: () => T0 + MIN});
    await p.run();
    assert.equal(store.writes, 0);
  });

  it('leaves other replicas’ reports alone and deletes those silent for a day', async () => {
    const store = memoryStore([
      {name: 'status:b', value: encodeReport(report('b', healthy, T0 - 60 * MIN))},
      {name: 'status:old', value: encodeReport(report('old', healthy, T0 - 25 * 60 * MIN))},
      {name: 'status:garbled', value: '{'},
    ]);
    const p = new StatusPublisher({store, snapshot: () => healthy, replicaId: 'a', version: '0.1.0', logger, now: () => T0});
    await p.run();
    assert.deepEqual([...store.entries.keys()].sort(), ['status:a', 'status:b']);
  });

  it('a failed write is retried on the next tick', async () => {
    const store = memoryStore();
    let fail = true;
    const flaky: StatusStore = {
      ...store,
      list: () => store.list(),
      remove: (n) => store.remove(n),
      write: async (e) => {
        if (fail) throw new Error('Mattermost unreachable');
        await store.write(e);
      },
    };
    const p = new StatusPublisher({store: flaky, snapshot: () => healthy, replicaId: 'a', version: '0.1.0', logger, now: () => T0});
    await p.run();
    assert.equal(store.entries.size, 0);
    fail = false;
    await p.run();
    assert.equal(mineIn(store)?.ready, true);
  });
});
