/**
 * Wiring of who gets a request's cards: Teleport's access monitoring rules that name this plugin
 * (rule-routing.ts), with the System Console's role routing and the suggested reviewers
 * (routing/route.ts), resolved to Mattermost channels and users (chat/recipient-resolver.ts).
 * Kept apart from bridge.ts, which wires the rest.
 */
import {RecipientResolver} from '../chat/recipient-resolver';
import type {LifecycleContext} from '../requests/context';
import type {IdentityMapper} from '../reviews/mapping';
import {routeRequest} from '../routing/route';
import {RuleRouting} from './rule-routing';
import type {Core, MattermostSide, TeleportSide} from './wiring';

export interface CardRouting {
  /** Read before the request watch starts (bridge.ts), then followed; counts cards by source. */
  routing: RuleRouting;
  recipients: LifecycleContext['recipients'];
}

export function wireRouting(c: Core, t: TeleportSide, m: MattermostSide, mapper: IdentityMapper): CardRouting {
  const resolver = new RecipientResolver(m.mattermost, (u) => mapper.toMattermost(u));
  const routing = new RuleRouting({teleport: t.teleport, plugin: c.config.bridge.plugin_name, logger: c.logger.child({component: 'routing'})});
  return {
    routing,
    recipients: async (request, log) => {
      const route = routeRequest(request, await routing.match(request, log), m.settings.current().roleToRecipients);
      for (const bad of route.invalid) log.warn(bad, 'access monitoring rule recipient is neither an e-mail, a username nor team/channel; skipped');
      return resolver.resolve(request, route.recipients, log);
    },
  };
}
