/**
 * What the request lifecycle needs from the chat: post a card, redraw it, reply in its thread, DM
 * a user, and find each of these again after a crash or an ambiguous failure. The Mattermost
 * adapter (mattermost-chat.ts) is the only implementation and the pipeline's only way to
 * Mattermost.
 *
 * Every post the bridge makes for a request carries the request id and an effect key in its props,
 * so "did this already happen?" is answered by looking, never by hoping.
 */
import type {CardModel} from '@tma/card-contract';
import type {PostRef} from '../requests/record';

/** Which effect a post is: the card, the reply for review n, the resolution reply, a requester DM. */
export type Effect =
  | {kind: 'card'}
  | {kind: 'review'; index: number}
  | {kind: 'resolution'; state: string}
  | {kind: 'dm'; state: string}
  | {kind: 'reminder'}
  | {kind: 'expiry_warning'}
  | {kind: 'access_expiry_warning'}
  | {kind: 'digest'; day: string};

export function effectKey(effect: Effect): string {
  switch (effect.kind) {
    case 'card':
      return 'card';
    case 'review':
      return `review:${effect.index}`;
    case 'resolution':
      return `resolution:${effect.state}`;
    case 'dm':
      return `dm:${effect.state}`;
    case 'reminder':
    case 'expiry_warning':
    case 'access_expiry_warning':
      return effect.kind;
    case 'digest':
      return `digest:${effect.day}`;
  }
}

/**
 * What a failure means for the work:
 * - retry: try again later (network, 5xx, 429, a 403 that the membership check did not confirm);
 *   for a create the post may exist anyway, so look before posting again;
 * - gone: the post (or channel) was deleted: stop updating it;
 * - no_access: the bot cannot post or edit there (not a member, archived, DMs restricted);
 * - rejected: Mattermost refused the content itself (400): retrying cannot help.
 */
export type ChatFailure = 'retry' | 'gone' | 'no_access' | 'rejected';

export class ChatError extends Error {
  constructor(
    readonly failure: ChatFailure,
    message: string,
    /** Server's Retry-After, when it gave one. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'ChatError';
  }
}

/** A button under a DM (its integration context is signed by the caller). */
export interface DmButton {
  /** Letters and digits only (Mattermost's action route). */
  id: string;
  name: string;
  url: string;
  context: Record<string, unknown>;
}

export interface ChatPort {
  /** One write: the card and its buttons together. */
  postCard(channelId: string, card: CardModel): Promise<PostRef>;
  /** Redraws a card (idempotent: the whole card is written). */
  updateCard(ref: PostRef, card: CardModel): Promise<void>;
  reply(card: PostRef, requestId: string, effect: Effect, message: string): Promise<void>;
  /** The DM channel between the bot and a Mattermost user. */
  dmChannel(userId: string): Promise<string>;
  /** DM from the bot to a Mattermost user; `buttons` (drawn by every client) are made for its channel. */
  dm(userId: string, requestId: string, effect: Effect, message: string, buttons?: (channelId: string) => DmButton[]): Promise<void>;
  /** The card of this request in this channel posted at or after `sinceMs`, if any. */
  findCard(requestId: string, channelId: string, sinceMs: number): Promise<PostRef | null>;
  findReply(card: PostRef, requestId: string, effect: Effect): Promise<boolean>;
  findDm(userId: string, requestId: string, effect: Effect, sinceMs: number): Promise<boolean>;
  /** Calls made to Mattermost, by kind: the per-card cost shown in /metrics. */
  readonly calls: {writes: number; reads: number};
}
