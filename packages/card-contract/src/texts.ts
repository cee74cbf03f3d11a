/** Words both sides show, so a card, a thread reply and a refused click say the same thing. */
import type {LinkOnlyReason} from './card';

/** Why a pending card offers no Approve/Deny, as its reader sees it. */
export const LINK_ONLY_EXPLANATIONS: Record<Exclude<LinkOnlyReason, null>, string> = {
  reviews_disabled: 'In-chat reviews are turned off by the administrator; review in Teleport.',
  cluster_unsupported: 'This Teleport cluster cannot record reviews made in chat (needs Teleport 18.11+ with reviews on behalf of users); review in Teleport.',
  long_term: 'Long-term (access list) requests can only be reviewed in Teleport.',
  sensitive_role: 'Requests for this role must be reviewed in Teleport.',
};
