/**
 * The real Mattermost peer: the Mattermost server built from its Go module
 * (scripts/real-peers/build-mattermost.sh), on Debian's PostgreSQL on loopback
 * (scripts/real-peers/postgres.sh), seeded over REST with the story's team, channels, users and
 * bot, optionally with our plugin bundle uploaded and enabled. Same MattermostPeer interface as
 * the in-repo peer; its faults come from our proxy in front of the server (fault-proxy.ts).
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {createWriteStream, existsSync} from 'node:fs';
import {mkdir, readFile} from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {z} from 'zod';
import {STORY_OTHER_CHANNEL, STORY_REQUESTS_CHANNEL, STORY_TEAM} from '../story';
import type {MattermostFaults, MattermostPeer, PeerUser} from '../types';
import {startFaultProxy, type FaultProxy} from './fault-proxy';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const scripts = path.join(repoRoot, 'scripts/real-peers');
/** build-mattermost.sh links i18n/, templates/ and fonts/ here, next to bin/ (see env.sh). */
const mattermostHome = (serverBin: string) => path.join(path.dirname(serverBin), '../mattermost-home');

export const REAL_PASSWORD = 'Peer-password-1';
export const BOT_USERNAME = 'teleport-bot';
const HUMANS = ['admin', 'alice', 'bob', 'ivan', 'carol', 'dave'] as const;
type HumanName = (typeof HUMANS)[number];

const optionsSchema = z.object({
  /** Directory for config, files, plugins and the server log (created if missing). */
  dir: z.string().min(1, 'dir must be a directory path'),
  /** 0 picks a free port. */
  port: z.number().int().min(0).max(65535).default(0),
  /** Plugin bundle (.tar.gz) to upload and enable, e.g. dist/<id>-<version>.tar.gz. */
  pluginBundle: z.string().optional(),
  /** Skip the build step and use this binary (env REAL_MATTERMOST_BIN does the same). */
  serverBin: z.string().optional(),
  /** First start runs every database migration; allow for it on a loaded machine. */
  startTimeoutMs: z.number().int().positive().default(300_000),
  /** Extra MM_* settings over the defaults, e.g. {MM_SQLSETTINGS_MAXOPENCONNS: '40'} for bursts. */
  env: z.record(z.string().regex(/^MM_[A-Z0-9_]+$/, 'env keys must be MM_* settings'), z.string()).default({}),
});
export type StartRealMattermostOptions = z.input<typeof optionsSchema>;

export interface RealMattermostPeer extends MattermostPeer {
  kind: 'real';
  /** Our fault proxy in front of the server (test/peers/real/fault-proxy.ts). */
  faults: MattermostFaults;
  password: string;
  /** Manifest id of the uploaded plugin, when a bundle was given. */
  pluginId: string | null;
  /** Server version from the X-Version-Id header of the ping response. */
  serverVersion: string;
  /** The server process, for CPU and memory readings (bench/). */
  pid: number;
}

