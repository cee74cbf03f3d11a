/**
 * CardModel → the markdown `message` of a card post: what mobile, clients without the plugin,
 * notifications and `/teleport show` display. Pure.
 */
import type {CardState} from '../domain/request';
import {LINK_ONLY_EXPLANATIONS, shortRequestId, type CardModel} from '@tma/card-contract';
import {code, sanitizeForMarkdown} from './sanitize';
import {utcTime} from './time';

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
  return iso ? utcTime(iso) : 'not set';
}

function resourcesLine(card: CardModel): string {
  return card.resources.map((r) => (r.constraint ? `${code(r.label)} (${sanitizeForMarkdown(r.constraint, 300)})` : code(r.label))).join(', ');
}

/** "up to 4 h, until … · starts … · sessions 8 h": only the parts Teleport set. */
function accessLine(card: CardModel): string | null {
  const a = card.access;
  const parts: string[] = [];
  if (a.endsBy) parts.push(a.lasts ? `up to ${a.lasts}, until ${time(a.endsBy)}` : `until ${time(a.endsBy)}`);
  if (a.startsAt) parts.push(`starts ${time(a.startsAt)}`);
  if (a.sessionLasts) parts.push(`sessions ${a.sessionLasts}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

export function renderCardMarkdown(card: CardModel): string {
  const lines: string[] = [];
  lines.push(`#### ${STATE_EMOJI[card.state]} ${card.title}`);
  lines.push(`**User:** ${code(card.requester.teleportUser)}`);
  lines.push(`**Roles:** ${card.roles.map(code).join(', ') || 'none'}`);
  if (card.resources.length > 0) lines.push(`**Resources:** ${resourcesLine(card)}`);
  const prompt = card.requestPrompt ? ` · _asked: ${sanitizeForMarkdown(card.requestPrompt, 200)}_` : '';
  lines.push(`**Reason:** ${card.reason ? sanitizeForMarkdown(card.reason) : '_none given_'}${prompt}`);
  const access = accessLine(card);
  if (access && card.state !== 'DENIED') lines.push(`**Access:** ${access}`);
  if (card.state === 'PENDING' && card.suggestedReviewers.length > 0) lines.push(`**Suggested reviewers:** ${card.suggestedReviewers.map(code).join(', ')}`);
  lines.push(`**Request ID:** ${code(shortRequestId(card.requestId))}`);
  lines.push(`**Cluster:** ${code(card.cluster)}`);
  lines.push(`**Status:** ${statusLine(card)}`);
  lines.push(`**Progress:** ${progressLine(card)}`);
  if (card.stillNeeded.length > 0) lines.push(`**Still needed:** ${card.stillNeeded.join('; ')}`);
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
      const counts = r.thresholds.length > 0 ? ` (${r.thresholds.join(', ')})` : '';
      return `${code(r.author)} ${verb}${r.viaMattermost ? ' via Mattermost' : ''}${counts}${why}`;
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
