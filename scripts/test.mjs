#!/usr/bin/env node
// The test stages behind README's command, `./scripts/test.sh` (which installs what is needed
// and then runs this file with the same arguments). Runs, in order:
//   1. type checks of every package (card contract, bridge, webapp, tests),
//   1b. lint: ESLint (type-aware, any warning fails), `prettier --check` and the size check
//       (scripts/check-size.mjs: no function over 80 lines, no source file over 400),
//   2. unit and component tests (*.test.ts / *.test.tsx next to the code; test/contract: the
//      bridge's posts drawn by the webapp), and `go test` of the plugin's server part (server/) when Go is here,
//   3. scenario tests against the in-repo peers (test/scenarios),
//   3b. the card-pipeline fault scenarios (test/scenarios/*.faults.ts),
//   4. browser tests (test/browser) when Chromium is installable,
//   5. the same scenarios and the browser story against the real peers when Go is available,
//   6. and again on the mixed set: the real Mattermost server with the in-repo Teleport peer
//      (18.11 rules), so every in-chat review story goes through the real server
//      (TMA_REAL_PEERS=0 skips 5 and 6; --only typecheck|lint|unit|scenarios|faults|browser|real|mixed runs one stage).
// Node's own test runner reports; its closing summary is what CI reads.
import {spawnSync} from 'node:child_process';
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;

function find(dir, pattern, out = []) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) find(full, pattern, out);
    else if (pattern.test(name)) out.push(full);
  }
  return out.sort();
}

const totals = {passed: 0, failed: 0, skipped: 0};

