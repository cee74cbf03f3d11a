import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';

import {checkManifest} from './check-manifest.mjs';

const root = path.resolve(import.meta.dirname, '..');
const ours = JSON.parse(readFileSync(path.join(root, 'plugin.json'), 'utf8')) as Record<string, unknown>;

test("the project's plugin.json passes", () => {
  assert.deepEqual(checkManifest(ours), []);
});

test('each broken field is named with what was expected', () => {
  const cases: [Record<string, unknown>, RegExp][] = [
    [{id: 'Dev.AccessBridge'}, /^id: expected lowercase/],
    [{id: 'ab'}, /^id: expected 3 to 190 characters/],
    [{id: 'dev accessbridge'}, /^id: expected letters, digits/],
    [{version: 'v0.1'}, /^version: expected semver/],
    [{min_server_version: '10.5'}, /^min_server_version: expected semver/],
    [{min_server_version: undefined}, /^min_server_version: required/],
    [{name: '  '}, /^name: must not be blank/],
    [{homepage_url: 'javascript:alert(1)'}, /^homepage_url: expected an http\(s\) URL/],
    [{icon_path: 'assets/icon.png'}, /^icon_path: expected a \.svg file/],
    [{icon_path: '../icon.svg'}, /^icon_path: expected a path inside the bundle/],
    [{webapp: undefined}, /^webapp: required/],
    [{server: {executables: {'linux-x86': 'server/dist/plugin'}}}, /^server\.executables: unknown key\(s\) linux-x86/],
    [{server: {executables: {'linux-amd64': '../plugin'}}}, /^server\.executables\.linux-amd64: expected a path inside the bundle/],
    [{server: {executable: 'plugin'}}, /^server: unknown key\(s\) executable/],
    [{settigns_schema: {}}, /^\(manifest\): unknown key\(s\) settigns_schema/],
  ];
  for (const [change, expected] of cases) {
    const problems = checkManifest({...ours, ...change});
    assert.ok(
      problems.some((p) => expected.test(p)),
      `${JSON.stringify(change)} → ${JSON.stringify(problems)}`,
    );
  }
});

test('settings schema: types, defaults, options and unique keys', () => {
  const withSettings = (settings: unknown[]) => checkManifest({...ours, settings_schema: {header: '', footer: '', settings}});
  assert.deepEqual(withSettings([{key: 'ReviewsEnabled', type: 'bool', default: true, display_name: 'Reviews'}]), []);
  assert.match(withSettings([{key: 'x', type: 'checkbox'}])[0] ?? '', /^settings_schema\.settings\[0\]\.type: expected one of bool/);
  assert.match(withSettings([{key: 'x', type: 'bool', default: 'true'}])[0] ?? '', /settings\[0\]\.default: expected a boolean default/);
  assert.match(withSettings([{key: 'x', type: 'radio'}])[0] ?? '', /settings\[0\]\.options: a radio setting needs at least one option/);
  assert.match(
    withSettings([{key: 'x', type: 'dropdown', default: 'c', options: [{display_name: 'A', value: 'a'}]}])[0] ?? '',
    /settings\[0\]\.default: expected the default to be one of the option values/,
  );
  assert.match(
    withSettings([
      {key: 'Mode', type: 'text'},
      {key: 'mode', type: 'text'},
    ])[0] ?? '',
    /settings\[1\]\.key: duplicates settings\[0\]/,
  );
});

test('files the manifest names must exist when a root is given', () => {
  const problems = checkManifest({...ours, webapp: {bundle_path: 'webapp/dist/missing.js'}, server: {executables: {'linux-arm64': 'server/dist/missing'}}}, {rootDir: root});
  assert.deepEqual(problems, [
    'webapp.bundle_path: file webapp/dist/missing.js does not exist (build it first?)',
    'server.executables.linux-arm64: file server/dist/missing does not exist (build it first?)',
  ]);
});

test('the server part is built for Linux on x86-64 and ARM64, the platforms Mattermost ships for', () => {
  assert.deepEqual(Object.keys((ours as {server: {executables: Record<string, string>}}).server.executables), ['linux-amd64', 'linux-arm64']);
});
