/** The Approve and Deny integrations of a card: where Mattermost sends a click, with a signed context. */
import type {CardModel} from '@tma/card-contract';
import type {CardActions} from '../card/post';
import {signActionContext, type ReviewDecision} from '../reviews/token';

/** A click is accepted until an hour after the request's own end, so a late click still gets Teleport's answer. */
const GRACE_SECONDS = 3600;

export function signedButtons(secret: Buffer, actionUrl: string): (card: CardModel, channelId: string) => CardActions {
  return (card, channelId) => {
    const expiresAt = Math.floor(Date.parse(card.pendingExpires ?? card.accessExpires ?? card.created) / 1000) + GRACE_SECONDS;
    const sign = (decision: ReviewDecision) => ({url: actionUrl, context: signActionContext(secret, {requestId: card.requestId, channelId, decision, expiresAt})});
    return {approve: sign('approve'), deny: sign('deny')};
  };
}
