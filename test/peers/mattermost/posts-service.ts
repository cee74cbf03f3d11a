/**
 * Post writes with the real server's rules (model.Post.IsValid, app.CreatePost/UpdatePost,
 * SendEphemeralPost). Shared by the REST routes, the action-response `update`, and command responses.
 */
import type {Post} from '@mattermost/types/posts';
import {AppError} from './errors';
import {newId} from './ids';
import {actionsOf, stripIntegrations, toClientPost, type PostRecord, type UserRecord} from './model';
import type {PeerState} from './state';

export const MESSAGE_MAX_RUNES = 16383;
export const PROPS_MAX_RUNES = 800000;
/** Props an action-response update keeps from the original post (model.PostActionRetainPropKeys). */
export const RETAINED_PROP_KEYS = ['from_webhook', 'override_username', 'override_icon_url'] as const;

const runes = (s: string): number => [...s].length;
const POST_TYPE_MAX_CHARS = 26;

function validate(message: string, type: string, props: Record<string, unknown>): void {
  if (runes(message) > MESSAGE_MAX_RUNES) {
    throw new AppError(400, 'model.post.is_valid.msg.app_error', 'Invalid Message.', `message has ${runes(message)} runes, max ${MESSAGE_MAX_RUNES}`);
  }
  if (!(type === '' || type.startsWith('custom_') || type === 'slack_attachment')) {
    throw new AppError(400, 'model.post.is_valid.type.app_error', 'Invalid type.', `type=${type}: expected "" or custom_*`);
  }
  // Posts.Type is varchar(26) in Mattermost's schema and no API validation checks it first: a
  // longer type is a database error, a 500 "Unable to save the Post." (seen on the real server).
  if (type.length > POST_TYPE_MAX_CHARS) {
    throw new AppError(500, 'app.post.save.app_error', 'Unable to save the Post.', `pq: value too long for type character varying(${POST_TYPE_MAX_CHARS})`);
  }
  const propsRunes = runes(JSON.stringify(props));
  if (propsRunes > PROPS_MAX_RUNES) {
    throw new AppError(400, 'model.post.is_valid.props.app_error', 'Invalid props.', `props JSON has ${propsRunes} runes, max ${PROPS_MAX_RUNES}`);
  }
  for (const action of actionsOf(props)) {
    const integration = action['integration'];
    if (integration === undefined || integration === null) continue;
    const url = typeof integration === 'object' ? (integration as Record<string, unknown>)['url'] : undefined;
    if (typeof url !== 'string' || !(/^https?:\/\/[^\s/]+/.test(url) || url.startsWith('/plugins/'))) {
      throw new AppError(400, 'model.post.is_valid.props.app_error', 'Invalid props.', `action ${String(action['id'])}: integration.url must be an http(s) URL`);
    }
  }
}

/** Actions without an id get a generated one (model.Post.GenerateActionIds). */
function generateActionIds(props: Record<string, unknown>): void {
  for (const action of actionsOf(props)) if (typeof action['id'] !== 'string' || action['id'] === '') action['id'] = newId();
}

export interface NewPost {
  channelId: string;
  message: string;
  type: string;
  props: Record<string, unknown>;
  rootId: string;
  pendingPostId?: string;
}

export function createPost(state: PeerState, author: UserRecord, input: NewPost): PostRecord {
  const props = structuredClone(input.props);
  validate(input.message, input.type, props);
  if (input.rootId !== '') {
    const root = state.posts.get(input.rootId);
    if (!root || root.deleteAt !== 0 || root.channelId !== input.channelId || root.rootId !== '') {
      throw new AppError(400, 'api.post.create_post.root_id.app_error', 'Invalid RootId parameter.', `root_id=${input.rootId}`);
    }
  }
  generateActionIds(props);
  if (author.isBot) props['from_bot'] = 'true';
  const now = state.now();
  const post: PostRecord = {
    id: newId(),
    createAt: now,
    updateAt: now,
    editAt: 0,
    deleteAt: 0,
    isPinned: false,
    hasReactions: false,
    userId: author.id,
    channelId: input.channelId,
    rootId: input.rootId,
    message: input.message,
    type: input.type,
    props,
    pendingPostId: input.pendingPostId ?? '',
  };
  state.posts.set(post.id, post);
  state.channel(input.channelId).lastPostAt = now;
  return post;
}

export interface PostUpdate {
  message: string;
  /** null keeps the old props; an object (even {}) replaces them wholesale. */
  props: Record<string, unknown> | null;
  isPinned: boolean;
  hasReactions: boolean;
}

const attachmentsJson = (props: Record<string, unknown>): string => JSON.stringify(props['attachments'] ?? null);

/** app.UpdatePost: the type never changes; message, pin state and props come from the update. */
export function updatePost(state: PeerState, postId: string, update: PostUpdate): PostRecord {
  const old = state.post(postId);
  const props = update.props === null ? structuredClone(old.props) : structuredClone(update.props);
  validate(update.message, old.type, props);
  const limit = state.config.ServiceSettings.PostEditTimeLimit;
  const now = state.now();
  if (update.message !== old.message && limit !== -1 && now - old.createAt > limit * 1000) {
    throw new AppError(
      400,
      'api.post.update_post.permissions_time_limit.app_error',
      `Post edit is only allowed for ${limit} seconds. Please ask your System Administrator for details.`,
    );
  }
  generateActionIds(props);
  const edited = update.message !== old.message || attachmentsJson(props) !== attachmentsJson(old.props);
  const next: PostRecord = {
    ...old,
    message: update.message,
    props,
    isPinned: update.isPinned,
    hasReactions: update.hasReactions,
    updateAt: now,
    editAt: edited ? now : old.editAt,
  };
  state.posts.set(postId, next);
  return next;
}

/** Slack-style `<url|text>` and `<url>` links to Markdown (model.ParseSlackLinksToMarkdown). */
export function parseSlackLinks(text: string): string {
  return text.replace(/<([^<>|]+)\|([^<>]+)>/g, '[$2]($1)').replace(/<(https?:\/\/[^<>|]+)>/g, '$1');
}

export interface EphemeralInput {
  channelId: string;
  message: string;
  rootId?: string;
  props?: Record<string, unknown>;
  /** Who the post appears to come from. */
  userId: string;
}

/** app.SendEphemeralPost: never stored; delivered to one user only (here: that user's inbox). */
export function sendEphemeral(state: PeerState, recipientId: string, input: EphemeralInput): Post {
  const now = state.now();
  const post = toClientPost({
    id: newId(),
    createAt: now,
    updateAt: now,
    editAt: 0,
    deleteAt: 0,
    isPinned: false,
    hasReactions: false,
    userId: input.userId,
    channelId: input.channelId,
    rootId: input.rootId ?? '',
    message: input.message,
    type: 'system_ephemeral',
    props: stripIntegrations(input.props ?? {}),
    pendingPostId: '',
  });
  state.deliverEphemeral(recipientId, post);
  return post;
}
