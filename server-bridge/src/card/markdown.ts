/**
 * CardModel → the markdown `message` of a card post: what mobile, clients without the plugin,
 * notifications and `/teleport show` display. Pure.
 */
import type {CardState} from '../domain/request';
import {LINK_ONLY_EXPLANATIONS, type CardModel} from '@tma/card-contract';
import {code, sanitizeForMarkdown} from './sanitize';

export const STATE_EMOJI: Record<CardState, string> = {
  PENDING: '⏳',
  APPROVED: '✅',
  DENIED: '❌',
  PROMOTED: '🎉',
  EXPIRED: '⌛',
};

export function statusLine(card: Pick<CardModel, 'state'>): string {
  return `${STATE_EMOJI[card.state]} ${card.state}`;
}

export function progressLine(card: Pick<CardModel, 'summary'>): string {
  const s = card.summary;
  return `Approvals ${s.approvals}/${s.approvalsNeeded} · Denials ${s.denials}/${s.denialsNeeded}`;
}

function time(iso: string | null): string {
  if (!iso) return 'not set';
  // ISO without milliseconds reads better and is unambiguous for every locale.
  return iso
    .replace(/\.\d{3}Z$/, 'Z')
    .replace('T', ' ')
    .replace('Z', ' UTC');
}

export function renderCardMarkdown(card: CardModel): string {
  const lines: string[] = [];
  lines.push(`#### ${STATE_EMOJI[card.state]} ${card.title}`);
  lines.push(`**User:** ${code(card.requester.teleportUser)}`);
  lines.push(`**Roles:** ${card.roles.map(code).join(', ') || 'none'}`);
  if (card.resources.length > 0) lines.push(`**Resources:** ${card.resources.map(code).join(', ')}`);
  lines.push(`**Reason:** ${card.reason ? sanitizeForMarkdown(card.reason) : '_none given_'}`);
  lines.push(`**Request ID:** ${code(card.requestId)}`);
  lines.push(`**Cluster:** ${code(card.cluster)}`);
  lines.push(`**Status:** ${statusLine(card)}`);
  lines.push(`**Progress:** ${progressLine(card)}`);
  if (card.state === 'PENDING') {
    lines.push(`**Expires:** ${time(card.pendingExpires)}`);
  } else if (card.state === 'APPROVED' && card.accessExpires) {
    lines.push(`**Access until:** ${time(card.accessExpires)}`);
  }
  if (card.resolveReason && card.state !== 'PENDING' && card.state !== 'EXPIRED') {
    lines.push(`**Resolution reason:** ${sanitizeForMarkdown(card.resolveReason)}`);
  }
  if (card.reviews.length > 0) {
    const reviews = card.reviews.map((r) => {
      const verb = r.decision === 'APPROVED' ? 'approved' : 'denied';
      const why = r.reason ? `: ${sanitizeForMarkdown(r.reason)}` : '';
      return `${code(r.author)} ${verb}${r.viaMattermost ? ' via Mattermost' : ''}${why}`;
    });
    lines.push(`**Reviews:** ${reviews.join('; ')}`);
  }
  if (card.state === 'PENDING') {
    if (card.buttons.linkOnlyReason) lines.push(`_${LINK_ONLY_EXPLANATIONS[card.buttons.linkOnlyReason]}_`);
    if (card.webUrl) {
      lines.push(`[Review in Teleport](${card.webUrl})`);
    } else {
      lines.push(`Review with \`${card.tshCommands.approve}\` or \`${card.tshCommands.deny}\``);
    }
  } else if (card.webUrl) {
    lines.push(`[Open in Teleport](${card.webUrl})`);
  }
  return lines.join('\n');
}
