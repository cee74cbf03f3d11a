/** What every route module gets: the state, the trigger signer and the integration timeout. */
import type {PeerState} from './state';
import type {TriggerSigner} from './trigger';

export interface PeerContext {
  state: PeerState;
  triggers: TriggerSigner;
  /** OutgoingIntegrationRequestsTimeout in ms (tests may shorten it). */
  integrationTimeoutMs(): number;
}
