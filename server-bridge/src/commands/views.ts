/** Read-only answers: `show`, `status` (`list` is reviewers/request-list.ts). Each returns the markdown of a private reply. */
import type {AccessRequest} from '../domain/request';
import {LINK_ONLY_EXPLANATIONS} from '@tma/card-contract';
import {renderCardMarkdown} from '../card/markdown';
import {buildCardModel} from '../card/model';
import {code} from '../card/sanitize';
import type {CommandDeps} from './deps';

/** The card of a request the user may see, as markdown (callers resolve and check visibility first). */
export async function showView(deps: CommandDeps, request: AccessRequest): Promise<string> {
  // The requester's role prompt, shown beside the reason; a failed lookup only leaves it out.
  const requestPrompt = await deps.teleport.getAccessCapabilities(request.user).then(
    (caps) => caps.requestPrompt,
    () => '',
  );
  const card = buildCardModel({
    request,
    state: request.state,
    cluster: deps.cluster(),
    settings: deps.settings.current(),
    capability: deps.capability?.() ?? {selfCheckPassed: null},
    mattermostIds: {},
    bridgeUser: deps.bridgeUser ?? '',
    requestPrompt,
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
