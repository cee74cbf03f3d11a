/**
 * The review rules the bridge applies before asking Teleport, each in one place. They only spare
 * users a pointless round trip and keep chat to what the admin allowed: Teleport remains the judge
 * of permission, thresholds and "already reviewed".
 */
import type {Settings} from '../config/settings';
import type {AccessRequest} from '../domain/request';
import {cleanUserText} from '../card/sanitize';
import {fail, ok, type Decision, type Result, type Surface} from '../errors/failure';

export const MAX_REASON_LENGTH = 3000;

/** Deny always needs a reason (the requester reads it); approve when the admin says so. */
export function reasonRequired(decision: Decision, settings: Pick<Settings, 'approveReasonRequired'>): boolean {
  return decision === 'deny' || settings.approveReasonRequired;
}

/**
 * The reason to submit, as the one inert line every surface shows (so Teleport records what
 * reviewers saw), or why it cannot be used. Only invisible characters is no reason at all.
 */
export function checkReason(input: {decision: Decision; reason: string; requestId: string; surface: Surface}, settings: Pick<Settings, 'approveReasonRequired'>): Result<string> {
  const reason = cleanUserText(input.reason);
  if (reason === '' && reasonRequired(input.decision, settings)) {
    return fail({code: 'reason_required', decision: input.decision, requestId: input.requestId, surface: input.surface});
  }
  if (reason.length > MAX_REASON_LENGTH) return fail({code: 'reason_too_long', max: MAX_REASON_LENGTH});
  return ok(reason);
}

/** Teleport refuses this too; saying it before asking is clearer than Teleport's wording. */
export const isOwnRequest = (request: Pick<AccessRequest, 'user'>, teleportUser: string): boolean => request.user === teleportUser;

export const hasReviewed = (request: Pick<AccessRequest, 'reviews'>, teleportUser: string): boolean => request.reviews.some((review) => review.author === teleportUser);
