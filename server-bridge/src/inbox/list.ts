/**
 * Which pending requests go into one user's inbox, and in what order. Pure: the publisher reads
 * the pending snapshots, the card records, the user's review permissions and channel memberships,
 * then calls this.
 *
 * The relations follow `/teleport list` (reviewers/request-list.ts): a request the user already
 * reviewed is no longer theirs to review, their own requests are "mine", and suggested reviewers
 * see requests Teleport may still refuse them. A request they may not review shows only when they
 * can read one of its cards (it is already in front of them in that channel).
 */
import type {AccessRequest} from '../domain/request';
import type {PermissionCheck} from '../reviewers/directory';
import {relationTo} from '../reviewers/visibility';
import type {PostRef} from '../requests/record';
import type {InboxEntry, InboxRelation} from '@tma/card-contract';
import {byCodeUnits} from '../domain/order';

export interface InboxInput {
  /** The user's Teleport name. */
  viewer: string;
  pending: readonly AccessRequest[];
  /** The user's review permissions; null when they could not be read (suggested reviews only). */
  check: PermissionCheck | null;
  /** Card posts of each request (from the bridge's records). */
  cards(requestId: string): readonly PostRef[];
  /** Whether the user can read this channel (a member). */
  canRead(channelId: string): boolean;
}

function relationOf(input: InboxInput, request: AccessRequest): InboxRelation | null {
  if (request.user === input.viewer) return 'm';
  if (request.reviews.some((r) => r.author === input.viewer)) return 'v';
  const relation = relationTo(input.viewer, request, input.check ? input.check(request) : 'may-not-review');
  if (relation === 'reviewer') return 'r';
  if (relation === 'maybe-reviewer') return 't';
  if (relation === 'suggested') return 's';
  return 'v';
}

const RANK: Record<InboxRelation, number> = {r: 0, t: 0, s: 0, m: 1, v: 2};

function expirySeconds(request: AccessRequest): number {
  const at = request.pendingExpires ? Date.parse(request.pendingExpires) : Number.NaN;
  return Number.isNaN(at) ? 0 : Math.floor(at / 1000);
}

/** Most urgent first: to review, then mine, then the rest; within each the nearest deadline first. */
export function compareEntries(a: InboxEntry, b: InboxEntry): number {
  return RANK[a.rel] - RANK[b.rel] || (a.exp || Infinity) - (b.exp || Infinity) || byCodeUnits(a.id, b.id);
}

export function computeInbox(input: InboxInput): InboxEntry[] {
  const entries: InboxEntry[] = [];
  for (const request of input.pending) {
    if (request.state !== 'PENDING') continue;
    const rel = relationOf(input, request);
    if (!rel) continue;
    const post = input.cards(request.id).find((p) => input.canRead(p.channelId))?.postId ?? '';
    // Nothing to do and nothing to open: not the user's business.
    if (rel === 'v' && post === '') continue;
    entries.push({id: request.id, post, rel, exp: expirySeconds(request)});
  }
  return entries.sort(compareEntries);
}
