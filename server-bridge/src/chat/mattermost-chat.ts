/**
 * The chat port over Mattermost REST. Turns HTTP outcomes into what they mean for the work
 * (ChatFailure): a 403 or 404 is confirmed with a second look before it is believed, because a
 * Mattermost short of database connections answers permission checks with 403 too.
 */
import type {CardModel} from '@tma/card-contract';
import {type CardActions, renderCardPost} from '../card/post';
import {MattermostError, type MattermostPort, type MattermostPost} from '../mattermost/port';
import type {PostRef} from '../requests/record';
import {ChatError, type ChatPort, type DmButton, type Effect, effectKey} from './port';
import {describe} from '../app/errors';

/**
 * Props key naming which effect of which request a post is (`<request id>/<effect>`, see port.ts).
 * Only cards carry REQUEST_ID_PROPS_KEY: clients and tools treat those posts as cards.
 */
export const EFFECT_PROPS_KEY = 'teleport_effect';

function effectProp(requestId: string, effect: Effect): Record<string, string> {
  return {[EFFECT_PROPS_KEY]: `${requestId}/${effectKey(effect)}`};
}

/** Clocks of the bridge and Mattermost differ: look this much further back for lost posts. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface MattermostChatOptions {
  mattermost: MattermostPort;
  /** Signed buttons for the card in this channel, or null when buttons cannot work. */
  buttonsFor(card: CardModel, channelId: string): CardActions | null;
}

export class MattermostChat implements ChatPort {
  readonly calls = {writes: 0, reads: 0};
  private readonly mattermost: MattermostPort;

  constructor(private readonly options: MattermostChatOptions) {
    this.mattermost = options.mattermost;
  }

  async postCard(channelId: string, card: CardModel): Promise<PostRef> {
    const post = renderCardPost(card, this.integrations(card, channelId));
    const props = {...post.props, ...effectProp(card.requestId, {kind: 'card'})};
    const created = await this.write(() => this.mattermost.createPost({channelId, message: post.message, type: post.type, props}), {channelId});
    return {channelId, postId: created.id};
  }

  async updateCard(ref: PostRef, card: CardModel): Promise<void> {
    const post = renderCardPost(card, this.integrations(card, ref.channelId));
    const props = {...post.props, ...effectProp(card.requestId, {kind: 'card'})};
    await this.write(() => this.mattermost.updatePost(ref.postId, post.message, props), ref);
  }

  /** Live buttons while reviewable; disabled ones once resolved, so stale clicks still reach us. */
  private integrations(card: CardModel, channelId: string): CardActions | null {
    return card.buttons.enabled || card.state !== 'PENDING' ? this.options.buttonsFor(card, channelId) : null;
  }

  async reply(card: PostRef, requestId: string, effect: Effect, message: string): Promise<void> {
    const props = effectProp(requestId, effect);
    await this.write(() => this.mattermost.createPost({channelId: card.channelId, rootId: card.postId, message, props}), card);
  }

  async dm(userId: string, requestId: string, effect: Effect, message: string, buttons?: (channelId: string) => DmButton[]): Promise<void> {
    const channelId = await this.dmChannel(userId);
    const actions = buttons?.(channelId) ?? [];
    const props = {
      ...effectProp(requestId, effect),
      // Standard attachment buttons: mobile and clients without the plugin draw them too.
      ...(actions.length > 0 ? {attachments: [{actions: actions.map((b) => ({id: b.id, type: 'button', name: b.name, integration: {url: b.url, context: b.context}}))}]} : {}),
    };
    await this.write(() => this.mattermost.createPost({channelId, message, props}), {channelId});
  }

  async findCard(requestId: string, channelId: string, sinceMs: number): Promise<PostRef | null> {
    const posts = await this.read(() => this.mattermost.postsSince(channelId, Math.max(0, sinceMs - CLOCK_SKEW_MS)));
    const bot = await this.mattermost.botUserId();
    const found = posts.filter((p) => p.userId === bot && p.rootId === '' && isEffect(p, requestId, {kind: 'card'})).sort((a, b) => a.createAt - b.createAt)[0];
    return found ? {channelId, postId: found.id} : null;
  }

  async findReply(card: PostRef, requestId: string, effect: Effect): Promise<boolean> {
    const posts = await this.read(() => this.mattermost.thread(card.postId));
    const bot = await this.mattermost.botUserId();
    return posts.some((p) => p.userId === bot && p.rootId === card.postId && isEffect(p, requestId, effect));
  }

  async findDm(userId: string, requestId: string, effect: Effect, sinceMs: number): Promise<boolean> {
    const channelId = await this.dmChannel(userId);
    const posts = await this.read(() => this.mattermost.postsSince(channelId, Math.max(0, sinceMs - CLOCK_SKEW_MS)));
    const bot = await this.mattermost.botUserId();
    return posts.some((p) => p.userId === bot && isEffect(p, requestId, effect));
  }

  async dmChannel(userId: string): Promise<string> {
    return this.read(() => this.mattermost.directChannel(userId));
  }

  private async read<T>(call: () => Promise<T>): Promise<T> {
    this.calls.reads++;
    try {
      return await call();
    } catch (err) {
      throw asChatError(err);
    }
  }

  /** A write, with a failed 403/404 confirmed before it is called permanent. */
  private async write<T>(call: () => Promise<T>, where: {channelId: string; postId?: string}): Promise<T> {
    this.calls.writes++;
    try {
      return await call();
    } catch (err) {
      if (!(err instanceof MattermostError) || (err.status !== 403 && err.status !== 404)) throw asChatError(err);
      throw await this.confirm(err, where);
    }
  }

  private async confirm(err: MattermostError, where: {channelId: string; postId?: string}): Promise<ChatError> {
    try {
      if (err.status === 404 && where.postId) {
        const post = await this.mattermost.getPost(where.postId);
        if (!post) return new ChatError('gone', `post ${where.postId} was deleted (${err.message})`);
      }
      const member = await this.mattermost.isChannelMember(where.channelId, await this.mattermost.botUserId());
      if (member === null) return new ChatError('gone', `channel ${where.channelId} no longer exists (${err.message})`);
      if (member === false) return new ChatError('no_access', `the bot is not a member of channel ${where.channelId} (${err.message})`);
      // A member refused: channel moderation or the bot's role forbid it, and retrying will not
      // change that. (A Mattermost out of database connections also answers 403, but then the
      // membership check above fails too, and that is retried.)
      if (err.status === 403)
        return new ChatError(
          'no_access',
          `Mattermost refused the bot in channel ${where.channelId} although it is a member (channel moderation or the bot's permissions?): ${err.message}`,
        );
    } catch (lookup) {
      return new ChatError('retry', `${err.message}; and the check of what it means failed: ${asChatError(lookup).message}`);
    }
    return new ChatError('retry', err.message);
  }
}

function isEffect(post: MattermostPost, requestId: string, effect: Effect): boolean {
  return post.props[EFFECT_PROPS_KEY] === `${requestId}/${effectKey(effect)}`;
}

export function asChatError(err: unknown): ChatError {
  if (err instanceof ChatError) return err;
  if (err instanceof MattermostError) {
    if (err.retryable) return new ChatError('retry', err.message, err.retryAfterMs);
    if (err.status === 404) return new ChatError('gone', err.message);
    // 401: the bot's token is wrong or revoked: an operator fixes that, and the work must wait for it.
    if (err.status === 401) return new ChatError('retry', `Mattermost refused the bot's token: ${err.message}`);
    if (err.status === 403) return new ChatError('no_access', err.message);
    return new ChatError('rejected', err.message);
  }
  return new ChatError('retry', describe(err));
}
