/**
 * The reply after a request is created (or dry-run): its id, what happens next, and when access
 * would end — including when Teleport granted less than was asked and why.
 */
import type {AccessRequest} from '../../domain/request';
import {summarize, thresholdProgress} from '../../card/progress';
import {code} from '../../card/sanitize';
import {formatDuration} from './duration';

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

function utc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace('T', ' ')
    .replace('Z', ' UTC');
}

export function expiryLines(ctx: CreatedContext): string[] {
  const granted = ctx.request.accessExpires ? new Date(ctx.request.accessExpires) : null;
  if (!granted || Number.isNaN(granted.getTime())) return ['Access expiry: set by Teleport when the request is approved.'];
  const grantedMs = granted.getTime() - ctx.now.getTime();
  const lines = [`Access would end at **${utc(granted)}** (in about ${formatDuration(grantedMs)}).`];
  const cert = ctx.bridgeCertExpiry;
  const cappedByCert = cert !== null && Math.abs(granted.getTime() - cert.getTime()) <= SKEW_MS;
  const shortened = ctx.askedMs !== null && grantedMs < ctx.askedMs - SKEW_MS;
  if (cappedByCert) {
    const asked = ctx.askedMs !== null ? `you asked for ${formatDuration(ctx.askedMs)}, but ` : '';
    lines.push(
      `⚠️ This is shorter than it could be: ${asked}requests created from chat cannot outlast the bridge's own Teleport certificate, which expires at ${utc(cert)}. ` +
        'For longer access, request with `tsh request create` or the Teleport Web UI, or ask the administrator to lengthen the bridge certificate TTL.',
    );
  } else if (shortened && ctx.askedMs !== null) {
    lines.push(`Teleport shortened the ${formatDuration(ctx.askedMs)} you asked for: the requested roles allow at most this (their max session TTL or request max duration).`);
  }
  return lines;
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
    `✅ Access request ${code(r.id)} for ${roles} created (state ${r.state}).`,
    `**Next:** reviewers are notified in Mattermost with a card they can review; it needs ${needs}.` +
      (ctx.notifyRequester ? ' You will get a direct message when it is reviewed.' : ''),
    ...expiryLines(ctx),
    `Once approved, use it with ${code(`tsh login --request-id=${r.id}`)}. Follow it with ${code(`/teleport show ${r.id}`)}.`,
  ];
  return lines.join('\n');
}
