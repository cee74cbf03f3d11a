/** What every route module gets: the state, the trigger signer, the integration timeout and the websocket. */
import type {PeerState} from './state';
import type {TriggerSigner} from './trigger';
import type {PeerEvents} from './websocket';

export interface PeerContext {
  state: PeerState;
  triggers: TriggerSigner;
  /** OutgoingIntegrationRequestsTimeout in ms (tests may shorten it). */
  integrationTimeoutMs(): number;
  /** Events to websocket clients (set once the server listens; a no-op before). */
  events: Pick<PeerEvents, 'broadcast'>;
}
