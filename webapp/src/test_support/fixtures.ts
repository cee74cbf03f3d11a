// Cards of the dual-authorization story (bob asks for dbadmin; alice and ivan review; two
// approvals or one denial decide), in every state, for component tests and the browser host.
import type {CardModel, CardReview, CardState} from '@tma/card-contract';
import type {UserProfileLike} from '../mattermost_types';

export const PROFILES: Record<'alice' | 'bob' | 'ivan' | 'carol' | 'dave', UserProfileLike> = {
  alice: {id: 'mm-alice', username: 'alice', first_name: 'Alice', last_name: 'Archer'},
  bob: {id: 'mm-bob', username: 'bob', first_name: 'Bob', last_name: 'Baker'},
  ivan: {id: 'mm-ivan', username: 'ivan', first_name: 'Ivan', last_name: 'Ivanov'},
  carol: {id: 'mm-carol', username: 'carol', first_name: 'Carol', last_name: 'Cole'},
  dave: {id: 'mm-dave', username: 'dave'},
};

const REQUEST_ID = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';
const MINUTE = 60_000;

function review(who: 'alice' | 'ivan', decision: CardReview['decision'], at: number, reason: string): CardReview {
  return {author: who, authorMattermostId: PROFILES[who].id, decision, reason, created: new Date(at).toISOString(), viaMattermost: true, thresholds: []};
}

export interface FixtureOptions {
  now?: number;
  /** Reviews so far; defaults follow the state (approved: alice + ivan; denied: alice). */
  reviews?: CardReview[];
  linkOnly?: CardModel['buttons']['linkOnlyReason'];
  requesterMapped?: boolean;
}

export function storyCard(state: CardState, options: FixtureOptions = {}): CardModel {
  const now = options.now ?? Date.now();
  const created = now - 12 * MINUTE;
  const reviews =
    options.reviews ??
    (state === 'APPROVED' || state === 'PROMOTED'
      ? [review('alice', 'APPROVED', now - 6 * MINUTE, 'Ticket checked'), review('ivan', 'APPROVED', now - 2 * MINUTE, '')]
      : state === 'DENIED'
        ? [review('alice', 'DENIED', now - 3 * MINUTE, 'No change window today')]
        : []);
  const approvals = reviews.filter((r) => r.decision === 'APPROVED').length;
  const denials = reviews.filter((r) => r.decision === 'DENIED').length;
  const linkOnly = options.linkOnly ?? null;
  const titles: Record<CardState, string> = {
    PENDING: 'Access request pending review',
    APPROVED: 'Access request approved',
    DENIED: 'Access request denied',
    PROMOTED: 'Access request promoted to an access list',
    EXPIRED: 'Access request expired',
  };
  return {
    schema: 2,
    requestId: REQUEST_ID,
    cluster: 'story.example.com',
    state,
    title: titles[state],
    requester: {teleportUser: 'bob', mattermostUserId: options.requesterMapped === false ? null : PROFILES.bob.id},
    roles: ['dbadmin'],
    resources: [{label: 'node/db-1', constraint: null}],
    reason: 'TICKET-42: rotate the orders database credentials',
    requestPrompt: 'Please provide your ticket ID',
    suggestedReviewers: ['alice', 'ivan'],
    access: {startsAt: null, endsBy: new Date(created + 8 * 60 * MINUTE).toISOString(), lasts: '8 h', sessionLasts: null},
    resolveReason: state === 'DENIED' ? 'No change window today' : state === 'PROMOTED' ? 'Promoted to access list "DB admins"' : '',
    created: new Date(created).toISOString(),
    pendingExpires: new Date(created + 60 * MINUTE).toISOString(),
    accessExpires: new Date(created + 8 * 60 * MINUTE).toISOString(),
    summary: {approvals, approvalsNeeded: 2, denials, denialsNeeded: 1},
    progress: [{name: 'dual', approvals, approvalsNeeded: 2, denials, denialsNeeded: 1}],
    stillNeeded: state === 'PENDING' && approvals < 2 && denials < 1 ? [`${2 - approvals} more ${2 - approvals === 1 ? 'approval' : 'approvals'}`] : [],
    reviews,
    webUrl: `https://story.example.com/web/requests/${REQUEST_ID}`,
    tshCommands: {approve: `tsh request review --approve ${REQUEST_ID}`, deny: `tsh request review --deny ${REQUEST_ID}`},
    buttons: {
      enabled: state === 'PENDING' && linkOnly === null,
      linkOnlyReason: state === 'PENDING' ? linkOnly : null,
      approveActionId: 'approve',
      denyActionId: 'deny',
    },
    updatedAt: new Date(now).toISOString(),
  };
}

export {review as storyReview};

/**
 * A post as Mattermost delivers it to the post-type component: with the bridge's attachment
 * actions (integration stripped, as clients get them) when the card has buttons, unless
 * `withActions` is false (the bridge's first write, before it knows the post id).
 */
export function cardPost(card: CardModel | Record<string, unknown> | null, id = 'post-1', withActions = true) {
  const buttons = card && 'buttons' in card ? (card as CardModel).buttons : null;
  const actions =
    withActions && buttons?.enabled
      ? [
          {id: buttons.approveActionId, type: 'button', name: 'Approve'},
          {id: buttons.denyActionId, type: 'button', name: 'Deny'},
        ]
      : [];
  return {
    id,
    type: 'custom_teleport_request',
    message: `**Access request** ${card && 'state' in card ? String(card.state) : ''} by bob for dbadmin`,
    props: card === null ? {} : {teleport_card: card, attachments: [{actions}]},
  };
}
