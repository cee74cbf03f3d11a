/** @jsxRuntime automatic */
import '../test_support/dom';

import assert from 'node:assert/strict';
import {afterEach, describe, mock, test} from 'node:test';

import {act, cleanup, render, screen} from '@testing-library/react';
import {STATUS_CATEGORY} from '@tma/card-contract';

import {BridgeStatusSetting, BridgeStatusView, REFRESH_MS, registerBridgeStatus} from './admin_status';
import {parseReport, STALE_AFTER_MS} from './admin_status_report';

const NOW = Date.parse('2026-11-21T10:00:00Z');
const iso = (msBeforeNow: number) => new Date(NOW - msBeforeNow).toISOString();

/** The shape server-bridge/src/app/bridge.ts status() details has, plus reported_at. */
function report(overrides: Record<string, unknown> = {}) {
  return {
    reported_at: iso(20_000),
    teleport: {connected: true, cluster: 'teleport.acme.test', version: '18.11.2', on_behalf_reviews: true, self_check: true},
    reviews_available: true,
    settings: {accepted: true, error: null, last_read_at: iso(5_000)},
    requests: {tracked: 3, in_flight: 1},
    ...overrides,
  };
}

function show(value: unknown, reviewsEnabledSetting?: unknown) {
  render(<BridgeStatusView value={value} now={NOW} reviewsEnabledSetting={reviewsEnabledSetting} />);
}

function line(id: string): {tone: string; text: string} {
  const el = document.querySelector(`[data-line="${id}"]`);
  assert.ok(el, `a "${id}" line is shown`);
  return {tone: el.getAttribute('data-tone') ?? '', text: el.textContent ?? ''};
}

afterEach(() => {
  cleanup();
  mock.timers.reset();
});

