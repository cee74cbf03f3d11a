/** Draws a request's card model with what the running bridge knows (cluster, settings, mapping). */
import type {SettingsSource} from '../config/settings';
import type {AccessRequest, CardState, ClusterInfo} from '../domain/request';
import type {ReviewCapability} from '../card/capability';
import type {CardModel} from '@tma/card-contract';
import {buildCardModel} from '../card/model';

export interface CardDrawerDeps {
  settings: SettingsSource;
  cluster(): ClusterInfo;
  capability(): ReviewCapability;
  /** Teleport user → Mattermost user id (null when unmapped). */
  mattermostIdOf(teleportUser: string): Promise<string | null>;
  /** The bridge's Teleport user ('' until a good identity file was read). */
  bridgeUser(): string;
  /** The requester's role prompt ('' when none); see prompts.ts. */
  requestPromptOf?(teleportUser: string): Promise<string>;
}

export function cardDrawer(deps: CardDrawerDeps): (request: AccessRequest, state: CardState) => Promise<CardModel> {
  return async (request, state) => {
    const mattermostIds: Record<string, string | null> = {};
    // A name the lookup cannot resolve now is drawn without a mention: the card is not held back for it.
    for (const user of new Set([request.user, ...request.reviews.map((r) => r.author)])) mattermostIds[user] = await deps.mattermostIdOf(user).catch(() => null);
    return buildCardModel({
      request,
      state,
      cluster: deps.cluster(),
      settings: deps.settings.current(),
      capability: deps.capability(),
      mattermostIds,
      bridgeUser: deps.bridgeUser(),
      requestPrompt: deps.requestPromptOf ? await deps.requestPromptOf(request.user).catch(() => '') : '',
      now: new Date(),
    });
  };
}
