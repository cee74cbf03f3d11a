import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Post} from '@mattermost/types/posts';
import {clientFor, type Client4} from './client4';
import {startMattermostPeer, type InRepoMattermostPeer} from './index';
import {draft, rejection} from './testing';

const card = (url: string) => ({
  card: {request_id: 'r1', state: 'pending'},
  attachments: [
    {
      text: 'bob requests dbadmin',
      actions: [
        {id: 'approve', type: 'button', name: 'Approve', integration: {url, context: {request_id: 'r1', sig: 'secret-sig'}}},
        {id: 'deny', type: 'button', name: 'Deny', integration: {url, context: {request_id: 'r1', sig: 'secret-sig-2'}}},
      ],
    },
  ],
});

function assertNoIntegrations(post: Post): void {
  const json = JSON.stringify(post);
  assert.ok(!json.includes('integration'), `integration leaked: ${json}`);
  assert.ok(!json.includes('secret-sig'), `context leaked: ${json}`);
}

describe('mattermost peer: posts', () => {
  let peer: InRepoMattermostPeer;
  let bot: Client4;
  let alice: Client4;

  before(async () => {
    peer = await startMattermostPeer();
    bot = clientFor(peer.url, peer.bot.token);
    alice = clientFor(peer.url, peer.users.alice.token);
  });
  after(() => peer.stop());

  it('creates a bot post with a custom type and reads it back without action integrations', async () => {
    const created = await bot.createPost(
      draft({channel_id: peer.channels.requests.id, message: 'card', type: 'custom_teleport_request', props: card('http://127.0.0.1:9/mm/action')}),
    );
    assert.equal(created.user_id, peer.bot.id);
    assert.equal(created.type, 'custom_teleport_request');
    assert.equal(created.props['from_bot'], 'true');
    assertNoIntegrations(created);

    const read = await alice.getPost(created.id);
    assert.deepEqual(read.props['card'], {request_id: 'r1', state: 'pending'});
    assert.deepEqual(
      (read.props['attachments'] as {actions: {id: string}[]}[])[0]?.actions.map((a) => a.id),
      ['approve', 'deny'],
    );
    assertNoIntegrations(read);

    const list = await alice.getPosts(peer.channels.requests.id, 0, 10);
    assert.ok(list.order.includes(created.id));
    assertNoIntegrations(list.posts[created.id] as Post);

    // The server itself keeps the integration, so clicks can still be routed.
    const stored = peer.storedPost(created.id);
    assert.equal((stored?.props['attachments'] as {actions: {integration: {context: {sig: string}}}[]}[])[0]?.actions[0]?.integration.context.sig, 'secret-sig');
  });

  it('PUT replaces the whole props map and keeps the type', async () => {
    const created = await bot.createPost(draft({channel_id: peer.channels.requests.id, message: 'v1', type: 'custom_teleport_request', props: {a: 1, b: 2}}));
    const updated = await bot.updatePost({...created, message: 'v2', type: '', props: {c: 3}});
    assert.equal(updated.message, 'v2');
    assert.equal(updated.type, 'custom_teleport_request');
    assert.deepEqual(updated.props, {c: 3});
    assert.ok(updated.edit_at > 0, 'a message change marks the post edited');
    assert.deepEqual((await alice.getPost(created.id)).props, {c: 3});
  });

  it('patch replaces props only when sent, and never merges them', async () => {
    const created = await bot.createPost(draft({channel_id: peer.channels.requests.id, message: 'm', props: {keep: 'me', other: 1}}));
    const messageOnly = await bot.patchPost({id: created.id, message: 'm2'});
    assert.deepEqual(messageOnly.props, {keep: 'me', other: 1, from_bot: 'true'});
    const propsOnly = await bot.patchPost({id: created.id, props: {fresh: true}});
    assert.equal(propsOnly.message, 'm2');
    assert.deepEqual(propsOnly.props, {fresh: true});
  });

  it('threads replies under a root and lists the thread', async () => {
    const root = await bot.createPost(draft({channel_id: peer.channels.requests.id, message: 'root'}));
    const reply = await alice.createPost(draft({channel_id: peer.channels.requests.id, message: 'reply', root_id: root.id}));
    const thread = await alice.getPostThread(reply.id);
    assert.deepEqual(new Set(thread.order), new Set([root.id, reply.id]));
    assert.equal((await rejection(() => alice.getPost('a'.repeat(26)))).status_code, 404);
    const bad = await rejection(() => alice.createPost(draft({channel_id: peer.channels.other.id, message: 'x', root_id: root.id})));
    assert.equal(bad.status_code, 400);
  });

  it('refuses invalid posts with the server error ids', async () => {
    const systemType = await rejection(() => bot.createPost(draft({channel_id: peer.channels.requests.id, message: 'x', type: 'system_join_channel'})));
    assert.equal(systemType.status_code, 400);
    assert.equal(systemType.server_error_id, 'model.post.is_valid.type.app_error');

    const tooLong = await rejection(() => bot.createPost(draft({channel_id: peer.channels.requests.id, message: 'é'.repeat(16384)})));
    assert.equal(tooLong.server_error_id, 'model.post.is_valid.msg.app_error');
    await bot.createPost(draft({channel_id: peer.channels.requests.id, message: 'é'.repeat(16383)}));

    const hugeProps = await rejection(() => bot.createPost(draft({channel_id: peer.channels.requests.id, message: 'x', props: {blob: 'x'.repeat(800001)}})));
    assert.equal(hugeProps.server_error_id, 'model.post.is_valid.props.app_error');

    // Posts.Type is varchar(26): the real server fails in the database, with a 500.
    const longType = await rejection(() => bot.createPost(draft({channel_id: peer.channels.requests.id, message: 'x', type: 'custom_teleport_access_request'})));
    assert.equal(longType.status_code, 500);
    await bot.createPost(draft({channel_id: peer.channels.requests.id, message: 'x', type: 'custom_' + 'x'.repeat(19)}));
  });

  it('only channel members post and read; only the author edits', async () => {
    peer.removeFromChannel(peer.channels.other.id, peer.users.dave.id);
    const dave = clientFor(peer.url, peer.users.dave.token);
    const post = await rejection(() => dave.createPost(draft({channel_id: peer.channels.other.id, message: 'hi'})));
    assert.equal(post.status_code, 403);
    const list = await rejection(() => dave.getPosts(peer.channels.other.id));
    assert.equal(list.status_code, 403);

    const bots = await bot.createPost(draft({channel_id: peer.channels.requests.id, message: 'mine'}));
    const edit = await rejection(() => alice.patchPost({id: bots.id, message: 'hijack'}));
    assert.equal(edit.status_code, 403);
    assert.equal((await alice.getPost(bots.id)).message, 'mine');
  });

  it('rejects unknown tokens with Mattermost error JSON', async () => {
    const res = await fetch(`${peer.url}/api/v4/users/me`, {headers: {Authorization: 'Bearer nope'}});
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('content-type'), 'application/json');
    const body = (await res.json()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), ['detailed_error', 'id', 'message', 'request_id', 'status_code']);
    assert.equal(body['id'], 'api.context.session_expired.app_error');
  });

  it('ephemeral posts need system_admin and land only in the recipient inbox', async () => {
    const denied = await rejection(() => alice.createPostEphemeral(peer.users.bob.id, draft({channel_id: peer.channels.requests.id, message: 'psst'})));
    assert.equal(denied.status_code, 403);
    const sent = await bot.createPostEphemeral(peer.users.bob.id, draft({channel_id: peer.channels.requests.id, message: 'only for bob'}));
    assert.equal(sent.type, 'system_ephemeral');
    assert.deepEqual(
      peer.ephemeralFor(peer.users.bob.id).map((p) => p.message),
      ['only for bob'],
    );
    assert.equal(peer.ephemeralFor(peer.users.alice.id).length, 0);
    assert.ok(!peer.channelPosts(peer.channels.requests.id).some((p) => p.message === 'only for bob'));
  });

  it('looks users, channels and DMs up as Client4 expects', async () => {
    const me = await bot.getMe();
    assert.equal(me.is_bot, true);
    assert.match(me.roles, /system_admin/);
    assert.equal((await bot.getUserByUsername('alice')).id, peer.users.alice.id);
    assert.equal((await bot.getUserByEmail(peer.users.ivan.email)).id, peer.users.ivan.id);
    const many = await bot.getProfilesByIds([peer.users.bob.id, peer.users.carol.id]);
    assert.deepEqual(many.map((u) => u.username).sort(), ['bob', 'carol']);
    // A batch of usernames: unknown (and differently cased) names are simply absent; none at all is a 400.
    const named = await bot.getProfilesByUsernames(['ivan', 'nobody', 'Alice', 'alice']);
    assert.deepEqual(
      named.map((u) => u.id),
      [peer.users.alice.id, peer.users.ivan.id],
    );
    assert.equal((await rejection(() => bot.getProfilesByUsernames([]))).status_code, 400);
    assert.equal((await bot.getTeamByName('acme')).id, peer.team.id);
    assert.equal((await bot.getChannelByName(peer.team.id, 'ops')).id, peer.channels.other.id);
    const missing = await rejection(() => bot.getChannelByNameAndTeamName('acme', 'nope'));
    assert.equal(missing.status_code, 404);

    const dm = await bot.createDirectChannel([peer.bot.id, peer.users.alice.id]);
    const again = await bot.createDirectChannel([peer.users.alice.id, peer.bot.id]);
    assert.equal(again.id, dm.id);
    assert.equal(dm.type, 'D');
    assert.equal(dm.name, [peer.bot.id, peer.users.alice.id].sort().join('__'));
    const inDm = await bot.createPost(draft({channel_id: dm.id, message: 'hello alice'}));
    assert.equal((await alice.getPost(inDm.id)).message, 'hello alice');
    const bob = clientFor(peer.url, peer.users.bob.token);
    assert.equal((await rejection(() => bob.getPost(inDm.id))).status_code, 403);
  });
});
