/**
 * From the peer's model to Teleport's wire messages, with gogoproto's habits:
 * non-nullable timestamps and sub-messages are always present, the zero time is year 1.
 */
import type {AccessRequestV3} from '../../../server-bridge/src/teleport/proto/generated/types/AccessRequestV3';
import type {AccessReview} from '../../../server-bridge/src/teleport/proto/generated/types/AccessReview';
import type {RoleConditions as WireRoleConditions} from '../../../server-bridge/src/teleport/proto/generated/types/RoleConditions';
import type {RoleV6} from '../../../server-bridge/src/teleport/proto/generated/types/RoleV6';
import type {UserV2} from '../../../server-bridge/src/teleport/proto/generated/types/UserV2';
import type {Timestamp, Timestamp__Output} from '../../../server-bridge/src/teleport/proto/generated/google/protobuf/Timestamp';
import type {LabelValues} from '../../../server-bridge/src/teleport/proto/generated/wrappers/LabelValues';
import type {ResourceAccessID, ResourceAccessID__Output} from '../../../server-bridge/src/teleport/proto/generated/types/ResourceAccessID';
import type {ResourceID, ResourceID__Output} from '../../../server-bridge/src/teleport/proto/generated/types/ResourceID';
import type {AccessRequest, RequestedResource, ResourceConstraints, ResourceId, Review, Role, RoleConditions, User} from './model';

/** Go's zero time.Time as a protobuf Timestamp. */
export const ZERO_TIMESTAMP_SECONDS = -62135596800;
export const zeroTimestamp = (): Timestamp => ({seconds: ZERO_TIMESTAMP_SECONDS, nanos: 0});

export function toTimestamp(d: Date): Timestamp {
  const ms = d.getTime();
  const seconds = Math.floor(ms / 1000);
  return {seconds, nanos: (ms - seconds * 1000) * 1_000_000};
}

/** null for an absent or zero (year 1) timestamp. */
export function fromTimestamp(ts: Timestamp__Output | null | undefined): Date | null {
  if (!ts) return null;
  const seconds = Number(ts.seconds);
  // Only Go's zero time means "unset"; the Unix epoch is an ordinary (if odd) time.
  if (!Number.isFinite(seconds) || seconds <= ZERO_TIMESTAMP_SECONDS) return null;
  return new Date(seconds * 1000 + Math.floor(ts.nanos / 1_000_000));
}

export function toLabelValues(m: Record<string, string[]>): LabelValues {
  return {Values: Object.fromEntries(Object.entries(m).map(([k, v]) => [k, {Values: [...v]}]))};
}

function reviewToWire(r: Review): AccessReview {
  return {
    Author: r.author,
    Roles: [...r.roles],
    ProposedState: r.proposedState,
    Reason: r.reason,
    Created: toTimestamp(r.created),
    Annotations: {Values: {}},
    ThresholdIndexes: [...r.thresholdIndexes],
    SubmittedBy: r.submittedBy,
    submitted_on_behalf_of_author: r.onBehalfOfAuthor,
  };
}

const idToWire = (id: ResourceId): ResourceID => ({ClusterName: id.cluster, Kind: id.kind, Name: id.name, SubResourceName: id.subResource});

function constraintsToWire(c: ResourceConstraints): NonNullable<ResourceAccessID['constraints']> {
  if ('ssh' in c) return {version: 'v1', ssh: {logins: [...c.ssh.logins]}};
  if ('awsConsole' in c) return {version: 'v1', aws_console: {role_arns: [...c.awsConsole.roleArns]}};
  return {version: 'v1', windows_desktop: {logins: [...c.windowsDesktop.logins]}};
}

/** The wire's resources back into the model: field 14 entries, then field 26 ones (as Teleport combines them). */
export function resourcesFromWire(plain: ResourceID__Output[], access: ResourceAccessID__Output[]): RequestedResource[] {
  const id = (r: ResourceID__Output): ResourceId => ({cluster: r.ClusterName, kind: r.Kind, name: r.Name, subResource: r.SubResourceName});
  const constraints = (c: ResourceAccessID__Output['constraints']): ResourceConstraints | null => {
    if (c?.ssh) return {ssh: {logins: [...c.ssh.logins]}};
    if (c?.aws_console) return {awsConsole: {roleArns: [...c.aws_console.role_arns]}};
    if (c?.windows_desktop) return {windowsDesktop: {logins: [...c.windows_desktop.logins]}};
    return null;
  };
  return [...plain.map((r) => ({id: id(r), constraints: null})), ...access.flatMap((a) => (a.id ? [{id: id(a.id), constraints: constraints(a.constraints)}] : []))];
}

/**
 * `reviewFields`: false on servers older than 18.11, which do not know fields 11/12 of AccessReview.
 * `newSpecFields`: false when modelling a server older than v18 (the real peer runs 13.3.8, whose
 * AccessRequestSpecV3 ends at field 18): no AssumeStartTime (21), no RequestedResourceAccessIDs (26).
 * Like Teleport (UnwrapResourceAccessIDs), unconstrained resources go in field 14 and constrained
 * ones in field 26.
 */
