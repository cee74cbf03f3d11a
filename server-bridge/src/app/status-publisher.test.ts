import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import pino from 'pino';
import {validateSettings} from '../config/validate-settings';
import {MattermostError} from '../mattermost/port';
import {
  encodeStatusValue,
  nextStatusValue,
  parseStatusValue,
  publishReason,
  StatusPublisher,
  type PluginConfigPort,
  type StatusSnapshot,
  type StatusValue,
} from './status-publisher';

const healthy: StatusSnapshot = {
  ready: true,
  teleport: {connected: true, cluster: 'story.example.com', version: '18.11.0', on_behalf_reviews: true, self_check: true},
  reviews_available: true,
  settings: {accepted: true, error: null, last_read_at: '2026-11-21T09:59:30.000Z'},
  requests: {tracked: 3, in_flight: 0},
};
const T0 = Date.parse('2026-11-21T10:00:00.000Z');
const MIN = 60_000;

function stored(replica: string, snapshot: StatusSnapshot, at: number): StatusValue {
  return {replicas: {[replica]: {...snapshot, reported_at: new Date(at).toISOString(), stale_after_seconds: 140, version: '0.1.0', replica}}};
}

describe('when a replica publishes its status', () => {
  const rows: [string, StatusValue, StatusSnapshot, number, string | null][] = [
    ['nothing stored yet', {replicas: {}}, healthy, T0, 'missing'],
    ['unchanged and fresh', stored('a', healthy, T0), healthy, T0 + 5 * MIN, null],
    ['unchanged but the heartbeat is due', stored('a', healthy, T0), healthy, T0 + 15 * MIN, 'heartbeat'],
    ['Teleport disconnected', stored('a', healthy, T0), {...healthy, ready: false, teleport: {...healthy.teleport, connected: false}}, T0 + MIN, 'changed'],
    ['settings rejected', stored('a', healthy, T0), {...healthy, settings: {accepted: false, error: 'roletorecipients: bad', last_read_at: null}}, T0 + MIN, 'changed'],
    [
      'only counters and read times moved: wait for the heartbeat',
      stored('a', healthy, T0),
      {...healthy, requests: {tracked: 9, in_flight: 2}, settings: {...healthy.settings, last_read_at: '2026-11-21T10:04:00.000Z'}},
      T0 + 5 * MIN,
      null,
    ],
    ['another replica’s report does not count', stored('b', healthy, T0), healthy, T0 + MIN, 'missing'],
  ];
  for (const [name, value, mine, now, expected] of rows) {
    it(name, () => assert.equal(publishReason(value, 'a', mine, now, 15 * MIN), expected));
  }

  it('keeps other replicas’ reports, drops those a day old', () => {
    const value: StatusValue = {replicas: {...stored('b', healthy, T0).replicas, ...stored('old', healthy, T0 - 25 * 60 * MIN).replicas}};
    const next = nextStatusValue(value, 'a', stored('a', healthy, T0).replicas.a!, T0);
    assert.deepEqual(Object.keys(next.replicas).sort(), ['a', 'b']);
  });

  it('reads whatever is stored without failing (nothing, a JSON string, garbage)', () => {
    assert.deepEqual(parseStatusValue(undefined), {replicas: {}});
    assert.deepEqual(parseStatusValue('not json'), {replicas: {}});
    assert.deepEqual(parseStatusValue(JSON.stringify(encodeStatusValue(stored('a', healthy, T0), 'a'))), stored('a', healthy, T0));
    assert.deepEqual(parseStatusValue({replicas: {a: {ready: 'yes'}}}), {replicas: {}});
    assert.deepEqual(parseStatusValue(stored('a', healthy, T0).replicas.a), stored('a', healthy, T0), 'a bare report counts for its writer');
  });

  it('stores the writer’s report on top, where the console reads it, and every replica below', () => {
    const value = encodeStatusValue({replicas: {...stored('a', healthy, T0).replicas, ...stored('b', {...healthy, ready: false}, T0).replicas}}, 'b');
    assert.equal(value.replica, 'b');
    assert.equal(value.ready, false);
    assert.equal(value.reported_at, '2026-11-21T10:00:00.000Z');
    assert.deepEqual(Object.keys(value.replicas as object).sort(), ['a', 'b']);
  });

  it('the settings validator ignores the status value', () => {
    const result = validateSettings({reviewsenabled: 'true', bridgestatus: stored('a', healthy, T0)});
    assert.ok(result.ok && result.settings.reviewsEnabled);
  });
});

