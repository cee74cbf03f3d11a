/**
 * What the clicker is told, per outcome: private, specific, and saying what to do next.
 * Teleport's refusals are recognised by gRPC kind and, where one kind covers several cases, by the
 * message texts Teleport's own Slack review matches on.
 */
import type {AccessRequest} from '../domain/request';
import {TeleportError} from '../teleport/port';
import type {ReviewDecision} from './token';

export type ReviewCode =
  | 'reviewed'
  | 'already_reviewed'
  | 'already_resolved'
  | 'self_review'
  | 'not_allowed'
  | 'link_only'
  | 'unsupported'
  | 'reason_required'
  | 'unmapped'
  | 'ambiguous'
  | 'inactive'
  | 'bot'
  | 'guest'
  | 'mapping_unavailable'
  | 'teleport_unavailable'
  | 'bridge_misconfigured'
  | 'rejected'
  | 'invalid';

export interface ReviewResult {
  ok: boolean;
  message: string;
  code: ReviewCode;
}

export const verb = (decision: ReviewDecision): string => (decision === 'approve' ? 'approved' : 'denied');
export const noun = (decision: ReviewDecision): string => (decision === 'approve' ? 'approval' : 'denial');

/** Teleport error text may be shown; backticks would break the surrounding Markdown. */
const quote = (text: string): string => text.replace(/`/g, "'").slice(0, 300);

export function refusal(code: ReviewCode, message: string): ReviewResult {
  return {ok: false, code, message};
}

const RESOLVED_AS: Partial<Record<AccessRequest['state'], string>> = {APPROVED: 'approved', DENIED: 'denied', PROMOTED: 'promoted to an access list'};

const names = (authors: string[]): string => (authors.length <= 1 ? (authors[0] ?? '') : `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`);

/**
 * A click that reached us after the request was resolved, e.g. from a client that missed the card's
 * edit. Names who decided it, so the clicker needs no second look.
 */
export const ALREADY_RESOLVED = (request?: Pick<AccessRequest, 'state' | 'reviews'> | null): ReviewResult => {
  const outcome = request ? RESOLVED_AS[request.state] : undefined;
  if (!request || !outcome) return refusal('already_resolved', 'This access request is already resolved or expired; nothing was recorded.');
  const deciding = request.state === 'DENIED' ? 'DENIED' : 'APPROVED';
  const by = request.state === 'PROMOTED' ? [] : request.reviews.filter((r) => r.decision === deciding).map((r) => r.author);
  return refusal('already_resolved', `This access request was already ${outcome}${by.length > 0 ? ` by ${names(by)}` : ''}; nothing was recorded.`);
};

export const ALREADY_REVIEWED = refusal('already_reviewed', 'You already reviewed this request; Teleport counts one review per reviewer.');

export const SELF_REVIEW = refusal('self_review', 'You cannot review your own access request.');

export const TELEPORT_UNAVAILABLE = refusal('teleport_unavailable', 'Teleport could not be reached, so your review may not have been recorded. Please try again in a moment.');

export function successMessage(decision: ReviewDecision, request: AccessRequest): string {
  const what = `${request.user}'s request for ${request.roles.join(', ')}`;
  if (request.state !== 'PENDING') return `You ${verb(decision)} ${what}. The request is now ${request.state}.`;
  const approvals = request.reviews.filter((r) => r.decision === 'APPROVED').length;
  const needed = Math.max(1, ...request.thresholds.map((t) => t.approve));
  return `You ${verb(decision)} ${what}. ${approvals} of ${needed} approvals so far; the request is still pending.`;
}

/** Maps a failed SubmitAccessReview to what the reviewer can act on. */
export function fromTeleportError(error: unknown, roles: string[]): ReviewResult {
  if (!(error instanceof TeleportError)) return TELEPORT_UNAVAILABLE;
  const text = error.message;
  switch (error.kind) {
    case 'AlreadyExists':
      return ALREADY_REVIEWED;
    case 'NotFound':
      return ALREADY_RESOLVED();
    case 'AccessDenied':
      if (/has been already/i.test(text)) return ALREADY_RESOLVED();
      if (/already reviewed/i.test(text)) return ALREADY_REVIEWED;
      if (/cannot submit reviews on behalf of/i.test(text)) {
        return refusal('unsupported', 'This Teleport cluster does not accept reviews made in chat right now; please review in the Teleport Web UI.');
      }
      if (/own (access )?request/i.test(text)) return SELF_REVIEW;
      if (/\bMFA\b/.test(text)) {
        return refusal(
          'bridge_misconfigured',
          'Teleport requires MFA from the bridge for reviews, so it cannot submit yours; please review in the Teleport Web UI and tell your administrator.',
        );
      }
      return refusal('not_allowed', `Teleport does not allow you to review requests for ${roles.join(', ')} (Teleport said: ${quote(text)}).`);
    case 'BadParameter':
      return refusal('rejected', `Teleport rejected the review: ${quote(text)}.`);
    default:
      return TELEPORT_UNAVAILABLE;
  }
}
