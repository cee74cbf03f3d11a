/**
 * Who may see a request in chat answers (`/teleport show`, `list`, id resolution): its requester,
 * its suggested reviewers, and whoever may review it (including "Teleport decides" — never hide a
 * request the user could review). Everyone else must not learn that it exists. Pure.
 */
import type {AccessRequest} from '../domain/request';
import type {ReviewPermission} from './review-permission';

export type Relation = 'requester' | 'reviewer' | 'maybe-reviewer' | 'suggested' | 'none';

export function relationTo(viewer: string, request: Pick<AccessRequest, 'user' | 'suggestedReviewers'>, permission: ReviewPermission): Relation {
  if (request.user === viewer) return 'requester';
  if (permission === 'may-review') return 'reviewer';
  if (permission === 'teleport-decides') return 'maybe-reviewer';
  if (request.suggestedReviewers.includes(viewer)) return 'suggested';
  return 'none';
}

export const isVisible = (relation: Relation): boolean => relation !== 'none';
