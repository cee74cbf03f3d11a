/**
 * The part of a Teleport role that decides who may review which access requests
 * (RoleSpecV6 allow/deny `review_requests`). Decoded at the edge (teleport/decode-role.ts).
 */

/** `claims_to_roles`: a user whose trait `claim` matches `value` gets `roles` (with `$1` expansion). */
export interface ClaimMapping {
  claim: string;
  value: string;
  roles: string[];
}

export interface ReviewConditions {
  roles: string[];
  claimsToRoles: ClaimMapping[];
  /** Teleport predicate over `reviewer.*` and `request.*`; '' = no condition. */
  where: string;
}

export interface TeleportRole {
  name: string;
  allowReview: ReviewConditions;
  denyReview: ReviewConditions;
}

export const NO_REVIEW_CONDITIONS: ReviewConditions = {roles: [], claimsToRoles: [], where: ''};
