/**
 * The CLI as an operator (or systemd) runs it: a child process, its exit codes, its output.
 * 78 (EX_CONFIG) on configuration errors is what the systemd unit's RestartPreventExitStatus
 * relies on, and SIGTERM → 0 is what a clean rolling restart relies on.
 */
import assert from 'node:assert/strict';
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {after, before, describe, it} from 'node:test';
import {parse as parseToml} from 'smol-toml';
import {parseBridgeConfig} from './config/bridge-config';
import {startPeers} from '../../test/peers/index';
import {freePort} from '../../test/scenarios/harness';
import {cleanEnv, writeBridgeConfig} from '../../test/scenarios/bridge-process';
import {STORY_ROLE_TO_RECIPIENTS} from '../../test/peers/story';
import type {PeerSet} from '../../test/peers/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const cli = path.join(here, 'cli.ts');
/** TMA_TEST_CLI=server-bridge/dist/cli.mjs runs these against the built bundle instead of the source. */
const built = process.env.TMA_TEST_CLI ? path.resolve(root, process.env.TMA_TEST_CLI) : null;
const command = built ? [built] : ['--import', 'tsx', cli];

function run(args: string[]): {status: number | null; stdout: string; stderr: string} {
  const r = spawnSync(process.execPath, [...command, ...args], {cwd: root, env: cleanEnv(), encoding: 'utf8', timeout: 60_000});
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

describe('bridge CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tma-cli-'));
  });
  after(() => rmSync(dir, {recursive: true, force: true}));

  it('version prints the version', () => {
    const r = run(['version']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^teleport-mattermost-bridge v\d+\.\d+\.\d+\n$/);
  });

  it('configure prints commented TOML that passes the schema once the secrets are filled in', () => {
    const r = run(['configure']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^# /m, 'commented');
    const raw = parseToml(r.stdout) as {mattermost: Record<string, unknown>; http: Record<string, unknown>};
    raw.mattermost.token = 'bot-token-from-mattermost';
    raw.http.secret = 'x'.repeat(64);
    const config = parseBridgeConfig(raw, {});
    assert.equal(config.mattermost.url, 'https://mattermost.example.com');
    assert.ok(config.teleport.identity, 'an identity path is suggested');
  });

  it('start with a bad file exits 78 and names the field', () => {
    const file = path.join(dir, 'bad.toml');
    writeFileSync(file, '[teleport]\nidentity = "/tmp/id"\n[mattermost]\nurl = "mattermost.example.com"\ntoken = "t"\n[http]\npublic_url = "http://bridge:8081"\nsecret = "s"\n');
    const r = run(['start', '-c', file]);
    assert.equal(r.status, 78);
    assert.match(r.stderr, /mattermost\.url/);
    assert.match(r.stderr, /expected an http\(s\) URL/);
  });

  it('start with a missing file exits 78 and says which file', () => {
    const r = run(['start', '-c', path.join(dir, 'nope.toml')]);
    assert.equal(r.status, 78);
    assert.match(r.stderr, /nope\.toml/);
  });

  it('an unknown command exits 2 with the usage', () => {
    const r = run(['frobnicate']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown command "frobnicate"/);
    assert.match(r.stderr, /configure|start|version/);
  });
});

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
  });
}

describe('bridge CLI against the in-repo peers', () => {
  let peers: PeerSet;
  let dir: string;
  before(async () => {
    peers = await startPeers({kind: 'in-repo', pluginSettings: {roletorecipients: JSON.stringify(STORY_ROLE_TO_RECIPIENTS)}});
    dir = mkdtempSync(path.join(os.tmpdir(), 'tma-cli-start-'));
  });
  after(async () => {
    await peers?.stop();
    rmSync(dir, {recursive: true, force: true});
  });

  it('start becomes ready, logs JSON, reloads on SIGHUP and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const tokenFile = path.join(dir, 'token');
    writeFileSync(tokenFile, `${peers.mattermost.bot.token}\n`, {mode: 0o600});
    // The token from a file, as an operator keeps it.
    const file = writeBridgeConfig(peers, dir, port, {replicaId: 'cli-test', token: tokenFile});

    const child = spawn(process.execPath, [...command, 'start', '-c', file], {cwd: root, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      const deadline = Date.now() + 45_000;
      let ready = false;
      while (!ready) {
        if (child.exitCode !== null) assert.fail(`bridge exited ${child.exitCode}: ${stderr}`);
        if (Date.now() > deadline) assert.fail(`not ready in time; stderr: ${stderr}\nstdout: ${stdout.slice(-2000)}`);
        ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (!ready) await new Promise((r) => setTimeout(r, 200));
      }
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      assert.equal(health.status, 200);

      // Log lines reach stdout in batches, within a second (app/log-destination.ts).
      const logDeadline = Date.now() + 5_000;
      while (!stdout.includes('"bridge started"') && Date.now() < logDeadline) await new Promise((r) => setTimeout(r, 50));
      const lines = stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as {msg: string; service?: string; replica?: string});
      assert.ok(
        lines.some((l) => l.msg === 'bridge started' && l.replica === 'cli-test'),
        'structured JSON log lines',
      );

      child.kill('SIGHUP');
      const hupDeadline = Date.now() + 10_000;
      while (!stdout.includes('SIGHUP: reloading settings')) {
        if (Date.now() > hupDeadline) assert.fail('no SIGHUP log line');
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(child.exitCode, null, 'still running after SIGHUP');
    } finally {
      if (child.exitCode === null) child.kill('SIGTERM');
    }
    assert.equal(await exited(child), 0, `exit code after SIGTERM; stderr: ${stderr}`);
    assert.match(stdout, /draining work in flight/);
  });
});
