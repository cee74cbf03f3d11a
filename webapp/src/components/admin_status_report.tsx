// Each bridge replica stores its health report as a preference of the bot user (category
// STATUS_CATEGORY, name `status:<replica>`; the format is the card contract's StatusReport),
// which a system admin may read; this module turns those stored values into the lines the System
// Console shows. A value is whatever the preference holds: normally the bridge's JSON, but anything
// another tool wrote there must not break the page. Nothing here throws.
import {formatIssues, STATUS_NAME_PREFIX, type StatusReport} from '@tma/card-contract';
import * as z from 'zod/mini';

import {formatAbsolute, formatAgo, formatWhen} from '../time_format';

/**
 * The setting key in plugin.json (type "custom"); the console looks components up by it. Its
 * stored value (the report, as versions before 0.2 wrote it into the plugin settings) is ignored.
 */
export const BRIDGE_STATUS_KEY = 'bridgestatus';
/** A replica silent this long is gone (scaled down, renamed), not an outage: the bridge deletes it too. */
const GONE_AFTER_MS = 86_400_000;

/**
 * A report older than this means the bridge is not running or cannot reach Mattermost. Every
 * current report says its own limit (`stale_after_seconds`: two missed heartbeats and a tick,
 * 10.5 min with the default 5-minute heartbeat); this applies only to a report without one, as
 * written by early bridges whose heartbeat was under a minute.
 */
export const STALE_AFTER_MS = 2 * 60_000;
/** Bounds on the report's own staleness limit, so a garbled value cannot hide an outage for long. */
const STALE_LIMIT_RANGE_MS = [30_000, 6 * 3_600_000] as const;

// zod/mini ships no messages ("Invalid input"); these say what was expected.
const bool = () => z.boolean('expected true or false');
const text = () => z.string('expected text');
const count = z.number('expected a number').check(z.int('expected a whole number'), z.nonnegative('expected 0 or more'));
const time = z.string('expected an ISO 8601 time').check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 time'));

// Every field but reported_at is optional: an older or newer bridge may leave one out, and the
// console then says "unknown" for that line instead of refusing the whole report.
const reportShape = {
  reported_at: time,
  stale_after_seconds: z.optional(z.number('expected a number of seconds')),
  version: z.optional(text()),
  replica: z.optional(text()),
  ready: z.optional(bool()),
  /** Why the bridge is not ready (credentials, Teleport unreachable), as /readyz says it. */
  reason: z.optional(z.nullable(text())),
  truncated: z.optional(bool()),
  teleport: z.optional(
    z.object(
      {
        connected: z.optional(bool()),
        cluster: z.optional(z.nullable(text())),
        version: z.optional(z.nullable(text())),
        on_behalf_reviews: z.optional(z.nullable(bool())),
        self_check: z.optional(z.nullable(bool())),
      },
      'expected an object',
    ),
  ),
  reviews_available: z.optional(z.nullable(bool())),
  settings: z.optional(z.object({accepted: z.optional(bool()), error: z.optional(z.nullable(text())), last_read_at: z.optional(z.nullable(text()))}, 'expected an object')),
  requests: z.optional(z.object({tracked: z.optional(count), in_flight: z.optional(count)}, 'expected an object')),
  routing: z.optional(
    z.object(
      {
        rules: z.optional(text()),
        active: z.optional(count),
        skipped: z.optional(z.array(text())),
        cards_by_source: z.optional(z.object({rule: z.optional(count), console: z.optional(count), suggested: z.optional(count)}, 'expected an object')),
        recent_cards: z.optional(
          z.array(z.object({request: text(), via: z.enum(['rule', 'console', 'suggested'], 'expected rule, console or suggested'), rule: z.optional(text())})),
        ),
      },
      'expected an object',
    ),
  ),
};
const replicaSchema = z.object(reportShape);
const reportSchema = z.object(
  {
    ...reportShape,
    // Each replica's own last report (the top level is the last writer's). Read one by one, so a
    // replica with a garbled entry does not hide the others.
    replicas: z.optional(z.record(z.string(), z.unknown(), 'expected an object of reports by replica')),
  },
  'expected a JSON object',
);

export type BridgeReport = z.infer<typeof reportSchema>;
// Compile-time guard: every report the bridge writes reads as one here (this side only adds leniency).
const readsWhatTheBridgeWrites: (r: StatusReport) => BridgeReport = (r) => r;
void readsWhatTheBridgeWrites;
type ReplicaReport = z.infer<typeof replicaSchema>;

