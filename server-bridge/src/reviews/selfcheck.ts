/**
 * Start-up probe: may the bridge's Teleport identity submit reviews on behalf of other users?
 *
 * Ping's version says whether the cluster *could* (18.11+), not whether this identity holds
 * `review_requests.submit_for_users`, nor whether an admin removed it. So the probe submits a review
 * for a request id that cannot exist (a fresh random UUID) with a placeholder author, and reads the
 * refusal:
 *
 * - The server checks who may submit for whom *before* it loads the request, so NOT_FOUND means the
 *   on-behalf permission check passed — and nothing was written, because there is no request.
 * - PERMISSION_DENIED "cannot submit reviews on behalf of" means the identity lacks
 *   submit_for_users, or the server is older and dropped `submitted_on_behalf_of_author` (it then
 *   sees author ≠ caller). Either way reviews from chat would be refused: link-only.
 * - Any other PERMISSION_DENIED (e.g. admin-action MFA on a long-lived identity) fails too, with its
 *   own message so the admin knows what to fix.
 * - Transport errors are inconclusive: the caller should retry later rather than conclude anything.
 *
 * Caveat: with `submit_for_users` scoped to a list of names (not "*"), the placeholder author is not
 * on that list and the probe fails although listed authors would work. The detail says so.
 */
import {randomUUID} from 'node:crypto';
import type {Logger} from 'pino';
import {TeleportError, type TeleportPort} from '../teleport/port';

/** A name no real user should have; only used as the author of a review that cannot be stored. */
export const SELF_CHECK_AUTHOR = 'teleport-mattermost-self-check';

export interface SelfCheckResult {
  passed: boolean;
  detail: string;
  /** False when Teleport could not be asked (unreachable, timeout): retry before trusting `passed`. */
  conclusive: boolean;
}

export async function checkOnBehalfReviews(teleport: TeleportPort, logger: Pick<Logger, 'info' | 'warn'>): Promise<SelfCheckResult> {
  const requestId = randomUUID();
  const result = await probe(teleport, requestId);
  const fields = {probe_request_id: requestId, passed: result.passed, conclusive: result.conclusive};
  if (result.passed) logger.info(fields, `on-behalf review self-check: ${result.detail}`);
  else logger.warn(fields, `on-behalf review self-check: ${result.detail}`);
  return result;
}

async function probe(teleport: TeleportPort, requestId: string): Promise<SelfCheckResult> {
  try {
    await teleport.submitReview({requestId, author: SELF_CHECK_AUTHOR, decision: 'APPROVED', reason: 'teleport-mattermost start-up self-check'});
    // Accepting a review for a request that cannot exist is not something Teleport does: distrust it.
    return {passed: false, conclusive: true, detail: 'Teleport accepted a review for a non-existent request; refusing to enable in-chat reviews against an unexpected server.'};
  } catch (error) {
    if (!(error instanceof TeleportError)) {
      return {passed: false, conclusive: false, detail: `self-check could not run: ${String(error)}`};
    }
    switch (error.kind) {
      case 'NotFound':
        return {passed: true, conclusive: true, detail: 'the bridge identity may submit reviews on behalf of users (submit_for_users).'};
      case 'AccessDenied':
        if (/cannot submit reviews on behalf of/i.test(error.message)) {
          return {
            passed: false,
            conclusive: true,
            detail:
              'Teleport refused a review on behalf of another user: the bridge role lacks review_requests.submit_for_users ' +
              `(or limits it to named users; the probe uses "${SELF_CHECK_AUTHOR}"), or the cluster is older than 18.11. Cards will be link-only.`,
          };
        }
        return {passed: false, conclusive: true, detail: `Teleport refused the probe review: ${error.message}. Cards will be link-only.`};
      case 'ConnectionProblem':
      case 'LimitExceeded':
      case 'Unknown':
        return {passed: false, conclusive: false, detail: `Teleport could not be asked (${error.kind}: ${error.message}); retry later.`};
      default:
        return {passed: false, conclusive: true, detail: `unexpected answer to the probe review (${error.kind}: ${error.message}). Cards will be link-only.`};
    }
  }
}
