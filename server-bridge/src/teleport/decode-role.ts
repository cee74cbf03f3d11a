/**
 * RoleV6 (proto-loader object) → the review rules of a role (domain/role.ts). Only
 * `allow/deny.review_requests` is read: RoleSpecV6 {2 Allow, 3 Deny} RoleConditions
 * {15 ReviewRequests} AccessReviewConditions {1 Roles, 2 ClaimsToRoles, 3 Where}, the same field
 * numbers in Teleport 13 (the real peer) and 18.
 */
import {z} from 'zod';
import {formatIssues} from '@tma/card-contract';
import {NO_REVIEW_CONDITIONS, type ReviewConditions, type TeleportRole} from '../domain/role';
import {TeleportError} from './port';

const str = z.string({error: 'expected a string'});
const strList = z.array(str, {error: 'expected a list of strings'});

const claimMapping = z.object({Claim: str, Value: str, Roles: strList}, {error: 'expected a ClaimMapping'});

const reviewConditions = z
  .object({Roles: strList, ClaimsToRoles: z.array(claimMapping), Where: str}, {error: 'expected AccessReviewConditions'})
  .nullable()
  .optional()
  .transform((c): ReviewConditions =>
    c ? {roles: c.Roles, claimsToRoles: c.ClaimsToRoles.map((m) => ({claim: m.Claim, value: m.Value, roles: m.Roles})), where: c.Where} : NO_REVIEW_CONDITIONS,
  );

const conditions = z
  .object({ReviewRequests: reviewConditions}, {error: 'expected RoleConditions'})
  .nullable()
  .optional()
  .transform((c) => c?.ReviewRequests ?? NO_REVIEW_CONDITIONS);

const role = z
  .object({
    Metadata: z.object({Name: str.min(1, {error: 'expected a non-empty name'})}, {error: 'expected a Metadata message'}),
    Spec: z.object({Allow: conditions, Deny: conditions}, {error: 'expected a RoleSpecV6'}),
  })
  .transform((r): TeleportRole => ({name: r.Metadata.Name, allowReview: r.Spec.Allow, denyReview: r.Spec.Deny}));

export function decodeRole(input: unknown): TeleportRole {
  const result = role.safeParse(input);
  if (result.success) return result.data;
  throw new TeleportError('BadParameter', formatIssues(result.error.issues, {root: 'RoleV6', firstOnly: true}));
}
