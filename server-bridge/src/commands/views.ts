/** Read-only answers: `list`, `show`, `status`. Each returns the markdown of a private reply. */
import type {AccessRequest} from '../domain/request';
import {LINK_ONLY_EXPLANATIONS} from '@tma/card-contract';
import {renderCardMarkdown, STATE_EMOJI} from '../card/markdown';
import {buildCardModel} from '../card/model';
import {summarize, thresholdProgress} from '../card/progress';
import {code} from '../card/sanitize';
import type {CommandDeps} from './deps';
import {teleportFailure} from './failures';

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

async function reviewable(deps: CommandDeps, user: string, pending: AccessRequest[]): Promise<AccessRequest[]> {
  const candidates = pending.filter((r) => r.user !== user && !r.reviews.some((review) => review.author === user));
  if (deps.mayReview) {
    const allowed = await Promise.all(candidates.map((r) => deps.mayReview!(user, r)));
    return candidates.filter((_, i) => allowed[i]);
  }
  return candidates.filter((r) => r.suggestedReviewers.includes(user));
}

export async function listView(deps: CommandDeps, teleportUser: string): Promise<string> {
  let pending: AccessRequest[];
  let own: AccessRequest[];
  try {
    [pending, own] = await Promise.all([deps.teleport.listRequests({state: 'PENDING'}), deps.teleport.listRequests({user: teleportUser})]);
  } catch (error) {
    return teleportFailure(error, 'list requests', deps.logger);
  }
  // The bridge sees every request; filter again in case the port ignored the user filter.
  own = own.filter((r) => r.user === teleportUser).sort(newestFirst);
  const toReview = (await reviewable(deps, teleportUser, pending)).sort(newestFirst);
  const lines: string[] = [];
  lines.push(`**Pending requests you can review** (${toReview.length})`);
  if (toReview.length === 0) lines.push('_None._');
  lines.push(...toReview.slice(0, LIST_REVIEW_LIMIT).map((r) => line(r, true)));
  if (toReview.length > LIST_REVIEW_LIMIT) lines.push(`_…and ${toReview.length - LIST_REVIEW_LIMIT} more in Teleport._`);
  if (!deps.mayReview) lines.push('_Listed: pending requests that suggest you as a reviewer. Cards in the review channels show the others._');
  lines.push('', `**Your recent requests** (${own.length})`);
  if (own.length === 0) lines.push('_None._');
  lines.push(...own.slice(0, LIST_OWN_LIMIT).map((r) => line(r, false)));
  if (own.length > LIST_OWN_LIMIT) lines.push(`_…and ${own.length - LIST_OWN_LIMIT} older ones in Teleport._`);
  lines.push('', 'Details: `/teleport show <id>`.');
  return lines.join('\n');
}

export async function showView(deps: CommandDeps, requestId: string): Promise<string> {
  let request: AccessRequest | null;
  try {
    request = await deps.teleport.getRequest(requestId);
  } catch (error) {
    return teleportFailure(error, 'read the request', deps.logger);
  }
  if (!request) {
    return `No access request ${code(requestId)} exists. It may have expired: Teleport deletes requests that were not reviewed in time.`;
  }
  const card = buildCardModel({
    request,
    state: request.state,
    cluster: deps.cluster(),
    settings: deps.settings.current(),
    capability: deps.capability?.() ?? {selfCheckPassed: null},
    mattermostIds: {},
    bridgeUser: deps.bridgeUser ?? '',
    now: deps.now?.() ?? new Date(),
  });
  return renderCardMarkdown(card);
}

export function reviewAvailability(deps: CommandDeps): {available: boolean; text: string} {
  const settings = deps.settings.current();
  const cluster = deps.cluster();
  const capability = deps.capability?.() ?? {selfCheckPassed: null};
  if (!settings.reviewsEnabled) return {available: false, text: LINK_ONLY_EXPLANATIONS.reviews_disabled};
  if (!cluster.onBehalfReviews || capability.selfCheckPassed === false) return {available: false, text: LINK_ONLY_EXPLANATIONS.cluster_unsupported};
  const pendingCheck = capability.selfCheckPassed === null ? ' (the bridge has not finished checking its Teleport permissions yet)' : '';
  return {available: true, text: `In-chat reviews are available on this cluster${pendingCheck}: use the card buttons or \`/teleport approve|deny\`.`};
}

export async function statusView(deps: CommandDeps, mattermostUserId: string): Promise<string> {
  const cluster = deps.cluster();
  const mapping = await deps.mapper.toTeleport(mattermostUserId);
  const identity = mapping.ok
    ? `✅ Your Mattermost account is mapped to Teleport user ${code(mapping.teleportUser)} (by ${mapping.via === 'trait' ? 'user trait' : mapping.via}).`
    : `❌ ${mapping.message}`;
  const reviews = reviewAvailability(deps);
  return [`**Teleport cluster:** ${code(cluster.clusterName)} (version ${code(cluster.serverVersion)})`, identity, `${reviews.available ? '✅' : 'ℹ️'} ${reviews.text}`].join('\n');
}
