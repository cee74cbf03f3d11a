/**
 * What the request lifecycle handlers share: the chat port, the record store, how to draw a card
 * and where it goes. Built once by the bootstrap; handlers hold no other state.
 */
import type {Logger} from 'pino';
import type {SettingsSource} from '../config/settings';
import type {AccessRequest, CardState} from '../domain/request';
import type {CardModel} from '@tma/card-contract';
import type {ChatPort} from '../chat/port';
import type {ResolvedRecipients} from '../chat/recipient-resolver';
import type {RecordStore} from './record-store';
import type {RouteSource} from '../routing/route';

export interface LifecycleContext {
  chat: ChatPort;
  store: RecordStore;
  settings: SettingsSource;
  /** The card model for a snapshot drawn in a state (EXPIRED is drawn from the last snapshot). */
  cardFor(request: AccessRequest, state: CardState): Promise<CardModel>;
  recipients(request: AccessRequest, log: Logger): Promise<ResolvedRecipients>;
  /** Teleport user → Mattermost user id (null when unmapped); throws when it cannot be looked up now. */
  mattermostIdOf(teleportUser: string): Promise<string | null>;
  replicaId: string;
  /** The bridge's own Teleport user: reviews it submitted were made in Mattermost. */
  bridgeUser: string;
  logger: Logger;
  now(): number;
  /** How long a lease lasts without renewal; a dead replica's work is taken over after it. */
  leaseTtlMs: number;
  /** A card of the request was posted to a channel that `via` routed (`rule` names the rule for 'rule'). */
  onCardPosted?(requestId: string, via: RouteSource | undefined, rule: string | undefined): void;
}

const RANK: Record<CardState, number> = {PENDING: 1, APPROVED: 5, DENIED: 5, PROMOTED: 5, EXPIRED: 6};

/** Monotonic in the life of a request: more reviews, or resolution, means a newer card. */
export function generationOf(request: AccessRequest, state: CardState): number {
  return request.reviews.length * 10 + RANK[state];
}

export function isResolved(state: CardState | ''): boolean {
  return state === 'APPROVED' || state === 'DENIED' || state === 'PROMOTED' || state === 'EXPIRED';
}
