/** Posts: create, read, update (PUT), patch, delete, channel lists, threads, ephemeral (api4/post.go). */
import type {FastifyInstance} from 'fastify';
import type {Post} from '@mattermost/types/posts';
import {z} from 'zod';
import {AppError, permissionDenied} from '../errors';
import {toClientPost, type PostRecord, type UserRecord} from '../model';
import type {PeerContext} from '../context';
import type {PeerState} from '../state';
import {authenticate, parseBody, queryInt, queryString, requireId, sendJson} from '../http';
import {createPost, sendEphemeral, updatePost} from '../posts-service';

const props = z.record(z.string(), z.unknown(), 'expected a JSON object');

const newPostBody = z.object({
  channel_id: z.string('expected a channel id'),
  message: z.string('expected a string').default(''),
  type: z.string('expected a string').default(''),
  props: props.nullish(),
  root_id: z.string('expected a post id').default(''),
  pending_post_id: z.string().optional(),
});

const fullPostBody = z.object({
  id: z.string().optional(),
  message: z.string('expected a string').default(''),
  props: props.nullish(),
  is_pinned: z.boolean('expected a boolean').default(false),
  has_reactions: z.boolean('expected a boolean').default(false),
});

const patchBody = z.object({
  message: z.string('expected a string').nullish(),
  props: props.nullish(),
  is_pinned: z.boolean('expected a boolean').nullish(),
  has_reactions: z.boolean('expected a boolean').nullish(),
});

const ephemeralBody = z.object({
  user_id: z.string().regex(/^[a-z0-9]{26}$/, 'expected a 26-character user id'),
  post: z.object(
    {
      channel_id: z.string().regex(/^[a-z0-9]{26}$/, 'expected a 26-character channel id'),
      message: z.string('expected a string').default(''),
      root_id: z.string().default(''),
      props: props.nullish(),
    },
    'expected a post object',
  ),
});

export function clientPost(state: PeerState, p: PostRecord): Post {
  return toClientPost(p, state.replyCount(p.rootId || p.id));
}

function postList(state: PeerState, order: PostRecord[], extra: PostRecord[] = []) {
  const posts: Record<string, Post> = {};
  for (const p of [...order, ...extra]) posts[p.id] = clientPost(state, p);
  return {order: order.map((p) => p.id), posts, next_post_id: '', prev_post_id: '', has_next: false, first_inaccessible_post_time: 0};
}

/** edit_post on the channel, plus edit_others_posts when the post is someone else's. */
function requireEditable(state: PeerState, me: UserRecord, post: PostRecord): void {
  state.requireChannelAccess(me, post.channelId, 'edit_post');
  if (post.userId !== me.id && !state.isSystemAdmin(me)) throw permissionDenied('edit_others_posts');
  if (post.type.startsWith('system_')) throw new AppError(400, 'api.post.update_post.system_message.app_error', 'Unable to update system message.');
}

