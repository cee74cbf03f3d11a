/**
 * `/teleport list`: the pending requests the user may review and their own recent requests,
 * sorted by expiry (soonest first), each with its short id, roles, requester, progress and a link
 * to a card they can open. `listMarkdown` is pure; `loadRequestList` does the reads.
 */
import type {AccessRequest} from '../domain/request';
import {STATE_EMOJI} from '../card/markdown';
import {summarize, thresholdProgress} from '../card/progress';
import {code} from '../card/sanitize';
import {utcTime} from '../card/time';
import type {TeleportPort} from '../teleport/port';
import type {PermissionCheck} from './directory';
import {distinctShortIds} from './request-id';
import {seenBy} from './request-finder';
import type {Relation} from './visibility';
import {byCodeUnits} from '../domain/order';

export const LIST_REVIEW_LIMIT = 20;
export const LIST_OWN_LIMIT = 10;

export interface ListItem {
  request: AccessRequest;
  relation: Relation;
  /** Permalink of a card post the user can read, if any. */
  cardUrl: string | null;
}

export interface RequestList {
  /** At most LIST_REVIEW_LIMIT, soonest expiry first; `toReviewTotal` counts them all. */
  toReview: ListItem[];
  toReviewTotal: number;
  /** The LIST_OWN_LIMIT most recent, soonest expiry first; `ownTotal` counts them all. */
  own: ListItem[];
  ownTotal: number;
  /** Set when review permissions could not be read: only suggested reviews are listed. */
  permissionsUnavailable: string | null;
}

/** When the request stops mattering: the pending TTL while pending, else the end of access. */
export function expiryOf(r: AccessRequest): string | null {
  return r.state === 'PENDING' ? (r.pendingExpires ?? r.accessExpires) : (r.accessExpires ?? r.pendingExpires);
}

export function byExpiry(a: AccessRequest, b: AccessRequest): number {
  const x = expiryOf(a);
  const y = expiryOf(b);
  if (x === y) return byCodeUnits(a.id, b.id);
  if (x === null) return 1;
  if (y === null) return -1;
  return byCodeUnits(x, y);
}

const when = (iso: string | null) => (iso ? utcTime(iso) : 'no expiry');

function progressText(request: AccessRequest): string {
  const s = summarize(thresholdProgress(request));
  return `approvals ${s.approvals}/${s.approvalsNeeded}, denials ${s.denials}/${s.denialsNeeded}`;
}

function line(item: ListItem, withRequester: boolean, ids: Map<string, string>): string {
  const r = item.request;
  const parts = [
    `${STATE_EMOJI[r.state]} ${code(ids.get(r.id) ?? r.id)} ${r.roles.map(code).join(', ')}${withRequester ? ` by ${code(r.user)}` : ''}`,
    r.state,
    progressText(r),
    `${r.state === 'PENDING' ? 'expires' : r.state === 'APPROVED' ? 'access until' : 'until'} ${when(expiryOf(r))}`,
  ];
  if (item.relation === 'maybe-reviewer') parts.push('_Teleport decides when you click_');
  else if (item.relation === 'suggested') parts.push('_you are a suggested reviewer_');
  if (item.cardUrl) parts.push(`[card](${item.cardUrl})`);
  return `- ${parts.join(' · ')}`;
}

export function listMarkdown(list: RequestList): string {
  const ids = distinctShortIds([...list.toReview, ...list.own].map((i) => i.request.id));
  const out: string[] = [`**Pending requests you can review** (${list.toReviewTotal})`];
  if (list.permissionsUnavailable) out.push(`_${list.permissionsUnavailable}_`);
  if (list.toReviewTotal === 0) out.push('None.');
  out.push(...list.toReview.map((i) => line(i, true, ids)));
  if (list.toReviewTotal > list.toReview.length) out.push(`…and ${list.toReviewTotal - list.toReview.length} more in Teleport.`);
  out.push('', `**Your recent requests** (${list.ownTotal})`);
  if (list.ownTotal === 0) out.push('None.');
  out.push(...list.own.map((i) => line(i, false, ids)));
  if (list.ownTotal > list.own.length) out.push(`…and ${list.ownTotal - list.own.length} older ones in Teleport.`);
  out.push('', 'Details: `/teleport show <id>`; the 8 characters shown are enough.');
  return out.join('\n');
}

export interface ListDeps {
  teleport: Pick<TeleportPort, 'listRequests'>;
  /** The user's review permissions, or why they could not be read (the list says so). */
  check: PermissionCheck | {unavailable: string};
  cardUrl(requestId: string): Promise<string | null>;
}

export async function loadRequestList(deps: ListDeps, teleportUser: string): Promise<RequestList> {
  const [pending, mine] = await Promise.all([deps.teleport.listRequests({state: 'PENDING'}), deps.teleport.listRequests({user: teleportUser})]);
  const check: PermissionCheck = typeof deps.check === 'function' ? deps.check : () => 'may-not-review';
  const relation = seenBy(teleportUser, check);
  const reviewable = pending
    .filter((r) => r.user !== teleportUser && !r.reviews.some((v) => v.author === teleportUser))
    .map((request) => ({request, relation: relation(request)}))
    .filter((s) => s.relation !== 'none')
    .sort((a, b) => byExpiry(a.request, b.request));
  // The bridge sees every request; filter again in case the port ignored the user filter.
  const ownAll = mine.filter((r) => r.user === teleportUser);
  const recent = [...ownAll].sort((a, b) => byCodeUnits(b.created, a.created)).slice(0, LIST_OWN_LIMIT);
  const withLinks = (items: {request: AccessRequest; relation: Relation}[]): Promise<ListItem[]> =>
    Promise.all(items.map(async (i) => ({...i, cardUrl: await deps.cardUrl(i.request.id).catch(() => null)})));
  return {
    toReview: await withLinks(reviewable.slice(0, LIST_REVIEW_LIMIT)),
    toReviewTotal: reviewable.length,
    own: await withLinks(recent.sort(byExpiry).map((request) => ({request, relation: 'requester' as const}))),
    ownTotal: ownAll.length,
    permissionsUnavailable: typeof deps.check === 'function' ? null : deps.check.unavailable,
  };
}
