/**
 * Tells the System Console how the bridge is doing without giving any browser a new path to
 * the bridge and without touching the plugin's settings: each replica stores its status report
 * as one preference of the bot user (category `teleport_access_bridge`, name `status:<replica>`).
 * A bot may always write its own preferences; a system admin may read any user's
 * (GET /users/{id}/preferences/{category}: SessionHasPermissionToUser, manage_system passes), and
 * the console's custom setting reads them from the admin's session (webapp admin_status.tsx).
 *
 * Why not the plugin's settings, as before: PUT /config/patch replaces our plugin's whole map
 * (verified on 11.4), so a status write that raced an admin's save reverted the admin's values.
 * A preference write touches one row of the bot's own and nothing an admin edits.
 *
 * Cost: no read per tick; one PUT (one row, under 2,000 characters) when the report changes or its
 * heartbeat is due (default 5 min: 288 writes a day per replica while nothing changes). The
 * heartbeat lets the console call a silent bridge unreachable: the report says how old is too
 * old (stale_after_seconds = two missed heartbeats and a tick, 10.5 min by default). At start the
 * replica lists the category once, to skip a write when its stored report is still current and to
 * delete reports of replicas not heard from for a day.
 */
import {describe} from './errors';
import {PeriodicPass} from './periodic-pass';
import {createHash} from 'node:crypto';
import type {Logger} from 'pino';
import {z} from 'zod';
import {formatIssues, STATUS_CATEGORY, STATUS_NAME_PREFIX, type StatusReport, type StatusSnapshot} from '@tma/card-contract';
import type {BotClient} from '../mattermost/client';
import {isoUtc} from '../card/time';

/** Mattermost limits a preference name to 32 bytes. */
const NAME_MAX_BYTES = 32;
/**
 * Mattermost 11.4 takes 20,000 characters per preference value; servers before the 2023 migration
 * that widened the column take 2,000. A report is far smaller unless an error text is huge.
 */
export const STATUS_VALUE_MAX_CHARS = 2000;
const KEEP_MS = 86_400_000;

const reportSchema = z.object({
  reported_at: z.string(),
  stale_after_seconds: z.number(),
  version: z.string(),
  replica: z.string(),
  ready: z.boolean(),
  reason: z.string().nullable().optional(),
  teleport: z.object({connected: z.boolean(), cluster: z.string(), version: z.string(), on_behalf_reviews: z.boolean(), self_check: z.boolean().nullable()}),
  reviews_available: z.boolean(),
  settings: z.object({accepted: z.boolean(), error: z.string().nullable(), last_read_at: z.string().nullable(), applied_at: z.string().nullable().optional()}),
  requests: z.object({tracked: z.number(), in_flight: z.number()}),
  routing: z
    .object({
      rules: z.string(),
      active: z.number(),
      skipped: z.array(z.string()),
      cards_by_source: z.object({rule: z.number(), console: z.number(), suggested: z.number()}),
      recent_cards: z.array(z.object({request: z.string(), via: z.enum(['rule', 'console', 'suggested']), rule: z.string().optional()})).optional(),
    })
    .optional(),
  truncated: z.boolean().optional(),
});