/** Runs one stage, streaming its output and adding node's test-runner summary to the totals. */
function run(title, cmd, cmdArgs, env = {}) {
  console.log(`\n=== ${title}`);
  const started = Date.now();
  const r = spawnSync(cmd, cmdArgs, {cwd: root, stdio: ['inherit', 'pipe', 'inherit'], env: {...process.env, ...env}, maxBuffer: 512 * 1024 * 1024});
  const out = r.stdout?.toString() ?? '';
  process.stdout.write(out);
  for (const [key, re] of [
    ['passed', /^ℹ pass (\d+)$/gm],
    ['failed', /^ℹ fail (\d+)$/gm],
    ['skipped', /^ℹ skipped (\d+)$/gm],
  ]) {
    for (const m of out.matchAll(re)) totals[key] += Number(m[1]);
  }
  console.log(`=== ${title}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

const stages = [];
if (!only || only === 'typecheck') {
  stages.push(
    () =>
      run('typecheck', 'npx', ['tsc', '-p', 'server-bridge', '--noEmit']) &&
      run('typecheck test', 'npx', ['tsc', '-p', 'test', '--noEmit']) &&
      run('typecheck build', 'npx', ['tsc', '-p', 'build', '--noEmit']) &&
      run('typecheck card contract', 'npx', ['tsc', '-p', 'packages/card-contract', '--noEmit']) &&
      run('typecheck webapp', 'npx', ['tsc', '-p', 'webapp', '--noEmit']),
  );
}
// Both halves always run, so one pass shows every finding; either failing fails the stage.
if (!only || only === 'lint') {
  stages.push(() =>
    [
      run('lint: eslint', 'npx', ['eslint', '.', '--max-warnings', '0']),
      run('lint: prettier', 'npx', ['prettier', '--check', '.']),
      run('lint: function and file size', process.execPath, ['scripts/check-size.mjs']),
    ].every(Boolean),
  );
}
if (!only || only === 'unit') {
  const files = [
    ...find(path.join(root, 'packages'), /\.test\.ts$/),
    ...find(path.join(root, 'server-bridge/src'), /\.test\.ts$/),
    ...find(path.join(root, 'webapp/src'), /\.test\.tsx?$/),
    ...find(path.join(root, 'build'), /\.test\.ts$/),
    ...find(path.join(root, 'bench'), /\.test\.ts$/),
    ...find(path.join(root, 'test/contract'), /\.test\.tsx?$/),
    ...find(path.join(root, 'test/peers'), /\.test\.ts$/),
    ...find(path.join(root, 'test/browser/host'), /\.test\.ts$/),
  ];
  stages.push(() => run('unit and component tests', process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files]));
  // The plugin's server part (server/, Go): its own tests, when a Go toolchain is here.
  const go = ['go', '/usr/local/go/bin/go'].find((bin) => spawnSync(bin, ['version'], {stdio: 'ignore'}).status === 0);
  if (go) stages.push(() => run('unit: plugin server part (go test)', 'bash', ['-c', `cd server && GOFLAGS=-mod=readonly ${go} vet ./... && ${go} test ./...`]));
  else console.log('\n=== unit: plugin server part skipped (no Go toolchain on this machine)');
}
if (!only || only === 'scenarios') {
  const files = find(path.join(root, 'test/scenarios'), /\.test\.ts$/);
  stages.push(() =>
    run('scenarios (in-repo peers)', process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {TMA_PEERS: 'in-repo'}),
  );
}

// The card pipeline under faults (SIGKILLed bridges, Mattermost and Teleport failures): minutes
// of bursts, so its own stage; files named *.faults.ts keep it out of the scenarios stage.
if (!only || only === 'faults') {
  const files = find(path.join(root, 'test/scenarios'), /\.faults\.ts$/);
  stages.push(() =>
    run('faults (in-repo peers)', process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {TMA_PEERS: 'in-repo'}),
  );
}

if (!only || only === 'browser') {
  const files = find(path.join(root, 'test/browser'), /\.browser\.ts$/);
  stages.push(() =>
    run('browser (headless Debian Chromium)', process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {TMA_PEERS: 'in-repo'}),
  );
}

// Real peers: a real Teleport Auth + Proxy Service (Go harness importing Teleport's module) and a real
// Mattermost server (built from its Go module, on Debian's PostgreSQL). Runs whenever Go is
// available; builds are cached outside the clone (~/.cache/teleport-mattermost-access), so a cold
// run costs ~7-20 minutes once per machine and a warm one seconds. TMA_REAL_PEERS=0 skips it.
let startedPostgres = false;
const goAvailable = spawnSync('bash', ['-c', 'command -v go || test -x /usr/local/go/bin/go'], {stdio: 'ignore'}).status === 0;
const wantReal = (!only || only === 'real') && process.env.TMA_REAL_PEERS !== '0';
const wantMixed = (!only || only === 'mixed') && process.env.TMA_REAL_PEERS !== '0';
if ((wantReal || wantMixed) && !goAvailable) {
  console.log('\n=== real peers and mixed set: skipped (no Go toolchain on this machine)');
} else if (wantReal || wantMixed) {
  const scenarios = find(path.join(root, 'test/scenarios'), /\.test\.ts$/);
  const browserStory = path.join(root, 'test/browser/story.browser.ts');
  const nodeTest = (files) => ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files];
  stages.push(
    () => run('real peers: build the plugin bundle', 'bash', ['-c', 'npm run build -w webapp && node build/package.mjs']),
    () => (startedPostgres = run('real peers: build Teleport harness and Mattermost, start PostgreSQL', 'bash', ['scripts/real-peers/prepare.sh'])),
  );
  if (wantReal) {
    const smoke = find(path.join(root, 'test/peers/real'), /\.smoke\.ts$/);
    stages.push(
      () => run('real peers: smoke tests (wire facts)', process.execPath, nodeTest(smoke)),
      () => run('real peers: scenarios', process.execPath, nodeTest(scenarios), {TMA_PEERS: 'real'}),
      // Again with the bridge through the real Proxy's TLS routing (one port, ALPN), as on Teleport Cloud.
      () => run('real peers: scenarios (proxy mode)', process.execPath, nodeTest(scenarios), {TMA_PEERS: 'real', TMA_TELEPORT_MODE: 'proxy'}),
      () => run('real peers: browser', process.execPath, nodeTest([browserStory]), {TMA_PEERS: 'real'}),
    );
  }
  if (wantMixed) {
    // The webapp bundle was just built; the browser story must not rebuild it.
    stages.push(
      () => run('mixed set (real Mattermost, in-repo Teleport 18.11): scenarios', process.execPath, nodeTest(scenarios), {TMA_PEERS: 'mixed'}),
      // The reviewer inbox too: its data path (preferences) is checked against the real server.
      () =>
        run('mixed set (real Mattermost, in-repo Teleport 18.11): browser', process.execPath, nodeTest([browserStory, path.join(root, 'test/browser/inbox.browser.ts')]), {
          TMA_PEERS: 'mixed',
          TMA_REBUILD_WEBAPP: '0',
        }),
    );
  }
}

let ok = true;
for (const stage of stages) {
  if (!stage()) {
    ok = false;
    break;
  }
}
// One plain closing line over every stage (each stage also printed node's own summary).
console.log(`\ntotal: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (startedPostgres) {
  // Kept on purpose: starting it again costs seconds each run, and its data is disposable.
  console.log(
    `PostgreSQL for the real Mattermost (port ${process.env.REAL_PEERS_PG_PORT ?? '55432'}) is left running for the next run; stop it: bash scripts/real-peers/postgres.sh stop`,
  );
}
process.exit(ok ? 0 : 1);
