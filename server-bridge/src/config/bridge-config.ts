/**
 * The bridge's own configuration: how to reach Teleport and Mattermost and the secrets to do so.
 * A TOML file (like Teleport's plugins) with environment overrides; never the System Console.
 */
import {readFileSync} from 'node:fs';
import os from 'node:os';
import {parse as parseToml} from 'smol-toml';
import {z} from 'zod';
import {formatIssues, issuePath} from '@tma/card-contract';

const hostPort = z.string().regex(/^[^\s:/]+:\d{1,5}$/, 'expected host:port');
const durationText = z.string().regex(/^\d+(ms|s|m|h)$/, 'expected a duration like 30s, 1m or 2h');

export const bridgeConfigSchema = z
  .object({
    teleport: z
      .object({
        addr: hostPort.default('localhost:3025'),
        /** auth: straight to the Auth Service; proxy: through the Proxy with TLS routing (ALPN). */
        mode: z.enum(['auth', 'proxy']).default('auth'),
        identity: z.string().min(1).optional(),
        client_key: z.string().min(1).optional(),
        client_crt: z.string().min(1).optional(),
        root_cas: z.string().min(1).optional(),
        refresh_identity_interval: durationText.default('1m'),
      })
      .strict()
      .refine((t) => Boolean(t.identity) !== Boolean(t.client_key || t.client_crt || t.root_cas), {
        message: 'set either identity, or all of client_key, client_crt and root_cas',
      })
      .refine((t) => Boolean(t.identity) || !(t.client_key || t.client_crt || t.root_cas) || Boolean(t.client_key && t.client_crt && t.root_cas), {
        message: 'client_key, client_crt and root_cas go together',
      }),
    mattermost: z
      .object({
        url: z.url({protocol: /^https?$/, error: 'expected an http(s) URL of the Mattermost site'}),
        /** The bot's access token, or a path to a file holding it (a leading "/" means a file). */
        token: z.string().min(1, 'expected the bot token or a path to a file holding it'),
        plugin_id: z
          .string()
          .regex(/^[a-z0-9._-]{3,190}$/)
          .default('dev.accessbridge.teleport'),
        settings_poll_interval: durationText.default('30s'),
      })
      .strict(),
    http: z
      .object({
        listen: hostPort.default('127.0.0.1:8081'),
        /** Base URL Mattermost uses to call the bridge (buttons, dialogs, /teleport). */
        public_url: z.url({protocol: /^https?$/, error: 'expected the http(s) URL Mattermost uses to reach the bridge'}),
        /** HMAC key for button and dialog tokens (≥ 32 bytes), or a path to a file holding it. Shared by all replicas. */
        secret: z.string().min(1, 'expected a secret of at least 32 characters, or a path to a file holding it'),
      })
      .strict(),
    bridge: z
      .object({
        /** Plugin-data key in Teleport; change only to run two independent bridges on one cluster. */
        plugin_name: z
          .string()
          .regex(/^[a-z0-9-]{3,64}$/)
          .default('mattermost-access-bridge'),
        /**
         * Names this installation in work leases. The default (host name and listening port) stays
         * the same across restarts, so a restarted bridge resumes its own unfinished work at once;
         * set it when several replicas share a host name. Not '|' (the lease separator).
         */
        replica_id: z
          .string()
          .min(1)
          .max(128)
          .regex(/^[^|]+$/, "anything but '|'")
          .optional(),
        concurrency: z.number().int().min(1).max(1024).default(64),
      })
      .strict()
      .default({plugin_name: 'mattermost-access-bridge', concurrency: 64}),
    log: z
      .object({
        level: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal']).default('info'),
      })
      .strict()
      .default({level: 'info'}),
  })
  .strict()
  .transform((c) => ({...c, bridge: {...c.bridge, replica_id: c.bridge.replica_id ?? defaultReplicaId(c.http.listen)}}));

/** Host name and listening port: the same across restarts of one installation, distinct per bridge on a host. */
export function defaultReplicaId(listen: string): string {
  const port = listen.slice(listen.lastIndexOf(':') + 1);
  return `${os.hostname()}-${port}`;
}

export type BridgeConfig = z.infer<typeof bridgeConfigSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Environment overrides, e.g. TMA_MATTERMOST_TOKEN, TMA_TELEPORT_ADDR, TMA_HTTP_SECRET. */
const ENV_KEYS: [string, string, string][] = [
  ['TMA_TELEPORT_ADDR', 'teleport', 'addr'],
  ['TMA_TELEPORT_MODE', 'teleport', 'mode'],
  ['TMA_TELEPORT_IDENTITY', 'teleport', 'identity'],
  ['TMA_MATTERMOST_URL', 'mattermost', 'url'],
  ['TMA_MATTERMOST_TOKEN', 'mattermost', 'token'],
  ['TMA_HTTP_LISTEN', 'http', 'listen'],
  ['TMA_HTTP_PUBLIC_URL', 'http', 'public_url'],
  ['TMA_HTTP_SECRET', 'http', 'secret'],
  ['TMA_LOG_LEVEL', 'log', 'level'],
];

/** The shared issue text, with an absent key or TOML section called missing rather than undefined. */
export function describeConfigIssues(error: z.ZodError): string {
  const plain = error.issues.map((issue) => {
    if (issue.code !== 'invalid_type' || !/received undefined/.test(issue.message)) return issue;
    const where = issuePath(issue.path);
    return {path: issue.path, message: `missing (expected ${issue.expected === 'object' ? `a [${where}] section` : issue.expected})`};
  });
  return formatIssues(plain);
}

export function parseBridgeConfig(raw: unknown, env: NodeJS.ProcessEnv = process.env): BridgeConfig {
  const merged: Record<string, Record<string, unknown>> = {};
  if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) merged[k] = v && typeof v === 'object' ? {...(v as Record<string, unknown>)} : (v as never);
  }
  for (const [name, section, key] of ENV_KEYS) {
    const value = env[name];
    if (value !== undefined && value !== '') (merged[section] ??= {})[key] = value;
  }
  const result = bridgeConfigSchema.safeParse(merged);
  if (!result.success) throw new ConfigError(`invalid configuration: ${describeConfigIssues(result.error)}`);
  return result.data;
}

export function loadBridgeConfig(path: string, env: NodeJS.ProcessEnv = process.env): BridgeConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read configuration file ${path}: ${(err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = parseToml(text);
  } catch (err) {
    throw new ConfigError(`configuration file ${path} is not valid TOML: ${(err as Error).message}`);
  }
  return parseBridgeConfig(raw, env);
}

/** "A leading / means read from a file", as Teleport's plugins do for tokens. */
export function readSecretValue(value: string, field: string): string {
  if (!value.startsWith('/')) return value;
  try {
    return readFileSync(value, 'utf8').trim();
  } catch (err) {
    throw new ConfigError(`${field}: cannot read ${value}: ${(err as Error).message}`);
  }
}

export function durationMs(text: string): number {
  const m = /^(\d+)(ms|s|m|h)$/.exec(text);
  if (!m) throw new ConfigError(`bad duration ${text}`);
  const n = Number(m[1]);
  return n * {ms: 1, s: 1000, m: 60_000, h: 3_600_000}[m[2] as 'ms' | 's' | 'm' | 'h'];
}