export type ReportParse =
  | {kind: 'none'}
  | {kind: 'loading'}
  /** The admin's session could not read the reports (no permission, server down). */
  | {kind: 'unreadable'; problem: string}
  | {kind: 'invalid'; problem: string}
  | {kind: 'report'; report: BridgeReport};

/**
 * Reads one value; `problem` names the first offending field (under `label`, the preference's
 * name) and what was expected.
 */
export function parseReport(value: unknown, label = 'report'): ReportParse {
  let raw = value;
  if (raw === undefined || raw === null || raw === '') return {kind: 'none'};
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw) as unknown;
    } catch {
      return {kind: 'invalid', problem: `${label}: expected a JSON object, got text that is not JSON`};
    }
  }
  const result = reportSchema.safeParse(raw);
  if (!result.success) {
    return {kind: 'invalid', problem: formatIssues(result.error.issues, {root: label, firstOnly: true})};
  }
  return {kind: 'report', report: result.data};
}

/**
 * Every replica's stored report (preference name and value) as one: the freshest on top, which
 * the lines describe, and all of them under `replicas`. Replicas silent for a day are left out
 * while another one reports; a value that is not a report only shows when nothing else does.
 */
export function combineReports(stored: {name: string; value: string}[], now: number): ReportParse {
  const reports: BridgeReport[] = [];
  let firstProblem: ReportParse | null = null;
  for (const {name, value} of stored) {
    if (!name.startsWith(STATUS_NAME_PREFIX)) continue;
    const parsed = parseReport(value, name);
    if (parsed.kind === 'report') reports.push({...parsed.report, replica: parsed.report.replica ?? name.slice(STATUS_NAME_PREFIX.length)});
    else firstProblem ??= parsed;
  }
  if (reports.length === 0) return firstProblem ?? {kind: 'none'};
  reports.sort((a, b) => Date.parse(b.reported_at) - Date.parse(a.reported_at));
  const newest = reports[0]!;
  const current = reports.filter((r, i) => i === 0 || now - Date.parse(r.reported_at) < GONE_AFTER_MS);
  const replicas = Object.fromEntries(current.map((r) => [r.replica ?? '', r]));
  return {kind: 'report', report: {...newest, replicas}};
}

export type Tone = 'ok' | 'warn' | 'error' | 'unknown';

export interface StatusLine {
  /** Stable id for tests and styling: bridge, teleport, cluster, reviews, settings, requests. */
  id: string;
  label: string;
  tone: Tone;
  text: string;
}

export interface StatusView {
  lines: StatusLine[];
  /** Set when the lines below the first describe the bridge's last known state, not the present. */
  staleNote: string | null;
}

/**
 * What the admin reads. `reviewsEnabledSetting` is the console's own value of `reviewsenabled`
 * (the bridge's report can lag an admin's change by a poll), used only to explain why.
 */
