/**
 * An AccessRequestV3 as grpc-js hands it over (proto-loader shape: keepCase, longs as numbers,
 * enums as names, defaults filled in) → the domain request. Malformed input becomes
 * TeleportError('BadParameter') naming the field, as the zod decoders in decode.ts do, e.g.
 * "AccessRequestV3.Spec.State: expected one of PENDING, APPROVED, DENIED, PROMOTED".
 *
 * Why this one message is not a zod schema: every request the watch delivers goes through here.
 * zod took 52 µs per event in a loop at the shipped tier and 201 µs per event inside the bridge in
 * a burst of 1,000 (its payload objects, issue lists and transform pipes, and the collections
 * their garbage brings), 4-5% of a card's CPU (issue 10); the checks below take 6.8 and 40 µs.
 * The wire format is already a schema: protobufjs's generated decoder (codec.cjs, from the .proto
 * files) gives every field its type and default, so what is left is what a .proto cannot say
 * (known enum names, non-empty ids, a creation time, timestamps in range) plus type checks that
 * keep a hand-built object from slipping past.
 */
import type {AccessRequest, ResourceConstraints, ResourceRef, Review} from '../domain/request';
import {isoUtc} from '../card/time';
import {TeleportError} from './port';

/** Go's zero time.Time, which gogoproto sends for unset non-nullable timestamps. */
export const ZERO_TIME_SECONDS = -62135596800;

type Fields = Record<string, unknown>;

const ROOT = 'AccessRequestV3';
const STATES = ['PENDING', 'APPROVED', 'DENIED', 'PROMOTED'] as const;
const DECISIONS = ['APPROVED', 'DENIED', 'PROMOTED'] as const;
const KINDS = ['UNDEFINED', 'SHORT_TERM', 'LONG_TERM'] as const;
const DETAILS = ['aws_console', 'ssh', 'windows_desktop'] as const;

function bad(path: string, expected: string): never {
  throw new TeleportError('BadParameter', `${path}: ${expected}`);
}

function isFields(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function message(v: unknown, path: string, what: string): Fields {
  return isFields(v) ? v : bad(path, `expected ${what}`);
}

/** A message field that may be absent (null or left out). */
function optionalMessage(v: unknown, path: string, what: string): Fields | null {
  return v === null || v === undefined ? null : message(v, path, what);
}

function text(m: Fields, key: string, path: string): string {
  const v = m[key];
  return typeof v === 'string' ? v : bad(`${path}.${key}`, 'expected a string');
}

function nonEmpty(m: Fields, key: string, path: string, what: string): string {
  return text(m, key, path) || bad(`${path}.${key}`, `expected a non-empty ${what}`);
}

function texts(m: Fields, key: string, path: string): string[] {
  const v = m[key];
  if (!Array.isArray(v)) return bad(`${path}.${key}`, 'expected a list of strings');
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') bad(`${path}.${key}[${i}]`, 'expected a string');
  return v as string[];
}

function count(v: unknown, path: string): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : bad(path, 'expected a non-negative integer');
}

function counts(v: unknown, path: string, what: string): number[] {
  if (!Array.isArray(v)) return bad(path, `expected ${what}`);
  for (let i = 0; i < v.length; i++) count(v[i], `${path}[${i}]`);
  return v as number[];
}

function list(m: Fields, key: string, path: string, what: string): unknown[] {
  const v = m[key];
  return Array.isArray(v) ? v : bad(`${path}.${key}`, `expected ${what}`);
}

function oneOf<T extends string>(v: unknown, values: readonly T[], path: string): T {
  return (values as readonly unknown[]).includes(v) ? (v as T) : bad(path, `expected one of ${values.join(', ')}`);
}

/** A Timestamp message → ISO-8601, or null when absent or Go's zero time. */
function timestamp(m: Fields, key: string, path: string): string | null {
  const ts = optionalMessage(m[key], `${path}.${key}`, 'a Timestamp');
  if (ts === null) return null;
  const raw = ts['seconds'];
  const seconds =
    typeof raw === 'number' && Number.isInteger(raw)
      ? raw
      : typeof raw === 'string' && /^-?\d+$/.test(raw)
        ? Number(raw)
        : bad(`${path}.${key}.seconds`, 'expected integer seconds');
  const rawNanos = ts['nanos'] ?? 0;
  const nanos =
    typeof rawNanos === 'number' && Number.isInteger(rawNanos) && rawNanos >= 0 && rawNanos <= 999_999_999
      ? rawNanos
      : bad(`${path}.${key}.nanos`, 'expected nanoseconds (0-999999999)');
  const iso = timestampIso(seconds, nanos);
  return iso === undefined ? bad(`${path}.${key}`, `timestamp ${String(raw)}s is out of range`) : iso;
}

