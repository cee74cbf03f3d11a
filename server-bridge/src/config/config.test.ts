import {userText} from '../errors/explain';
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {readFileSync} from 'node:fs';
import {ConfigError, parseBridgeConfig} from './bridge-config';
import {DEFAULT_SETTINGS} from './settings';
import {SETTING_KEYS, validateSettings} from './validate-settings';

const good = {
  teleport: {addr: 'teleport.example.com:443', mode: 'proxy', identity: '/var/lib/tbot/identity'},
  mattermost: {url: 'https://chat.example.com', token: 'abc'},
  http: {public_url: 'http://bridge.internal:8081', secret: '/etc/bridge/secret'},
};

describe('bridge configuration', () => {
  it('accepts a minimal valid file and fills defaults', () => {
    const c = parseBridgeConfig(good, {});
    assert.equal(c.http.listen, '127.0.0.1:8081');
    assert.equal(c.bridge.plugin_name, 'mattermost-access-bridge');
    assert.equal(c.teleport.refresh_identity_interval, '1m');
  });
  const bad: [string, unknown, RegExp][] = [
    ['address without port', {...good, teleport: {...good.teleport, addr: 'teleport.example.com'}}, /teleport\.addr: expected host:port/],
    ['identity and trio together', {...good, teleport: {...good.teleport, client_key: '/k'}}, /teleport: set either identity/],
    ['no credentials', {...good, teleport: {addr: 'a:1'}}, /teleport: set either identity/],
    ['bad mattermost url', {...good, mattermost: {url: 'chat', token: 'x'}}, /mattermost\.url: expected an http\(s\) URL/],
    ['unknown key', {...good, http: {...good.http, secrett: 'x'}}, /http: .*secrett/],
    ['missing http section', {teleport: good.teleport, mattermost: good.mattermost}, /http: /],
  ];
  for (const [name, raw, want] of bad) {
    it(`refuses ${name}, naming the field`, () => {
      assert.throws(
        () => parseBridgeConfig(raw, {}),
        (err: unknown) => err instanceof ConfigError && want.test(err.message),
      );
    });
  }
  it('environment overrides the file', () => {
    const c = parseBridgeConfig(good, {TMA_MATTERMOST_TOKEN: 'from-env', TMA_TELEPORT_ADDR: 'auth:3025'});
    assert.equal(c.mattermost.token, 'from-env');
    assert.equal(c.teleport.addr, 'auth:3025');
  });
});

describe('System Console settings', () => {
  it('nothing saved: safe defaults (reviews off)', () => {
    const r = validateSettings({});
    assert.ok(r.ok);
    assert.deepEqual(r.value, DEFAULT_SETTINGS);
    assert.equal(r.value.reviewsEnabled, false);
  });
  const good: [string, Record<string, unknown>, Partial<typeof DEFAULT_SETTINGS>][] = [
    ['booleans as strings', {reviewsenabled: 'true', notifyrequester: 'false'}, {reviewsEnabled: true, notifyRequester: false}],
    [
      'routing as lines',
      {roletorecipients: 'dbadmin: acme/access-requests, alice@example.com\n# comment\n*: acme/ops'},
      {roleToRecipients: {dbadmin: ['acme/access-requests', 'alice@example.com'], '*': ['acme/ops']}},
    ],
    ['routing as JSON', {roletorecipients: '{"dbadmin": ["acme/x"]}'}, {roleToRecipients: {dbadmin: ['acme/x']}}],
    ['comma lists', {sensitiveroles: 'root, prod-admin ,', commandteams: 'acme'}, {sensitiveRoles: ['root', 'prod-admin'], commandTeams: ['acme']}],
    ['minutes as numbers or strings', {reminderafterminutes: '30', expirywarningminutes: 10}, {reminderAfterMinutes: 30, expiryWarningMinutes: 10}],
  ];
  for (const [name, raw, want] of good) {
    it(`accepts ${name}`, () => {
      const r = validateSettings(raw);
      assert.ok(r.ok, r.ok ? '' : userText(r.error.failure));
      for (const [k, v] of Object.entries(want)) assert.deepEqual(r.value[k as keyof typeof want], v);
    });
  }
  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['routing line without colon', {roletorecipients: 'dbadmin acme/x'}, /roletorecipients: line 1: expected/],
    ['recipient with spaces', {roletorecipients: 'dbadmin: acme / x y'}, /roletorecipients/],
    ['negative minutes', {reminderafterminutes: -5}, /reminderafterminutes/],
    ['trait with spaces', {mappingtrait: 'mattermost id'}, /mappingtrait: expected a Teleport trait name/],
    ['boolean typo', {reviewsenabled: 'yes'}, /reviewsenabled/],
  ];
  for (const [name, raw, want] of bad) {
    it(`refuses ${name}, naming the field`, () => {
      const r = validateSettings(raw);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(userText(r.error.failure), want);
    });
  }
  it('plugin.json declares every setting, with the same defaults', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../../plugin.json', import.meta.url), 'utf8')) as {
      settings_schema: {settings: {key: string; default?: unknown}[]; sections?: {settings: {key: string; default?: unknown}[]}[]};
    };
    const declared = [...manifest.settings_schema.settings, ...(manifest.settings_schema.sections ?? []).flatMap((s) => s.settings)];
    for (const [field, key] of Object.entries(SETTING_KEYS)) {
      const s = declared.find((d) => d.key === key);
      assert.ok(s, `plugin.json lacks setting ${key}`);
      const r = validateSettings(s.default === undefined ? {} : {[key]: s.default});
      assert.ok(r.ok, `default of ${key} is invalid`);
      assert.deepEqual(r.value[field as keyof typeof DEFAULT_SETTINGS], DEFAULT_SETTINGS[field as keyof typeof DEFAULT_SETTINGS], `default of ${key}`);
    }
  });
});