export function describeStatus(parse: ReportParse, now: number, reviewsEnabledSetting?: unknown): StatusView {
  if (parse.kind === 'none') {
    return {
      lines: [{id: 'bridge', label: 'Bridge', tone: 'error', text: 'No report from the bridge yet. Start it (teleport-mattermost-bridge start); it reports here within a minute.'}],
      staleNote: null,
    };
  }
  if (parse.kind === 'loading') return {lines: [{id: 'bridge', label: 'Bridge', tone: 'unknown', text: "Reading the bridge's last report…"}], staleNote: null};
  if (parse.kind === 'unreadable') {
    return {lines: [{id: 'bridge', label: 'Bridge', tone: 'unknown', text: `The bridge's report could not be read: ${parse.problem}.`}], staleNote: null};
  }
  if (parse.kind === 'invalid') {
    return {
      lines: [{id: 'bridge', label: 'Bridge', tone: 'error', text: `The stored report cannot be read (${parse.problem}). A running bridge replaces it at its next report.`}],
      staleNote: null,
    };
  }
  const r = parse.report;
  const stale = isStale(r, now);
  const when = formatWhen(r.reported_at, Math.max(now, Date.parse(r.reported_at)));
  const build = r.version && r.version !== 'unknown' ? `bridge ${r.version}` : '';
  const who = [r.replica, build].filter(Boolean).join(', ');
  const lines: StatusLine[] = [
    stale
      ? {id: 'bridge', label: 'Bridge', tone: 'error', text: `No report from the bridge lately; the last was ${when}. Is it running, and can it reach Mattermost?`}
      : {id: 'bridge', label: 'Bridge', tone: 'ok', text: `Reachable: last report ${when}${who ? ` (${who})` : ''}.`},
  ];

  const t = r.teleport;
  lines.push(teleportLine(r));
  // Connected yet not ready: the credentials (expiring, another cluster's) or a watch not started.
  if (r.ready === false && r.reason && t?.connected !== false) lines.push({id: 'ready', label: 'Not ready', tone: 'error', text: r.reason});
  const cluster = t?.cluster?.trim() || null;
  const version = t?.version?.trim() || null;
  lines.push(
    cluster || version
      ? {id: 'cluster', label: 'Cluster', tone: 'ok', text: `${cluster ?? 'unnamed cluster'} · Teleport ${version ?? 'version unknown'}`}
      : {id: 'cluster', label: 'Cluster', tone: 'unknown', text: 'Not known yet (the bridge has not reached Teleport).'},
  );
  lines.push(reviewsLine(r, reviewsEnabledSetting));

  lines.push(settingsLine(r, now));

  const q = r.requests;
  if (q?.tracked !== undefined) {
    const flight = q.in_flight ? `, ${q.in_flight} being updated` : '';
    lines.push({id: 'requests', label: 'Requests', tone: 'ok', text: `${q.tracked} pending request${q.tracked === 1 ? '' : 's'} tracked${flight}.`});
  }

  const routing = routingLine(r);
  if (routing) lines.push(routing);

  const replicas = replicasLine(r, now);
  if (replicas) lines.push(replicas);

  if (r.truncated) lines.push({id: 'truncated', label: 'Note', tone: 'warn', text: 'Long texts above were cut to fit the stored report; the bridge’s /readyz has them whole.'});

  if (!stale) return {lines, staleNote: null};
  // A silent bridge's "OK" is history, not health: no green ticks under a red first line.
  const dimmed = lines.map((l, i) => (i > 0 && l.tone === 'ok' ? {...l, tone: 'unknown' as const} : l));
  return {lines: dimmed, staleNote: 'The lines below are the last known state and may be out of date.'};
}

function teleportLine(r: BridgeReport): StatusLine {
  const t = r.teleport;
  if (t?.connected === undefined) return {id: 'teleport', label: 'Teleport', tone: 'unknown', text: 'Unknown (not in the report).'};
  if (t.connected) return {id: 'teleport', label: 'Teleport', tone: 'ok', text: 'Connected: watching access requests.'};
  const why = r.reason ? `Why: ${r.reason}` : 'See the bridge log for the reason.';
  return {id: 'teleport', label: 'Teleport', tone: 'error', text: `Not connected: new requests are not posted. ${why}`};
}

function settingsLine(r: BridgeReport, now: number): StatusLine {
  const s = r.settings;
  if (s?.error) return {id: 'settings', label: 'Settings', tone: 'error', text: `Not applied: ${s.error}. The bridge keeps using the last good settings.`};
  if (s?.accepted === true) {
    const read = s.last_read_at && !Number.isNaN(Date.parse(s.last_read_at)) ? ` (read ${formatAbsolute(s.last_read_at, now)})` : '';
    return {id: 'settings', label: 'Settings', tone: 'ok', text: `Accepted${read}.`};
  }
  if (s?.accepted === false) return {id: 'settings', label: 'Settings', tone: 'error', text: 'Not applied; the bridge gave no reason.'};
  return {id: 'settings', label: 'Settings', tone: 'unknown', text: 'Unknown (not in the report).'};
}

/** One line for several replicas (none for one): which are silent or cut off from Teleport. */
function replicasLine(r: BridgeReport, now: number): StatusLine | null {
  const replicas = replicasOf(r);
  if (replicas.length <= 1) return null;
  const silent = replicas.filter((x) => isStale(x, now));
  const parts = replicas.map(
    (x) =>
      `${x.replica ?? '?'} ${isStale(x, now) ? `silent, last report ${formatAgo(Math.max(0, now - Date.parse(x.reported_at)))}` : x.teleport?.connected === false ? 'not connected to Teleport' : 'OK'}`,
  );
  return {id: 'replicas', label: 'Replicas', tone: silent.length > 0 ? 'warn' : 'ok', text: `${parts.join('; ')}.`};
}

function isStale(r: ReplicaReport, now: number): boolean {
  const limit = r.stale_after_seconds === undefined ? STALE_AFTER_MS : Math.min(Math.max(r.stale_after_seconds * 1000, STALE_LIMIT_RANGE_MS[0]), STALE_LIMIT_RANGE_MS[1]);
  return now - Date.parse(r.reported_at) > limit;
}