function run(script: string, args: string[]): string {
  const r = spawnSync('bash', [path.join(scripts, script), ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']});
  if (r.status !== 0) throw new Error(`real Mattermost: ${script} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
  return r.stdout.trim().split('\n').at(-1) ?? '';
}

export function ensureMattermostServer(explicitBin?: string): string {
  const bin = explicitBin ?? process.env['REAL_MATTERMOST_BIN'];
  if (bin) {
    if (!existsSync(bin)) throw new Error(`real Mattermost: server binary ${bin} does not exist`);
    return bin;
  }
  const built = run('build-mattermost.sh', []);
  if (!existsSync(built)) throw new Error(`real Mattermost: build-mattermost.sh printed no binary path (got "${built}")`);
  return built;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** The settings a plugin-hosting server needs, plus quiet, offline defaults for a test server. */
function serverEnv(opts: {dir: string; port: number; siteUrl: string; dsn: string}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MM_SQLSETTINGS_DRIVERNAME: 'postgres',
    MM_SQLSETTINGS_DATASOURCE: opts.dsn,
    MM_SERVICESETTINGS_SITEURL: opts.siteUrl,
    MM_SERVICESETTINGS_LISTENADDRESS: `127.0.0.1:${opts.port}`,
    MM_SERVICESETTINGS_ENABLEBOTACCOUNTCREATION: 'true',
    MM_SERVICESETTINGS_ENABLEUSERACCESSTOKENS: 'true',
    MM_SERVICESETTINGS_ENABLECOMMANDS: 'true',
    MM_SERVICESETTINGS_ALLOWEDUNTRUSTEDINTERNALCONNECTIONS: '127.0.0.1 localhost ::1',
    MM_SERVICESETTINGS_ENABLELOCALMODE: 'true',
    MM_SERVICESETTINGS_LOCALMODESOCKETLOCATION: path.join(opts.dir, 'mattermost_local.socket'),
    MM_SERVICESETTINGS_ENABLESECURITYFIXALERT: 'false',
    MM_PLUGINSETTINGS_ENABLE: 'true',
    MM_PLUGINSETTINGS_ENABLEUPLOADS: 'true',
    MM_PLUGINSETTINGS_REQUIREPLUGINSIGNATURE: 'false',
    MM_PLUGINSETTINGS_ENABLEMARKETPLACE: 'false',
    MM_PLUGINSETTINGS_AUTOMATICPREPACKAGEDPLUGINS: 'false',
    MM_PLUGINSETTINGS_DIRECTORY: path.join(opts.dir, 'plugins'),
    MM_PLUGINSETTINGS_CLIENTDIRECTORY: path.join(opts.dir, 'client-plugins'),
    MM_FILESETTINGS_DIRECTORY: path.join(opts.dir, 'files'),
    MM_TEAMSETTINGS_ENABLEOPENSERVER: 'true',
    MM_EMAILSETTINGS_SENDEMAILNOTIFICATIONS: 'false',
    MM_EMAILSETTINGS_REQUIREEMAILVERIFICATION: 'false',
    MM_LOGSETTINGS_ENABLEDIAGNOSTICS: 'false',
    MM_LOGSETTINGS_ENABLEFILE: 'false',
    MM_LOGSETTINGS_CONSOLELEVEL: 'WARN',
    MM_NOTIFICATIONLOGSETTINGS_ENABLEFILE: 'false',
    MM_RATELIMITSETTINGS_ENABLE: 'false',
    // No calls home: product notices, telemetry, update checks.
    MM_ANNOUNCEMENTSETTINGS_ADMINNOTICESENABLED: 'false',
    MM_ANNOUNCEMENTSETTINGS_USERNOTICESENABLED: 'false',
    MM_SERVICESETTINGS_ENABLEONBOARDINGFLOW: 'false',
  };
}

class Rest {
  constructor(
    private readonly base: string,
    public token = '',
  ) {}
  async call<T>(method: string, route: string, body?: unknown, extra?: {form?: FormData; raw?: boolean}): Promise<{data: T; headers: Headers}> {
    const headers: Record<string, string> = {'X-Requested-With': 'XMLHttpRequest'};
    if (this.token) headers['Authorization'] = `Bearer ${this.token}`;
    let payload: BodyInit | undefined;
    if (extra?.form) payload = extra.form;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(`${this.base}/api/v4${route}`, {method, headers, body: payload});
    const text = await res.text();
    if (!res.ok) throw new Error(`real Mattermost: ${method} ${route} → ${res.status} ${text.slice(0, 300)}`);
    return {data: (text ? JSON.parse(text) : null) as T, headers: res.headers};
  }
}

interface MmUser {
  id: string;
  username: string;
  email: string;
}

export async function startRealMattermost(input: StartRealMattermostOptions): Promise<RealMattermostPeer> {
  const parsed = optionsSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`).join('; ');
    throw new Error(`startRealMattermost: invalid options: ${issues}`);
  }
  const opts = parsed.data;
  const bin = ensureMattermostServer(opts.serverBin);
  run('postgres.sh', ['start']);
  // A fresh database per peer: the story seeds from empty (the first user becomes system admin),
  // and peers started in parallel never share one.
  const database = `mm_${randomBytes(6).toString('hex')}`;
  const dsn = run('postgres.sh', ['create-db', database]);
  await mkdir(opts.dir, {recursive: true});
  // Clients (bridge, scenarios, browser) talk to our fault proxy; the server listens behind it.
  const serverPort = await freePort();
  const serverUrl = `http://127.0.0.1:${serverPort}`;
  const log = createWriteStream(path.join(opts.dir, 'server.log'));
  let child: ChildProcess | null = null;
  let siteUrl = '';
  const launch = async () => {
    const started = spawn(bin, ['server', '--config', path.join(opts.dir, 'config.json')], {
      cwd: mattermostHome(bin),
      env: {...serverEnv({dir: opts.dir, port: serverPort, siteUrl, dsn}), ...opts.env},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.stdout?.pipe(log, {end: false});
    started.stderr?.pipe(log, {end: false});
    child = started;
    return waitForPing(serverUrl, started, opts.startTimeoutMs, opts.dir);
  };
  const halt = async () => {
    if (child) await stopChild(child);
    child = null;
  };
  let proxy: FaultProxy | null = null;
  const stop = async () => {
    await proxy?.close();
    await halt();
    log.end();
    run('postgres.sh', ['drop-db', database]);
  };

  try {
    proxy = await startFaultProxy({
      upstream: {host: '127.0.0.1', port: serverPort},
      ...(opts.port ? {port: opts.port} : {}),
      stopServer: halt,
      startServer: async () => {
        await launch();
      },
    });
    // Links and the websocket origin the server hands out name the address clients use.
    siteUrl = proxy.url;
    const serverVersion = await launch();
    const seeded = await seed(proxy.url, opts.pluginBundle);
    const faults = proxy;
    return {
      kind: 'real',
      url: proxy.url,
      faults,
      password: REAL_PASSWORD,
      serverVersion,
      ...seeded,
      stop,
      // The server process changes when an outage restarts it.
      get pid() {
        return child?.pid ?? 0;
      },
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function waitForPing(url: string, child: ChildProcess, timeoutMs: number, dir: string): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`real Mattermost exited (${child.exitCode}) before answering; see ${dir}/server.log`);
    try {
      const res = await fetch(`${url}/api/v4/system/ping`);
      if (res.ok) return res.headers.get('x-version-id') ?? '';
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`real Mattermost did not answer /api/v4/system/ping within ${timeoutMs} ms; see ${dir}/server.log`);
}

async function seed(url: string, pluginBundle: string | undefined) {
  const anon = new Rest(url);
  const login = async (username: string) => {
    const res = await fetch(`${url}/api/v4/users/login`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest'},
      body: JSON.stringify({login_id: username, password: REAL_PASSWORD}),
    });
    const token = res.headers.get('token');
    if (!res.ok || !token) throw new Error(`real Mattermost: login as ${username} → ${res.status} ${await res.text()}`);
    return token;
  };
  const newUser = (name: string) => ({
    username: name,
    email: `${name}@example.com`,
    password: REAL_PASSWORD,
    first_name: name.charAt(0).toUpperCase() + name.slice(1),
    last_name: 'Example',
  });

  // On an empty server the first account becomes the system admin.
  const adminUser = (await anon.call<MmUser>('POST', '/users', newUser('admin'))).data;
  const admin = new Rest(url, await login('admin'));
  const team = (await admin.call<{id: string; name: string}>('POST', '/teams', {name: STORY_TEAM, display_name: 'Acme', type: 'O'})).data;
  const channel = async (name: string) => (await admin.call<{id: string; name: string}>('POST', '/channels', {team_id: team.id, name, display_name: name, type: 'O'})).data;
  const requests = await channel(STORY_REQUESTS_CHANNEL);
  const other = await channel(STORY_OTHER_CHANNEL);

  const users = {} as Record<HumanName, PeerUser>;
  const join = async (userId: string) => {
    await admin.call('POST', `/teams/${team.id}/members`, {team_id: team.id, user_id: userId});
    for (const ch of [requests, other]) await admin.call('POST', `/channels/${ch.id}/members`, {user_id: userId});
  };
  for (const name of HUMANS) {
    const u = name === 'admin' ? adminUser : (await admin.call<MmUser>('POST', '/users', newUser(name))).data;
    await join(u.id);
    users[name] = {id: u.id, username: u.username, email: u.email, token: name === 'admin' ? admin.token : await login(name)};
  }

  const botUser = (
    await admin.call<{user_id: string; username: string}>('POST', '/bots', {username: BOT_USERNAME, display_name: 'Teleport', description: 'Teleport Access Requests'})
  ).data;
  // Same as the in-repo peer: system_admin lets the bot read plugin settings and post ephemerals.
  await admin.call('PUT', `/users/${botUser.user_id}/roles`, {roles: 'system_admin system_user'});
  await join(botUser.user_id);
  const botToken = (await admin.call<{token: string}>('POST', `/users/${botUser.user_id}/tokens`, {description: 'bridge'})).data.token;
  const bot: PeerUser = {id: botUser.user_id, username: botUser.username, email: '', token: botToken};

  let pluginId: string | null = null;
  if (pluginBundle) {
    const form = new FormData();
    form.append('plugin', new Blob([await readFile(pluginBundle)]), path.basename(pluginBundle));
    form.append('force', 'true');
    pluginId = (await admin.call<{id: string}>('POST', '/plugins', undefined, {form})).data.id;
    await admin.call('POST', `/plugins/${pluginId}/enable`);
  }

  return {
    adminToken: admin.token,
    bot,
    team: {id: team.id, name: team.name},
    channels: {requests: {id: requests.id, name: requests.name}, other: {id: other.id, name: other.name}},
    users,
    pluginId,
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
