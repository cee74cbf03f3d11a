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
import {compileWhere, type Truth, type WhereContext} from './where';
import {isOwnRequest} from '../interactions/rules';

export type ReviewPermission = 'may-review' | 'may-not-review' | 'teleport-decides';

export interface Reviewer {
  name: string;
  roles: string[];
  traits: Record<string, string[]>;
}

export type RequestFacts = Pick<AccessRequest, 'user' | 'roles' | 'reason'> & {systemAnnotations?: Record<string, string[]>};

interface Entry {
  where: (ctx: WhereContext) => Truth;
  matchers: RoleMatcher[];
}

function entry(conditions: ReviewConditions, traits: Record<string, string[]>): Entry {
  return {where: compileWhere(conditions.where), matchers: [...conditions.roles.map(roleMatcher), ...claimMatchers(conditions.claimsToRoles, traits)]};
}

const both = (a: Truth, b: Match): Truth => (a === false || b === false ? false : a === true && b === true ? true : 'unknown');

/**
 * The check for one reviewer, to apply to many requests. What depends on the reviewer alone (role
 * matchers, `claims_to_roles` expansions, parsed `where` predicates) is built here once: the inbox
 * applies a reviewer's check to every pending request on each pass, and building it per request
 * was most of that pass's work and garbage (issue 10).
 *
 * `roles` are the specs of the reviewer's roles; a role the bridge could not read is passed as
 * `null` (Teleport would read it, so the answer cannot be `may-not-review` on that basis alone).
 */
export function reviewChecker(reviewer: Reviewer, roles: (TeleportRole | null)[]): (request: RequestFacts) => ReviewPermission {
  const missingRole = roles.some((r) => r === null);
  const known = roles.filter((r): r is TeleportRole => r !== null);
  // An entry without role matchers can neither allow nor deny a role, whatever its `where` says.
  const allow = known.map((r) => entry(r.allowReview, reviewer.traits)).filter((a) => a.matchers.length > 0);
  const deny = known.map((r) => entry(r.denyReview, reviewer.traits)).filter((d) => d.matchers.length > 0);
  const hasAllow = allow.length > 0;
  const reviewerFacts = {roles: reviewer.roles, traits: reviewer.traits};

  return (request) => {
    if (isOwnRequest(request, reviewer.name)) return 'may-not-review';
    const ctx: WhereContext = {
      reviewer: reviewerFacts,
      request: {roles: request.roles, reason: request.reason, ...(request.systemAnnotations ? {systemAnnotations: request.systemAnnotations} : {})},
    };

    let maybeDenied = missingRole;
    for (const d of deny) {
      const holds = d.where(ctx);
      if (holds === false) continue;
      for (const role of request.roles) {
        const denied = both(holds, anyMatch(d.matchers, role));
        if (denied === true) return 'may-not-review';
        if (denied === 'unknown') maybeDenied = true;
      }
    }

    // Teleport: with no requested roles nothing needs allowing; it still requires some allow entry.
    if (request.roles.length === 0) return hasAllow ? (maybeDenied ? 'teleport-decides' : 'may-review') : missingRole ? 'teleport-decides' : 'may-not-review';

    let allDefinite = true;
    let allPossible = true;
    for (const role of request.roles) {
      let definite = false;
      let possible = false;
      for (const a of allow) {
        const allowed = both(a.where(ctx), anyMatch(a.matchers, role));
        if (allowed === true) definite = true;
        if (allowed !== false) possible = true;
      }
      if (!definite) allDefinite = false;
      if (!possible) allPossible = false;
    }
    if (allDefinite) return maybeDenied ? 'teleport-decides' : 'may-review';
    if (allPossible || missingRole) return 'teleport-decides';
    return 'may-not-review';
  };
}

/** One request: `reviewChecker(reviewer, roles)(request)`. */
export function reviewPermission(reviewer: Reviewer, roles: (TeleportRole | null)[], request: RequestFacts): ReviewPermission {
  return reviewChecker(reviewer, roles)(request);
}
