/**
 * May this Teleport user review this access request? Evaluated as Teleport's
 * ReviewPermissionChecker.CanReviewRequest does (lib/services/access_request.go):
 *   1. nobody reviews their own request;
 *   2. deny first: a deny `review_requests` entry (roles or claims_to_roles) whose `where` holds
 *      and that matches any requested role refuses the whole request;
 *   3. then every requested role must be matched by some allow entry whose `where` holds
 *      (different roles may be allowed by different entries).
 * Pure. Where the bridge cannot decide (a `where` using something it does not evaluate, a
 * matcher it cannot compile, a role it could not read) the answer is `teleport-decides`: the
 * request is shown, marked, and Teleport rules when the user clicks. It never says
 * `may-not-review` unless Teleport would refuse too.
 */
import type {AccessRequest} from '../domain/request';
import type {ReviewConditions, TeleportRole} from '../domain/role';
import {anyMatch, claimMatchers, roleMatcher, type Match, type RoleMatcher} from './role-matcher';
import {evaluateWhere, type Truth, type WhereContext} from './where';
import {isOwnRequest} from '../interactions/rules';

export type ReviewPermission = 'may-review' | 'may-not-review' | 'teleport-decides';

export interface Reviewer {
  name: string;
  roles: string[];
  traits: Record<string, string[]>;
}

export type RequestFacts = Pick<AccessRequest, 'user' | 'roles' | 'reason'> & {systemAnnotations?: Record<string, string[]>};

interface Entry {
  where: string;
  matchers: RoleMatcher[];
}

function entry(conditions: ReviewConditions, traits: Record<string, string[]>): Entry {
  return {where: conditions.where, matchers: [...conditions.roles.map(roleMatcher), ...claimMatchers(conditions.claimsToRoles, traits)]};
}

const both = (a: Truth, b: Match): Truth => (a === false || b === false ? false : a === true && b === true ? true : 'unknown');

/**
 * `roles` are the specs of the reviewer's roles; a role the bridge could not read is passed as
 * `null` (Teleport would read it, so the answer cannot be `may-not-review` on that basis alone).
 */
export function reviewPermission(reviewer: Reviewer, roles: (TeleportRole | null)[], request: RequestFacts): ReviewPermission {
  if (isOwnRequest(request, reviewer.name)) return 'may-not-review';
  const ctx: WhereContext = {
    reviewer: {roles: reviewer.roles, traits: reviewer.traits},
    request: {roles: request.roles, reason: request.reason, ...(request.systemAnnotations ? {systemAnnotations: request.systemAnnotations} : {})},
  };
  const missingRole = roles.some((r) => r === null);
  const known = roles.filter((r): r is TeleportRole => r !== null);
  const allow = known.map((r) => entry(r.allowReview, reviewer.traits));
  const deny = known.map((r) => entry(r.denyReview, reviewer.traits));

  let maybeDenied = missingRole;
  for (const d of deny) {
    if (d.matchers.length === 0) continue;
    const holds = evaluateWhere(d.where, ctx);
    if (holds === false) continue;
    for (const role of request.roles) {
      const denied = both(holds, anyMatch(d.matchers, role));
      if (denied === true) return 'may-not-review';
      if (denied === 'unknown') maybeDenied = true;
    }
  }

  const hasAllow = allow.some((a) => a.matchers.length > 0);
  // Teleport: with no requested roles nothing needs allowing; it still requires some allow entry.
  if (request.roles.length === 0) return hasAllow ? (maybeDenied ? 'teleport-decides' : 'may-review') : missingRole ? 'teleport-decides' : 'may-not-review';

  let allDefinite = true;
  let allPossible = true;
  for (const role of request.roles) {
    let definite = false;
    let possible = false;
    for (const a of allow) {
      const allowed = both(evaluateWhere(a.where, ctx), anyMatch(a.matchers, role));
      if (allowed === true) definite = true;
      if (allowed !== false) possible = true;
    }
    if (!definite) allDefinite = false;
    if (!possible) allPossible = false;
  }
  if (allDefinite) return maybeDenied ? 'teleport-decides' : 'may-review';
  if (allPossible || missingRole) return 'teleport-decides';
  return 'may-not-review';
}
