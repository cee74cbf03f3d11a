/**
 * The review path shared by buttons, dialogs and `/teleport approve|deny`: the rules (rules.ts) on
 * a freshly read request, then SubmitAccessReview authored by the mapped Teleport user.
 *
 * Exactly once: concurrent attempts by one Mattermost user on one request share a single flight;
 * the ones that joined are told "already reviewed" when it succeeded (or get its failure). Later
 * attempts see their review in the fresh request, and Teleport's one-review-per-author rule backs
 * that up across replicas.
 */
import {describe} from '../../app/errors';
import {LINK_ONLY_EXPLANATIONS} from '@tma/card-contract';
import {clusterLinkOnlyReason, requestLinkOnlyReason} from '../../card/capability';
import type {Logger} from 'pino';
import {requestWebLink} from '../../card/web-link';
import type {AccessRequest} from '../../domain/request';
import {fail, failureOf, ok, type Decision, type Failure, type Result, type Surface} from '../../errors/failure';
import {teleportFailure} from '../../errors/teleport';
import {audit} from '../audit';
import type {RuntimeContext} from '../context';
import {teleportUserOf} from '../identity';
import {checkReason, hasReviewed, isOwnRequest} from '../rules';

export interface ReviewInput {
  mattermostUserId: string;
  requestId: string;
  decision: Decision;
  reason: string;
  channelId: string;
  postId: string | null;
  surface: Surface;
}

/** Whether a review could go ahead, as far as the bridge can tell before asking Teleport. */
export interface Readiness {
  teleportUser: string | null;
  request: Result<AccessRequest>;
}

const verb = (decision: Decision): string => (decision === 'approve' ? 'approved' : 'denied');
export const noun = (decision: Decision): string => (decision === 'approve' ? 'approval' : 'denial');

/** What the reviewer is told when Teleport recorded the review. */
export function reviewedText(decision: Decision, request: AccessRequest): string {
  const what = `${request.user}'s request for ${request.roles.join(', ')}`;
  if (request.state !== 'PENDING') return `You ${verb(decision)} ${what}. The request is now ${request.state}.`;
  const approvals = request.reviews.filter((r) => r.decision === 'APPROVED').length;
  const needed = Math.max(1, ...request.thresholds.map((t) => t.approve));
  return `You ${verb(decision)} ${what}. ${approvals} of ${needed} approvals so far; the request is still pending.`;
}

function linkOnly(ctx: RuntimeContext, requestId: string, explanation: string): Failure {
  return {code: 'link_only', explanation, url: requestWebLink(ctx.cluster(), ctx.settings.current(), requestId)};
}

async function fetchRequest(ctx: RuntimeContext, log: Logger, requestId: string): Promise<Result<AccessRequest | null>> {
  try {
    return ok(await ctx.teleport.getRequest(requestId));
  } catch (error) {
    log.warn({err: describe(error), request_id: requestId}, 'could not read the access request before reviewing');
    return fail({code: 'teleport_unavailable', doing: null, cause: String(error)});
  }
}

/** Counts and logs one decision's outcome, in the audit fields the README documents. */
function record(ctx: RuntimeContext, log: Logger, input: ReviewInput, teleportUser: string | null, result: Result<AccessRequest>): Result<AccessRequest> {
  const fields = {
    mattermost_user_id: input.mattermostUserId,
    teleport_user: teleportUser,
    request_id: input.requestId,
    post_id: input.postId,
    channel_id: input.channelId,
    decision: input.decision,
    via: input.surface,
  };
  ctx.onReviewOutcome(input.decision, result.ok ? 'submitted' : result.error.code);
  audit(log, 'review', fields, result.ok ? {done: 'submitted', message: 'review submitted on behalf of a Mattermost user'} : {failure: result.error.failure});
  return result;
}

export function createReviewer(ctx: RuntimeContext) {
  const inFlight = new Map<string, Promise<Result<AccessRequest>>>();
  const log = ctx.logger.child({component: 'reviews'});

  /** The rules on a fresh copy of the request; no side effects. */
  async function ready(mattermostUserId: string, requestId: string): Promise<Readiness> {
    const settings = ctx.settings.current();
    const everywhere = clusterLinkOnlyReason(settings, ctx.cluster(), ctx.capability());
    if (everywhere) return {teleportUser: null, request: fail(linkOnly(ctx, requestId, LINK_ONLY_EXPLANATIONS[everywhere]))};
    // Both lookups at once (the trigger id of a reason dialog is waiting). The request's own state
    // is reported first: whether it is still open, or chat-reviewable at all, is the same for everyone.
    const [mapped, fetched] = await Promise.all([teleportUserOf(ctx.mapper, mattermostUserId), fetchRequest(ctx, log, requestId)]);
    const teleportUser = mapped.ok ? mapped.value : null;
    const refuse = (failure: Failure): Readiness => ({teleportUser, request: fail(failure)});
    if (!fetched.ok) return {teleportUser, request: fetched};
    const request = fetched.value;
    if (!request || request.state !== 'PENDING') return refuse({code: 'already_resolved', request});
    const only = requestLinkOnlyReason(request, settings);
    if (only) return refuse(linkOnly(ctx, requestId, LINK_ONLY_EXPLANATIONS[only]));
    if (!mapped.ok) return {teleportUser, request: mapped};
    if (isOwnRequest(request, mapped.value)) return refuse({code: 'self_review'});
    if (hasReviewed(request, mapped.value)) return refuse({code: 'already_reviewed'});
    return {teleportUser, request: ok(request)};
  }

  async function attempt(input: ReviewInput): Promise<Result<AccessRequest>> {
    const reason = checkReason(input, ctx.settings.current());
    if (!reason.ok) return record(ctx, log, input, null, reason);
    const readiness = await ready(input.mattermostUserId, input.requestId);
    if (!readiness.request.ok || readiness.teleportUser === null) return record(ctx, log, input, readiness.teleportUser, readiness.request);
    const {teleportUser} = readiness;
    const roles = readiness.request.value.roles;
    try {
      const decision = input.decision === 'approve' ? 'APPROVED' : 'DENIED';
      const updated = await ctx.teleport.submitReview({requestId: input.requestId, author: teleportUser, decision, reason: reason.value});
      return record(ctx, log, input, teleportUser, ok(updated));
    } catch (error) {
      return record(ctx, log, input, teleportUser, fail(teleportFailure(error, {review: true, roles})));
    }
  }

  /** Never throws. */
  async function review(input: ReviewInput): Promise<Result<AccessRequest>> {
    const key = JSON.stringify([input.mattermostUserId, input.requestId]);
    const running = inFlight.get(key);
    if (running) {
      const first = await running;
      return record(ctx, log, input, null, first.ok ? fail({code: 'already_reviewed'}) : first);
    }
    const flight = attempt(input).catch((error: unknown) => {
      log.error({err: describe(error), request_id: input.requestId}, 'review failed unexpectedly');
      const failure = failureOf(error, null);
      return fail<AccessRequest>(failure.code === 'internal' ? {code: 'teleport_unavailable', doing: null, cause: failure.cause} : failure);
    });
    inFlight.set(key, flight);
    try {
      return await flight;
    } finally {
      inFlight.delete(key);
    }
  }

  return {ready, review};
}

export type Reviewer = ReturnType<typeof createReviewer>;
