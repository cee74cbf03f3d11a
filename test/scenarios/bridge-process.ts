/**
 * A bridge as its own OS process, started the way an operator starts it (`cli.ts start -c file`
 * with a TOML file), so a scenario can SIGKILL it at any instant and start it again with the same
 * configuration. In-process bridges (harness.ts) cannot die mid-write; this one can.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import http from 'node:http';
import type net from 'node:net';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {PeerSet} from '../peers/types';
import {freePort, SCENARIO_SECRET} from './harness';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** TMA_TEST_CLI=server-bridge/dist/cli.mjs runs the built bundle instead of the source. */
const command = process.env.TMA_TEST_CLI ? [path.resolve(root, process.env.TMA_TEST_CLI)] : ['--import', 'tsx', path.join(root, 'server-bridge/src/cli.ts')];

export interface BridgeProcessOptions {
  /** Unset (the documented default) leaves replica_id out of the file. */
  replicaId?: string;
  /** Reuse a port: Mattermost's buttons point at the public URL, which must survive a restart. */
  port?: number;
  /** Extra lines appended to the [bridge] section, e.g. 'concurrency = 16'. */
  bridgeLines?: string[];
  /** The URL Mattermost calls (default: the bridge's own address); replicas share a front's. */
  publicUrl?: string;
  /** The `token` line: the bot's token (default), or a file holding it. */
  token?: string;
}

export interface BridgeProcess {
  port: number;
  configFile: string;
  /** The bridge's JSON log lines so far (stdout), for the failure message. */
  output: string[];
  pid: number;
  whenReady(timeoutMs?: number): Promise<void>;
  /** SIGKILL: no draining, no cleanup, whatever was in flight is cut. */
  kill(): Promise<void>;
  /** SIGTERM: the clean stop an operator's rolling restart uses. */
  stop(): Promise<void>;
}

/** Writes the operator's TOML for these peers; the same file serves every restart. */
export function writeBridgeConfig(peers: PeerSet, dir: string, port: number, opts: BridgeProcessOptions = {}): string {
  const file = path.join(dir, `bridge-${port}.toml`);
  const bridgeSection = [...(opts.replicaId !== undefined ? [`replica_id = "${opts.replicaId}"`] : []), ...(opts.bridgeLines ?? [])];
  writeFileSync(
    file,
    [
      '[teleport]',
      `addr = "${peers.teleport.authAddr}"`,
      'mode = "auth"',
      `identity = "${peers.teleport.identityFile('bridge')}"`,
      '[mattermost]',
      `url = "${peers.mattermost.url}"`,
      `token = "${opts.token ?? peers.mattermost.bot.token}"`,
      '[http]',
      `listen = "127.0.0.1:${port}"`,
      `public_url = "${opts.publicUrl ?? `http://127.0.0.1:${port}`}"`,
      `secret = "${SCENARIO_SECRET}"`,
      ...(bridgeSection.length ? ['[bridge]', ...bridgeSection] : []),
      '',
    ].join('\n'),
  );
  return file;
}

/** The child must not pick up an operator's TMA_* overrides from the test's environment. */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TMA_')));
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

export class BridgeProcesses {
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), 'tma-bridge-proc-'));
  private readonly running = new Set<ChildProcess>();

  constructor(private readonly peers: PeerSet) {}

  /** Starts `cli.ts start -c <file>`; with `configFile` the very same file as a previous start. */
  async start(opts: BridgeProcessOptions & {configFile?: string} = {}): Promise<BridgeProcess> {
    const port = opts.port ?? (await freePort());
    const configFile = opts.configFile ?? writeBridgeConfig(this.peers, this.dir, port, opts);
    const child = spawn(process.execPath, [...command, 'start', '-c', configFile], {cwd: root, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe']});
    this.running.add(child);
    child.once('exit', () => this.running.delete(child));
    const output: string[] = [];
    let stderr = '';
    const echo = process.env.TMA_TEST_LOG !== undefined;
    let partial = '';
    child.stdout.on('data', (d: Buffer) => {
      const lines = (partial + d.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        output.push(line);
        if (echo) process.stderr.write(`[bridge ${child.pid}] ${line}\n`);
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));

    const handle: BridgeProcess = {
      port,
      configFile,
      output,
      pid: child.pid ?? -1,
      whenReady: async (timeoutMs = 60_000) => {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          if (child.exitCode !== null || child.signalCode !== null) throw new Error(`bridge exited (${child.exitCode ?? child.signalCode}): ${stderr.slice(-2000)}`);
          const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
            (r) => r.status === 200,
            () => false,
          );
          if (ready) return;
          if (Date.now() > deadline) throw new Error(`bridge not ready after ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}\nlog: ${output.slice(-20).join('\n')}`);
          await new Promise((r) => setTimeout(r, 200));
        }
      },
      kill: async () => {
        child.kill('SIGKILL');
        await exited(child);
      },
      stop: async () => {
        child.kill('SIGTERM');
        await exited(child);
      },
    };
    return handle;
  }

  /** Kills whatever is still running (a failed scenario must not leave bridges behind) and removes the files. */
  async stopAll(): Promise<void> {
    await Promise.all(
      [...this.running].map((child) => {
        child.kill('SIGKILL');
        return exited(child);
      }),
    );
    rmSync(this.dir, {recursive: true, force: true});
  }
}

/**
 * What runs in front of several replicas in production (a Service, a load balancer): one public
 * URL for Mattermost's calls, passed to the next replica that answers, so a card posted by a
 * replica that later died still has working buttons.
 */
export async function startReplicaFront(ports: () => number[]): Promise<{url: string; close(): Promise<void>}> {
  let next = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const candidates = ports();
      const start = next++;
      const attempt = (i: number): void => {
        if (i >= candidates.length) {
          res.writeHead(502).end('no replica answered');
          return;
        }
        const port = candidates[(start + i) % candidates.length]!;
        const upstream = http.request({host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers}, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        upstream.on('error', () => attempt(i + 1));
        upstream.end(body);
      };
      attempt(0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as net.AddressInfo;
  return {url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve()))};
}