/** One stored report (a preference value), or null when it is not one of ours. */
export function decodeReport(value: string): StatusReport | null {
  try {
    const parsed = reportSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const TRUNCATED_MARK = '… (cut; the whole text is on /readyz)';

/** The preference value: JSON under the limit, the long free texts (error, reason) cut if needed. */
export function encodeReport(report: StatusReport, maxChars = STATUS_VALUE_MAX_CHARS): string {
  const whole = JSON.stringify(report);
  if ([...whole].length <= maxChars) return whole;
  const cut = (text: string | null | undefined, keep: number): string | null =>
    text === null || text === undefined ? null : [...text].length <= keep ? text : [...text].slice(0, keep).join('') + TRUNCATED_MARK;
  // Share what is left after the fixed fields between the two texts.
  const bare = JSON.stringify({...report, reason: null, settings: {...report.settings, error: null}, truncated: true});
  const room = Math.max(0, maxChars - [...bare].length - 2 * (TRUNCATED_MARK.length + 8));
  const keep = Math.floor(room / 2);
  const shorter: StatusReport = {...report, reason: cut(report.reason, keep), settings: {...report.settings, error: cut(report.settings.error, keep)}, truncated: true};
  return JSON.stringify(shorter);
}

/** `status:<replica>`, or a digest of a replica id too long for the 32-byte name (the value names it). */
export function preferenceName(replica: string): string {
  const plain = STATUS_NAME_PREFIX + replica;
  if (Buffer.byteLength(plain) <= NAME_MAX_BYTES) return plain;
  return (
    STATUS_NAME_PREFIX +
    createHash('sha256')
      .update(replica)
      .digest('hex')
      .slice(0, NAME_MAX_BYTES - STATUS_NAME_PREFIX.length)
  );
}

/**
 * What a change is. A save the bridge applied is one (the console sees it land). The count of
 * tracked requests is one too: the box printed "0 pending requests
 * tracked" for five minutes after a request arrived when only the heartbeat carried it. The tick
 * bounds the cost (at most one write per tick while requests come and go); whether work is in
 * flight counts only as busy or idle, and read times ride along with the heartbeat.
 */
function fingerprint(s: StatusSnapshot): string {
  const t = s.teleport;
  return JSON.stringify([
    s.ready,
    s.reason ?? null,
    t.connected,
    t.cluster,
    t.version,
    t.on_behalf_reviews,
    t.self_check,
    s.reviews_available,
    s.settings.accepted,
    s.settings.error,
    s.settings.applied_at ?? null,
    s.requests.tracked,
    s.requests.in_flight > 0,
    s.routing?.rules ?? null,
    s.routing?.active ?? null,
    s.routing?.skipped ?? null,
  ]);
}

export type PublishReason = 'missing' | 'changed' | 'heartbeat';

/** Whether this replica's stored report needs a write now. Pure. */
export function publishReason(current: StatusReport | null, mine: StatusSnapshot, nowMs: number, heartbeatMs: number): PublishReason | null {
  if (!current) return 'missing';
  if (fingerprint(current) !== fingerprint(mine)) return 'changed';
  const at = Date.parse(current.reported_at);
  if (Number.isNaN(at) || nowMs - at >= heartbeatMs) return 'heartbeat';
  return null;
}

export interface StoredStatus {
  name: string;
  value: string;
}

/** The bot's own preferences in STATUS_CATEGORY. */
export interface StatusStore {
  list(): Promise<StoredStatus[]>;
  write(entry: StoredStatus): Promise<void>;
  remove(names: string[]): Promise<void>;
}

/** A user without preferences gets `null` from Mattermost 11.4, not [] (seen on the real server). */
const storedPreferences = z.array(z.object({category: z.string(), name: z.string(), value: z.string().optional()})).nullable();

/** Over REST as the bot (Client4's preference calls). */
export function statusStoreOverRest(client: BotClient, botUserId: () => Promise<string>): StatusStore {
  const pref = async (name: string, value = '') => ({user_id: await botUserId(), category: STATUS_CATEGORY, name, value});
  return {
    async list() {
      const prefs = storedPreferences.safeParse(await client.getUserPreferences(await botUserId()));
      if (!prefs.success) throw new Error(`GET /users/{bot}/preferences: ${formatIssues(prefs.error.issues, {whole: 'body', firstOnly: true})}`);
      return (prefs.data ?? []).filter((p) => p.category === STATUS_CATEGORY).map((p) => ({name: p.name, value: p.value ?? ''}));
    },
    async write({name, value}) {
      await client.savePreferences(await botUserId(), [await pref(name, value)]);
    },
    async remove(names) {
      if (names.length === 0) return;
      await client.deletePreferences(await botUserId(), await Promise.all(names.map((n) => pref(n))));
    },
  };
}

export interface StatusPublisherDeps {
  store: StatusStore;
  snapshot(): StatusSnapshot;
  replicaId: string;
  version: string;
  logger: Logger;
  now(): number;
  /** Default 30 s. */
  tickMs?: number;
  /** Default 5 min: how long a dead bridge can look alive is two of these and a tick. */
  heartbeatMs?: number;
}

export class StatusPublisher extends PeriodicPass {
  /** What this replica last stored; undefined until the first look at the store. */
  private stored: StatusReport | null | undefined = undefined;
  private readonly tickMs: number;
  private readonly heartbeatMs: number;
  private readonly name: string;

  /** The first look comes after one tick: by then a healthy bridge is ready, so a start costs one write, not two. */
  constructor(private readonly deps: StatusPublisherDeps) {
    super({everyMs: deps.tickMs ?? 30_000, logger: deps.logger, name: 'System Console status', failure: 'bridge status not published; will retry'});
    this.tickMs = deps.tickMs ?? 30_000;
    this.heartbeatMs = deps.heartbeatMs ?? 300_000;
    this.name = preferenceName(deps.replicaId);
  }

  protected async pass(): Promise<void> {
    const now = this.deps.now();
    if (this.stored === undefined) this.stored = await this.firstLook(now);
    const mine = this.deps.snapshot();
    const reason = publishReason(this.stored, mine, now, this.heartbeatMs);
    if (!reason) return;
    const report: StatusReport = {
      ...mine,
      reason: mine.reason ?? null,
      reported_at: isoUtc(now),
      stale_after_seconds: Math.ceil((2 * this.heartbeatMs + this.tickMs) / 1000),
      version: this.deps.version,
      replica: this.deps.replicaId,
    };
    await this.deps.store.write({name: this.name, value: encodeReport(report)});
    this.stored = report;
    this.deps.logger.debug({reason, ready: mine.ready}, 'bridge status published to the System Console');
  }

  /** This replica's stored report, and the reports of replicas gone for a day deleted. */
  private async firstLook(now: number): Promise<StatusReport | null> {
    const entries = await this.deps.store.list();
    let own: StatusReport | null = null;
    const gone: string[] = [];
    for (const entry of entries) {
      const report = decodeReport(entry.value);
      if (entry.name === this.name) own = report?.replica === this.deps.replicaId ? report : null;
      else if (entry.name.startsWith(STATUS_NAME_PREFIX) && (!report || !(now - Date.parse(report.reported_at) < KEEP_MS))) gone.push(entry.name);
    }
    if (gone.length > 0) {
      await this.deps.store.remove(gone).catch((err: unknown) => this.deps.logger.debug({err: describe(err)}, 'old replica reports not deleted'));
    }
    return own;
  }
}
