/**
 * Role checks as Teleport's RoleSet does them, reduced to what access requests use. Pure: every
 * function takes the resolved roles of one user. Deny always wins over allow.
 */
import type {AccessRequest, Role} from './model';

/** Teleport role matchers: `*` globs, or a full regular expression written `^…$`. */
export function matchesName(pattern: string, value: string): boolean {
  if (pattern.startsWith('^') && pattern.endsWith('$')) {
    try {
      return new RegExp(pattern).test(value);
    } catch {
      return false;
    }
  }
  if (!pattern.includes('*')) return pattern === value;
  const re = pattern
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${re}$`).test(value);
}

const anyMatches = (patterns: string[], value: string) => patterns.some((p) => matchesName(p, value));

function ruleMatches(rules: Role['allow']['rules'], kind: string, verb: string): boolean {
  return rules.some((r) => (r.resources.includes(kind) || r.resources.includes('*')) && (r.verbs.includes(verb) || r.verbs.includes('*')));
}

/** `kind: [verb]` rule check (services.RoleSet.CheckAccessToRule without `where`). */
export function allowsAction(roles: Role[], kind: string, verb: string): boolean {
  if (roles.some((r) => ruleMatches(r.deny.rules, kind, verb))) return false;
  return roles.some((r) => ruleMatches(r.allow.rules, kind, verb));
}

export const allowsActions = (roles: Role[], kind: string, ...verbs: string[]) => verbs.every((v) => allowsAction(roles, kind, v));

export function canRequestRole(roles: Role[], requested: string): boolean {
  if (roles.some((r) => anyMatches(r.deny.request.roles, requested))) return false;
  return roles.some((r) => anyMatches(r.allow.request.roles, requested));
}

/** Teleport's CanSearchAsRole: in some allow.request.search_as_roles, in no deny one. */
export function canSearchAsRole(roles: Role[], name: string): boolean {
  if (roles.some((r) => anyMatches(r.deny.request.searchAsRoles, name))) return false;
  return roles.some((r) => r.allow.request.searchAsRoles.includes(name));
}

/** Teleport's allowedSearchAsRoles: the search_as_roles a resource access request may use. */
export function usableSearchAsRoles(roles: Role[]): string[] {
  const all = new Set(roles.flatMap((r) => r.allow.request.searchAsRoles));
  return [...all].filter((name) => canSearchAsRole(roles, name)).sort();
}

/** Roles a user may request: every known role they may request that they do not already hold. */
export function requestableRoles(userRoles: Role[], heldRoleNames: string[], allRoleNames: string[]): string[] {
  return allRoleNames.filter((name) => !heldRoleNames.includes(name) && canRequestRole(userRoles, name)).sort();
}

/** A cheap pre-check, like Teleport's MaybeCanReviewRequests: any allow.review_requests at all. */
export function maybeCanReview(roles: Role[]): boolean {
  return roles.some((r) => r.allow.review.roles.length > 0 || r.allow.review.where !== '');
}

/**
 * Whether `author` (with `authorRoles`) may review `req`: every requested role must be matched by
 * an allow.review_requests.roles entry, none by a deny entry, and nobody reviews their own request.
 * A non-empty `where` predicate is not evaluated by this peer and never grants.
 */
export function canReviewRequest(authorRoles: Role[], author: string, req: Pick<AccessRequest, 'user' | 'roles'>): boolean {
  if (author === req.user) return false;
  for (const requested of req.roles) {
    if (authorRoles.some((r) => anyMatches(r.deny.review.roles, requested))) return false;
    const allowed = authorRoles.some((r) => r.allow.review.where === '' && anyMatches(r.allow.review.roles, requested));
    if (!allowed) return false;
  }
  return req.roles.length > 0;
}

/** review_requests.submit_for_users (Teleport 18.11+): may these roles submit reviews authored by `author`? */
export function canSubmitFor(roles: Role[], author: string): boolean {
  if (roles.some((r) => anyMatches(r.deny.review.submitForUsers, author))) return false;
  return roles.some((r) => anyMatches(r.allow.review.submitForUsers, author));
}

/** A reason is required when any role allowing the request says so (request_access or reason.mode). */
export function requiresReason(roles: Role[], requested: string[]): boolean {
  return roles.some(
    (r) =>
      r.requestAccess === 'reason' || r.requestAccess === 'always' || (r.allow.request.reasonMode === 'required' && requested.some((q) => anyMatches(r.allow.request.roles, q))),
  );
}

/** The request prompt shown to requesters: the first one configured on the user's roles. */
export function requestPrompt(roles: Role[]): string {
  for (const r of roles) {
    if (r.requestPrompt) return r.requestPrompt;
    if (r.allow.request.reasonPrompt) return r.allow.request.reasonPrompt;
  }
  return '';
}

export function suggestedReviewers(roles: Role[], requested: string[]): string[] {
  const out = new Set<string>();
  for (const r of roles) {
    if (requested.length === 0 || requested.some((q) => anyMatches(r.allow.request.roles, q))) {
      for (const s of r.allow.request.suggestedReviewers) out.add(s);
    }
  }
  return [...out];
}

/** Smallest allow.request.max_duration among the roles granting `requested`; 0 when none sets one. */
export function maxRequestDurationMs(roles: Role[], requested: string[]): number {
  let min = 0;
  for (const r of roles) {
    const d = r.allow.request.maxDurationMs;
    if (d > 0 && requested.some((q) => anyMatches(r.allow.request.roles, q))) min = min === 0 ? d : Math.min(min, d);
  }
  return min;
}
