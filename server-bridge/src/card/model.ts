/**
 * Request snapshot (+ settings, cluster facts, known user mappings) → CardModel. Pure.
 */
import type {Settings} from '../config/settings';
import type {AccessRequest, CardState, ClusterInfo} from '../domain/request';
import {ACTION_APPROVE, ACTION_DENY, CARD_SCHEMA_VERSION, type CardModel} from '@tma/card-contract';
import {cardAccess, cardResources} from './access';
import {linkOnlyReason, type ReviewCapability} from './capability';
import {reviewThresholds, stillNeeded, summarize, thresholdProgress} from './progress';
import {sanitizePlain} from './sanitize';
import {isoUtc} from './time';
import {requestWebLink} from './web-link';

export interface CardInput {
  request: AccessRequest;
  /** EXPIRED overrides the request's own state once Teleport deleted it unresolved. */
  state: CardState;
  cluster: ClusterInfo;
  settings: Pick<Settings, 'reviewsEnabled' | 'sensitiveRoles' | 'webProxyAddr'>;
  capability: ReviewCapability;
  /** Teleport user → Mattermost user id, for the users the caller could map. */
  mattermostIds: Record<string, string | null>;
  /** The bridge's own Teleport user: reviews it submitted are "via Mattermost". */
  bridgeUser: string;
  /** The requester's role prompt (GetAccessCapabilities.RequestPrompt), '' when none or unknown. */
  requestPrompt: string;
  now: Date;
}

const TITLES: Record<CardState, string> = {
  PENDING: 'Access request pending review',
  APPROVED: 'Access request approved',
  DENIED: 'Access request denied',
  PROMOTED: 'Access request promoted to an access list',
  EXPIRED: 'Access request expired',
};

export function cardTitle(state: CardState): string {
  return TITLES[state];
}

export function buildCardModel(input: CardInput): CardModel {
  const {request, state, cluster, settings} = input;
  const progress = thresholdProgress(request);
  const reason = state === 'PENDING' ? linkOnlyReason(request, settings, cluster, input.capability) : null;
  return {
    schema: CARD_SCHEMA_VERSION,
    requestId: request.id,
    cluster: cluster.clusterName,
    state,
    title: cardTitle(state),
    requester: {teleportUser: request.user, mattermostUserId: input.mattermostIds[request.user] ?? null},
    roles: [...request.roles],
    resources: cardResources(request.resources),
    reason: sanitizePlain(request.reason),
    requestPrompt: sanitizePlain(input.requestPrompt, 200),
    suggestedReviewers: [...request.suggestedReviewers],
    access: cardAccess(request),
    resolveReason: sanitizePlain(request.resolveReason),
    created: request.created,
    pendingExpires: request.pendingExpires,
    accessExpires: request.accessExpires,
    summary: summarize(progress),
    progress,
    stillNeeded: state === 'PENDING' ? stillNeeded(request) : [],
    reviews: request.reviews.map((review) => ({
      author: review.author,
      authorMattermostId: input.mattermostIds[review.author] ?? null,
      decision: review.decision,
      reason: sanitizePlain(review.reason),
      created: review.created,
      viaMattermost: review.submittedBy !== '' && review.submittedBy === input.bridgeUser,
      thresholds: reviewThresholds(request, review),
    })),
    webUrl: requestWebLink(cluster, settings, request.id),
    tshCommands: {
      approve: `tsh request review --approve ${request.id}`,
      deny: `tsh request review --deny ${request.id}`,
    },
    buttons: {
      enabled: state === 'PENDING' && reason === null,
      linkOnlyReason: state === 'PENDING' ? reason : null,
      approveActionId: ACTION_APPROVE,
      denyActionId: ACTION_DENY,
    },
    updatedAt: isoUtc(input.now),
  };
}
