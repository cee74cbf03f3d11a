/**
 * The two contenders, each run as its own process from its shipped artifact with its shipped
 * defaults (log level info, default concurrency), started the same way and timed from spawn to
 * "watching": the moment the process says its Teleport watch is established (it received the
 * watch's INIT), which is when a new request would get a card.
 */
import {spawn, spawnSync} from 'node:child_process';
import {createWriteStream, existsSync, mkdirSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import {createInterface} from 'node:readline';
import {fileURLToPath} from 'node:url';
import {SHIPPED_ENV} from '../../build/shipped-env.mjs';
import {storePluginSettings} from '../../test/peers/real/index';
import {STORY_TEAM} from '../../test/peers/story';
import {bridgeEntry} from '../bridge-entry';
import type {Stage} from './stage';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD_OFFICIAL_SCRIPT = path.join(repoRoot, 'scripts/real-peers/build-official-plugin.sh');
const OUR_PLUGIN_ID = 'dev.accessbridge.teleport';
/** The Environment= lines of build/systemd/teleport-mattermost-bridge.service (unit.test.ts keeps SHIPPED_ENV in step). */
const UNIT_ENV: Record<string, string> = {NODE_ENV: 'production', ...SHIPPED_ENV, ...experimentEnv(process.env['BENCH_BRIDGE_ENV'])};
/** Each contender process's output, kept after the run for a look at what went wrong. */
export const LOG_DIR = path.join(repoRoot, 'test-artifacts/bench-official');

export interface RunningContender {
  pid: number;
  /** Spawn → watching, ms. */
  startMs: number;
  /** Warning and error lines logged so far: a contender that met 5xx is not measured fairly. */
  problems(): number;
  /** Settles when the process exits, with how it exited and its last warning/error line. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

export interface Contender {
  key: 'bridge' | 'official';
  label: string;
  /** How "watching" is observed, for the notes under the table. */
  readySignal: string;
  /** Once per stage: configuration files and settings. */
  prepare(stage: Stage): Promise<void>;
  start(stage: Stage, run: string): Promise<RunningContender>;
}

type Readiness = {line: RegExp} | {probe: () => Promise<boolean>};
/** pino levels 40+ (warn, error, fatal); logrus' WARN / ERRO / FATA prefixes. */
const PROBLEM_LINE = /^\{"level":[4-6]\d\b|^(WARN|ERRO|FATA)\b/;

/** Spawns, copies stdout/stderr to a log file, and resolves once the readiness signal is seen. */
async function spawnUntilReady(
  command: string,
  args: string[],
  logName: string,
  ready: Readiness,
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 60_000,
): Promise<RunningContender> {
  await mkdir(LOG_DIR, {recursive: true});
  const logFile = path.join(LOG_DIR, logName);
  const log = createWriteStream(logFile);
  const t0 = performance.now();
  const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], env});
  child.stdout.pipe(log, {end: false});
  child.stderr.pipe(log, {end: false});
  const tail: string[] = [];
  let problems = 0;
  let lastProblem = '';
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(`exited (${code ?? signal})${lastProblem ? `; last problem logged: ${lastProblem.slice(0, 200)}` : ''}`)),
  );

  const startMs = await new Promise<number>((resolve, reject) => {
    let done = false;
    const finish = (err: Error | null, at = 0) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) {
        child.kill('SIGKILL');
        reject(new Error(`${path.basename(command)} ${args.join(' ')}: ${err.message}\n--- output tail (${logFile}) ---\n${tail.join('\n')}`));
      } else resolve(at - t0);
    };
    const timer = setTimeout(() => finish(new Error(`not watching after ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code, signal) => finish(new Error(`exited (${code ?? signal}) before it was watching`)));
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({input: stream}).on('line', (line) => {
        const at = performance.now();
        tail.push(line);
        if (PROBLEM_LINE.test(line)) {
          problems++;
          lastProblem = line;
        } else if (line.startsWith('Original Error:')) {
          // logrus prints a Go error report over several lines; its cause is on this one.
          lastProblem = `${lastProblem} ${line}`;
        }
        if (tail.length > 30) tail.shift();
        if ('line' in ready && ready.line.test(line)) finish(null, at);
      });
    }
    if ('probe' in ready) {
      void (async () => {
        while (!done) {
          if (await ready.probe()) return finish(null, performance.now());
          await new Promise((r) => setTimeout(r, 5));
        }
      })();
    }
  });

  return {
    pid: child.pid!,
    startMs,
    problems: () => problems,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.kill('SIGTERM');
        await exited;
        clearTimeout(force);
      }
      log.end();
    },
  };
}

/**
 * BENCH_BRIDGE_ENV ("NAME=value NAME2=value2") changes the bridge's unit environment for an
 * experiment (another MALLOC_ARENA_MAX, say); the figures then say so, since the environment is
 * printed under the table.
 */
export function experimentEnv(spec: string | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const item of (spec ?? '').split(/\s+/).filter(Boolean)) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new Error(`BENCH_BRIDGE_ENV: expected NAME=value, got "${item}"`);
    env[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return env;
}

/**
 * The environment a service gets, not the shell's the bench runs from: systemd starts a unit with
 * PATH, the User='s identity and the unit's Environment= lines only, and a container with its
 * image's ENV. A developer shell or CI runner can carry variables that change how a contender
 * starts: NODE_EXTRA_CA_CERTS pointed at the system bundle (as on this machine) makes Node parse
 * every certificate in it before the first line of the bridge runs (~90 of the 130 ms an empty
 * `node -e 0` took here). Go reads such variables only when it verifies a certificate against the
 * system roots, which the official plugin never does.
 */
export function serviceEnvironment(unit: Record<string, string> = {}, from: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'};
  for (const name of ['HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG'] as const) {
    const value = from[name];
    if (value !== undefined) env[name] = value;
  }
  return {...env, ...unit};
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export function ourBridge(): Contender {
  let config = '';
  let port = 0;
  let entry = '';
  return {
    key: 'bridge',
    label: 'This bridge',
    readySignal: `GET /readyz answers 200 (watch INIT received and Teleport pinged), probed every 5 ms (its log line comes later: the log is written in batches); run in the systemd unit's environment only (${Object.entries(
      UNIT_ENV,
    )
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}, and a CACHE_DIRECTORY as systemd's CacheDirectory= gives: the first cold start has only the shipped code cache, later ones the cache the previous run left)`,
    async prepare(stage) {
      entry = bridgeEntry();
      // The official plugin has no requester DMs; ours are switched off so both write one card per request.
      await storePluginSettings(stage.mattermost, OUR_PLUGIN_ID, {roletorecipients: JSON.stringify({dbadmin: [`${STORY_TEAM}/${stage.channel.name}`]}), notifyrequester: false});
      port = await freePort();
      config = path.join(stage.dir, 'bridge.toml');
      await writeFile(
        config,
        [
          '[teleport]',
          `addr = "${stage.teleport.authAddr}"`,
          `identity = "${stage.teleport.identityFile('bridge')}"`,
          '[mattermost]',
          `url = "${stage.mattermost.url}"`,
          `token = "${stage.mattermost.bot.token}"`,
          '[http]',
          `listen = "127.0.0.1:${port}"`,
          `public_url = "http://127.0.0.1:${port}"`,
          'secret = "bench-secret-0123456789abcdef0123456789abcdef"',
          '[bridge]',
          // Stable across the cold-start restarts, as an installation's would be.
          'replica_id = "bench"',
          '',
        ].join('\n'),
      );
    },
    start(stage, run) {
      const probe = () =>
        fetch(`http://127.0.0.1:${port}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
      // Run as shipped: the environment the systemd unit and the container image set, including the
      // cache directory (systemd's CacheDirectory=) where a run leaves V8's code cache for the next.
      const cacheDirectory = path.join(stage.dir, 'bridge-cache');
      mkdirSync(cacheDirectory, {recursive: true});
      // BENCH_BRIDGE_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) is for finding where the
      // time goes, not for figures: other V8 flags reject the shipped code cache.
      const nodeArgs = run === 'main' ? (process.env['BENCH_BRIDGE_NODE_ARGS']?.split(' ').filter(Boolean) ?? []) : [];
      return spawnUntilReady(
        process.execPath,
        [...nodeArgs, entry, 'start', '-c', config],
        `bridge-${run}.log`,
        {probe},
        serviceEnvironment({...UNIT_ENV, CACHE_DIRECTORY: cacheDirectory}),
      );
    },
  };
}

/** Builds (or finds in the cache) Teleport's official plugin; prints nothing on a warm cache. */
export function ensureOfficialPlugin(): string {
  const explicit = process.env['BENCH_OFFICIAL_BIN'];
  if (explicit) return explicit;
  const r = spawnSync('bash', [BUILD_OFFICIAL_SCRIPT], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']});
  const bin = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !existsSync(bin)) throw new Error(`bench: ${BUILD_OFFICIAL_SCRIPT} failed (exit ${r.status ?? r.signal})`);
  return bin;
}

export function officialPlugin(bin: string): Contender {
  let config = '';
  return {
    key: 'official',
    label: 'Official plugin',
    readySignal: 'its log line "Plugin is ready" (logged once its watcher job received INIT)',
    async prepare(stage) {
      config = path.join(stage.dir, 'teleport-mattermost.toml');
      // The shape of `teleport-mattermost configure`; the bridge's Teleport identity has what the
      // plugin's documented role needs (access_request list/read, access_plugin_data update).
      await writeFile(
        config,
        [
          '[teleport]',
          `addr = "${stage.teleport.authAddr}"`,
          `identity = "${stage.teleport.identityFile('bridge')}"`,
          '[mattermost]',
          `url = "${stage.mattermost.url}"`,
          `token = "${stage.mattermost.bot.token}"`,
          `recipients = ["${STORY_TEAM}/${stage.channel.name}"]`,
          '[log]',
          'output = "stderr"',
          'severity = "INFO"',
          '',
        ].join('\n'),
      );
    },
    start(stage, run) {
      return spawnUntilReady(bin, ['start', '-c', config], `official-${run}.log`, {line: /Plugin is ready/}, serviceEnvironment());
    },
  };
}
