/**
 * The real Teleport peer: one real Teleport process running the Auth Service and the Proxy Service
 * (TLS routing on one multiplexed port, as Teleport Cloud serves it), started by our Go harness
 * (test/peers/real/teleport-harness, built by scripts/real-peers/build-teleport.sh), seeded from
 * the story, on 127.0.0.1. Same TeleportPeer interface as the in-repo peer, without faults; plus
 * `identities`, which re-issues and breaks identity files with the cluster's real CAs.
 */
import {spawn, spawnSync, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {createInterface, type Interface} from 'node:readline';
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
  proxyAddr: string;
  /** Seed features this Teleport build could not express (reported by the harness). */
  notes: string[];
  identities: RealIdentityControl;
}

export type IdentityOwner = 'bridge' | 'admin' | StoryUserName;

/** Identity files made by the real cluster, for renewal and bad-credential tests. */
export interface RealIdentityControl {
  /**
   * A new key and certificate for `who`, written next to the file and renamed over it (as tbot
   * replaces its `identity` output). `path` writes elsewhere instead; `ttlSeconds` (default 12 h)
   * makes a short-lived one, e.g. 1 s for an identity that is expired by the time it is read.
   */
  reissue(who: IdentityOwner, opts?: {ttlSeconds?: number; path?: string}): Promise<{path: string; notAfter: Date}>;
  /** One phase of a manual user CA rotation (`tctl auth rotate --manual --type=user --phase=…`). */
  rotateUserCA(phase: 'init' | 'update_clients' | 'update_servers' | 'standby' | 'rollback'): Promise<void>;
  /** A valid identity for the same user name, issued by another cluster (other.example.com). */
  foreign(who: IdentityOwner, path: string): Promise<{path: string; notAfter: Date}>;
}

const readyLineSchema = z.object({
  authAddr: z.string().regex(/^127\.0\.0\.1:\d+$/, 'authAddr must be 127.0.0.1:<port>'),
  proxyAddr: z.string().regex(/^127\.0\.0\.1:\d+$/, 'proxyAddr must be 127.0.0.1:<port>'),
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

  const lines = createInterface({input: child.stdout});
  const ready = await readReadyLine(child, lines, opts.startTimeoutMs, () => stderrTail.join(''));
  let stopped: Promise<void> | null = null;
  const send = commandChannel(child, lines);
  const userOf = (who: IdentityOwner): string => (who === 'bridge' ? BRIDGE_TELEPORT_USER : who);
  const issued = (r: z.infer<typeof replySchema>) => ({path: r.path ?? '', notAfter: new Date(r.notAfter ?? 0)});

  return {
    kind: 'real',
    authAddr: ready.authAddr,
    clusterName: ready.clusterName,
    version: ready.version,
    proxyAddr: ready.proxyAddr,
    faults: null,
    notes: ready.notes ?? [],
    identityFile(who: IdentityOwner): string {
      return path.join(ready.identityDir, userOf(who));
    },
    identities: {
      reissue: async (who, o = {}) => issued(await send({op: 'issue', user: userOf(who), ttlSeconds: o.ttlSeconds ?? 0, path: o.path ?? ''})),
      rotateUserCA: async (phase) => void (await send({op: 'rotate-user-ca', phase})),
      foreign: async (who, p) => issued(await send({op: 'foreign', user: userOf(who), path: p})),
    },
    stop(): Promise<void> {
      stopped ??= stopChild(child);
      return stopped;
    },
  };
}

const replySchema = z.object({
  op: z.string(),
  ok: z.boolean(),
  error: z.string().optional(),
  path: z.string().optional(),
  notAfter: z.string().optional(),
});

/**
 * Commands go to the harness's stdin one JSON line at a time and each gets one JSON line back
 * (commands.go); a queue keeps request and answer paired.
 */
function commandChannel(child: ChildProcessWithoutNullStreams, lines: Interface): (cmd: Record<string, unknown>) => Promise<z.infer<typeof replySchema>> {
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  let queue: Promise<unknown> = Promise.resolve();
  return (cmd) => {
    const answer = queue.then(
      () =>
        new Promise<z.infer<typeof replySchema>>((resolve, reject) => {
          if (child.exitCode !== null || child.signalCode !== null) return reject(new Error(`real Teleport harness has exited; cannot run ${String(cmd['op'])}`));
          waiting.push((line) => {
            let json: unknown;
            try {
              json = JSON.parse(line);
            } catch {
              json = null;
            }
            const parsed = replySchema.safeParse(json);
            if (!parsed.success) return reject(new Error(`real Teleport harness: unexpected answer to ${String(cmd['op'])}: ${line}`));
            if (!parsed.data.ok) return reject(new Error(`real Teleport harness: ${String(cmd['op'])} failed: ${parsed.data.error ?? 'no reason given'}`));
            resolve(parsed.data);
          });
          child.stdin.write(JSON.stringify(cmd) + '\n');
        }),
    );
    queue = answer.catch(() => undefined);
    return answer;
  };
}

function readReadyLine(child: ChildProcessWithoutNullStreams, lines: Interface, timeoutMs: number, stderr: () => string): Promise<z.infer<typeof readyLineSchema>> {
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
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
