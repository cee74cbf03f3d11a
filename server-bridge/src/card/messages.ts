/**
 * Texts of thread replies and requester DMs. Pure.
 */
import type {CardState, Review} from '../domain/request';
import {shortRequestId, type CardModel} from '@tma/card-contract';
import {progressLine, STATE_EMOJI} from './markdown';
import {code, isBlankUserText, sanitizeForMarkdown} from './sanitize';
import {utcTime} from './time';

export function reviewReply(review: Review, viaMattermost: boolean, card: CardModel): string {
  const verb = review.decision === 'APPROVED' ? 'approved' : 'denied';
  const emoji = review.decision === 'APPROVED' ? '✅' : '❌';
  const lines = [`${emoji} ${code(review.author)} ${verb}${viaMattermost ? ' via Mattermost' : ''} at ${utcTime(review.created)}`];
  if (!isBlankUserText(review.reason)) lines.push(`> ${sanitizeForMarkdown(review.reason)}`);
  lines.push(progressLine(card));
  return lines.join('\n');
}

const STATE_SENTENCE: Record<CardState, string> = {
  PENDING: 'is waiting for review',
  APPROVED: 'was approved',
  DENIED: 'was denied',
  PROMOTED: 'was promoted to an access list',
  EXPIRED: 'expired before it was resolved',
};

/** Said in the thread and to the requester once access is granted; null when Teleport set no end. */
export function accessActiveLine(card: CardModel): string | null {
  if (card.state !== 'APPROVED' || !card.accessExpires) return null;
  return `🔓 Access active until ${utcTime(card.accessExpires)}.`;
}

export function resolutionReply(card: CardModel): string {
  const why = card.resolveReason && card.state !== 'EXPIRED' ? `\n> ${sanitizeForMarkdown(card.resolveReason)}` : '';
  const active = accessActiveLine(card);
  return `${STATE_EMOJI[card.state]} The request ${STATE_SENTENCE[card.state]}.${why}${active ? `\n${active}` : ''}`;
}

export function requesterDm(card: CardModel): string {
  const roles = card.roles.map(code).join(', ');
  const head = `${STATE_EMOJI[card.state]} Your access request ${code(shortRequestId(card.requestId))} for ${roles} ${STATE_SENTENCE[card.state]}.`;
  const extra: string[] = [];
  if (card.state === 'PENDING') {
    extra.push(`Reviewers have been notified. ${progressLine(card)}.`);
  }
  if (card.state === 'APPROVED') {
    const active = accessActiveLine(card);
    if (active) extra.push(active);
    extra.push(`Assume it with \`tsh login --request-id=${card.requestId}\`.`);
  }
  if (card.resolveReason && card.state !== 'PENDING' && card.state !== 'EXPIRED') {
    extra.push(`Reason: ${sanitizeForMarkdown(card.resolveReason)}`);
  }
  if (card.webUrl) extra.push(`[Open in Teleport](${card.webUrl})`);
  return [head, ...extra].join('\n');
}
