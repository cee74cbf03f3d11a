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

export interface CardReview {
  author: string;
  /** Mattermost user id of the author when the mapping is known, else null. */
  authorMattermostId: string | null;
  decision: Decision;
  /** Already sanitised for display (control characters stripped, truncated). */
  reason: string;
  created: string;
  viaMattermost: boolean;
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
  /** Display strings like "node/db-1" or "cluster/kind/name". */
  resources: string[];
  /** Sanitised request reason. */
  reason: string;
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