export function registerPostRoutes(app: FastifyInstance, {state}: PeerContext): void {
  app.post('/api/v4/posts', async (request, reply) => {
    const me = authenticate(state, request);
    const body = parseBody(newPostBody, request.body, 'post');
    state.requireChannelAccess(me, body.channel_id, 'create_post');
    const post = createPost(state, me, {
      channelId: body.channel_id,
      message: body.message,
      type: body.type,
      props: body.props ?? {},
      rootId: body.root_id,
      pendingPostId: body.pending_post_id,
    });
    return sendJson(reply, 201, clientPost(state, post));
  });

  app.post('/api/v4/posts/ephemeral', async (request, reply) => {
    const me = authenticate(state, request);
    state.requireSystemAdmin(me, 'create_post_ephemeral');
    const body = parseBody(ephemeralBody, request.body, 'post');
    state.user(body.user_id);
    state.channel(body.post.channel_id);
    const post = sendEphemeral(state, body.user_id, {
      channelId: body.post.channel_id,
      message: body.post.message,
      rootId: body.post.root_id,
      props: body.post.props ?? {},
      userId: me.id,
    });
    return sendJson(reply, 201, post);
  });

  app.get('/api/v4/posts/:post_id', async (request, reply) => {
    const me = authenticate(state, request);
    // A missing post is 404 (GetSinglePost) before any permission check.
    const post = state.post(requireId(request.params, 'post_id'));
    state.requireChannelAccess(me, post.channelId, 'read_channel_content');
    return sendJson(reply, 200, clientPost(state, post));
  });

  app.put('/api/v4/posts/:post_id', async (request, reply) => {
    const me = authenticate(state, request);
    const id = requireId(request.params, 'post_id');
    const body = parseBody(fullPostBody, request.body, 'post');
    if (body.id !== undefined && body.id !== '' && body.id !== id) {
      throw new AppError(400, 'api.context.invalid_body_param.app_error', 'Invalid or missing id in request body.', `id=${body.id} does not match the URL`);
    }
    const old = state.posts.get(id);
    if (!old || old.deleteAt !== 0) throw permissionDenied('edit_post');
    requireEditable(state, me, old);
    const updated = updatePost(state, id, {message: body.message, props: body.props ?? {}, isPinned: body.is_pinned, hasReactions: body.has_reactions});
    return sendJson(reply, 200, clientPost(state, updated));
  });

  app.put('/api/v4/posts/:post_id/patch', async (request, reply) => {
    const me = authenticate(state, request);
    const id = requireId(request.params, 'post_id');
    const body = parseBody(patchBody, request.body, 'patch');
    const old = state.posts.get(id);
    if (!old || old.deleteAt !== 0) throw permissionDenied('edit_post');
    requireEditable(state, me, old);
    const updated = updatePost(state, id, {
      message: body.message ?? old.message,
      props: body.props ?? null,
      isPinned: body.is_pinned ?? old.isPinned,
      hasReactions: body.has_reactions ?? old.hasReactions,
    });
    return sendJson(reply, 200, clientPost(state, updated));
  });

  app.delete('/api/v4/posts/:post_id', async (request, reply) => {
    const me = authenticate(state, request);
    const id = requireId(request.params, 'post_id');
    const post = state.posts.get(id);
    if (!post || post.deleteAt !== 0) throw permissionDenied('delete_post');
    state.requireChannelAccess(me, post.channelId, 'delete_post');
    if (post.userId !== me.id && !state.isSystemAdmin(me)) throw permissionDenied('delete_others_posts');
    const now = state.now();
    for (const p of state.posts.values()) if (p.id === id || p.rootId === id) p.deleteAt = now;
    return sendJson(reply, 200, {status: 'OK'});
  });

  app.get('/api/v4/channels/:channel_id/posts', async (request, reply) => {
    const me = authenticate(state, request);
    const channel = state.requireChannelAccess(me, requireId(request.params, 'channel_id'), 'read_channel_content');
    const page = queryInt(request.query, 'page', 0);
    const perPage = Math.min(queryInt(request.query, 'per_page', 60), 200);
    const since = queryString(request.query, 'since');
    let posts = [...state.posts.values()].filter((p) => p.channelId === channel.id && p.deleteAt === 0);
    if (since !== undefined) posts = posts.filter((p) => p.updateAt > Number(since));
    posts.sort((a, b) => b.createAt - a.createAt);
    const pageOf = since === undefined ? posts.slice(page * perPage, (page + 1) * perPage) : posts;
    // With threads fetched (the default), the roots of listed replies come along in `posts`.
    const ids = new Set(pageOf.map((p) => p.id));
    const roots = pageOf
      .filter((p) => p.rootId && !ids.has(p.rootId))
      .map((p) => state.posts.get(p.rootId))
      .filter((p): p is PostRecord => p !== undefined && p.deleteAt === 0);
    return sendJson(reply, 200, postList(state, pageOf, roots));
  });

  app.get('/api/v4/posts/:post_id/thread', async (request, reply) => {
    const me = authenticate(state, request);
    // A missing post is 404 (GetSinglePost) before any permission check.
    const post = state.post(requireId(request.params, 'post_id'));
    state.requireChannelAccess(me, post.channelId, 'read_channel_content');
    const rootId = post.rootId || post.id;
    const thread = [...state.posts.values()].filter((p) => (p.id === rootId || p.rootId === rootId) && p.deleteAt === 0).sort((a, b) => b.createAt - a.createAt);
    return sendJson(reply, 200, postList(state, thread));
  });
}
