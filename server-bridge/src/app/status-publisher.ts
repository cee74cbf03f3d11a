/**
 * Tells the System Console how the bridge is doing without giving any browser a new path to
 * the bridge: the bridge (a system-admin bot) writes a small status report into its own plugin
 * setting `bridgestatus` (PluginSettings.Plugins[<id>].bridgestatus). Only admins can read the
 * config, and the console hands that value to the plugin's custom admin setting component as
 * its `value` prop. The bridge stays reachable from the Mattermost server only.
 *
 * Every write is a config save in Mattermost (a config-history row, an audit entry, a
 * config_changed broadcast), and a save can race an admin's save of the same plugin page.
 * So the report is written only when it changes or its heartbeat is due, at most once per tick
 * (default 30 s), never in a tick right after the admin changed settings, and with the plugin's
 * values re-read immediately before. The heartbeat (default 5 min: 288 saves a day while nothing
 * changes) is what lets the console call a silent bridge unreachable: the report says how old is
 * too old (stale_after_seconds = two missed heartbeats and a tick, 10.5 min by default).
 *
 * Shape: the writer's report at the top level (what the console shows) plus `replicas`, one
 * report per replica id, so replicas do not overwrite each other's state; a replica not heard
 * from for a day is dropped.
 */
import type {Logger} from 'pino';
import {z} from 'zod';
import {MattermostError} from '../mattermost/port';
import type {BotClient} from '../mattermost/client';

export const STATUS_SETTING_KEY = 'bridgestatus';

/** What one replica knows about itself: /readyz's details (no secrets; admins read it). */
export interface StatusSnapshot {
  ready: boolean;
  teleport: {connected: boolean; cluster: string; version: string; on_behalf_reviews: boolean; self_check: boolean | null};
  /** Approve/Deny buttons can work: setting on, Teleport 18.11+, self-check passed. */
  reviews_available: boolean;
  settings: {accepted: boolean; error: string | null; last_read_at: string | null};
  requests: {tracked: number; in_flight: number};
}

export interface StatusReport extends StatusSnapshot {
  /** ISO time of the write; a report older than stale_after_seconds means the bridge is silent. */
  reported_at: string;
  stale_after_seconds: number;
  /** Bridge version and the replica that wrote the report. */
  version: string;
  replica: string;
}

/** The `bridgestatus` value as this module reads it: every replica's last report. */
export interface StatusValue {
  replicas: Record<string, StatusReport>;
}

const reportSchema = z.object({
  reported_at: z.string(),
  stale_after_seconds: z.number(),
  version: z.string(),
  replica: z.string(),
  ready: z.boolean(),
  teleport: z.object({connected: z.boolean(), cluster: z.string(), version: z.string(), on_behalf_reviews: z.boolean(), self_check: z.boolean().nullable()}),
  reviews_available: z.boolean(),
  settings: z.object({accepted: z.boolean(), error: z.string().nullable(), last_read_at: z.string().nullable()}),
  requests: z.object({tracked: z.number(), in_flight: z.number()}),
});
const valueSchema = z.object({replicas: z.record(z.string(), z.unknown()).optional()}).loose();

/** Lenient: whatever is stored (nothing, an older shape, a JSON string) becomes a StatusValue. */
export function parseStatusValue(stored: unknown): StatusValue {
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return {replicas: {}};
    }
  }
  const parsed = valueSchema.safeParse(value);
  if (!parsed.success) return {replicas: {}};
  const replicas: Record<string, StatusReport> = {};
  for (const report of Object.values(parsed.data.replicas ?? {})) {
    const r = reportSchema.safeParse(report);
    if (r.success) replicas[r.data.replica] = r.data;
  }
  // A value written without the map still counts for its writer.
  const top = reportSchema.safeParse(parsed.data);
  if (top.success && !replicas[top.data.replica]) replicas[top.data.replica] = top.data;
  return {replicas};
}

/** The stored value: the writer's report on top (what the console shows), all replicas below. */
export function encodeStatusValue(value: StatusValue, writer: string): Record<string, unknown> {
  const mine = value.replicas[writer];
  return {...(mine ?? {}), replicas: value.replicas};
}

/** What a change is: volatile counters and read times only ride along with the heartbeat. */
function fingerprint(s: StatusSnapshot): string {
  const t = s.teleport;
  return JSON.stringify([s.ready, t.connected, t.cluster, t.version, t.on_behalf_reviews, t.self_check, s.reviews_available, s.settings.accepted, s.settings.error]);
}

export type PublishReason = 'missing' | 'changed' | 'heartbeat';

/** Whether this replica's stored report needs a write now. Pure. */
export function publishReason(stored: StatusValue, replica: string, mine: StatusSnapshot, nowMs: number, heartbeatMs: number): PublishReason | null {
  const current = stored.replicas[replica];
  if (!current) return 'missing';
  if (fingerprint(current) !== fingerprint(mine)) return 'changed';
  const at = Date.parse(current.reported_at);
  if (Number.isNaN(at) || nowMs - at >= heartbeatMs) return 'heartbeat';
  return null;
}