/** A Timestamp's seconds and nanoseconds → ISO-8601; null for Go's zero time, undefined outside Date's range. */
export function timestampIso(seconds: number, nanos: number): string | null | undefined {
  if (seconds === ZERO_TIME_SECONDS && nanos === 0) return null;
  const date = new Date(seconds * 1000 + Math.floor(nanos / 1e6));
  return Number.isNaN(date.getTime()) ? undefined : isoUtc(date);
}

function review(v: unknown, path: string): Review {
  const r = message(v, path, 'an AccessReview');
  const submittedBy = r['SubmittedBy'] === undefined ? '' : text(r, 'SubmittedBy', path);
  // PENDING and NONE are not decisions a review can carry.
  const proposed = oneOf(r['ProposedState'], DECISIONS, `${path}.ProposedState`);
  return {
    author: nonEmpty(r, 'Author', path, 'author'),
    // A review proposing PROMOTED (access-list promotion) is an approval of the request.
    decision: proposed === 'DENIED' ? 'DENIED' : 'APPROVED',
    reason: text(r, 'Reason', path),
    created: timestamp(r, 'Created', path) ?? '',
    submittedBy,
    thresholdIndexes: counts(r['ThresholdIndexes'], `${path}.ThresholdIndexes`, 'a list of indexes'),
  };
}

function resourceId(v: unknown, path: string): ResourceRef {
  const r = message(v, path, 'a ResourceID');
  return {cluster: text(r, 'ClusterName', path), kind: text(r, 'Kind', path), name: text(r, 'Name', path), subResource: text(r, 'SubResourceName', path), constraints: null};
}

/**
 * ResourceConstraints: exactly one detail is set. A detail this bridge does not know is dropped by
 * the decoder as an unknown field, which leaves the message without a `details` member.
 */
function constraints(v: unknown, path: string): ResourceConstraints | null {
  const c = optionalMessage(v, path, 'a ResourceConstraints message');
  if (c === null) return null;
  const details = c['details'] === undefined ? undefined : oneOf(c['details'], DETAILS, `${path}.details`);
  const detail = details === undefined ? null : optionalMessage(c[details], `${path}.${details}`, `a ${details} constraint`);
  if (details === 'ssh' && detail) return {kind: 'ssh', logins: texts(detail, 'logins', `${path}.ssh`)};
  if (details === 'aws_console' && detail) return {kind: 'aws_console', roleArns: texts(detail, 'role_arns', `${path}.aws_console`)};
  if (details === 'windows_desktop' && detail) return {kind: 'windows_desktop', logins: texts(detail, 'logins', `${path}.windows_desktop`)};
  return {kind: 'unknown'};
}

function resourceAccessId(v: unknown, path: string): ResourceRef {
  const r = message(v, path, 'a ResourceAccessID');
  if (r['id'] === null || r['id'] === undefined) return bad(`${path}.id`, 'expected a resource id');
  return {...resourceId(r['id'], `${path}.id`), constraints: constraints(r['constraints'], `${path}.constraints`)};
}

const sameResource = (a: ResourceRef, b: ResourceRef) => a.cluster === b.cluster && a.kind === b.kind && a.name === b.name && a.subResource === b.subResource;

/**
 * Every requested resource, as Teleport's own GetAllRequestedResourceIDs lists them: the server
 * keeps unconstrained resources in field 14 and constrained ones in field 26 (it splits them with
 * UnwrapResourceAccessIDs), so neither field alone is the whole list. Where a resource is in both,
 * the field-26 entry wins: it is the authoritative one and carries the constraints.
 */
function requestedResources(s: Fields, path: string): ResourceRef[] {
  const plain = list(s, 'RequestedResourceIDs', path, 'a list of resource IDs').map((r, i) => resourceId(r, `${path}.RequestedResourceIDs[${i}]`));
  // Field 26 (2026 clusters); older clusters and decoders without it leave the list empty.
  if (s['RequestedResourceAccessIDs'] === undefined) return plain;
  const access = list(s, 'RequestedResourceAccessIDs', path, 'a list of resource access IDs').map((r, i) => resourceAccessId(r, `${path}.RequestedResourceAccessIDs[${i}]`));
  if (access.length === 0) return plain;
  return [...plain.filter((p) => !access.some((a) => sameResource(a, p))), ...access];
}

