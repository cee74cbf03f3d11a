/** Read-only answers: `show`, `status` (`list` is reviewers/request-list.ts). Each returns the markdown of a private reply. */
import type {AccessRequest} from '../../domain/request';
import {LINK_ONLY_EXPLANATIONS} from '@tma/card-contract';
import {clusterLinkOnlyReason} from '../../card/capability';
import {renderCardMarkdown} from '../../card/markdown';
import {buildCardModel} from '../../card/model';
import {code} from '../../card/sanitize';
import {userText} from '../../errors/explain';
import type {RuntimeContext} from '../context';

/** The card of a request the user may see, as markdown (callers resolve and check visibility first). */
export async function showView(ctx: RuntimeContext, request: AccessRequest): Promise<string> {
  // The requester's role prompt, shown beside the reason; a failed lookup only leaves it out.
  const requestPrompt = await ctx.teleport.getAccessCapabilities(request.user).then(
    (caps) => caps.requestPrompt,
    () => '',
  );
  const card = buildCardModel({
    request,
    state: request.state,
    cluster: ctx.cluster(),
    settings: ctx.settings.current(),
    capability: ctx.capability(),
    mattermostIds: {},
    bridgeUser: ctx.identity.user(),
    now: new Date(ctx.now()),
    requestPrompt,
  });
  return renderCardMarkdown(card);
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
    ? `✅ Your Mattermost account is mapped to Teleport user ${code(mapping.value.teleportUser)} (by ${mapping.value.via === 'trait' ? 'user trait' : mapping.value.via}).`
    : `❌ ${userText(mapping.error.failure)}`;
  const reviews = reviewAvailability(ctx);
  return [`**Teleport cluster:** ${code(cluster.clusterName)} (version ${code(cluster.serverVersion)})`, identity, `${reviews.available ? '✅' : 'ℹ️'} ${reviews.text}`].join('\n');
}