export function requestToWire(req: AccessRequest, opts: {reviewFields: boolean; newSpecFields: boolean}): AccessRequestV3 {
  const constrained = opts.newSpecFields ? req.resources.filter((r) => r.constraints !== null) : [];
  return {
    Kind: 'access_request',
    SubKind: '',
    Version: 'v3',
    Metadata: {
      Name: req.id,
      Namespace: 'default',
      Labels: {},
      Expires: toTimestamp(req.resourceExpires),
      Revision: String(req.revision),
    },
    Spec: {
      User: req.user,
      Roles: [...req.roles],
      State: req.state,
      Created: toTimestamp(req.created),
      Expires: toTimestamp(req.accessExpires),
      RequestReason: req.requestReason,
      ResolveReason: req.resolveReason,
      ResolveAnnotations: {Values: {}},
      SystemAnnotations: {Values: {}},
      Thresholds: req.thresholds.map((t) => ({Name: t.name, Filter: t.filter, Approve: t.approve, Deny: t.deny})),
      RoleThresholdMapping: Object.fromEntries(Object.entries(req.roleThresholdMapping).map(([role, sets]) => [role, {Sets: sets.map((s) => ({Indexes: [...s]}))}])),
      Reviews: req.reviews.map((r) => {
        const w = reviewToWire(r);
        if (!opts.reviewFields) {
          delete w.SubmittedBy;
          delete w.submitted_on_behalf_of_author;
        }
        return w;
      }),
      SuggestedReviewers: [...req.suggestedReviewers],
      RequestedResourceIDs: req.resources.filter((r) => !constrained.includes(r)).map((r) => idToWire(r.id)),
      RequestedResourceAccessIDs: constrained.map((r) => ({id: idToWire(r.id), constraints: r.constraints ? constraintsToWire(r.constraints) : null})),
      LoginHint: '',
      DryRun: req.dryRun,
      MaxDuration: req.maxDuration ? toTimestamp(req.maxDuration) : zeroTimestamp(),
      SessionTTL: toTimestamp(req.sessionTTL),
      // Nullable: left out when unset.
      ...(req.assumeStartTime && opts.newSpecFields ? {AssumeStartTime: toTimestamp(req.assumeStartTime)} : {}),
      accessList: {Name: '', Title: ''},
      DryRunEnrichment: req.dryRun ? {ReasonMode: req.reasonMode, ReasonPrompts: [...req.reasonPrompts]} : null,
      RequestKind: 'SHORT_TERM',
    },
  };
}

function conditionsToWire(c: RoleConditions, reviewFields: boolean): WireRoleConditions {
  return {
    Logins: [],
    Rules: c.rules.map((r) => ({Resources: [...r.resources], Verbs: [...r.verbs], Where: '', Actions: []})),
    Request: {
      Roles: [...c.request.roles],
      ClaimsToRoles: [],
      Annotations: {Values: {}},
      Thresholds: c.request.thresholds.map((t) => ({Name: t.name, Filter: t.filter, Approve: t.approve, Deny: t.deny})),
      SuggestedReviewers: [...c.request.suggestedReviewers],
      SearchAsRoles: [...c.request.searchAsRoles],
      MaxDuration: String(c.request.maxDurationMs * 1_000_000),
      Reason: c.request.reasonMode || c.request.reasonPrompt ? {Mode: c.request.reasonMode, Prompt: c.request.reasonPrompt} : null,
    },
    Impersonate: null,
    ReviewRequests: {
      Roles: [...c.review.roles],
      ClaimsToRoles: [],
      Where: c.review.where,
      PreviewAsRoles: [],
      // submit_for_users is an 18.11 field: an older server has nothing to send.
      SubmitForUsers: reviewFields ? [...c.review.submitForUsers] : [],
    },
  };
}

export function roleToWire(role: Role, opts: {reviewFields: boolean}): RoleV6 {
  return {
    Kind: 'role',
    SubKind: '',
    Version: 'v8',
    Metadata: {Name: role.name, Namespace: 'default', Labels: {}, Revision: '1'},
    Spec: {
      Options: {
        MaxSessionTTL: role.maxSessionTTLMs * 1_000_000,
        RequestAccess: role.requestAccess,
        RequestPrompt: role.requestPrompt,
      },
      Allow: conditionsToWire(role.allow, opts.reviewFields),
      Deny: conditionsToWire(role.deny, opts.reviewFields),
    },
  };
}

export function userToWire(user: User): UserV2 {
  return {
    Kind: 'user',
    SubKind: '',
    Version: 'v2',
    Metadata: {Name: user.name, Namespace: 'default', Labels: {}, Revision: '1'},
    Spec: {
      Roles: [...user.roles],
      Traits: toLabelValues(user.traits),
      Expires: zeroTimestamp(),
      // A local user: CreatedBy without a connector (an SSO user would carry one). User is a
      // UserRef message in every Teleport version, never a plain string.
      CreatedBy: {Connector: null, Time: toTimestamp(user.createdAt), User: {Name: user.createdBy}},
    },
  };
}
