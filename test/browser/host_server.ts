/**
 * Serves the plugin-host page (host/) on 127.0.0.1 and reverse-proxies /api/v4/* to a Mattermost
 * server (the in-repo peer or a real one), so the plugin's clicks are same-origin requests exactly
 * as in the webapp. Sessions: /login?user=<name> sets MMAUTHTOKEN (that user's token) and MMCSRF
 * cookies; the proxy turns the cookie into a bearer token and, like Mattermost, refuses writes
 * without X-Requested-With and a matching X-CSRF-Token.
 */
import {randomBytes} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import {build} from 'esbuild';

import type {ThemeName} from './host/themes';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

export interface PluginHostOptions {
  /** Base URL of the Mattermost server, e.g. peer.url. */
  mattermostUrl: string;
  /** Mattermost username → token (session or personal access token) of that user. */
  userTokens: Record<string, string>;
  /** Channel shown when the page URL does not name one. */
  channelId: string;
  /** Plugin id (the bundle is served where core serves it, /static/plugins/<id>/). */
  pluginId: string;
  /** The built plugin bundle; default webapp/dist/main.js. */
  bundlePath?: string;
  /** How often the page re-reads the channel's posts; default 300 ms. */
  pollMs?: number;
  /** Listen on this port (default: any free port). */
  port?: number;
  /** Opening the page without a session signs in as this user instead of failing. */
  defaultUser?: string;
  /**
   * What core would push to the browser over its websocket: ephemeral posts and opened dialogs of
   * the signed-in user, read from the in-repo Mattermost peer's records or from each user's own
   * websocket on the real server (inbox_extras.ts). With it the page shows both.
   */
  extras?: HostExtras;
  /** The team the channel belongs to: dialogs are submitted in it (the real server refuses an empty team_id with 403). */
  teamId?: string;
  /** Sandbox chrome around the channel: user switcher, channel list, command box. */
  sandbox?: SandboxChrome;
}

export interface HostDialog {
  trigger_id: string;
  url: string;
  dialog: Record<string, unknown>;
  openedAt?: number;
}

export interface HostExtras {
  ephemeralFor(userId: string): unknown[];
  openedDialogs(userId: string): HostDialog[];
}

export interface SandboxChrome {
  /** Usernames offered in the switcher, in order (each needs a token in userTokens). */
  users: string[];
  /** The team of the channels; commands and dialogs run in it. */
  teamId: string;
  /** Channels listed in the sidebar. */
  channels: {id: string; name: string}[];
  /** The bot whose DM with the viewer is listed in the sidebar. */
  botUsername: string;
  /** Prefilled command per user (e.g. bob's `/teleport request ...`); `*` for everyone else. */
  commands: Record<string, string>;
  /** A user who sees the System Console view (needs a token in userTokens). */
  adminUser?: string;
}

export interface ProxiedCall {
  method: string;
  path: string;
  user: string | null;
  status: number;
}

export interface PluginHost {
  url: string;
  /** Opening this signs the browser context in as `user` and shows the channel. */
  loginUrl(user: string, options?: {theme?: ThemeName; channelId?: string; view?: 'admin'}): string;
  /** Every /api/v4 call the page made, in order (what the plugin really sent). */
  calls(): readonly ProxiedCall[];
  stop(): Promise<void>;
}

async function bundle(entry: string, jsx: boolean): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome110',
    minify: true,
    define: {'process.env.NODE_ENV': '"production"'},
    tsconfigRaw: '{}',
    ...(jsx ? {jsx: 'transform' as const, jsxFactory: 'React.createElement', jsxFragment: 'React.Fragment'} : {}),
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error(`esbuild produced nothing for ${entry}`);
  return out.text;
}

function cookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name) out[name] = decodeURIComponent(rest.join('='));
  }
  return out;
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, type: string, payload: string | Buffer, headers: Record<string, string | string[]> = {}) {
  res.writeHead(status, {'Content-Type': type, 'Cache-Control': 'no-store', ...headers});
  res.end(payload);
}

function appError(res: ServerResponse, status: number, id: string, message: string) {
  send(res, status, 'application/json', JSON.stringify({id, message, detailed_error: '', request_id: '', status_code: status}));
}

