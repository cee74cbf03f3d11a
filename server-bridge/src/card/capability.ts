/**
 * Whether a request's cards may carry Approve/Deny buttons, and if not, why.
 * Shared by the card builder and the click guardrails so both always agree.
 */
import type {Settings} from '../config/settings';
import type {AccessRequest, ClusterInfo} from '../domain/request';
import type {LinkOnlyReason} from '@tma/card-contract';

export interface ReviewCapability {
  /** Result of the start-up self-check of on-behalf reviews (null while unknown). */
  selfCheckPassed: boolean | null;
}

/** Reasons that hold for every request: reviews switched off, or a cluster that cannot record them. */
export function clusterLinkOnlyReason(
  settings: Pick<Settings, 'reviewsEnabled'>,
  cluster: Pick<ClusterInfo, 'onBehalfReviews'>,
  capability: ReviewCapability,
): 'reviews_disabled' | 'cluster_unsupported' | null {
  if (!settings.reviewsEnabled) return 'reviews_disabled';
  if (!cluster.onBehalfReviews || capability.selfCheckPassed === false) return 'cluster_unsupported';
  return null;
}

/** Reasons that depend on the request itself. */
export function requestLinkOnlyReason(request: Pick<AccessRequest, 'roles' | 'requestKind'>, settings: Pick<Settings, 'sensitiveRoles'>): 'long_term' | 'sensitive_role' | null {
  // Teleport can never promote through this path; a long-term request approved here would
  // silently become temporary access, so the requester must go through the Web UI.
  if (request.requestKind === 'LONG_TERM') return 'long_term';
  if (request.roles.some((role) => settings.sensitiveRoles.includes(role))) return 'sensitive_role';
  return null;
}

export function linkOnlyReason(
  request: Pick<AccessRequest, 'roles' | 'requestKind'>,
  settings: Pick<Settings, 'reviewsEnabled' | 'sensitiveRoles'>,
  cluster: Pick<ClusterInfo, 'onBehalfReviews'>,
  capability: ReviewCapability,
): LinkOnlyReason {
  return clusterLinkOnlyReason(settings, cluster, capability) ?? requestLinkOnlyReason(request, settings);
}
