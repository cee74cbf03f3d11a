/**
 * Decoded gRPC messages (proto-loader objects: keepCase, longs Number, enums String, defaults)
 * → the bridge's domain types. Anything malformed becomes TeleportError('BadParameter') naming
 * the field, e.g. "AccessRequestV3.Spec.State: expected one of PENDING, APPROVED, DENIED, PROMOTED".
 */
import {z} from 'zod';
import {formatIssues} from '@tma/card-contract';
import type {ClusterInfo, TeleportUser} from '../domain/request';
import {TeleportError, type AccessCapabilities} from './port';
import {supportsOnBehalfReviews} from './version';
import {timestampIso, ZERO_TIME_SECONDS} from './decode-request';

// The watch's message has its own decoder (decode-request.ts says why it is not zod).
export {decodeAccessRequest, ZERO_TIME_SECONDS} from './decode-request';

const str = z.string({error: 'expected a string'});
const strList = z.array(str, {error: 'expected a list of strings'});
const bool = z.boolean({error: 'expected a boolean'});

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
    const iso = timestampIso(Number(ts.seconds), ts.nanos ?? 0);
    if (iso === undefined) {
      ctx.addIssue({code: 'custom', message: `timestamp ${ts.seconds}s is out of range`});
      return z.NEVER;
    }
    return iso;
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
