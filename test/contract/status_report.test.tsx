/** @jsxRuntime automatic */
// What the bridge stores (status-publisher's encodeReport, preferenceName) is what the System
// Console's status box reads and shows (the webapp's combineReports and BridgeStatusView).
import '../../webapp/src/test_support/dom';

import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';

import {cleanup, render} from '@testing-library/react';
import type {StatusReport} from '@tma/card-contract';

import {encodeReport, preferenceName} from '../../server-bridge/src/app/status-publisher';
import {BridgeStatusView} from '../../webapp/src/components/admin_status';
import {combineReports} from '../../webapp/src/components/admin_status_report';

const NOW = Date.parse('2026-11-21T10:00:00Z');
const iso = (msBeforeNow: number) => new Date(NOW - msBeforeNow).toISOString();

function line(id: string): {tone: string; text: string} {
  const el = document.querySelector(`[data-line="${id}"]`);
  assert.ok(el, `a "${id}" line is shown`);
  return {tone: el.getAttribute('data-tone') ?? '', text: el.textContent ?? ''};
}

afterEach(cleanup);

describe("the bridge's own encoding (server-bridge/src/app/status-publisher.ts)", () => {
  const snapshot = (replica: string, reportedAt: string): StatusReport => ({
    reported_at: reportedAt,
    stale_after_seconds: 120,
    version: '0.1.0',
    replica,
    ready: true,
    teleport: {connected: true, cluster: 'story.example.com', version: '18.11.2', on_behalf_reviews: true, self_check: true},
    reviews_available: true,
    settings: {accepted: true, error: null, last_read_at: reportedAt},
    requests: {tracked: 2, in_flight: 0},
  });

  const stored = (...reports: StatusReport[]) => reports.map((r) => ({name: preferenceName(r.replica), value: encodeReport(r)}));

  test("the bridge's preference name for a long replica id is still read as a report", () => {
    const long = 'replica-with-a-name-far-longer-than-thirty-two-bytes';
    assert.equal(combineReports(stored(snapshot(long, iso(1_000))), NOW).kind, 'report');
  });

  test('one replica: read as written, every line OK', () => {
    render(<BridgeStatusView parse={combineReports(stored(snapshot('r-1', iso(10_000))), NOW)} now={NOW} />);
    for (const id of ['bridge', 'teleport', 'cluster', 'reviews', 'settings', 'requests']) assert.equal(line(id).tone, 'ok', id);
    assert.match(line('cluster').text, /story\.example\.com · Teleport 18\.11\.2/);
    assert.match(line('bridge').text, /\(r-1, bridge 0\.1\.0\)/);
    assert.equal(document.querySelector('[data-line="replicas"]'), null, 'no replica line for a single bridge');
  });

  test('two replicas, one silent: the newest report leads and the console says which is silent', () => {
    render(<BridgeStatusView parse={combineReports(stored(snapshot('r-2', iso(30 * 60_000)), snapshot('r-1', iso(10_000))), NOW)} now={NOW} />);
    assert.equal(line('bridge').tone, 'ok');
    assert.match(line('bridge').text, /\(r-1,/);
    assert.equal(line('replicas').tone, 'warn');
    assert.match(line('replicas').text, /r-1 OK; r-2 silent, last report 30m ago/);
  });

  test('a replica gone for a day is left out while another reports', () => {
    render(<BridgeStatusView parse={combineReports(stored(snapshot('r-old', iso(25 * 3_600_000)), snapshot('r-1', iso(10_000))), NOW)} now={NOW} />);
    assert.equal(document.querySelector('[data-line="replicas"]'), null);
  });

  test('the credentials problem the bridge reports is shown, and a cut text is flagged', () => {
    const expiring = {...snapshot('r-1', iso(10_000)), ready: false, reason: 'the identity file expired 5 min ago; renew it with tbot'};
    render(<BridgeStatusView parse={combineReports(stored(expiring), NOW)} now={NOW} />);
    assert.equal(line('ready').tone, 'error');
    assert.match(line('ready').text, /identity file expired/);
    cleanup();
    const huge = {...snapshot('r-1', iso(10_000)), settings: {accepted: false, error: `roletorecipients: ${'x'.repeat(4000)}`, last_read_at: null}};
    render(<BridgeStatusView parse={combineReports(stored(huge), NOW)} now={NOW} />);
    assert.match(line('settings').text, /Not applied: roletorecipients: x+… \(cut/);
    assert.match(line('truncated').text, /\/readyz has them whole/);
  });

  test('Teleport unreachable: the reason replaces "see the log"', () => {
    const down = {
      ...snapshot('r-1', iso(10_000)),
      ready: false,
      reason: 'teleport.acme.test:443: connection refused',
      teleport: {...snapshot('r-1', '').teleport, connected: false},
    };
    render(<BridgeStatusView parse={combineReports(stored(down), NOW)} now={NOW} />);
    assert.match(line('teleport').text, /Not connected: new requests are not posted\. Why: teleport\.acme\.test:443: connection refused/);
    assert.equal(document.querySelector('[data-line="ready"]'), null, 'said once');
  });

  test('a garbled preference names itself; other preferences in the category are not reports', () => {
    assert.deepEqual(combineReports([{name: 'status:r-1', value: '{"reported_at": 12'}], NOW), {
      kind: 'invalid',
      problem: 'status:r-1: expected a JSON object, got text that is not JSON',
    });
    assert.deepEqual(combineReports([{name: 'something_else', value: '{}'}], NOW), {kind: 'none'});
    assert.equal(combineReports([{name: 'status:r-1', value: 'x'}, ...stored(snapshot('r-2', iso(1_000)))], NOW).kind, 'report', 'one good report is enough');
  });
});
