/**
 * The card model: everything a client needs to draw a request card, computed by the bridge and
 * carried in post props (`props.teleport_card`). Clients never derive state themselves, so every
 * client shows the same thing.
 */

/** EXPIRED is the bridge's: Teleport deletes an unresolved request when its pending TTL ends. */
export type CardState = 'PENDING' | 'APPROVED' | 'DENIED' | 'PROMOTED' | 'EXPIRED';
export type Decision = 'APPROVED' | 'DENIED';

export interface CardProgress {
  /** Threshold name as defined on the role ("default" when the role defines none). */
  name: string;
  approvals: number;
  approvalsNeeded: number;
  denials: number;
  denialsNeeded: number;
}

export interface CardResource {
  /** e.g. "node/web-1" or "pod/cluster/ns/name" */
  label: string;
  /** What the requester narrowed it to, e.g. "logins root, deploy"; null when not narrowed. */
  constraint: string | null;
}

/** How long granted access would last; every time is ISO-8601 or null when Teleport left it unset. */
export interface CardAccess {
  /** The requester asked for access to begin no earlier than this (AssumeStartTime). */
  startsAt: string | null;
  /** Access ends by this time at the latest (MaxDuration, else the access expiry). */
  endsBy: string | null;
  /** Span from the start (or the request) to endsBy, e.g. "4 h"; null when endsBy is unknown. */
  lasts: string | null;
  /** Each login session's certificates last this long (SessionTTL), when shorter than the access. */
  sessionLasts: string | null;
}

export interface CardReview {
  author: string;
  /** Mattermost user id of the author when the mapping is known, else null. */
  authorMattermostId: string | null;
  decision: Decision;
  /** Already sanitised for display (control characters stripped, truncated). */
  reason: string;
  created: string;
  viaMattermost: boolean;
  /** Thresholds this review counts towards; empty when the request has only one threshold. */
  thresholds: string[];
}

/** Why a card carries no buttons (shown to the reader). */
export type LinkOnlyReason = 'reviews_disabled' | 'cluster_unsupported' | 'long_term' | 'sensitive_role' | null;

export interface CardModel {
  schema: number;
  requestId: string;
  cluster: string;
  state: CardState;
  /** Human title, e.g. "Access request pending review". */
  title: string;
  requester: {teleportUser: string; mattermostUserId: string | null};
  roles: string[];
  resources: CardResource[];
  /** Sanitised request reason. */
  reason: string;
  /** The requester's role prompt (what Teleport asked them to give as a reason), sanitised; '' when none. */
  requestPrompt: string;
  suggestedReviewers: string[];
  access: CardAccess;
  /** Sanitised resolve reason (set once resolved). */
  resolveReason: string;
  created: string;
  /** When the pending request expires (ISO) or null. */
  pendingExpires: string | null;
  /** When granted access would end (ISO) or null. */
  accessExpires: string | null;
  /** Summary over all thresholds (the tightest one), for the one-line fallback. */
  summary: {approvals: number; approvalsNeeded: number; denials: number; denialsNeeded: number};
  progress: CardProgress[];
  /**
   * While pending, what approval still lacks, one line per requirement ("1 more approval for
   * security"; alternatives joined with "or"). Empty when nothing is missing or not pending.
   */
  stillNeeded: string[];
  reviews: CardReview[];
  /** Teleport Web UI link, or null when no proxy address is known or the cluster has no review page. */
  webUrl: string | null;
  /** `tsh request review` commands for clusters without in-chat reviews. */
  tshCommands: {approve: string; deny: string};
  buttons: {
    enabled: boolean;
    linkOnlyReason: LinkOnlyReason;
    approveActionId: string;
    denyActionId: string;
  };
  /** ISO time the card was rendered; lets clients ignore stale edits. */
  updatedAt: string;
}
