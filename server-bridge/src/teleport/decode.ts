/**
 * Decoded gRPC messages (proto-loader objects: keepCase, longs Number, enums String, defaults)
 * → the bridge's domain types. Anything malformed becomes TeleportError('BadParameter') naming
 * the field, e.g. "AccessRequestV3.Spec.State: expected one of PENDING, APPROVED, DENIED, PROMOTED".
 */
import {z} from 'zod';
import {formatIssues} from '@tma/card-contract';
import type {AccessRequest, ClusterInfo, ResourceConstraints, ResourceRef, Review, TeleportUser} from '../domain/request';
import {TeleportError, type AccessCapabilities} from './port';
import {supportsOnBehalfReviews} from './version';
import {isoUtc} from '../card/time';

/** Go's zero time.Time, which gogoproto sends for unset non-nullable timestamps. */
export const ZERO_TIME_SECONDS = -62135596800;

const str = z.string({error: 'expected a string'});
const strList = z.array(str, {error: 'expected a list of strings'});
const bool = z.boolean({error: 'expected a boolean'});
const uint = z.number({error: 'expected a number'}).int({error: 'expected an integer'}).nonnegative({error: 'expected a non-negative integer'});

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {error: `expected one of ${values.join(', ')}`});
}

/** A Timestamp message → ISO-8601, or null when absent or Go's zero time. */
const timestamp = z
  .object(
    {
      seconds: z.union([z.number().int(), str.regex(/^-?\d+$/, {error: 'expected an integer string'})], {error: 'expected integer seconds'}),
      nanos: z.number({error: 'expected a number'}).int().min(0).max(999_999_999).optional(),
    },
    {error: 'expected a Timestamp'},
  )
  .nullable()
  .optional()
  .transform((ts, ctx) => {
    if (!ts) return null;
    const seconds = Number(ts.seconds);
    if (seconds === ZERO_TIME_SECONDS && !ts.nanos) return null;
    const ms = seconds * 1000 + Math.floor((ts.nanos ?? 0) / 1e6);
    const date = new Date(ms);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({code: 'custom', message: `timestamp ${ts.seconds}s is out of range`});
      return z.NEVER;
    }
    return isoUtc(date);
  });

const metadata = z.object(
  {
    Name: str.min(1, {error: 'expected a non-empty name'}),
    Labels: z.record(str, str).nullable().optional(),
    Expires: timestamp,
  },
  {error: 'expected a Metadata message'},
);

const labelValues = z
  .object({Values: z.record(str, z.object({Values: strList}, {error: 'expected StringValues'})).optional()}, {error: 'expected LabelValues'})
  .nullable()
  .optional()
  .transform((lv) => Object.fromEntries(Object.entries(lv?.Values ?? {}).map(([k, v]) => [k, v.Values])));

const requestState = oneOf(['PENDING', 'APPROVED', 'DENIED', 'PROMOTED']);

const review = z
  .object({
    Author: str.min(1, {error: 'expected a non-empty author'}),
    // PENDING and NONE are not decisions a review can carry.
    ProposedState: oneOf(['APPROVED', 'DENIED', 'PROMOTED']),
    Reason: str,
    Created: timestamp,
    ThresholdIndexes: z.array(uint, {error: 'expected a list of indexes'}),
    SubmittedBy: str.optional(),
  })
  .transform((r): Review => ({
    author: r.Author,
    // A review proposing PROMOTED (access-list promotion) is an approval of the request.
    decision: r.ProposedState === 'DENIED' ? 'DENIED' : 'APPROVED',
    reason: r.Reason,
    created: r.Created ?? '',
    submittedBy: r.SubmittedBy ?? '',
    thresholdIndexes: r.ThresholdIndexes,
  }));

const resourceId = z
  .object({ClusterName: str, Kind: str, Name: str, SubResourceName: str}, {error: 'expected a ResourceID'})
  .transform((r): ResourceRef => ({cluster: r.ClusterName, kind: r.Kind, name: r.Name, subResource: r.SubResourceName, constraints: null}));

/**
 * ResourceConstraints: exactly one detail is set. A detail this bridge does not know is dropped by
 * the decoder as an unknown field, which leaves the message without a `details` member.
 */
const constraints = z
  .object(
    {
      details: oneOf(['aws_console', 'ssh', 'windows_desktop']).optional(),
      aws_console: z.object({role_arns: strList}).nullable().optional(),
      ssh: z.object({logins: strList}).nullable().optional(),
      windows_desktop: z.object({logins: strList}).nullable().optional(),
    },
    {error: 'expected a ResourceConstraints message'},
  )
  .nullable()
  .optional()
  .transform((c): ResourceConstraints | null => {
    if (!c) return null;
    if (c.details === 'ssh' && c.ssh) return {kind: 'ssh', logins: c.ssh.logins};
    if (c.details === 'aws_console' && c.aws_console) return {kind: 'aws_console', roleArns: c.aws_console.role_arns};
    if (c.details === 'windows_desktop' && c.windows_desktop) return {kind: 'windows_desktop', logins: c.windows_desktop.logins};
    return {kind: 'unknown'};
  });

