/**
 * CardModel → the Mattermost post (message + props). One card model feeds both the markdown
 * fallback and the webapp card; attachment buttons keep mobile and plugin-less clients working.
 */
import type {CardState} from '../domain/request';
import {CARD_POST_TYPE, CARD_PROPS_KEY, REQUEST_ID_PROPS_KEY, type CardModel} from '@tma/card-contract';
import {progressLine, renderCardMarkdown, statusLine} from './markdown';

/** Where a button click goes: Mattermost strips `integration` before any client sees it. */
export interface ActionIntegration {
  url: string;
  context: Record<string, string | number>;
}

export interface CardActions {
  approve: ActionIntegration;
  deny: ActionIntegration;
}

export interface CardPost {
  type: typeof CARD_POST_TYPE;
  message: string;
  props: Record<string, unknown>;
}

const COLORS: Record<CardState, string> = {
  PENDING: '#ffbc1f',
  APPROVED: '#3db887',
  DENIED: '#d24b4e',
  PROMOTED: '#5d89ea',
  EXPIRED: '#8b8f97',
};

/**
 * `actions`: the card's integrations. A pending card shows them as Approve and Deny. A resolved or
 * expired card keeps them disabled (greyed out, no click in current clients) so that a client that
 * has not seen the edit yet still reaches the bridge, which answers "already approved by …",
 * instead of the server's bare "Invalid action id.".
 */
export function renderCardPost(card: CardModel, actions: CardActions | null): CardPost {
  const withButtons = card.buttons.enabled && actions !== null;
  const settled = card.state !== 'PENDING' && actions !== null;
  const buttons = (disabled: boolean, a: CardActions) => [
    {id: card.buttons.approveActionId, type: 'button', name: 'Approve', style: disabled ? 'default' : 'primary', integration: a.approve, ...(disabled ? {disabled: true} : {})},
    {id: card.buttons.denyActionId, type: 'button', name: 'Deny', style: disabled ? 'default' : 'danger', integration: a.deny, ...(disabled ? {disabled: true} : {})},
  ];
  const attachment: Record<string, unknown> = {
    fallback: `${card.title}: ${card.requester.teleportUser} requests ${card.roles.join(', ')}`,
    color: COLORS[card.state],
    fields: [
      {title: 'Status', value: statusLine(card), short: true},
      {title: 'Progress', value: progressLine(card), short: true},
    ],
    ...(withButtons ? {actions: buttons(false, actions)} : settled ? {actions: buttons(true, actions)} : {}),
  };
  return {
    type: CARD_POST_TYPE,
    message: renderCardMarkdown(card),
    props: {
      [CARD_PROPS_KEY]: card,
      [REQUEST_ID_PROPS_KEY]: card.requestId,
      attachments: [attachment],
    },
  };
}
