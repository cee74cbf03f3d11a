/**
 * The peer's own view of Teleport's objects: plain data, close to the Go types' meaning but without
 * wire quirks (those live in wire.ts). Durations are milliseconds, times are Dates.
 */

export type RequestState = 'PENDING' | 'APPROVED' | 'DENIED' | 'PROMOTED';
export type ProposedState = 'APPROVED' | 'DENIED';

export interface Threshold {
  name: string;
  filter: string;
  approve: number;
  deny: number;
}

export interface Rule {
  resources: string[];
  verbs: string[];
}

export interface RoleConditions {
  rules: Rule[];
  request: {
    roles: string[];
    thresholds: Threshold[];
    suggestedReviewers: string[];
    /** 0 = not set. */
    maxDurationMs: number;
    reasonMode: '' | 'optional' | 'required';
    reasonPrompt: string;
    /** search_as_roles: roles a resource access request may be granted through. */
    searchAsRoles: string[];
  };
  review: {
    roles: string[];
    /** Only the empty predicate is supported by this peer. */
    where: string;
    submitForUsers: string[];
  };
}

export interface Role {
  name: string;
  /** options.max_session_ttl; Teleport defaults it to 30 h when unset. */
  maxSessionTTLMs: number;
  /** options.request_access: '' | 'optional' | 'reason' | 'always'. */
  requestAccess: string;
  requestPrompt: string;
  allow: RoleConditions;
  deny: RoleConditions;
}

export interface User {
  name: string;
  roles: string[];
  traits: Record<string, string[]>;
  createdAt: Date;
  /** CreatedBy.User.Name: who created the user (tctl on the Auth host, for the seeded ones). */
  createdBy: string;
}

export interface Review {
  author: string;
  roles: string[];
  proposedState: ProposedState;
  reason: string;
  created: Date;
  thresholdIndexes: number[];
  submittedBy: string;
  onBehalfOfAuthor: boolean;
}

export interface ResourceId {
  cluster: string;
  kind: string;
  name: string;
  subResource: string;
}

/** Teleport's ResourceConstraints: exactly one detail. */
export type ResourceConstraints = {ssh: {logins: string[]}} | {awsConsole: {roleArns: string[]}} | {windowsDesktop: {logins: string[]}};

export interface RequestedResource {
  id: ResourceId;
  constraints: ResourceConstraints | null;
}

export interface AccessRequest {
  id: string;
  user: string;
  roles: string[];
  state: RequestState;
  created: Date;
  /** Spec.Expires: when granted access would end. */
  accessExpires: Date;
  /** Metadata.Expires: the resource TTL (pending TTL, then the access expiry once resolved). */
  resourceExpires: Date;
  maxDuration: Date | null;
  sessionTTL: Date;
  /** Spec.AssumeStartTime: access starts no earlier than this (nullable on the wire). */
  assumeStartTime: Date | null;
  /** Sent both as RequestedResourceIDs (14) and, on servers that know it, RequestedResourceAccessIDs (26). */
  resources: RequestedResource[];
  requestReason: string;
  resolveReason: string;
  thresholds: Threshold[];
  /** requested role → index sets into `thresholds` (each set needs one satisfied approval threshold). */
  roleThresholdMapping: Record<string, number[][]>;
  reviews: Review[];
  suggestedReviewers: string[];
  reasonMode: string;
  reasonPrompts: string[];
  dryRun: boolean;
  revision: number;
}

export const DEFAULT_MAX_SESSION_TTL_MS = 30 * 3600_000;
export const PENDING_TTL_MS = 7 * 24 * 3600_000;

export function emptyConditions(): RoleConditions {
  return {
    rules: [],
    request: {roles: [], thresholds: [], suggestedReviewers: [], maxDurationMs: 0, reasonMode: '', reasonPrompt: '', searchAsRoles: []},
    review: {roles: [], where: '', submitForUsers: []},
  };
}
