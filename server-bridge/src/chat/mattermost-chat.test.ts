import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {MattermostError, type MattermostPort, type MattermostPost} from '../mattermost/port';
import {fakeCard} from '../requests/testing';
import {request} from '../testing/fixtures';
import {MattermostChat} from './mattermost-chat';
import {ChatError, type ChatFailure} from './port';

const card = fakeCard(request(), 'PENDING');

function post(id: string, channelId: string, props: Record<string, unknown>, rootId = '', userId = 'bot'): MattermostPost {
  return {id, channelId, userId, message: '', type: '', rootId, props, createAt: 1, updateAt: 1};
}

function chatOver(port: Partial<MattermostPort>): MattermostChat {
  const base: Partial<MattermostPort> = {botUserId: async () => 'bot', directChannel: async (u) => `dm-${u}`};
  return new MattermostChat({
    mattermost: {...base, ...port} as MattermostPort,
    buttonsFor: () => ({approve: {url: 'http://b/a', context: {}}, deny: {url: 'http://b/a', context: {}}}),
  });
}

async function failure(promise: Promise<unknown>): Promise<ChatFailure> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof ChatError, `a ChatError, not ${String(err)}`);
    return err.failure;
  }
  throw new Error('expected a failure');
}

describe('Mattermost chat: what a failure means', () => {
  const rows: [string, number, Partial<MattermostPort>, ChatFailure][] = [
    ['503 on a create: retry (and look first)', 503, {}, 'retry'],
    ['429: retry', 429, {}, 'retry'],
    ['401 (token revoked): retry until an operator fixes it', 401, {}, 'retry'],
    ['400 (content refused): rejected', 400, {}, 'rejected'],
    ['403 and the bot is no member: no_access', 403, {isChannelMember: async () => false}, 'no_access'],
    ['403 although the bot is a member (channel moderation, permissions): no_access', 403, {isChannelMember: async () => true}, 'no_access'],
    ['403 and the membership check fails: retry', 403, {isChannelMember: async () => Promise.reject(new MattermostError(500, 'db'))}, 'retry'],
    ['404 and the channel is gone: gone', 404, {isChannelMember: async () => null}, 'gone'],
  ];
  for (const [name, status, extra, expected] of rows) {
    it(name, async () => {
      const chat = chatOver({...extra, createPost: async () => Promise.reject(new MattermostError(status, `POST /posts: ${status}`))});
      assert.equal(await failure(chat.postCard('c1', card)), expected);
    });
  }

  it('a 404 on a card edit is believed only when the post is really gone', async () => {
    const deleted = chatOver({updatePost: async () => Promise.reject(new MattermostError(404, 'nope')), getPost: async () => null});
    assert.equal(await failure(deleted.updateCard({channelId: 'c1', postId: 'p1'}, card)), 'gone');
    const flaky = chatOver({
      updatePost: async () => Promise.reject(new MattermostError(404, 'nope')),
      getPost: async () => post('p1', 'c1', {}),
      isChannelMember: async () => true,
    });
    assert.equal(await failure(flaky.updateCard({channelId: 'c1', postId: 'p1'}, card)), 'retry');
    const removed = chatOver({updatePost: async () => Promise.reject(new MattermostError(403, 'nope')), isChannelMember: async () => false});
    assert.equal(await failure(removed.updateCard({channelId: 'c1', postId: 'p1'}, card)), 'no_access');
  });
});

describe('Mattermost chat: lost posts are found by their props, since a time', () => {
  const key = `${card.requestId}/card`;
  it('finds the card of this request among any number of other posts since the lease began', async () => {
    let askedSince = -1;
    const others = Array.from({length: 500}, (_, i) => post(`o${i}`, 'c1', {teleport_effect: `other-${i}/card`}));
    const chat = chatOver({
      postsSince: async (_c, since) => {
        askedSince = since;
        return [
          ...others,
          post('mine', 'c1', {teleport_effect: key}),
          post('reply', 'c1', {teleport_effect: key}, 'mine'),
          post('user', 'c1', {teleport_effect: key}, '', 'mallory'),
        ];
      },
    });
    assert.deepEqual(await chat.findCard(card.requestId, 'c1', 10 * 60_000), {channelId: 'c1', postId: 'mine'});
    assert.equal(askedSince, 5 * 60_000, 'looks back five more minutes for clock skew');
  });

  it('a post by someone else with the same props is not ours', async () => {
    const chat = chatOver({postsSince: async () => [post('user', 'c1', {teleport_effect: key}, '', 'mallory')]});
    assert.equal(await chat.findCard(card.requestId, 'c1', 0), null);
  });
});
