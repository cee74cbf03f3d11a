/**
 * Memory lives in Teleport (issue 2.5): a bridge that was down, restarted, or runs next to
 * another replica still gives exactly one card per recipient and never loses track of a post.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {card, startStory, waitFor, type Story} from './harness';

async function settle(story: Story, requestId: string, want: number): Promise<void> {
  await waitFor(`${want} cards`, async () => (await story.cards(requestId)).length >= want);
  // Give a duplicate, if the bridges were going to make one, time to appear.
  await new Promise((r) => setTimeout(r, 1500));
}

describe('restarts and replicas never double-post', () => {
  let story: Story;
  before(async () => {
    story = await startStory({bridge: false});
  });
  after(async () => story?.stop());

  it('a request created while the bridge is down is carded when it starts', async () => {
    const request = await story.createRequest('bob', ['dbadmin'], 'created while down', ['alice']);
    await story.startBridge();
    await settle(story, request.id, 2);
    const cards = await story.cards(request.id);
    assert.equal(cards.length, 2);
    assert.ok(cards.every((p) => card(p).state === 'PENDING'));
  });

  it('a restart mid-flow updates the same posts instead of posting again', async () => {
    const request = await story.createRequest('bob', ['dbadmin'], 'restart mid-flow', ['ivan']);
    await settle(story, request.id, 2);
    const before = (await story.cards(request.id)).map((p) => p.id).sort();
    const [first] = story.bridges;
    await story.stopBridge(first!);
    // A review lands while the bridge is down…
    await story.teleportAs('alice').submitReview({requestId: request.id, author: 'alice', decision: 'APPROVED', reason: '', asSelf: true});
    await story.startBridge();
    // …and after the restart every existing card shows it, with no new posts.
    const cards = await waitFor('1 of 2 after restart', async () => {
      const c = await story.cards(request.id);
      return c.every((p) => card(p).summary.approvals === 1) && c;
    });
    assert.deepEqual(cards.map((p) => p.id).sort(), before);
    await story.teleportAs('ivan').submitReview({requestId: request.id, author: 'ivan', decision: 'APPROVED', reason: '', asSelf: true});
    await waitFor('APPROVED', async () => (await story.cards(request.id)).every((p) => card(p).state === 'APPROVED'));
    assert.equal((await story.cards(request.id)).length, 2);
  });

  it('two bridges at once: one card per recipient, one reply per review', async () => {
    await story.startBridge({replicaId: 'second'});
    assert.equal(story.bridges.length, 2);
    const requests = await Promise.all([1, 2, 3, 4].map((i) => story.createRequest('bob', ['dbadmin'], `two replicas ${i}`, ['alice'])));
    for (const r of requests) await settle(story, r.id, 2);
    for (const r of requests) {
      const cards = await story.cards(r.id);
      assert.equal(cards.length, 2, `request ${r.id}: exactly one card per recipient`);
    }
    const target = requests[0]!;
    await story.teleportAs('alice').submitReview({requestId: target.id, author: 'alice', decision: 'DENIED', reason: 'no', asSelf: true});
    await waitFor('DENIED', async () => (await story.cards(target.id)).every((p) => card(p).state === 'DENIED'));
    // The replies and the DM follow the card edit: wait for each, then give a duplicate time to appear.
    const bobTold = async () => (await story.dm('bob')).some((p) => p.message.includes(target.id) && /was denied/.test(p.message));
    await waitFor('bob told', bobTold);
    for (const p of await story.cards(target.id)) {
      await waitFor('the replies under each card', async () => {
        const replies = await story.replies(p.id);
        return replies.some((x) => /denied at/.test(x.message)) && replies.some((x) => /was denied/.test(x.message));
      });
    }
    await new Promise((r) => setTimeout(r, 1500));
    for (const p of await story.cards(target.id)) {
      const replies = await story.replies(p.id);
      assert.equal(replies.filter((x) => /denied at/.test(x.message)).length, 1, 'one review reply per card');
      assert.equal(replies.filter((x) => /was denied/.test(x.message)).length, 1, 'one resolution reply per card');
    }
    const dms = (await story.dm('bob')).filter((p) => p.message.includes(target.id));
    assert.equal(dms.filter((p) => /was denied/.test(p.message)).length, 1, 'bob is told once');
  });
});
