import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {startMattermostPeer, type InRepoMattermostPeer} from '../../../test/peers/mattermost/index';
import {createBotClient, RestMattermost} from './client';

describe('RestMattermost: users by username in one call', () => {
  let peer: InRepoMattermostPeer;
  let mattermost: RestMattermost;
  before(async () => {
    peer = await startMattermostPeer();
    mattermost = new RestMattermost(createBotClient(peer.url, peer.bot.token, 5000));
  });
  after(() => peer.stop());

  const batchCalls = () => peer.requests().filter((r) => r.method === 'POST' && r.path === '/api/v4/users/usernames').length;

  it('answers the users that exist, deactivated ones included, in a single request', async () => {
    peer.deactivateUser(peer.users.carol.id);
    const before = batchCalls();
    const users = await mattermost.getUsersByUsernames(['ivan', 'nobody', 'carol', 'alice']);
    assert.equal(batchCalls() - before, 1);
    const byName = new Map(users.map((u) => [u.username, u]));
    assert.deepEqual([...byName.keys()].sort(), ['alice', 'carol', 'ivan'], 'an unknown name is simply absent');
    assert.equal(byName.get('alice')!.id, peer.users.alice.id);
    assert.equal(byName.get('alice')!.email, peer.users.alice.email);
    assert.equal(byName.get('alice')!.isBot, false);
    assert.notEqual(byName.get('carol')!.deleteAt, 0);
  });

  it('asks nothing for no names (the server would answer a 400)', async () => {
    const before = batchCalls();
    assert.deepEqual(await mattermost.getUsersByUsernames([]), []);
    assert.equal(batchCalls(), before);
  });

  it('keeps the status of a failure, so a 5xx is retried', async () => {
    peer.faults.failNext('/api/v4/users/usernames', 503, 1);
    await assert.rejects(mattermost.getUsersByUsernames(['alice']), (err: unknown) => err instanceof Error && 'status' in err && err.status === 503);
  });
});