describe('bridge status in the System Console', () => {
  test('routing: how many access monitoring rules route cards, which are not used, and cards by source', () => {
    const cards = {rule: 4, console: 2, suggested: 1};
    const recent = [
      {request: '91c4a7b3', via: 'rule', rule: 'db-team'},
      {request: '0a1b2c3d', via: 'console'},
    ];
    show(JSON.stringify(report({routing: {rules: 'active', active: 2, skipped: ['regex-rule'], cards_by_source: cards, recent_cards: recent}})));
    const active = line('routing');
    assert.equal(active.tone, 'warn');
    assert.match(active.text, /2 access monitoring rules from Teleport route cards; where one matches a request, it replaces the routing below/);
    assert.match(active.text, /Not used \(the bridge cannot evaluate them; see its log\): regex-rule/);
    assert.match(active.text, /4 by rules, 2 by the routing below, 1 to suggested reviewers/);
    assert.match(active.text, /Last cards: 91c4a7b3 by rule db-team, 0a1b2c3d by the routing below\./);
    cleanup();
    show(JSON.stringify(report({routing: {rules: 'unavailable', active: 0, skipped: [], cards_by_source: cards}})));
    assert.deepEqual(line('routing').tone, 'ok');
    assert.match(line('routing').text, /no access monitoring rules \(Teleport 15\/16 and later\); cards follow the routing below/);
    cleanup();
    show(JSON.stringify(report({routing: {rules: 'denied', active: 0, skipped: [], cards_by_source: cards}})));
    assert.match(line('routing').text, /access_monitoring_rule: list, read/);
    cleanup();
    // An older bridge sends no routing: no line rather than a guess.
    show(JSON.stringify(report()));
    assert.equal(document.querySelector('[data-line="routing"]'), null);
  });

  test('a fresh, healthy report: every line is OK with cluster, version and counts', () => {
    show(report());
    assert.equal(line('bridge').tone, 'ok');
    assert.match(line('bridge').text, /Reachable: last report .*just now/);
    assert.match(line('teleport').text, /Connected/);
    assert.match(line('cluster').text, /teleport\.acme\.test · Teleport 18\.11\.2/);
    assert.match(line('reviews').text, /Available/);
    assert.match(line('settings').text, /Accepted/);
    assert.match(line('requests').text, /3 pending requests tracked, 1 being updated/);
    assert.equal(document.querySelectorAll('[data-tone="error"], [data-tone="warn"]').length, 0);
  });

  test('a JSON string value (as a text setting would store it) reads the same as an object', () => {
    show(JSON.stringify(report()));
    assert.equal(line('bridge').tone, 'ok');
    assert.match(line('cluster').text, /teleport\.acme\.test/);
  });

  test('no value: the bridge never reported, and the admin is told what to start', () => {
    for (const value of [undefined, null, '']) {
      show(value);
      assert.equal(line('bridge').tone, 'error');
      assert.match(line('bridge').text, /No report from the bridge yet/);
      assert.equal(document.querySelector('[data-line="teleport"]'), null, 'nothing is claimed about Teleport');
      cleanup();
    }
  });

  test('an old report: "no report since …" and the rest marked as last known', () => {
    show(report({reported_at: iso(STALE_AFTER_MS + 7 * 60_000)}));
    assert.equal(line('bridge').tone, 'error');
    assert.match(line('bridge').text, /No report from the bridge lately; the last was 9m ago · \d/);
    assert.match(line('bridge').text, /last known state/);
    assert.match(line('teleport').text, /Connected/, 'the last known state is still shown');
    assert.equal(line('teleport').tone, 'unknown', 'but not as a green tick');
    assert.equal(document.querySelectorAll('[data-tone="ok"]').length, 0);
  });

  test('a report just under the limit still counts as reachable', () => {
    show(report({reported_at: iso(STALE_AFTER_MS - 1_000)}));
    assert.equal(line('bridge').tone, 'ok');
  });

  test('Teleport not connected and no cluster yet', () => {
    show(report({teleport: {connected: false, cluster: '', version: '', on_behalf_reviews: false, self_check: null}, reviews_available: false}));
    assert.equal(line('teleport').tone, 'error');
    assert.match(line('teleport').text, /Not connected: new requests are not posted/);
    assert.equal(line('cluster').tone, 'unknown');
  });

  test('settings refused: the error names the field', () => {
    show(report({settings: {accepted: false, error: 'invalid settings: roletorecipients: line 1 "dbadmin acme": expected "role: recipient, …"', last_read_at: iso(1_000)}}));
    assert.equal(line('settings').tone, 'error');
    assert.match(line('settings').text, /Not applied: invalid settings: roletorecipients: line 1/);
    assert.match(line('settings').text, /keeps using the last good settings/);
  });

  describe('why in-chat reviews are not available', () => {
    const cases: [string, Record<string, unknown>, unknown, RegExp][] = [
      ['the admin turned them off', {reviews_available: false}, false, /Off: "Enable Approve and Deny in Mattermost" is off/],
      ['the admin turned them off (console value not loaded)', {reviews_available: false}, undefined, /Off: turned off in these settings/],
      [
        'the cluster is too old',
        {reviews_available: false, teleport: {...report().teleport, version: '17.4.0', on_behalf_reviews: false, self_check: false}},
        true,
        /needs Teleport 18\.11\+/,
      ],
      ["the bridge's identity lacks submit_for_users", {reviews_available: false, teleport: {...report().teleport, self_check: false}}, true, /review_requests\.submit_for_users/],
      ['the self-check has not run yet', {reviews_available: false, teleport: {...report().teleport, self_check: null}}, true, /Not yet known/],
    ];
    for (const [name, overrides, setting, expected] of cases) {
      test(name, () => {
        show(report(overrides), setting);
        assert.notEqual(line('reviews').tone, 'ok');
        assert.match(line('reviews').text, expected);
      });
    }
  });

  describe('garbage in a stored report never breaks the page', () => {
    const cases: [string, unknown, RegExp][] = [
      ['text that is not JSON', 'hello', /report: expected a JSON object/],
      ['a number', 42, /report: .*object/i],
      ['no time', {teleport: {connected: true}}, /report\.reported_at/],
      ['a time that is not a time', {reported_at: 'yesterday'}, /report\.reported_at: expected an ISO 8601 time/],
      ['a wrongly typed field', report({teleport: {connected: 'yes'}}), /report\.teleport\.connected: expected true or false/],
      ['a negative count', report({requests: {tracked: -1}}), /report\.requests\.tracked/],
    ];
    for (const [name, value, expected] of cases) {
      test(name, () => {
        show(value);
        assert.equal(line('bridge').tone, 'error');
        assert.match(line('bridge').text, /The stored report cannot be read/);
        assert.match(line('bridge').text, expected);
      });
    }

    test('a report with only a time shows "unknown", not "OK"', () => {
      show({reported_at: iso(1_000)});
      assert.equal(line('bridge').tone, 'ok');
      for (const id of ['teleport', 'cluster', 'reviews', 'settings']) assert.equal(line(id).tone, 'unknown', id);
      assert.equal(document.querySelector('[data-line="requests"]'), null);
    });

    test('unknown extra fields from a newer bridge are ignored', () => {
      assert.equal(parseReport(report({replica: 'r-2', teleport: {...report().teleport, latency_ms: 5}})).kind, 'report');
    });
  });

  test("the report's own staleness limit wins over the default", () => {
    show(report({reported_at: iso(5 * 60_000), stale_after_seconds: 600}));
    assert.equal(line('bridge').tone, 'ok', '5 min old with a 10 min limit');
    cleanup();
    show(report({reported_at: iso(60_000), stale_after_seconds: 0}));
    assert.equal(line('bridge').tone, 'error', 'a nonsensical limit of 0 s is raised to 30 s: 1 min old is stale');
    assert.match(line('bridge').text, /No report from the bridge lately/);
  });

  test('names the replica and version that reported', () => {
    show(report({replica: 'replica-1', version: '0.1.0'}));
    assert.match(line('bridge').text, /\(replica-1, bridge 0\.1\.0\)/);
    cleanup();
    show(report({replica: 'replica-1', version: 'unknown'}));
    assert.match(line('bridge').text, /\(replica-1\)\.$/);
  });

  test('read-only: nothing to type in or click, and the console is never told of a change', () => {
    const onChange = mock.fn();
    const setSaveNeeded = mock.fn();
    render(<BridgeStatusSetting {...({id: 'bridgestatus', value: report(), onChange, setSaveNeeded} as object)} />);
    assert.equal(document.querySelectorAll('input, textarea, select, button, [contenteditable]').length, 0);
    assert.ok(screen.getByRole('region', {name: 'Bridge status'}));
    assert.equal(onChange.mock.callCount(), 0);
    assert.equal(setSaveNeeded.mock.callCount(), 0);
  });

  /** The admin's view of Mattermost: bots, and each user's preferences by category. */
  function fakeMattermost(answer: (path: string) => {status: number; body?: unknown}): {paths: string[]; restore(): void} {
    const paths: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string) => {
      const path = url.replace(/^https?:\/\/[^/]+/, '');
      paths.push(path);
      const {status, body} = answer(path);
      return new Response(JSON.stringify(body ?? {id: 'x', message: 'no'}), {status, headers: {'Content-Type': 'application/json'}});
    }) as typeof fetch;
    return {paths, restore: () => (globalThis.fetch = realFetch)};
  }
  const consoleConfig = {ServiceSettings: {SiteURL: 'https://chat.acme.test/'}};
  const settle = () =>
    act(async () => {
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    });
  const pref = (r: Record<string, unknown>) => ({user_id: 'bot1', category: STATUS_CATEGORY, name: `status:${String(r['replica'])}`, value: JSON.stringify(r)});

  test("finds the bridge's bot among the bots, reads its reports, and then re-reads only that bot", async () => {
    mock.timers.enable({apis: ['setInterval', 'Date'], now: NOW});
    let reported = report({replica: 'r-1', reported_at: iso(STALE_AFTER_MS * 3)});
    const mm = fakeMattermost((path) => {
      if (path === '/api/v4/bots?per_page=200') return {status: 200, body: [{user_id: 'bot0'}, {user_id: 'bot1'}]};
      if (path === `/api/v4/users/bot1/preferences/${STATUS_CATEGORY}`) return {status: 200, body: [pref(reported)]};
      return {status: 404};
    });
    try {
      render(<BridgeStatusSetting config={consoleConfig} />);
      await settle();
      assert.deepEqual(mm.paths, ['/api/v4/bots?per_page=200', `/api/v4/users/bot0/preferences/${STATUS_CATEGORY}`, `/api/v4/users/bot1/preferences/${STATUS_CATEGORY}`]);
      assert.equal(line('bridge').tone, 'error', 'stale');
      reported = report({replica: 'r-1', reported_at: iso(1_000)});
      mm.paths.length = 0;
      await act(async () => {
        mock.timers.tick(REFRESH_MS);
      });
      await settle();
      assert.deepEqual(mm.paths, [`/api/v4/users/bot1/preferences/${STATUS_CATEGORY}`]);
      assert.equal(line('bridge').tone, 'ok', 'a restarted bridge turns green while the page is open');
    } finally {
      mm.restore();
    }
  });

  test('reads from the page’s own origin, under SiteURL’s subpath', async () => {
    const urls: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string) => {
      urls.push(url);
      return new Response('[]', {status: 200, headers: {'Content-Type': 'application/json'}});
    }) as typeof fetch;
    try {
      render(<BridgeStatusSetting config={{ServiceSettings: {SiteURL: 'https://chat.elsewhere.test/mm/'}}} />);
      await settle();
      assert.deepEqual(urls, [`${window.location.origin}/mm/api/v4/bots?per_page=200`]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  test('ignores a report an earlier version left in the plugin settings', async () => {
    const mm = fakeMattermost((path) => (path.startsWith('/api/v4/bots') ? {status: 200, body: [{user_id: 'bot1'}]} : {status: 404}));
    try {
      render(<BridgeStatusSetting value={report({reported_at: iso(1_000)})} config={consoleConfig} />);
      await settle();
      assert.match(line('bridge').text, /No report from the bridge yet/);
    } finally {
      mm.restore();
    }
  });

  test('an admin whose session may not list bots is told why nothing shows', async () => {
    const mm = fakeMattermost(() => ({status: 403}));
    try {
      render(<BridgeStatusSetting config={consoleConfig} />);
      assert.match(line('bridge').text, /Reading the bridge's last report/);
      assert.equal(screen.getByRole('region', {name: 'Bridge status'}).getAttribute('aria-busy'), 'true');
      await settle();
      assert.equal(line('bridge').tone, 'unknown');
      assert.match(line('bridge').text, /could not be read: GET \/api\/v4\/bots answered HTTP 403 \(it needs a system admin\)/);
    } finally {
      mm.restore();
    }
  });

  test('registers as the custom setting "bridgestatus" with its title, when the webapp can', () => {
    const calls: unknown[][] = [];
    assert.equal(registerBridgeStatus({registerAdminConsoleCustomSetting: (...args: unknown[]) => calls.push(args)}), true);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]?.[0], 'bridgestatus');
    assert.equal(calls[0]?.[1], BridgeStatusSetting);
    assert.deepEqual(calls[0]?.[2], {showTitle: true});
    assert.equal(registerBridgeStatus({}), false, 'an older webapp without the method is fine');
  });
});
