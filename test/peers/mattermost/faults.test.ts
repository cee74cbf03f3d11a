/**
 * The fault rules as a client meets them: which calls fail, what the failure looks like, whether
 * the server did the work anyway ('after'), and an outage that refuses connections and comes back
 * with the data kept.
 */
import assert from 'node:assert/strict';
import {after, afterEach, before, describe, it} from 'node:test';
import {clientFor, type Client4} from './client4';
import {startMattermostPeer, type InRepoMattermostPeer} from './index';
import {draft, rejection} from './testing';

describe('mattermost peer: fault rules', () => {
  let peer: InRepoMattermostPeer;
  let bot: Client4;
  let channelId: string;

  before(async () => {
    peer = await startMattermostPeer();
    bot = clientFor(peer.url, peer.bot.token);
    channelId = peer.channels.requests.id;
  });
  afterEach(() => peer.faults.reset());
  after(() => peer.stop());

  const countPosts = (message: string) => peer.channelPosts(channelId).filter((p) => p.message === message).length;

  it('a method filter faults edits only; creating still works', async () => {
    const post = await bot.createPost(draft({channel_id: channelId, message: 'edit me'}));
    peer.faults.add({method: 'PUT', path: '/api/v4/posts', status: 503});
    const refused = await rejection(() => bot.updatePost({...post, message: 'edited'}));
    assert.equal(refused.status_code, 503);
    assert.equal(peer.storedPost(post.id)?.message, 'edit me', "a 'before' fault never reaches the route");
    await bot.createPost(draft({channel_id: channelId, message: 'still posting'}));
    assert.equal(countPosts('still posting'), 1);
  });

  it("'after' on create: the post exists although the client got a 500", async () => {
    peer.faults.add({method: 'POST', path: /^\/api\/v4\/posts$/, status: 500, phase: 'after', count: 1});
    const refused = await rejection(() => bot.createPost(draft({channel_id: channelId, message: 'created anyway'})));
    assert.equal(refused.status_code, 500);
    assert.equal(countPosts('created anyway'), 1);
    await bot.createPost(draft({channel_id: channelId, message: 'count spent'}));
    assert.equal(countPosts('count spent'), 1, 'count: 1 faults one call only');
  });

  it("'after' with drop: the client sees a network error, the post exists", async () => {
    peer.faults.add({method: 'POST', path: '/api/v4/posts', drop: true, phase: 'after', count: 1});
    const refused = await rejection(() => bot.createPost(draft({channel_id: channelId, message: 'dropped after'})));
    assert.equal(refused.status_code, undefined, `no HTTP status on a dropped connection: ${refused.message}`);
    assert.equal(countPosts('dropped after'), 1);
  });

  it("'before' drop: a network error and nothing created", async () => {
    peer.faults.add({path: '/api/v4/posts', drop: true, count: 1});
    const refused = await rejection(() => bot.createPost(draft({channel_id: channelId, message: 'dropped before'})));
    assert.equal(refused.status_code, undefined);
    assert.equal(countPosts('dropped before'), 0);
  });

  it('a 429 rule answers as the rate limiter does, with Retry-After', async () => {
    peer.faults.add({path: '/api/v4/users/me', status: 429, retryAfterSeconds: 3, count: 1});
    const res = await fetch(`${peer.url}/api/v4/users/me`, {headers: {authorization: `Bearer ${peer.bot.token}`}});
    assert.equal(res.status, 429);
    assert.equal(res.headers.get('retry-after'), '3');
    assert.equal(await res.text(), 'limit exceeded\n');
  });

  it('rules apply in the order added, expire after forMs, and can be removed', async () => {
    const remove = peer.faults.add({path: '/api/v4/users/me', status: 502});
    peer.faults.add({path: '/api/v4/users', status: 404});
    assert.equal((await rejection(() => bot.getMe())).status_code, 502, 'the first matching rule wins');
    remove();
    assert.equal((await rejection(() => bot.getMe())).status_code, 404);
    peer.faults.reset();
    peer.faults.add({path: '/api/v4/users/me', status: 500, forMs: 150});
    assert.equal((await rejection(() => bot.getMe())).status_code, 500);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal((await bot.getMe()).id, peer.bot.id, 'the rule expired');
  });

  it('a rule that would do nothing, or names a bad status, is refused naming the field', () => {
    assert.throws(() => peer.faults.add({path: '/api/v4/posts'}), /status: a rule needs status, drop or delayMs/);
    assert.throws(() => peer.faults.add({path: '/api/v4/posts', status: 200}), /status: expected an HTTP error status/);
    assert.throws(() => peer.faults.add({path: 'api/v4/posts', status: 500}), /path/);
  });

  it('failNext keeps its meaning: the next N matching calls fail', async () => {
    peer.faults.failNext('/api/v4/users/me', 503, 2);
    assert.equal((await rejection(() => bot.getMe())).status_code, 503);
    assert.equal((await rejection(() => bot.getMe())).status_code, 503);
    assert.equal((await bot.getMe()).id, peer.bot.id);
  });

  it('an outage refuses connections, then serves again on the same URL with the data kept', async () => {
    const before = await bot.createPost(draft({channel_id: channelId, message: 'before the outage'}));
    const outage = peer.faults.outage(300);
    await new Promise((r) => setTimeout(r, 50));
    const refused = await rejection(() => bot.getMe());
    assert.equal(refused.status_code, undefined, `connection refused while down: ${refused.message}`);
    await outage;
    assert.equal((await bot.getPost(before.id)).message, 'before the outage');
  });
});