const resourceAccessId = z.object({id: resourceId.nullable(), constraints}, {error: 'expected a ResourceAccessID'}).transform((r, ctx): ResourceRef => {
  if (!r.id) {
    ctx.addIssue({code: 'custom', message: 'expected a resource id', path: ['id']});
    return z.NEVER;
  }
  return {...r.id, constraints: r.constraints};
});

const sameResource = (a: ResourceRef, b: ResourceRef) => a.cluster === b.cluster && a.kind === b.kind && a.name === b.name && a.subResource === b.subResource;

/**
 * Every requested resource, as Teleport's own GetAllRequestedResourceIDs lists them: the server
 * keeps unconstrained resources in field 14 and constrained ones in field 26 (it splits them with
 * UnwrapResourceAccessIDs), so neither field alone is the whole list. Where a resource is in both,
 * the field-26 entry wins: it is the authoritative one and carries the constraints.
 */
function requestedResources(plain: ResourceRef[], access: ResourceRef[]): ResourceRef[] {
  return [...plain.filter((p) => !access.some((a) => sameResource(a, p))), ...access];
}

const spec = z.object(
  {
    User: str.min(1, {error: 'expected a non-empty user'}),
    Roles: strList,
    State: requestState,
    Created: timestamp,
    Expires: timestamp,
    RequestReason: str,
    ResolveReason: str,
    Thresholds: z.array(
      z.object({Name: str, Filter: str, Approve: uint, Deny: uint}).transform((t) => ({name: t.Name, filter: t.Filter, approve: t.Approve, deny: t.Deny})),
      {error: 'expected a list of thresholds'},
    ),
    RoleThresholdMapping: z.record(
      str,
      z.object({Sets: z.array(z.object({Indexes: z.array(uint)}).transform((s) => s.Indexes))}).transform((m) => m.Sets),
      {error: 'expected a map of role to threshold index sets'},
    ),
    Reviews: z.array(review, {error: 'expected a list of reviews'}),
    SuggestedReviewers: strList,
    RequestedResourceIDs: z.array(resourceId, {error: 'expected a list of resource IDs'}),
    // Field 26 (2026 clusters); older clusters and decoders without it leave the list empty.
    RequestedResourceAccessIDs: z.array(resourceAccessId, {error: 'expected a list of resource access IDs'}).optional(),
    LoginHint: str,
    DryRun: bool.optional(),
    MaxDuration: timestamp,
    SessionTTL: timestamp,
    AssumeStartTime: timestamp,
    accessList: z.object({Name: str, Title: str}).nullable().optional(),
    RequestKind: oneOf(['UNDEFINED', 'SHORT_TERM', 'LONG_TERM']).optional(),
  },
  {error: 'expected an AccessRequestSpecV3 message'},
);

const accessRequest = z
  .object({
    Kind: z.union([z.literal('access_request'), z.literal('')], {error: 'expected "access_request"'}),
    Metadata: metadata,
    Spec: spec,
  })
  .transform((m, ctx): AccessRequest => {
    const s = m.Spec;
    let created = s.Created;
    if (created === null) {
      // Dry-run answers are never stored and may come back without a creation time.
      if (!s.DryRun) {
        ctx.addIssue({code: 'custom', message: 'expected a creation time, got the zero time', path: ['Spec', 'Created']});
        return z.NEVER;
      }
      created = isoUtc(Date.now());
    }
    return {
      id: m.Metadata.Name,
      user: s.User,
      roles: s.Roles,
      state: s.State,
      created,
      accessExpires: s.Expires,
      pendingExpires: m.Metadata.Expires,
      maxDuration: s.MaxDuration,
      sessionTTL: s.SessionTTL,
      assumeStartTime: s.AssumeStartTime,
      reason: s.RequestReason,
      resolveReason: s.ResolveReason,
      thresholds: s.Thresholds,
      roleThresholdMapping: s.RoleThresholdMapping,
      reviews: s.Reviews,
      suggestedReviewers: s.SuggestedReviewers,
      resources: requestedResources(s.RequestedResourceIDs, s.RequestedResourceAccessIDs ?? []),
      requestKind: s.RequestKind ?? 'UNDEFINED',
      promotedAccessList: s.accessList && s.accessList.Name !== '' ? {name: s.accessList.Name, title: s.accessList.Title} : null,
      loginHint: s.LoginHint,
    };
  });

const BOT_LABEL = 'teleport.internal/bot';

