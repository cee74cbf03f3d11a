/**
 * Access-request rules of the Auth server: creation with
 * thresholds and TTL maths, and review submission on the classic and the on-behalf (18.11+) path.
 * Operates on the store; the gRPC layer only decodes, authenticates and encodes.
 */
import {randomBytes} from 'node:crypto';
import {accessDenied, actionDenied, alreadyExists, badParameter, notFound, notImplemented} from './errors';
import {PENDING_TTL_MS, type AccessRequest, type RequestedResource, type Review, type Role, type User} from './model';
import {
  allowsAction,
  canRequestRole,
  canReviewRequest,
  canSearchAsRole,
  canSubmitFor,
  maxRequestDurationMs,
  maybeCanReview,
  requestPrompt,
  requestableRoles,
  requiresReason,
  suggestedReviewers,
  usableSearchAsRoles,
} from './rbac';
import type {PeerStore} from './store';
import {collectThresholds, resolveByReviews, reviewThresholdIndexes} from './thresholds';
import type {CreateRequestInput} from '../../../server-bridge/src/teleport/port';

export interface Caller {
  user: User;
  roles: Role[];
  /** notAfter of the client certificate the caller presented. */
  certExpires: Date;
}

/** A UUIDv7 (time-ordered), which is what Teleport assigns to new access requests. */
export function uuidv7(now = Date.now()): string {
  const b = randomBytes(16);
  let ms = BigInt(now);
  for (let i = 5; i >= 0; i--) {
    b[i] = Number(ms & 0xffn);
    ms >>= 8n;
  }
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x70;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** True when `version` (semver, e.g. "18.11.0") is at least `min` ("18.11.0"). */
export function versionAtLeast(version: string, min: string): boolean {
  const parse = (v: string) => (v.replace(/^v/, '').split(/[-+]/)[0] ?? '').split('.').map((n) => Number.parseInt(n, 10) || 0);
  const a = parse(version);
  const b = parse(min);
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** The release that understands AccessReview fields 11/12 and submit_for_users. */
export const ON_BEHALF_MIN_VERSION = '18.11.0';

/**
 * From here the peer speaks AccessRequestSpecV3 up to field 26 (AssumeStartTime, resource
 * constraints, which reached v18 through T#63207); below it, like 13.3.8, only up to field 18.
 * The exact first minor with field 26 was not checked: nothing here depends on it.
 */
export const NEW_SPEC_FIELDS_MIN_VERSION = '18.0.0';

const minDate = (...ds: (Date | null)[]) => new Date(Math.min(...ds.filter((d): d is Date => d !== null).map((d) => d.getTime())));

/** What the bridge sends (its port's input), plus the state a creator may ask for. */
export interface CreateInput extends Omit<CreateRequestInput, 'resources'> {
  state: 'NONE' | 'PENDING' | 'APPROVED' | 'DENIED' | 'PROMOTED';
  /** Resource access requests (tsh request create --resource): roles come from search_as_roles. */
  resources?: RequestedResource[];
  assumeStartTime?: Date | null;
}

function checkResources(resources: RequestedResource[]): void {
  for (const [i, r] of resources.entries()) {
    if (!r.id.kind || !r.id.name) throw badParameter(`resource ${i}: a requested resource needs a kind and a name`);
    const c = r.constraints;
    if (!c) continue;
    // Each constraint kind narrows one resource kind's principals (resources.proto comments).
    const fits = 'ssh' in c ? r.id.kind === 'node' : 'awsConsole' in c ? r.id.kind === 'app' : r.id.kind === 'windows_desktop';
    if (!fits) throw badParameter(`resource ${i}: constraints do not apply to a ${r.id.kind}`);
  }
}

export function createAccessRequest(store: PeerStore, caller: Caller, input: CreateInput, now: Date): AccessRequest {
  if (!input.user) throw badParameter('missing parameter user: the access request must name the user it is for');
  const forSelf = input.user === caller.user.name;
  if (!forSelf && !allowsAction(caller.roles, 'access_request', 'create')) throw actionDenied('create', 'access_request');
  if (input.state !== 'NONE' && input.state !== 'PENDING') {
    if (forSelf) throw accessDenied('cannot create an access request for yourself in a non-pending state');
    // Deprecated in Teleport but still accepted for others; this peer keeps requests review-driven.
    throw notImplemented(`creating access requests in state ${input.state} is not supported by this peer`);
  }

  const target = store.users.get(input.user);
  if (!target) throw notFound(`user "${input.user}" is not found`);
  const targetRoles = store.rolesOf(target);

  const resources = input.resources ?? [];
  checkResources(resources);
  let roles = [...new Set(input.roles)];
  if (roles.includes('*') && resources.length === 0) {
    roles = requestableRoles(targetRoles, target.roles, [...store.roles.keys()]);
    if (roles.length === 0) throw badParameter(`user "${target.name}" can not request any roles`);
  }
  // A resource request is granted through search_as_roles: named roles must be among them (not
  // among request.roles), and with none named Teleport takes them all (it would also prune those
  // that cannot reach the resources; this peer has no resource inventory and keeps them all).
  if (resources.length > 0 && roles.length === 0) {
    roles = usableSearchAsRoles(targetRoles);
    if (roles.length === 0) throw accessDenied(`Resource Access Requests require usable "search_as_roles", none found for user "${target.name}"`);
  }
  if (roles.length === 0) throw badParameter('access request must specify roles or resources');
  roles.sort();
  for (const role of roles) {
    if (!store.roles.has(role)) throw notFound(`role "${role}" is not found`);
    const allowed = resources.length > 0 ? canSearchAsRole(targetRoles, role) : canRequestRole(targetRoles, role);
    if (!allowed) throw badParameter(`user "${target.name}" can not request role "${role}"`);
  }
  const reason = input.reason.trim();
  if (requiresReason(targetRoles, roles) && reason === '') {
    throw badParameter('request reason must be specified (required by static role configuration)');
  }

  // TTL maths use the caller's certificate (a 1 h bot cert grants at most ~1 h), the requested
  // roles' max_session_ttl and the optional requested/role max duration.
  const sessionTTLMs = Math.min(...roles.map((r) => store.roles.get(r)?.maxSessionTTLMs ?? Number.POSITIVE_INFINITY));
  const sessionTTL = minDate(caller.certExpires, new Date(now.getTime() + sessionTTLMs));
  const roleMaxMs = maxRequestDurationMs(targetRoles, roles);
  const roleMax = roleMaxMs > 0 ? new Date(now.getTime() + roleMaxMs) : null;
  const requestedMax = input.maxDuration && input.maxDuration.getTime() > now.getTime() ? input.maxDuration : null;
  const maxDuration = requestedMax || roleMax ? minDate(requestedMax, roleMax) : null;
  const accessExpires = minDate(caller.certExpires, sessionTTL, maxDuration);
  const pendingExpires = minDate(new Date(now.getTime() + PENDING_TTL_MS), accessExpires);

  const assumeStartTime = input.assumeStartTime ?? null;
  if (assumeStartTime && assumeStartTime.getTime() > accessExpires.getTime()) {
    throw badParameter('assume start time must be prior to access expiry time');
  }

  const {thresholds, roleThresholdMapping} = collectThresholds(targetRoles, roles);
  const req: AccessRequest = {
    id: uuidv7(now.getTime()),
    user: target.name,
    roles,
    state: 'PENDING',
    created: now,
    accessExpires,
    resourceExpires: pendingExpires,
    maxDuration: maxDuration ? minDate(maxDuration, accessExpires) : null,
    sessionTTL,
    assumeStartTime,
    resources: resources.map((r) => ({id: {...r.id}, constraints: r.constraints ? structuredClone(r.constraints) : null})),
    requestReason: reason,
    resolveReason: '',
    thresholds,
    roleThresholdMapping,
    reviews: [],
    suggestedReviewers: [...new Set([...input.suggestedReviewers, ...suggestedReviewers(targetRoles, roles)])],
    reasonMode: requiresReason(targetRoles, roles) ? 'required' : 'optional',
    reasonPrompts: requestPrompt(targetRoles) ? [requestPrompt(targetRoles)] : [],
    dryRun: input.dryRun,
    revision: 0,
  };
  if (input.dryRun) return req;
  return store.putRequest(req);
}

export interface ReviewInput {
  requestId: string;
  author: string;
  roles: string[];
  proposedState: string;
  reason: string;
  created: Date | null;
  hasAnnotations: boolean;
  submittedBy: string;
  onBehalfOfAuthor: boolean;
}

/**
 * SubmitAccessReview. `serverKnowsOnBehalf` = false models a server older than 18.11, which drops
 * fields 11/12 while decoding: the review then looks like one by the caller for someone else.
 */
export function submitAccessReview(store: PeerStore, caller: Caller, input: ReviewInput, opts: {serverKnowsOnBehalf: boolean; now: Date}): AccessRequest {
  const onBehalf = opts.serverKnowsOnBehalf && input.onBehalfOfAuthor;
  const submittedBy = opts.serverKnowsOnBehalf ? input.submittedBy : '';
  if (input.proposedState === 'PROMOTED') throw badParameter('state promoted can be only set when promoting to access list');
  const author = input.author || caller.user.name;
  const callerName = caller.user.name;

  if (onBehalf) {
    // Plugin path: the submitter needs submit_for_users for the author; its own review_requests do not matter.
    if (!canSubmitFor(caller.roles, author)) throw accessDenied(`user "${callerName}" cannot submit reviews on behalf of "${author}"`);
    if (submittedBy !== '' && submittedBy !== callerName) {
      throw accessDenied(`user "${callerName}" cannot submit reviews on behalf of "${author}" as "${submittedBy}"`);
    }
  } else {
    if (author !== callerName) throw accessDenied(`user "${callerName}" cannot submit reviews on behalf of "${author}"`);
    if (!maybeCanReview(caller.roles)) throw accessDenied(`user "${callerName}" cannot submit reviews`);
  }

  const req = store.getRequest(input.requestId);
  if (!req) throw notFound(`no access request matching "${input.requestId}"`);

  // Fine-grained checks use the author's stored roles, on both paths.
  const authorUser = store.users.get(author);
  if (!authorUser) throw notFound(`user "${author}" is not found`);
  if (author === req.user) throw accessDenied(`user "${author}" cannot review their own access request`);
  if (!canReviewRequest(store.rolesOf(authorUser), author, req)) {
    throw accessDenied(`user "${author}" cannot review access request "${req.id}"`);
  }

  // checkReviewCompat, then the resolved-state check, in Teleport's order.
  if (input.proposedState !== 'APPROVED' && input.proposedState !== 'DENIED') {
    throw badParameter(`invalid state proposal: ${input.proposedState} (expected approval/denial)`);
  }
  if (req.thresholds.length === 0) throw badParameter('request is uninitialized or does not support reviews');
  if (req.reviews.some((r) => r.author === author)) {
    const msg = `user "${author}" has already reviewed this request`;
    // Teleport's classic path answers AccessDenied; the 18.11 plugin path is handled as
    // AlreadyExists by the official Slack plugin. Same message on both.
    throw onBehalf ? alreadyExists(msg) : accessDenied(msg);
  }
  const reviewRoles = [...new Set(input.roles)].sort();
  if (reviewRoles.length !== 0 && reviewRoles.length !== Object.keys(req.roleThresholdMapping).length) {
    throw notImplemented('role subselection is not yet supported in reviews, try omitting role list');
  }
  if (input.hasAnnotations) throw notImplemented('annotations are not yet supported in reviews, try omitting annotations field');
  for (const r of reviewRoles) {
    if (!(r in req.roleThresholdMapping)) throw badParameter(`role "${r}" is not a member of this request`);
  }
  if (req.state !== 'PENDING') throw accessDenied(`the access request has been already ${req.state.toLowerCase()}`);

  const review: Review = {
    author,
    roles: reviewRoles,
    proposedState: input.proposedState,
    reason: input.reason,
    created: input.created ?? opts.now,
    thresholdIndexes: reviewThresholdIndexes(req.thresholds),
    submittedBy: onBehalf ? callerName : '',
    onBehalfOfAuthor: onBehalf,
  };
  req.reviews.push(review);
  const resolution = resolveByReviews(req);
  if (resolution) {
    req.state = resolution.state;
    req.resolveReason = resolution.reason;
    // Once resolved, the resource lives until the access it grants ends.
    req.resourceExpires = req.accessExpires;
  }
  return store.putRequest(req);
}

/**
 * Who sees which requests without access_request list+read: their own, and those they may review
 * (auth_with_roles ListAccessRequests / GetAccessRequests).
 */
export function visibleRequests(store: PeerStore, caller: Caller): AccessRequest[] {
  const all = store.listRequests();
  if (allowsAction(caller.roles, 'access_request', 'list') && allowsAction(caller.roles, 'access_request', 'read')) return all;
  return all.filter((r) => r.user === caller.user.name || canReviewRequest(caller.roles, caller.user.name, r));
}
