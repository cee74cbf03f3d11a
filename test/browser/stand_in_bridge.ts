/**
 * A stand-in for the bridge, for the browser test only: it posts story cards as the bot and
 * answers post-action callbacks from the Mattermost peer by recording the review on the card
 * (two approvals approve, one denial denies). It follows the bridge's contract (CardModel in
 * props.teleport_card, attachments with the same action ids, `update` + `ephemeral_text`) but
 * none of its logic; end-to-end runs use the real bridge instead.
 */
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';

import type {CardModel} from '@tma/card-contract';
import type {CardState} from '../../server-bridge/src/domain/request';
import {cardTitle} from '../../server-bridge/src/card/model';

export interface StandInBridge {
  url: string;
  /** Posts a card as the bot; returns the post id. */
  postCard(channelId: string, card: CardModel): Promise<string>;
  /** Posts a card-type post with arbitrary props (for the fallback); returns the post id. */
  postRaw(channelId: string, message: string, props: Record<string, unknown>): Promise<string>;
  stop(): Promise<void>;
}

function markdown(card: CardModel): string {
  const p = card.summary;
  return `**${card.title}**: ${card.requester.teleportUser} requests ${card.roles.join(', ')}. Approvals ${p.approvals} of ${p.approvalsNeeded}, denials ${p.denials} of ${p.denialsNeeded}.`;
}

function props(card: CardModel, actionUrl: string): Record<string, unknown> {
  const actions = card.buttons.enabled
    ? [
        {
          id: card.buttons.approveActionId,
          type: 'button',
          name: 'Approve',
          style: 'primary',
          integration: {url: actionUrl, context: {request_id: card.requestId, action: 'approve'}},
        },
        {id: card.buttons.denyActionId, type: 'button', name: 'Deny', style: 'danger', integration: {url: actionUrl, context: {request_id: card.requestId, action: 'deny'}}},
      ]
    : [];
  return {teleport_card: card, attachments: [{fallback: markdown(card), text: markdown(card), actions}]};
}

function withReview(card: CardModel, author: string, authorMattermostId: string, decision: 'APPROVED' | 'DENIED'): CardModel {
  const reviews = [...card.reviews, {author, authorMattermostId, decision, reason: '', created: new Date().toISOString(), viaMattermost: true, thresholds: []}];
  const approvals = reviews.filter((r) => r.decision === 'APPROVED').length;
  const denials = reviews.filter((r) => r.decision === 'DENIED').length;
  const progress = card.progress.map((t) => ({...t, approvals, denials}));
  const first = progress[0];
  const state: CardState = first && denials >= first.denialsNeeded ? 'DENIED' : first && approvals >= first.approvalsNeeded ? 'APPROVED' : 'PENDING';
  return {
    ...card,
    state,
    title: cardTitle(state),
    reviews,
    progress,
    stillNeeded:
      state === 'PENDING' && first && approvals < first.approvalsNeeded
        ? [`${first.approvalsNeeded - approvals} more approval${first.approvalsNeeded - approvals === 1 ? '' : 's'}`]
        : [],
    summary: {...card.summary, approvals, denials},
    buttons: {...card.buttons, enabled: state === 'PENDING'},
    updatedAt: new Date().toISOString(),
  };
}

export async function startStandInBridge(mattermostUrl: string, botToken: string, usernames: Record<string, string>): Promise<StandInBridge> {
  const cards = new Map<string, CardModel>();
  let actionUrl = '';

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const reply = (body: unknown) => {
        res.writeHead(200, {'Content-Type': 'application/json'});
        res.end(JSON.stringify(body));
      };
      const call = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {user_id?: string; post_id?: string; context?: {action?: string}};
      const card = cards.get(call.post_id ?? '');
      const user = usernames[call.user_id ?? ''];
      if (!card || !user) return reply({ephemeral_text: 'This request is not known to the bridge.'});
      if (card.requester.mattermostUserId === call.user_id) return reply({ephemeral_text: 'You cannot review your own request.'});
      if (card.state !== 'PENDING') return reply({ephemeral_text: `This request is already ${card.state.toLowerCase()}.`});
      if (card.reviews.some((r) => r.authorMattermostId === call.user_id)) return reply({ephemeral_text: 'You already reviewed this request.'});
      const decision = call.context?.action === 'deny' ? 'DENIED' : 'APPROVED';
      const next = withReview(card, user, call.user_id ?? '', decision);
      cards.set(call.post_id ?? '', next);
      reply({
        update: {message: markdown(next), props: props(next, actionUrl)},
        ephemeral_text: `Your ${decision === 'APPROVED' ? 'approval' : 'denial'} was recorded in Teleport.`,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  actionUrl = `${url}/mm/action`;

  async function post(channelId: string, message: string, postProps: Record<string, unknown>): Promise<string> {
    const res = await fetch(`${mattermostUrl}/api/v4/posts`, {
      method: 'POST',
      headers: {Authorization: `Bearer ${botToken}`, 'Content-Type': 'application/json'},
      body: JSON.stringify({channel_id: channelId, message, type: 'custom_teleport_request', props: postProps}),
    });
    if (!res.ok) throw new Error(`posting a card: HTTP ${res.status} ${await res.text()}`);
    return ((await res.json()) as {id: string}).id;
  }

  return {
    url,
    async postCard(channelId, card) {
      const id = await post(channelId, markdown(card), props(card, actionUrl));
      cards.set(id, card);
      return id;
    },
    postRaw: post,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