function thresholds(s: Fields, path: string): AccessRequest['thresholds'] {
  return list(s, 'Thresholds', path, 'a list of thresholds').map((v, i) => {
    const at = `${path}.Thresholds[${i}]`;
    const t = message(v, at, 'an AccessReviewThreshold');
    return {name: text(t, 'Name', at), filter: text(t, 'Filter', at), approve: count(t['Approve'], `${at}.Approve`), deny: count(t['Deny'], `${at}.Deny`)};
  });
}

function roleThresholdMapping(s: Fields, path: string): AccessRequest['roleThresholdMapping'] {
  const at = `${path}.RoleThresholdMapping`;
  const m = message(s['RoleThresholdMapping'], at, 'a map of role to threshold index sets');
  const out: AccessRequest['roleThresholdMapping'] = {};
  for (const role of Object.keys(m)) {
    // Not a role name Teleport accepts, and as a key it would replace the object's prototype.
    if (role === '__proto__') bad(`${at}.${role}`, 'expected a role name');
    const sets = message(m[role], `${at}.${role}`, 'ThresholdIndexSets');
    out[role] = list(sets, 'Sets', `${at}.${role}`, 'a list of index sets').map((set, i) => {
      const where = `${at}.${role}.Sets[${i}]`;
      return counts(message(set, where, 'a ThresholdIndexSet')['Indexes'], `${where}.Indexes`, 'a list of indexes');
    });
  }
  return out;
}

function labels(m: Fields, path: string): void {
  const l = optionalMessage(m['Labels'], `${path}.Labels`, 'a map of labels');
  if (l) for (const key of Object.keys(l)) if (typeof l[key] !== 'string') bad(`${path}.Labels.${key}`, 'expected a string');
}

export function decodeAccessRequest(input: unknown): AccessRequest {
  const m = message(input, ROOT, 'an AccessRequestV3 message');
  if (m['Kind'] !== 'access_request' && m['Kind'] !== '') bad(`${ROOT}.Kind`, 'expected "access_request"');
  const md = message(m['Metadata'], `${ROOT}.Metadata`, 'a Metadata message');
  const mdPath = `${ROOT}.Metadata`;
  labels(md, mdPath);
  const path = `${ROOT}.Spec`;
  const s = message(m['Spec'], path, 'an AccessRequestSpecV3 message');
  const dryRun = s['DryRun'] === undefined ? false : typeof s['DryRun'] === 'boolean' ? s['DryRun'] : bad(`${path}.DryRun`, 'expected a boolean');
  const accessList = optionalMessage(s['accessList'], `${path}.accessList`, 'an access list');
  const listName = accessList ? text(accessList, 'Name', `${path}.accessList`) : '';
  const listTitle = accessList ? text(accessList, 'Title', `${path}.accessList`) : '';
  // Dry-run answers are never stored and may come back without a creation time.
  const created = timestamp(s, 'Created', path) ?? (dryRun ? isoUtc(Date.now()) : bad(`${path}.Created`, 'expected a creation time, got the zero time'));
  return {
    id: nonEmpty(md, 'Name', mdPath, 'name'),
    user: nonEmpty(s, 'User', path, 'user'),
    roles: texts(s, 'Roles', path),
    state: oneOf(s['State'], STATES, `${path}.State`),
    created,
    accessExpires: timestamp(s, 'Expires', path),
    pendingExpires: timestamp(md, 'Expires', mdPath),
    maxDuration: timestamp(s, 'MaxDuration', path),
    sessionTTL: timestamp(s, 'SessionTTL', path),
    assumeStartTime: timestamp(s, 'AssumeStartTime', path),
    reason: text(s, 'RequestReason', path),
    resolveReason: text(s, 'ResolveReason', path),
    thresholds: thresholds(s, path),
    roleThresholdMapping: roleThresholdMapping(s, path),
    reviews: list(s, 'Reviews', path, 'a list of reviews').map((r, i) => review(r, `${path}.Reviews[${i}]`)),
    suggestedReviewers: texts(s, 'SuggestedReviewers', path),
    resources: requestedResources(s, path),
    requestKind: s['RequestKind'] === undefined ? 'UNDEFINED' : oneOf(s['RequestKind'], KINDS, `${path}.RequestKind`),
    promotedAccessList: listName !== '' ? {name: listName, title: listTitle} : null,
    loginHint: text(s, 'LoginHint', path),
  };
}