function memoryConfig(initial: Record<string, unknown>): PluginConfigPort & {values: Record<string, unknown>; writes: number} {
  const port = {
    values: structuredClone(initial),
    writes: 0,
    async read() {
      return structuredClone(port.values);
    },
    async write(values: Record<string, unknown>) {
      port.writes++;
      port.values = structuredClone(values);
    },
  };
  return port;
}

describe('status publisher', () => {
  const logger = pino({level: 'silent'});

  it('by default beats every 5 minutes and calls a report stale after 10.5', async () => {
    const config = memoryConfig({});
    let now = T0;
    const p = new StatusPublisher({config, snapshot: () => healthy, replicaId: 'a', version: '0.1.0', logger, now: () => now});
    await p.tick();
    assert.equal(parseStatusValue(config.values.bridgestatus).replicas.a!.stale_after_seconds, 630);
    now += 4 * MIN;
    await p.tick();
    assert.equal(config.writes, 1);
    now += MIN;
    await p.tick();
    assert.equal(config.writes, 2);
  });

  it('writes its report next to the admin’s values, then only on change or heartbeat', async () => {
    const config = memoryConfig({reviewsenabled: true, roletorecipients: '*: acme/ops'});
    let now = T0;
    let snapshot = healthy;
    const p = new StatusPublisher({config, snapshot: () => snapshot, replicaId: 'a', version: '0.1.0', logger, now: () => now, heartbeatMs: 55_000});
    await p.tick();
    assert.equal(config.writes, 1);
    assert.equal(config.values.reviewsenabled, true, 'admin values kept');
    assert.equal(config.values.roletorecipients, '*: acme/ops');
    const report = parseStatusValue(config.values.bridgestatus).replicas.a!;
    assert.equal(report.teleport.cluster, 'story.example.com');
    assert.equal(report.reported_at, '2026-11-21T10:00:00.000Z');
    assert.equal(report.stale_after_seconds, 140, 'two missed heartbeats and a tick');

    now += 30_000;
    await p.tick();
    assert.equal(config.writes, 1, 'unchanged: no config save');

    snapshot = {...healthy, settings: {accepted: false, error: 'invalid settings: roletorecipients.dbadmin.0: expected team/channel', last_read_at: null}};
    now += MIN;
    await p.tick();
    assert.equal(config.writes, 2);
    assert.match(parseStatusValue(config.values.bridgestatus).replicas.a!.settings.error ?? '', /roletorecipients/);

    now += 30_000;
    await p.tick();
    assert.equal(config.writes, 2, 'heartbeat not due yet');
    now += 30_000;
    await p.tick();
    assert.equal(config.writes, 3, 'heartbeat while nothing changes');
  });

  it('stands back for a tick when the admin just changed the plugin’s settings', async () => {
    const config = memoryConfig({reviewsenabled: false});
    let snapshot = healthy;
    const p = new StatusPublisher({config, snapshot: () => snapshot, replicaId: 'a', version: '0.1.0', logger, now: () => T0});
    await p.tick();
    config.values.reviewsenabled = true; // an admin's save
    snapshot = {...healthy, reviews_available: false};
    await p.tick();
    assert.equal(config.writes, 1, 'skipped while the admin is editing');
    await p.tick();
    assert.equal(config.writes, 2);
    assert.equal(config.values.reviewsenabled, true, 'the admin’s change survives');
  });

  it('a bot without permission to write the config stops trying for an hour, quietly', async () => {
    let attempts = 0;
    const config: PluginConfigPort = {
      read: async () => ({}),
      write: async () => {
        attempts++;
        throw new MattermostError(403, 'PUT /api/v4/config/patch: 403 You do not have the appropriate permissions.');
      },
    };
    let now = T0;
    const p = new StatusPublisher({config, snapshot: () => healthy, replicaId: 'a', version: '0.1.0', logger, now: () => now});
    await p.tick();
    now += 10 * MIN;
    await p.tick();
    assert.equal(attempts, 1);
    now += 61 * MIN;
    await p.tick();
    assert.equal(attempts, 2);
  });
});
