/**
 * The bridge's own view of a Teleport access request: validated, normalised, immutable.
 * Built from gRPC messages at the edge (teleport/decode.ts); everything inside the bridge
 * (card core, reviews, commands) speaks only these types.
 */

import type {CardState, Decision} from '@tma/card-contract';

// The card's states and decisions are the contract's; Teleport's own states are those minus EXPIRED.
export type {CardState, Decision};
export type RequestState = Exclude<CardState, 'EXPIRED'>;

export interface Threshold {
  name: string;
  filter: string;
  approve: number;
  deny: number;
}

export interface Review {
  author: string;
  decision: Decision;
  reason: string;
  /** ISO-8601 */
  created: string;
  /** Plugin identity that submitted it on the author's behalf (Teleport 18.11+), if any. */
  submittedBy: string;
  thresholdIndexes: number[];
}

/**
 * What a requester narrowed a resource to (Teleport's ResourceConstraints, one detail set).
 * `unknown`: the cluster sent a kind of constraint this bridge does not know (newer Teleport).
 */
export type ResourceConstraints = {kind: 'ssh'; logins: string[]} | {kind: 'aws_console'; roleArns: string[]} | {kind: 'windows_desktop'; logins: string[]} | {kind: 'unknown'};

/** Teleport's ResourceID: what a resource access request names (`/<cluster>/<kind>/<name>[/<sub>]`). */
export interface ResourceId {
  cluster: string;
  kind: string;
  name: string;
  /** Empty unless the kind has sub-resources (Kubernetes). */
  subResource: string;
}

export interface ResourceRef extends ResourceId {
  /** Set only for resources from RequestedResourceAccessIDs that carry constraints. */
  constraints: ResourceConstraints | null;
}

export interface AccessRequest {
  id: string;
  user: string;
  roles: string[];
  state: RequestState;
  /** ISO-8601 */
  created: string;
  /** When granted access would end (Spec.Expires), ISO-8601, or null if unset. */
  accessExpires: string | null;
  /** When the pending request itself disappears (Metadata.Expires), ISO-8601, or null. */
  pendingExpires: string | null;
  /** The latest time access may last until, if the requester or a role capped it (ISO-8601). */
  maxDuration: string | null;
  /** When certificates issued for this access expire at the latest (Spec.SessionTTL), ISO-8601. */
  sessionTTL: string | null;
  /** The requester asked for access to start no earlier than this (ISO-8601); null = on approval. */
  assumeStartTime: string | null;
  reason: string;
  resolveReason: string;
  thresholds: Threshold[];
  /** role → index sets into `thresholds` */
  roleThresholdMapping: Record<string, number[][]>;
  reviews: Review[];
  suggestedReviewers: string[];
  /** From RequestedResourceAccessIDs when the cluster sent any (authoritative), else RequestedResourceIDs. */
  resources: ResourceRef[];
  requestKind: 'UNDEFINED' | 'SHORT_TERM' | 'LONG_TERM';
  /** Access list the request was promoted to, if any. */
  promotedAccessList: {name: string; title: string} | null;
  loginHint: string;
}

export interface ClusterInfo {
  clusterName: string;
  serverVersion: string;
  proxyPublicAddr: string;
  advancedAccessWorkflows: boolean;
  /** True when the cluster can record reviews authored for another user (18.11+). */
  onBehalfReviews: boolean;
}

export interface TeleportUser {
  name: string;
  roles: string[];
  traits: Record<string, string[]>;
  /** Set for SSO-created users (CreatedBy.Connector). */
  ssoConnector: string | null;
  isBot: boolean;
}
