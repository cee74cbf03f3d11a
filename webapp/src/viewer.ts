// Who is looking at the card decides what they may do with it. This is only about what to
// show: the bridge and Teleport decide what a click may do, from the server-attested user id.
import type {CardModel, Decision} from '@tma/card-contract';

export type Viewer = {kind: 'requester'} | {kind: 'reviewed'; decision: Decision} | {kind: 'reviewer'} | {kind: 'anonymous'};

export function viewerOf(card: CardModel, currentUserId: string | undefined): Viewer {
  if (!currentUserId) return {kind: 'anonymous'};
  if (card.requester.mattermostUserId === currentUserId) return {kind: 'requester'};
  // The latest review counts: Teleport keeps one decision per reviewer.
  const own = card.reviews.filter((r) => r.authorMattermostId === currentUserId).at(-1);
  if (own) return {kind: 'reviewed', decision: own.decision};
  return {kind: 'reviewer'};
}

/** Approve and Deny are offered only where a click could possibly succeed. */
export function showsButtons(card: CardModel, viewer: Viewer): boolean {
  return card.state === 'PENDING' && card.buttons.enabled && viewer.kind === 'reviewer';
}
