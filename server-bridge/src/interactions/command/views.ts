/** Read-only answers: `list`, `show`, `status`. Each returns the markdown of a private reply. */
import type {AccessRequest} from '../../domain/request';
import {LINK_ONLY_EXPLANATIONS, clusterLinkOnlyReason} from '../../engine/capability';
import {renderCardMarkdown, STATE_EMOJI} from '../../engine/markdown';
import {buildCardModel} from '../../engine/model';
import {summarize, thresholdProgress} from '../../engine/progress';
import {code} from '../../engine/sanitize';
import {fail, ok, type Result} from '../../errors/failure';
import {teleportFailure} from '../../errors/teleport';
import type {RuntimeContext} from '../context';
import {openForReviewBy} from '../rules';

/** Own requests shown by `list`; older ones are in Teleport. */
export const LIST_OWN_LIMIT = 10;
export const LIST_REVIEW_LIMIT = 20;

function progressText(request: AccessRequest): string {
  const s = summarize(thresholdProgress(request));
  return `approvals ${s.approvals}/${s.approvalsNeeded}, denials ${s.denials}/${s.denialsNeeded}`;
}

function line(request: AccessRequest, withUser: boolean): string {
  const who = withUser ? ` by ${code(request.user)}` : '';
  return `- ${STATE_EMOJI[request.state]} ${code(request.id)} ${request.roles.map(code).join(', ')}${who} · ${request.state} · ${progressText(request)} · ${request.created.slice(0, 16).replace('T', ' ')} UTC`;
}

const newestFirst = (a: AccessRequest, b: AccessRequest) => b.created.localeCompare(a.created);

/**
 * The bridge cannot evaluate Teleport RBAC, so `list` shows the pending requests that name the user
 * as a suggested reviewer; the cards in the review channels show the others.
 */
function reviewable(user: string, pending: AccessRequest[]): AccessRequest[] {
  return pending.filter((r) => openForReviewBy(r, user) && r.suggestedReviewers.includes(user));
}

export async function listView(ctx: RuntimeContext, teleportUser: string): Promise<Result<string>> {
  let pending: AccessRequest[];
  let own: AccessRequest[];
  try {
    [pending, own] = await Promise.all([ctx.teleport.listRequests({state: 'PENDING'}), ctx.teleport.listRequests({user: teleportUser})]);
  } catch (error) {
    return fail(teleportFailure(error, {review: false, doing: 'list requests'}));
  }
  // The bridge sees every request; filter again in case the port ignored the user filter.
  own = own.filter((r) => r.user === teleportUser).sort(newestFirst);
  const toReview = reviewable(teleportUser, pending).sort(newestFirst);
  const lines: string[] = [];
  lines.push(`**Pending requests you can review** (${toReview.length})`);
  if (toReview.length === 0) lines.push('_None._');
  lines.push(...toReview.slice(0, LIST_REVIEW_LIMIT).map((r) => line(r, true)));
  if (toReview.length > LIST_REVIEW_LIMIT) lines.push(`_…and ${toReview.length - LIST_REVIEW_LIMIT} more in Teleport._`);
  lines.push('_Listed: pending requests that suggest you as a reviewer. Cards in the review channels show the others._');
  lines.push('', `**Your recent requests** (${own.length})`);
  if (own.length === 0) lines.push('_None._');
  lines.push(...own.slice(0, LIST_OWN_LIMIT).map((r) => line(r, false)));
  if (own.length > LIST_OWN_LIMIT) lines.push(`_…and ${own.length - LIST_OWN_LIMIT} older ones in Teleport._`);
  lines.push('', 'Details: `/teleport show <id>`.');
  return ok(lines.join('\n'));
}

export async function showView(ctx: RuntimeContext, requestId: string): Promise<Result<string>> {
  let request: AccessRequest | null;
  try {
    request = await ctx.teleport.getRequest(requestId);
  } catch (error) {
    return fail(teleportFailure(error, {review: false, doing: 'read the request'}));
  }
  if (!request) {
    return ok(`No access request ${code(requestId)} exists. It may have expired: Teleport deletes requests that were not reviewed in time.`);
  }
  const card = buildCardModel({
    request,
    state: request.state,
    cluster: ctx.cluster(),
    settings: ctx.settings.current(),
    capability: ctx.capability(),
    mattermostIds: {},
    bridgeUser: ctx.identity.user(),
    now: new Date(ctx.now()),
  });
  return ok(renderCardMarkdown(card));
}

export function reviewAvailability(ctx: RuntimeContext): {available: boolean; text: string} {
  const capability = ctx.capability();
  const unavailable = clusterLinkOnlyReason(ctx.settings.current(), ctx.cluster(), capability);
  if (unavailable) return {available: false, text: LINK_ONLY_EXPLANATIONS[unavailable]};
  const pendingCheck = capability.selfCheckPassed === null ? ' (the bridge has not finished checking its Teleport permissions yet)' : '';
  return {available: true, text: `In-chat reviews are available on this cluster${pendingCheck}: use the card buttons or \`/teleport approve|deny\`.`};
}

export async function statusView(ctx: RuntimeContext, mattermostUserId: string): Promise<string> {
  const cluster = ctx.cluster();
  const mapping = await ctx.mapper.toTeleport(mattermostUserId);
  const identity = mapping.ok
    ? `✅ Your Mattermost account is mapped to Teleport user ${code(mapping.teleportUser)} (by ${mapping.via === 'trait' ? 'user trait' : mapping.via}).`
    : `❌ ${mapping.message}`;
  const reviews = reviewAvailability(ctx);
  return [`**Teleport cluster:** ${code(cluster.clusterName)} (version ${code(cluster.serverVersion)})`, identity, `${reviews.available ? '✅' : 'ℹ️'} ${reviews.text}`].join('\n');
}
