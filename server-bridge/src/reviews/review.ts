/**
 * The review path shared by buttons, dialogs and the /teleport command: guardrails on a freshly
 * read request, then SubmitAccessReview authored by the mapped Teleport user. The guardrails only
 * spare users a pointless round trip and keep chat to what the admin allowed; Teleport remains the
 * judge of permission, thresholds and "already reviewed".
 *
 * Exactly once: concurrent attempts by one Mattermost user on one request share a single flight;
 * the ones that joined are told "already reviewed" when it succeeded (or get its failure). Later
 * attempts see their review in the fresh request, and Teleport's one-review-per-author rule backs
 * that up across replicas.
 */
import type {Logger} from 'pino';
import type {SettingsSource} from '../config/settings';
import type {AccessRequest, ClusterInfo} from '../domain/request';
import {requestWebLink} from '../card/web-link';
import {LINK_ONLY_EXPLANATIONS} from '@tma/card-contract';
import {linkOnlyReason, type ReviewCapability} from '../card/capability';
import type {TeleportPort} from '../teleport/port';
import type {IdentityMapper, MappingResult} from './mapping';
import {ALREADY_RESOLVED, ALREADY_REVIEWED, SELF_REVIEW, TELEPORT_UNAVAILABLE, fromTeleportError, refusal, successMessage, type ReviewResult} from './outcomes';
import type {ReviewDecision} from './token';

export interface ReviewInput {
  mattermostUserId: string;
  requestId: string;
  decision: ReviewDecision;
  reason: string;
  channelId: string;
  postId: string | null;
}

export interface ReviewerDeps {
  teleport: TeleportPort;
  settings: SettingsSource;
  cluster(): ClusterInfo;
  capability(): ReviewCapability;
  logger: Logger;
  mapper: IdentityMapper;
  /** Called once per decision with its outcome (metrics). */
  onOutcome?(decision: ReviewInput['decision'], outcome: string): void;
}

/** Whether a review could go ahead, as far as the bridge can tell before asking Teleport. */
export type Readiness = {ok: true; teleportUser: string; request: AccessRequest} | {ok: false; result: ReviewResult; teleportUser: string | null};

export const MAX_REASON_LENGTH = 3000;

function fromMapping(result: Exclude<MappingResult, {ok: true}>): ReviewResult {
  return refusal(result.code === 'unavailable' ? 'mapping_unavailable' : result.code, result.message);
}

export function createReviewer(deps: ReviewerDeps) {
  const inFlight = new Map<string, Promise<ReviewResult>>();

  function linkOnly(requestId: string, explanation: string): ReviewResult {
    const url = requestWebLink(deps.cluster(), deps.settings.current(), requestId);
    return refusal('link_only', url ? `${explanation} [Open the request in Teleport](${url}).` : explanation);
  }

  /** Guardrails on a fresh copy of the request; no side effects. */
  async function ready(mattermostUserId: string, requestId: string): Promise<Readiness> {
    const settings = deps.settings.current();
    if (!settings.reviewsEnabled) {
      return {ok: false, teleportUser: null, result: linkOnly(requestId, LINK_ONLY_EXPLANATIONS.reviews_disabled)};
    }
    // Both lookups at once (the trigger id of a reason dialog is waiting). The request's own state
    // is reported first: whether it is still open, or chat-reviewable at all, is the same for everyone.
    const [mapped, fetched] = await Promise.all([
      deps.mapper.toTeleport(mattermostUserId),
      deps.teleport.getRequest(requestId).then(
        (request) => ({ok: true as const, request}),
        (error: unknown) => ({ok: false as const, error}),
      ),
    ]);
    const teleportUser = mapped.ok ? mapped.teleportUser : null;
    if (!fetched.ok) {
      deps.logger.warn({err: fetched.error, request_id: requestId}, 'could not read the access request before reviewing');
      return {ok: false, teleportUser, result: TELEPORT_UNAVAILABLE};
    }
    const request = fetched.request;
    if (!request || request.state !== 'PENDING') return {ok: false, teleportUser, result: ALREADY_RESOLVED(request)};
    const reason = linkOnlyReason(request, settings, deps.cluster(), deps.capability());
    if (reason) return {ok: false, teleportUser, result: linkOnly(requestId, LINK_ONLY_EXPLANATIONS[reason])};
    if (!mapped.ok) return {ok: false, teleportUser, result: fromMapping(mapped)};
    // Teleport refuses this too; saying it here is clearer than Teleport's wording.
    if (request.user === mapped.teleportUser) return {ok: false, teleportUser, result: SELF_REVIEW};
    if (request.reviews.some((review) => review.author === mapped.teleportUser)) return {ok: false, teleportUser, result: ALREADY_REVIEWED};
    return {ok: true, teleportUser: mapped.teleportUser, request};
  }

  function audit(input: ReviewInput, teleportUser: string | null, result: ReviewResult): void {
    const line = {
      audit: 'review',
      mattermost_user_id: input.mattermostUserId,
      teleport_user: teleportUser,
      request_id: input.requestId,
      post_id: input.postId,
      channel_id: input.channelId,
      decision: input.decision,
      outcome: result.ok ? 'submitted' : result.code,
    };
    deps.onOutcome?.(input.decision, line.outcome);
    if (result.ok) deps.logger.info(line, 'review submitted on behalf of a Mattermost user');
    else deps.logger.info(line, `review not submitted: ${result.code}`);
  }

  async function attempt(input: ReviewInput): Promise<ReviewResult> {
    const reason = input.reason.trim();
    const {approveReasonRequired} = deps.settings.current();
    if (reason === '' && (input.decision === 'deny' || approveReasonRequired)) {
      const result = refusal('reason_required', `A reason is required to ${input.decision}.`);
      audit(input, null, result);
      return result;
    }
    if (reason.length > MAX_REASON_LENGTH) {
      const result = refusal('invalid', `The reason is too long (at most ${MAX_REASON_LENGTH} characters).`);
      audit(input, null, result);
      return result;
    }

    const readiness = await ready(input.mattermostUserId, input.requestId);
    if (!readiness.ok) {
      audit(input, readiness.teleportUser, readiness.result);
      return readiness.result;
    }
    const {teleportUser, request} = readiness;
    let result: ReviewResult;
    try {
      const updated = await deps.teleport.submitReview({
        requestId: input.requestId,
        author: teleportUser,
        decision: input.decision === 'approve' ? 'APPROVED' : 'DENIED',
        reason,
      });
      result = {ok: true, code: 'reviewed', message: successMessage(input.decision, updated)};
    } catch (error) {
      result = fromTeleportError(error, request.roles);
      if (result.code === 'teleport_unavailable') deps.logger.warn({err: error, request_id: input.requestId}, 'SubmitAccessReview failed');
    }
    audit(input, teleportUser, result);
    return result;
  }

  return {
    ready,
    /** Never throws. */
    async review(input: ReviewInput): Promise<ReviewResult> {
      const key = JSON.stringify([input.mattermostUserId, input.requestId]);
      const running = inFlight.get(key);
      if (running) {
        const first = await running;
        const result = first.ok ? ALREADY_REVIEWED : first;
        audit(input, null, result);
        return result;
      }
      const flight = attempt(input).catch((error: unknown): ReviewResult => {
        deps.logger.error({err: error, request_id: input.requestId}, 'review failed unexpectedly');
        return TELEPORT_UNAVAILABLE;
      });
      inFlight.set(key, flight);
      try {
        return await flight;
      } finally {
        inFlight.delete(key);
      }
    },
  };
}

export type Reviewer = ReturnType<typeof createReviewer>;