/** The next `bridgestatus` value: this replica's fresh report, others kept unless a day old. */
export function nextStatusValue(stored: StatusValue, replica: string, report: StatusReport, nowMs: number, keepMs = 86_400_000): StatusValue {
  const replicas: Record<string, StatusReport> = {};
  for (const [id, r] of Object.entries(stored.replicas)) {
    if (id !== replica && nowMs - Date.parse(r.reported_at) < keepMs) replicas[id] = r;
  }
  replicas[replica] = report;
  return {replicas};
}

/** Our plugin's stored values in the Mattermost config. */
export interface PluginConfigPort {
  read(): Promise<Record<string, unknown>>;
  /** Stores all of our plugin's values (others' plugins and other sections untouched). */
  write(values: Record<string, unknown>): Promise<void>;
}

/**
 * Over REST. PUT /config/patch touches only what it is given; servers (or peers) without it get
 * a whole-config read-modify-write. Both send every value of our plugin, so the result is right
 * whether the server merges plugin maps key by key or replaces them (unverified which).
 */
export function pluginConfigOverRest(client: BotClient, pluginId: string): PluginConfigPort {
  type Cfg = {PluginSettings?: {Plugins?: Record<string, Record<string, unknown>>}};
  let patchSupported = true;
  return {
    async read() {
      const cfg = (await client.getConfig()) as unknown as Cfg;
      return {...(cfg.PluginSettings?.Plugins?.[pluginId] ?? {})};
    },
    async write(values) {
      if (patchSupported) {
        try {
          await client.patchConfig({PluginSettings: {Plugins: {[pluginId]: values}}});
          return;
        } catch (err) {
          if (!(err instanceof MattermostError) || ![404, 405, 501].includes(err.status)) throw err;
          patchSupported = false;
        }
      }
      const cfg = (await client.getConfig()) as unknown as Cfg & Record<string, unknown>;
      cfg.PluginSettings = {...cfg.PluginSettings, Plugins: {...(cfg.PluginSettings?.Plugins ?? {}), [pluginId]: values}};
      await client.updateConfig(cfg as never);
    },
  };
}

export interface StatusPublisherDeps {
  config: PluginConfigPort;
  snapshot(): StatusSnapshot;
  replicaId: string;
  version: string;
  logger: Logger;
  now(): number;
  /** Default 30 s. */
  tickMs?: number;
  /** Default 5 min: faster detection of a dead bridge costs a config save per beat. */
  heartbeatMs?: number;
}

export class StatusPublisher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** Our plugin's other values at the previous tick: a difference means an admin is editing. */
  private lastOthers: string | null = null;
  private deniedUntil = 0;
  private readonly tickMs: number;
  private readonly heartbeatMs: number;

  constructor(private readonly deps: StatusPublisherDeps) {
    this.tickMs = deps.tickMs ?? 30_000;
    this.heartbeatMs = deps.heartbeatMs ?? 300_000;
  }

  /** First look after one tick: by then a healthy bridge is ready, so a start costs one save, not two. */
  start(): void {
    this.stop();
    this.timer = setInterval(() => void this.tick(), this.tickMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One look; resolves to what was done (tests and logs). Overlapping calls share one look. */
  tick(): Promise<void> {
    this.running ??= this.tickOnce()
      .catch((err: unknown) => this.deps.logger.warn({err: err instanceof Error ? err.message : String(err)}, 'bridge status not published; will retry'))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async tickOnce(): Promise<void> {
    const now = this.deps.now();
    if (now < this.deniedUntil) return;
    const values = await this.deps.config.read();
    const {[STATUS_SETTING_KEY]: stored, ...others} = values;
    const othersText = JSON.stringify(others, Object.keys(others).sort());
    const adminEditing = this.lastOthers !== null && this.lastOthers !== othersText;
    this.lastOthers = othersText;
    if (adminEditing) return; // let the admin's save settle; the next tick publishes

    const current = parseStatusValue(stored);
    const mine = this.deps.snapshot();
    const reason = publishReason(current, this.deps.replicaId, mine, now, this.heartbeatMs);
    if (!reason) return;
    const report: StatusReport = {
      ...mine,
      reported_at: new Date(now).toISOString(),
      stale_after_seconds: Math.ceil((2 * this.heartbeatMs + this.tickMs) / 1000),
      version: this.deps.version,
      replica: this.deps.replicaId,
    };
    const next = nextStatusValue(current, this.deps.replicaId, report, now);
    try {
      await this.deps.config.write({...others, [STATUS_SETTING_KEY]: encodeStatusValue(next, this.deps.replicaId)});
    } catch (err) {
      if (err instanceof MattermostError && err.status === 403) {
        // A bot without manage_system can still read settings; it just cannot report here.
        this.deniedUntil = now + 3_600_000;
        this.deps.logger.warn('the bot may not write the Mattermost config (needs system_admin): the System Console will not show the bridge status; /readyz still does');
        return;
      }
      throw err;
    }
    this.deps.logger.debug({reason, ready: mine.ready}, 'bridge status published to the System Console');
  }
}