function replicasOf(r: BridgeReport): ReplicaReport[] {
  const out: ReplicaReport[] = [];
  for (const entry of Object.values(r.replicas ?? {})) {
    const parsed = replicaSchema.safeParse(entry);
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) => (a.replica ?? '').localeCompare(b.replica ?? ''));
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

const ROUTED_BY = {console: 'the routing below', suggested: 'a suggested reviewer'} as const;

/** "Last cards: 91c4a7b3 by rule db-team, 0a1b2c3d by the routing below." (the short ids cards print) */
function lastCards(recent: readonly {request: string; via: 'rule' | 'console' | 'suggested'; rule?: string | undefined}[]): string {
  if (recent.length === 0) return '';
  const each = recent.map((c) => `${c.request} by ${c.via === 'rule' ? `rule ${c.rule ?? '(unnamed)'}` : ROUTED_BY[c.via]}`);
  return ` Last cards: ${each.join(', ')}.`;
}

/** Teleport's access monitoring rules and which source routed the cards (absent from older bridges). */
function routingLine(r: BridgeReport): StatusLine | null {
  const g = r.routing;
  if (!g?.rules) return null;
  const base = {id: 'routing', label: 'Routing'};
  const c = g.cards_by_source;
  const counts = c ? ` Cards since the bridge started: ${c.rule ?? 0} by rules, ${c.console ?? 0} by the routing below, ${c.suggested ?? 0} to suggested reviewers.` : '';
  const cards = counts + lastCards(g.recent_cards ?? []);
  switch (g.rules) {
    case 'active': {
      const skipped = g.skipped?.length ? ` Not used (the bridge cannot evaluate them; see its log): ${g.skipped.join(', ')}.` : '';
      const active = g.active ?? 0;
      const lead =
        active > 0
          ? `${plural(active, 'access monitoring rule')} from Teleport route cards; where one matches a request, it replaces the routing below.`
          : 'No access monitoring rule in Teleport names this plugin; cards follow the routing below.';
      return {...base, tone: g.skipped?.length ? 'warn' : 'ok', text: lead + skipped + cards};
    }
    case 'unavailable':
      return {...base, tone: 'ok', text: 'This Teleport cluster has no access monitoring rules (Teleport 15/16 and later); cards follow the routing below.' + cards};
    case 'denied':
      return {
        ...base,
        tone: 'warn',
        text: "The bridge's Teleport role cannot read access monitoring rules (access_monitoring_rule: list, read); cards follow the routing below." + cards,
      };
    case 'failing':
      return {...base, tone: 'warn', text: 'Access monitoring rules could not be read (see the bridge log); cards follow the routing below until they can.' + cards};
    default:
      return {...base, tone: 'unknown', text: 'Reading access monitoring rules from Teleport…' + cards};
  }
}

function reviewsLine(r: BridgeReport, reviewsEnabledSetting: unknown): StatusLine {
  const base = {id: 'reviews', label: 'In-chat reviews'};
  if (r.reviews_available === true) return {...base, tone: 'ok', text: 'Available: reviewers can Approve and Deny on cards.'};
  const t = r.teleport;
  const settingOff = reviewsEnabledSetting === false || reviewsEnabledSetting === 'false';
  if (settingOff) return {...base, tone: 'warn', text: 'Off: "Enable Approve and Deny in Mattermost" is off below. Cards link to Teleport.'};
  if (t?.on_behalf_reviews === false) {
    return {...base, tone: 'warn', text: 'Unavailable: this Teleport cluster cannot record reviews on behalf of users (needs Teleport 18.11+). Cards link to Teleport.'};
  }
  if (t?.self_check === false) {
    return {
      ...base,
      tone: 'error',
      text: "Unavailable: the bridge's Teleport identity may not submit reviews for other users (its role needs review_requests.submit_for_users). Cards link to Teleport.",
    };
  }
  if (r.reviews_available === false && t?.self_check === true) {
    // Everything on the Teleport side passed, so only the setting can be the cause.
    return {...base, tone: 'warn', text: 'Off: turned off in these settings. Cards link to Teleport.'};
  }
  if (t?.self_check === null || (t !== undefined && t.self_check === undefined && r.reviews_available === false)) {
    return {...base, tone: 'unknown', text: 'Not yet known: the bridge has not finished checking that Teleport accepts its reviews.'};
  }
  return {...base, tone: 'unknown', text: 'Unknown (not in the report).'};
}
