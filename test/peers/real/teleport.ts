/**
 * The real Teleport peer: a real Auth Service, started in-process by our Go harness
 * (test/peers/real/teleport-harness, built by scripts/real-peers/build-teleport.sh), seeded from
 * the story and serving gRPC over mTLS on 127.0.0.1. Same TeleportPeer interface as the in-repo
 * peer, without faults or a proxy listener.
 */
import {spawn, spawnSync, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {createInterface} from 'node:readline';
import {fileURLToPath} from 'node:url';
import {z} from 'zod';
import {BRIDGE_TELEPORT_USER, STORY_CLUSTER, STORY_ROLES, STORY_TELEPORT_USERS, type StoryUserName} from '../story';
import type {TeleportPeer} from '../types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const BUILD_TELEPORT_SCRIPT = path.join(repoRoot, 'scripts/real-peers/build-teleport.sh');

const optionsSchema = z.object({
  /** Per-user traits, e.g. {alice: {mattermost_user_id: ['abc…']}}. */
  traits: z.record(z.string(), z.record(z.string(), z.array(z.string()))).default({}),
  /** Directory for the seed, identity files and the audit log (created if missing). */
  dir: z.string().min(1, 'dir must be a directory path'),
  clusterName: z.string().min(1, 'clusterName must be a non-empty cluster name').default(STORY_CLUSTER),
  /** Skip the build step and use this binary (env REAL_TELEPORT_HARNESS_BIN does the same). */
  harnessBin: z.string().optional(),
  /** How long to wait for the harness to print its ready line. */
  startTimeoutMs: z.number().int().positive().default(120_000),
});

export type StartRealTeleportOptions = z.input<typeof optionsSchema>;

export interface RealTeleportPeer extends TeleportPeer {
  kind: 'real';
  faults: null;
  /** Seed features this Teleport build could not express (reported by the harness). */
  notes: string[];
}

const readyLineSchema = z.object({
  authAddr: z.string().regex(/^127\.0\.0\.1:\d+$/, 'authAddr must be 127.0.0.1:<port>'),
  clusterName: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+/, 'version must be a semver string'),
  identityDir: z.string().min(1),
  notes: z.array(z.string()).nullable().default([]),
});

/** The seed the Go harness reads (see teleport-harness/seed.go). */
export function storySeed(clusterName: string, traits: Record<string, Record<string, string[]>>) {
  return {
    clusterName,
    bridgeUser: BRIDGE_TELEPORT_USER,
    roles: STORY_ROLES,
    users: STORY_TELEPORT_USERS.map((u) => ({name: u.name, roles: u.roles, traits: traits[u.name] ?? {}})),
  };
}

/** Builds the harness unless a binary was given; a warm build only checks Go's cache (seconds). */
export function ensureTeleportHarness(explicitBin?: string): string {
  const bin = explicitBin ?? process.env['REAL_TELEPORT_HARNESS_BIN'];
  if (bin) {
    if (!existsSync(bin)) throw new Error(`real Teleport: harness binary ${bin} does not exist`);
    return bin;
  }
  // The script prints the binary's path as its last line (it lives in the cache, see env.sh).
  const result = spawnSync('bash', [BUILD_TELEPORT_SCRIPT], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']});
  if (result.status !== 0) throw new Error(`real Teleport: ${BUILD_TELEPORT_SCRIPT} failed (exit ${result.status ?? result.signal})`);
  const built = result.stdout.trim().split('\n').at(-1) ?? '';
  if (!existsSync(built)) throw new Error(`real Teleport: ${BUILD_TELEPORT_SCRIPT} printed no binary path (got "${built}")`);
  return built;
}

export async function startRealTeleport(input: StartRealTeleportOptions): Promise<RealTeleportPeer> {
  const parsed = optionsSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`).join('; ');
    throw new Error(`startRealTeleport: invalid options: ${issues}`);
  }
  const opts = parsed.data;
  const bin = ensureTeleportHarness(opts.harnessBin);

  const identityDir = path.join(opts.dir, 'identities');
  const dataDir = path.join(opts.dir, 'data');
  await mkdir(dataDir, {recursive: true});
  const seedPath = path.join(opts.dir, 'seed.json');
  await writeFile(seedPath, JSON.stringify(storySeed(opts.clusterName, opts.traits), null, 2));

  // stdin stays open as a lifeline: the harness exits when it closes, so it never outlives us.
  const child = spawn(bin, ['-seed', seedPath, '-identity-dir', identityDir, '-data-dir', dataDir], {stdio: ['pipe', 'pipe', 'pipe']});
  const stderrTail: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderrTail.push(chunk);
    if (stderrTail.length > 50) stderrTail.shift();
  });

  const ready = await readReadyLine(child, opts.startTimeoutMs, () => stderrTail.join(''));
  let stopped: Promise<void> | null = null;

  return {
    kind: 'real',
    authAddr: ready.authAddr,
    clusterName: ready.clusterName,
    version: ready.version,
    proxyAddr: null,
    faults: null,
    notes: ready.notes ?? [],
    identityFile(who: 'bridge' | 'admin' | StoryUserName): string {
      return path.join(ready.identityDir, who === 'bridge' ? BRIDGE_TELEPORT_USER : who);
    },
    stop(): Promise<void> {
      stopped ??= stopChild(child);
      return stopped;
    },
  };
}

function readReadyLine(child: ChildProcessWithoutNullStreams, timeoutMs: number, stderr: () => string): Promise<z.infer<typeof readyLineSchema>> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({input: child.stdout});
    const fail = (why: string) => {
      clearTimeout(timer);
      lines.close();
      child.kill('SIGKILL');
      reject(new Error(`real Teleport harness ${why}\n--- harness stderr ---\n${stderr()}`));
    };
    const timer = setTimeout(() => fail(`printed no ready line within ${timeoutMs} ms`), timeoutMs);
    child.once('exit', (code, signal) => fail(`exited before it was ready (${code ?? signal})`));
    lines.once('line', (line) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        fail(`printed a ready line that is not JSON: ${line}`);
        return;
      }
      const ready = readyLineSchema.safeParse(json);
      if (!ready.success) {
        fail(`printed an unexpected ready line (${ready.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}): ${line}`);
        return;
      }
      resolve(ready.data);
    });
  });
}

function stopChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.stdin.end();
    child.kill('SIGTERM');
  });
}