export async function startPluginHost(options: PluginHostOptions): Promise<PluginHost> {
  const [vendorJs, hostJs, html, favicon] = await Promise.all([
    bundle(path.join(here, 'host/vendor_globals.ts'), false),
    bundle(path.join(here, 'host/host_app.tsx'), true),
    readFile(path.join(here, 'host/index.html'), 'utf8'),
    readFile(path.join(repo, 'assets/icon.svg')),
  ]);
  const bundlePath = options.bundlePath ?? path.join(repo, 'webapp/dist/main.js');
  const pluginUrl = `/static/plugins/${options.pluginId}/main.js`;
  const tokenToUser = new Map(Object.entries(options.userTokens).map(([user, token]) => [token, user]));
  const calls: ProxiedCall[] = [];
  const upstream = options.mattermostUrl.replace(/\/+$/, '');
  const manifest = JSON.parse(await readFile(path.join(repo, 'plugin.json'), 'utf8')) as {name?: string; settings_schema?: {settings?: unknown[]}};
  const userIds = new Map<string, string>();
  /** Dialogs the page submitted or cancelled (core closes them; the peer only records opens). */
  const closedDialogs = new Set<string>();

  /** The signed-in user's id, asked once per token from Mattermost (the peer's ids are random). */
  async function sessionUserId(req: IncomingMessage): Promise<string | null> {
    const token = cookies(req).MMAUTHTOKEN ?? '';
    if (!tokenToUser.has(token)) return null;
    const known = userIds.get(token);
    if (known) return known;
    const answer = await fetch(`${upstream}/api/v4/users/me`, {headers: {Authorization: `Bearer ${token}`}});
    if (!answer.ok) return null;
    const id = ((await answer.json()) as {id: string}).id;
    userIds.set(token, id);
    return id;
  }

  async function extrasRoute(req: IncomingMessage, res: ServerResponse, url: URL, extras: HostExtras) {
    const userId = await sessionUserId(req);
    if (!userId) return appError(res, 401, 'api.context.session_expired.app_error', 'Invalid or expired session, please login again.');
    if (url.pathname === '/host/ephemeral') return send(res, 200, 'application/json', JSON.stringify(extras.ephemeralFor(userId)));
    if (url.pathname === '/host/dialogs' && req.method === 'GET') {
      const open = extras.openedDialogs(userId).filter((d) => !closedDialogs.has(d.trigger_id));
      return send(res, 200, 'application/json', JSON.stringify(open));
    }
    if (url.pathname === '/host/dialogs/close' && req.method === 'POST') {
      const {trigger_id: trigger} = JSON.parse((await body(req)).toString('utf8') || '{}') as {trigger_id?: unknown};
      if (typeof trigger === 'string') closedDialogs.add(trigger);
      return send(res, 200, 'application/json', '{}');
    }
    return send(res, 404, 'text/plain', 'not found');
  }

  async function proxy(req: IncomingMessage, res: ServerResponse, url: URL) {
    const jar = cookies(req);
    const token = jar.MMAUTHTOKEN ?? '';
    const user = tokenToUser.get(token) ?? null;
    const method = req.method ?? 'GET';
    const record = (status: number) => calls.push({method, path: url.pathname, user, status});
    if (method !== 'GET' && method !== 'HEAD') {
      // Mattermost's rule for cookie sessions (app/session.go): writes need the CSRF header.
      if (req.headers['x-requested-with'] !== 'XMLHttpRequest' || !jar.MMCSRF || req.headers['x-csrf-token'] !== jar.MMCSRF) {
        record(401);
        return appError(res, 401, 'api.context.session_expired.app_error', 'Invalid or expired session (missing CSRF token), please login again.');
      }
    }
    const headers: Record<string, string> = {'X-Requested-With': 'XMLHttpRequest'};
    if (token) headers.Authorization = `Bearer ${token}`;
    const type = req.headers['content-type'];
    if (type) headers['Content-Type'] = type;
    const payload = method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await body(req));
    const answer = await fetch(`${upstream}${url.pathname}${url.search}`, {method, headers, body: payload});
    record(answer.status);
    send(res, answer.status, answer.headers.get('content-type') ?? 'application/json', Buffer.from(await answer.arrayBuffer()));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    const route = async () => {
      if (url.pathname.startsWith('/api/v4/')) return proxy(req, res, url);
      if (url.pathname === '/login') {
        const user = url.searchParams.get('user') ?? '';
        const token = options.userTokens[user];
        if (!token) return send(res, 404, 'text/plain', `no token for user "${user}"`);
        const next = new URLSearchParams();
        for (const key of ['theme', 'channel', 'view']) {
          const value = url.searchParams.get(key);
          if (value) next.set(key, value);
        }
        return send(res, 302, 'text/plain', '', {
          Location: `/?${next}`,
          'Set-Cookie': [`MMAUTHTOKEN=${token}; Path=/; HttpOnly; SameSite=Lax`, `MMCSRF=${randomBytes(13).toString('hex')}; Path=/; SameSite=Lax`],
        });
      }
      if (url.pathname === '/' && options.defaultUser && !tokenToUser.has(cookies(req).MMAUTHTOKEN ?? '')) {
        return send(res, 302, 'text/plain', '', {Location: `/login?user=${encodeURIComponent(options.defaultUser)}`});
      }
      if (url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', html);
      if (options.extras && /^\/host\/(ephemeral|dialogs)/.test(url.pathname)) {
        return extrasRoute(req, res, url, options.extras);
      }
      // Browsers ask for it on their own; the plugin's icon answers instead of a 404.
      if (url.pathname === '/favicon.ico') return send(res, 200, 'image/svg+xml', favicon);
      if (url.pathname === '/host/vendor.js') return send(res, 200, 'text/javascript', vendorJs);
      if (url.pathname === '/host/host.js') return send(res, 200, 'text/javascript', hostJs);
      if (url.pathname === '/host/config.json') {
        const channelId = url.searchParams.get('channel') || options.channelId;
        return send(
          res,
          200,
          'application/json',
          JSON.stringify({
            channelId,
            pluginUrl,
            pollMs: options.pollMs ?? 300,
            pluginId: options.pluginId,
            extras: Boolean(options.extras),
            teamId: options.teamId ?? options.sandbox?.teamId ?? '',
            sandbox: options.sandbox ?? null,
            pluginName: manifest.name ?? options.pluginId,
            adminSettings: manifest.settings_schema?.settings ?? [],
          }),
        );
      }
      // Read per request so a rebuilt bundle is picked up without restarting the host.
      if (url.pathname === pluginUrl) return send(res, 200, 'text/javascript', await readFile(bundlePath));
      return send(res, 404, 'text/plain', 'not found');
    };
    route().catch((err: unknown) => send(res, 502, 'text/plain', `host: ${err instanceof Error ? err.message : String(err)}`));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const {port} = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    url: base,
    loginUrl: (user, opts = {}) => {
      const q = new URLSearchParams({user});
      if (opts.theme) q.set('theme', opts.theme);
      if (opts.channelId) q.set('channel', opts.channelId);
      if (opts.view) q.set('view', opts.view);
      return `${base}/login?${q}`;
    },
    calls: () => [...calls],
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