const user = z
  .object({
    Metadata: metadata,
    Spec: z.object(
      {
        Roles: strList,
        Traits: labelValues,
        CreatedBy: z
          .object({Connector: z.object({Type: str, ID: str}).nullable().optional()})
          .nullable()
          .optional(),
      },
      {error: 'expected a UserSpecV2 message'},
    ),
  })
  .transform((u): TeleportUser => ({
    name: u.Metadata.Name,
    roles: u.Spec.Roles,
    traits: u.Spec.Traits,
    // An SSO user is one created by a connector (CreatedBy.Connector).
    ssoConnector: u.Spec.CreatedBy?.Connector ? u.Spec.CreatedBy.Connector.ID || u.Spec.CreatedBy.Connector.Type : null,
    isBot: Object.hasOwn(u.Metadata.Labels ?? {}, BOT_LABEL),
  }));

const ping = z
  .object({
    ClusterName: str.min(1, {error: 'expected a non-empty cluster name'}),
    ServerVersion: str,
    ProxyPublicAddr: str,
    ServerFeatures: z.object({AdvancedAccessWorkflows: bool}).nullable(),
  })
  .transform((p): ClusterInfo => {
    const advanced = p.ServerFeatures?.AdvancedAccessWorkflows ?? false;
    return {
      clusterName: p.ClusterName,
      serverVersion: p.ServerVersion,
      proxyPublicAddr: p.ProxyPublicAddr,
      advancedAccessWorkflows: advanced,
      onBehalfReviews: advanced && supportsOnBehalfReviews(p.ServerVersion),
    };
  });

const capabilities = z
  .object({RequestableRoles: strList, SuggestedReviewers: strList, ApplicableRolesForResources: strList.optional(), RequestPrompt: str, RequireReason: bool})
  .transform((c): AccessCapabilities => ({
    requestableRoles: c.RequestableRoles,
    applicableRolesForResources: c.ApplicableRolesForResources ?? [],
    suggestedReviewers: c.SuggestedReviewers,
    requestPrompt: c.RequestPrompt,
    requireReason: c.RequireReason,
  }));

function decodeWith<S extends z.ZodType>(schema: S, root: string, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new TeleportError('BadParameter', formatIssues(result.error.issues, {root, firstOnly: true}));
}

export const decodeAccessRequest = (input: unknown): AccessRequest => decodeWith(accessRequest, 'AccessRequestV3', input);
export const decodeUser = (input: unknown): TeleportUser => decodeWith(user, 'UserV2', input);
export const decodePing = (input: unknown): ClusterInfo => decodeWith(ping, 'PingResponse', input);
export const decodeCapabilities = (input: unknown): AccessCapabilities => decodeWith(capabilities, 'AccessCapabilities', input);

// Built once: zod compiles a schema on first use, which cost ~0.4 ms per call when it was built
// inside decodePluginData (issue 10's profile).
const pluginDataSeq = z.object({
  PluginData: z.array(
    z.object({
      Spec: z.object({Entries: z.record(str, z.object({Data: z.record(str, str)}).nullable())}).nullable(),
    }),
  ),
});

const pluginDataList = z.object({
  PluginData: z.array(
    z.object({
      Metadata: z.object({Name: str}).nullable().optional(),
      Spec: z.object({Entries: z.record(str, z.object({Data: z.record(str, str)}).nullable())}).nullable(),
    }),
  ),
});

/** Every request's entry of the plugin in a PluginDataSeq, by request id. */
export function decodePluginDataList(input: unknown, plugin: string): Map<string, Record<string, string>> {
  const seq = decodeWith(pluginDataList, 'PluginDataSeq', input);
  const out = new Map<string, Record<string, string>>();
  for (const item of seq.PluginData) {
    const entry = item.Spec?.Entries[plugin];
    if (entry && item.Metadata?.Name) out.set(item.Metadata.Name, entry.Data);
  }
  return out;
}

/** The plugin's entry in a PluginDataSeq, or null when there is none. */
export function decodePluginData(input: unknown, plugin: string): Record<string, string> | null {
  const seq = decodeWith(pluginDataSeq, 'PluginDataSeq', input);
  for (const item of seq.PluginData) {
    const entry = item.Spec?.Entries[plugin];
    if (entry) return entry.Data;
  }
  return null;
}

/**
 * Converts a Date to a Timestamp message; null gives Go's zero time (what gogoproto sends for
 * unset). Seconds as a number: protobufjs parses a string through long.js's multiplication.
 */
export function toTimestamp(date: Date | null): {seconds: number; nanos: number} {
  if (!date) return {seconds: ZERO_TIME_SECONDS, nanos: 0};
  const ms = date.getTime();
  const seconds = Math.floor(ms / 1000);
  return {seconds, nanos: (ms - seconds * 1000) * 1e6};
}
