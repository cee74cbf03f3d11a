/**
 * The reply after a request is created (or dry-run): its id, what happens next, and when access
 * would end — including when Teleport granted less than was asked and why.
 */
import type {AccessRequest} from '../../domain/request';
import {summarize, thresholdProgress} from '../../card/progress';
import {durationText, shortRequestId} from '@tma/card-contract';
import {code} from '../../card/sanitize';
import {utcTime as utc} from '../../card/time';

export interface CreatedContext {
  request: AccessRequest;
  dryRun: boolean;
  /** What the user asked for, if anything. */
  askedMs: number | null;
  /** Teleport caps access at the creator's certificate expiry. */
  bridgeCertExpiry: Date | null;
  notifyRequester: boolean;
  now: Date;
}

/** Slack for clock skew and the time between asking and Teleport's computation. */
const SKEW_MS = 2 * 60_000;

export function expiryLines(ctx: CreatedContext): string[] {
  const granted = ctx.request.accessExpires ? new Date(ctx.request.accessExpires) : null;
  if (!granted || Number.isNaN(granted.getTime())) return ['Access expiry: set by Teleport when the request is approved.'];
  const grantedMs = granted.getTime() - ctx.now.getTime();
  const lines = [`Access would end at **${utc(granted)}** (in about ${durationText(grantedMs)}).`];
  const notice = shortenedNotice(ctx, granted, grantedMs);
  if (notice) lines.push(notice);
  return lines;
}

/**
 * One line, and only when the request really got less than it would have: Teleport ends access
 * made through the bridge with the bridge's own certificate, which only matters when that
 * certificate, not the duration asked for or the roles, was the limit.
 */
function shortenedNotice(ctx: CreatedContext, granted: Date, grantedMs: number): string | null {
  const asked = ctx.askedMs;
  const gotLess = asked === null || grantedMs < asked - SKEW_MS;
  if (!gotLess) return null;
  const cert = ctx.bridgeCertExpiry;
  if (cert !== null && Math.abs(granted.getTime() - cert.getTime()) <= SKEW_MS) {
    const what = asked !== null ? `the ${durationText(asked)} you asked for` : 'this request';
    return `⚠️ The bridge's Teleport certificate (valid until ${utc(cert)}) cut ${what} short; for longer access use \`tsh request create\` or the Teleport Web UI.`;
  }
  if (asked !== null) return `Teleport shortened the ${durationText(asked)} you asked for to what the requested roles allow.`;
  return null;
}

export function createdReply(ctx: CreatedContext): string {
  const r = ctx.request;
  const roles = r.roles.map(code).join(', ');
  if (ctx.dryRun) {
    return [`**Dry run:** Teleport would accept a request for ${roles}. Nothing was created.`, ...expiryLines(ctx)].join('\n');
  }
  const summary = summarize(thresholdProgress(r));
  const needs = summary.approvalsNeeded > 1 ? `${summary.approvalsNeeded} approvals` : 'one approval';
  const lines = [
    `✅ Access request ${code(shortRequestId(r.id))} for ${roles} created (state ${r.state}).`,
    `**Next:** reviewers are notified in Mattermost with a card they can review; it needs ${needs}.` +
      (ctx.notifyRequester ? ' You will get a direct message when it is reviewed.' : ''),
    ...expiryLines(ctx),
    `Once approved, use it with ${code(`tsh login --request-id=${r.id}`)}. Follow it with ${code(`/teleport show ${shortRequestId(r.id)}`)}.`,
  ];
  return lines.join('\n');
}
