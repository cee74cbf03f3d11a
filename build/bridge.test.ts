import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, test} from 'node:test';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'server-bridge/dist');
const bundle = path.join(dist, 'bridge.cjs');
const work = mkdtempSync(path.join(tmpdir(), 'tma-bridge-build-'));
after(() => rmSync(work, {recursive: true, force: true}));
before(() => execFileSync(process.execPath, [path.join(root, 'build/bridge.mjs')], {cwd: root, stdio: 'ignore'}));

/** Whether V8 takes `cache` for the bundle in a fresh Node, set up as the launcher sets it up. */
function accepted(cache: string): boolean {
  const probe = `
    import {readFileSync} from 'node:fs';
    import v8 from 'node:v8';
    import vm from 'node:vm';
    import {heapFlagsToApply} from ${JSON.stringify(path.join(dist, 'heap-flags.mjs'))};
    for (const flag of heapFlagsToApply()) v8.setFlagsFromString(flag);
    const script = new vm.Script(readFileSync(${JSON.stringify(bundle)}, 'latin1'), {filename: ${JSON.stringify(bundle)}, cachedData: readFileSync(${JSON.stringify(cache)})});
    process.stdout.write(String(!script.cachedDataRejected));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', probe], {encoding: 'utf8', env: {...process.env, NODE_OPTIONS: ''}}) === 'true';
}

const version = (env: Record<string, string> = {}) =>
  execFileSync(process.execPath, [path.join(dist, 'cli.mjs'), 'version'], {encoding: 'utf8', env: {...process.env, NODE_OPTIONS: '', ...env}});

test('the bundle ships a V8 code cache this Node takes, holding the bridge modules a start loads', () => {
  // Rejected (another Node, other V8 flags), every start would compile 1.9 MB of code from source.
  assert.ok(accepted(`${bundle}.cache`));
  // Made after loading the bridge's modules, not only the CLI's: about 1.2 MB rather than 0.5 MB.
  assert.ok(statSync(`${bundle}.cache`).size > 900 * 1024, `cache of ${statSync(`${bundle}.cache`).size} bytes`);
  assert.match(version(), /^teleport-mattermost-bridge v\d+\.\d+\.\d+\n$/);
});

test('with a cache directory, a run writes its own cache as it ends, once, and the next run takes it', () => {
  const dir = path.join(work, 'cache');
  execFileSync('mkdir', ['-p', dir]);
  version({CACHE_DIRECTORY: dir});
  const local = path.join(dir, 'bridge.cjs.cache');
  assert.ok(accepted(local));
  const written = statSync(local).mtimeMs;
  version({CACHE_DIRECTORY: dir});
  assert.equal(statSync(local).mtimeMs, written, 'a cache V8 took is not written again');
  // A directory it may not write to costs nothing but the cache.
  assert.match(version({TMA_CODE_CACHE_DIR: path.join(work, 'missing/dir')}), /^teleport-mattermost-bridge v/);
});

test("a run that changed the young generation's growth factor (a burst) still writes a cache the next start takes", () => {
  const dir = path.join(work, 'cache-after-burst');
  execFileSync('mkdir', ['-p', dir]);
  // What young-generation.ts does while cards are in flight, still in effect as the run ends.
  const hook = path.join(work, 'burst.cjs');
  writeFileSync(
    hook,
    `const once = process.once.bind(process);
    process.once = (event, listener) => {
      if (event === 'exit') once('exit', () => require('node:v8').setFlagsFromString('--semi-space-growth-factor=2'));
      return once(event, listener);
    };`,
  );
  execFileSync(process.execPath, ['--require', hook, path.join(dist, 'cli.mjs'), 'version'], {encoding: 'utf8', env: {...process.env, NODE_OPTIONS: '', CACHE_DIRECTORY: dir}});
  assert.ok(accepted(path.join(dir, 'bridge.cjs.cache')));
});

test("the heap flags do not cost Node its built-in modules' code cache", () => {
  // V8 rejects Node's embedded cache of its own modules once a flag changes, so a built-in loaded
  // after the launcher sets the heap flags is compiled from source (http2, tls and crypto: ~35 ms of
  // a cold start). This records which built-ins a `version` run (the bridge's modules loaded) loads
  // after the first flag is set.
  const hook = path.join(work, 'after-flags.cjs');
  writeFileSync(
    hook,
    `const v8 = require('node:v8');
    const set = v8.setFlagsFromString;
    let before;
    v8.setFlagsFromString = (flag) => { before ??= new Set(process.moduleLoadList); set(flag); };
    process.on('exit', () => {
      const late = process.moduleLoadList.filter((m) => before && !before.has(m) && /^NativeModule [a-z_0-9]+$/.test(m));
      process.stderr.write('late:' + JSON.stringify(late.map((m) => m.slice(13))));
    });`,
  );
  // A copy: the build's cache run (TMA_WRITE_CODE_CACHE) loads the bridge's modules, and writes a
  // cache for these flags beside the bundle.
  const copy = path.join(work, 'dist');
  cpSync(dist, copy, {recursive: true});
  const run = spawnSync(process.execPath, ['-r', hook, path.join(copy, 'cli.mjs'), 'version'], {
    encoding: 'utf8',
    env: {...process.env, NODE_OPTIONS: '', TMA_WRITE_CODE_CACHE: '1'},
  });
  const late = /late:(\[.*\])/.exec(run.stderr);
  assert.ok(late, `no record from the hook: ${run.stderr}`);
  assert.deepEqual(JSON.parse(late[1] ?? ''), []);
});

test("the bundle carries zod's English messages only, and says them", () => {
  // zod's other 60-odd locales were a sixth of the bundle (build/stubs/zod-locales.mjs).
  assert.doesNotMatch(readFileSync(bundle, 'latin1'), /ltige Eingabe/, 'the German locale is in the bundle');
  const config = path.join(work, 'bad.toml');
  writeFileSync(config, '[teleport]\naddr = 5\n');
  const run = spawnSync(process.execPath, [path.join(dist, 'cli.mjs'), 'start', '-c', config], {encoding: 'utf8', env: {...process.env, NODE_OPTIONS: ''}});
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /teleport\.addr: Invalid input: expected string, received number/);
});

test("grpc-js's backoff timer adds its delay in UTC (no ICU time zone data paged in at start)", () => {
  // build/bridge.mjs, plugin grpc-backoff-utc: the local-time setMilliseconds form pages in ~0.3 MiB.
  const text = readFileSync(bundle, 'latin1');
  // Local names are minified: the delay and the new end time are matched by shape.
  assert.match(text, /this\.endTime\.setTime\(this\.endTime\.getTime\(\)\+\w+\)/);
  assert.match(text, /(\w+)\.setTime\(\1\.getTime\(\)\+this\.nextDelay\)/);
  assert.doesNotMatch(text, /this\.endTime\.setMilliseconds\(|(\w+)\.setMilliseconds\(\1\.getMilliseconds\(\)\+this\.nextDelay\)/);
});
