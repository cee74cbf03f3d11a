import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';

import {packagePlugin} from './package.mjs';

const root = path.resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'plugin.json'), 'utf8')) as {id: string; version: string};
const work = mkdtempSync(path.join(tmpdir(), 'tma-package-'));
after(() => rmSync(work, {recursive: true, force: true}));

function fakeProject(name: string, edit: (m: Record<string, unknown>) => void = () => {}): string {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'webapp/dist'), {recursive: true});
  mkdirSync(path.join(dir, 'assets'), {recursive: true});
  const m = {...manifest} as Record<string, unknown>;
  edit(m);
  writeFileSync(path.join(dir, 'plugin.json'), JSON.stringify(m));
  writeFileSync(path.join(dir, 'webapp/dist/main.js'), 'window.registerPlugin("x", {initialize() {}});');
  writeFileSync(path.join(dir, 'webapp/dist/main.js.map'), '{}');
  writeFileSync(path.join(dir, 'assets/icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // Stand-ins for the Go binaries (packaged with buildServer: false; the real build is the real-peer stage's).
  mkdirSync(path.join(dir, 'server/dist'), {recursive: true});
  for (const platform of ['amd64', 'arm64']) writeFileSync(path.join(dir, `server/dist/plugin-linux-${platform}`), `#!/bin/sh\n# ${platform}\n`);
  return dir;
}

test('the archive holds <id>/plugin.json, the icon and the bundle, named <id>-<version>.tar.gz', () => {
  const dir = fakeProject('ok');
  const {tarPath} = packagePlugin({root: dir, buildServer: false});
  assert.equal(path.basename(tarPath), `${manifest.id}-${manifest.version}.tar.gz`);
  const listing = execFileSync('tar', ['-tzf', tarPath], {encoding: 'utf8'})
    .trim()
    .split('\n')
    .filter((l) => !l.endsWith('/'));
  assert.deepEqual(listing.sort(), [
    `${manifest.id}/assets/icon.svg`,
    `${manifest.id}/plugin.json`,
    `${manifest.id}/server/dist/plugin-linux-amd64`,
    `${manifest.id}/server/dist/plugin-linux-arm64`,
    `${manifest.id}/webapp/dist/main.js`,
  ]);
  const packed = JSON.parse(execFileSync('tar', ['-xzOf', tarPath, `${manifest.id}/plugin.json`], {encoding: 'utf8'})) as {id: string};
  assert.equal(packed.id, manifest.id);
});

test('packaging twice gives the same bytes', () => {
  const dir = fakeProject('repeat');
  const first = readFileSync(packagePlugin({root: dir, outDir: path.join(dir, 'a'), buildServer: false}).tarPath);
  const second = readFileSync(packagePlugin({root: dir, outDir: path.join(dir, 'b'), buildServer: false}).tarPath);
  assert.ok(first.equals(second));
});

test('an invalid manifest stops packaging and says why', () => {
  const dir = fakeProject('bad', (m) => {
    m.version = '1.0';
  });
  assert.throws(() => packagePlugin({root: dir, buildServer: false}), /version: expected semver/);
});

test('a missing bundle stops packaging', () => {
  const dir = fakeProject('unbuilt');
  rmSync(path.join(dir, 'webapp/dist/main.js'));
  assert.throws(() => packagePlugin({root: dir, buildServer: false}), /webapp\.bundle_path: file webapp\/dist\/main\.js does not exist/);
});

test('a webapp bundle over its 40 KiB gzipped budget stops packaging and says by how much', () => {
  const dir = fakeProject('heavy');
  // Random bytes do not compress: 48 KiB of them stay over the budget after gzip.
  writeFileSync(path.join(dir, 'webapp/dist/main.js'), `window.x = "${randomBytes(48 * 1024).toString('base64')}";`);
  assert.throws(() => packagePlugin({root: dir, buildServer: false}), /webapp bundle: \d+\.\d KiB gzipped, over the 40 KiB/);
});

test('--webapp-only leaves the server part out of the archive and of the packaged manifest', () => {
  const dir = fakeProject('webapp-only');
  const {tarPath} = packagePlugin({root: dir, webappOnly: true});
  const listing = execFileSync('tar', ['-tzf', tarPath], {encoding: 'utf8'});
  assert.doesNotMatch(listing, /server\//);
  const packed = JSON.parse(execFileSync('tar', ['-xzOf', tarPath, `${manifest.id}/plugin.json`], {encoding: 'utf8'})) as Record<string, unknown>;
  assert.equal(packed['server'], undefined);
  assert.ok(packed['webapp']);
});

test('a server executable that was not built stops packaging', () => {
  const dir = fakeProject('no-binary');
  rmSync(path.join(dir, 'server/dist/plugin-linux-arm64'));
  assert.throws(() => packagePlugin({root: dir, buildServer: false}), /server\.executables\.linux-arm64: file server\/dist\/plugin-linux-arm64 does not exist/);
});
