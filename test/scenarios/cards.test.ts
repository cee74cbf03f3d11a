/**
 * The dual-authorization story, card side (issue 2): bob requests dbadmin (approve 2 / deny 1),
 * alice and ivan review with their own Teleport identities, and every card stays true.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {card, startStory, waitFor, type Story} from './harness';

describe('cards follow a request through its life', () => {
  let story: Story;
  before(async () => {
    story = await startStory();
  });
  after(async () => story?.stop());

  it('bob’s request is carded in the routed channel and the suggested reviewers’ DMs, and bob gets a DM', async () => {
    const request = await story.createRequest('bob', ['dbadmin'], 'TICKET-1 replication is stuck', ['alice']);
    // Buttons only where the cluster can record reviews made in chat; link-only cards otherwise.
    const buttons = story.clusterReviews;
    const cards = await waitFor('cards in channel and alice DM', async () => {
      const c = await story.cards(request.id);
      return c.length === 2 && c.every((p) => card(p).buttons.enabled === buttons) && c;
    });
    const channels = new Set(cards.map((p) => p.channel_id));
    assert.ok(channels.has(story.peers.mattermost.channels.requests.id), 'card in #access-requests');
    for (const p of cards) {
      assert.equal(p.type, 'custom_teleport_request');
      assert.equal(card(p).state, 'PENDING');
      assert.match(p.message, /Approvals 0\/2 · Denials 0\/1/);
      assert.match(p.message, /TICKET-1 replication is stuck/);
      assert.equal(p.user_id, story.peers.mattermost.bot.id);
      const actions = (p.props.attachments as {actions?: {id: string}[]}[])[0]?.actions ?? [];
      assert.deepEqual(
        actions.map((a) => a.id),
        buttons ? ['approve', 'deny'] : [],
      );
      if (!buttons) assert.equal(card(p).buttons.linkOnlyReason, 'cluster_unsupported');
    }
    const dm = await waitFor('bob’s DM', async () => (await story.dm('bob')).find((p) => p.message.includes(request.id)));
    assert.match(dm.message, /is waiting for review/);
  });

  it('alice’s review moves every card to 1 of 2; ivan’s resolves it to APPROVED everywhere', async () => {
    const request = await story.createRequest('bob', ['dbadmin'], 'TICKET-2', ['ivan']);
    await waitFor('two cards', async () => (await story.cards(request.id)).length === 2);

    // Reviewers here use their own Teleport identities (the classic path); clicks are in reviews.test.ts.
    await story.teleportAs('alice').submitReview({requestId: request.id, author: 'alice', decision: 'APPROVED', reason: 'ok', asSelf: true});
    const oneOfTwo = await waitFor('1 of 2 on every card', async () => {
      const c = await story.cards(request.id);
      return c.length === 2 && c.every((p) => card(p).summary.approvals === 1) && c;
    });
    for (const p of oneOfTwo) {
      assert.match(p.message, /Approvals 1\/2/);
      assert.equal(card(p).state, 'PENDING');
      assert.deepEqual(
        card(p).reviews.map((r) => [r.author, r.decision]),
        [['alice', 'APPROVED']],
      );
      const replies = await waitFor('review reply', async () => {
        const r = await story.replies(p.id);
        return r.length >= 1 && r;
      });
      assert.match(replies[0]!.message, /`alice` approved/);
    }

    await story.teleportAs('ivan').submitReview({requestId: request.id, author: 'ivan', decision: 'APPROVED', reason: 'second pair of eyes', asSelf: true});
    const approved = await waitFor('APPROVED everywhere', async () => {
      const c = await story.cards(request.id);
      return c.length === 2 && c.every((p) => card(p).state === 'APPROVED') && c;
    });
    for (const p of approved) {
      assert.match(p.message, /✅ APPROVED/);
      assert.equal(card(p).buttons.enabled, false);
      // No live ghost buttons: they stay only disabled, so a client that missed the edit reaches the bridge.
      const kept = (p.props.attachments as {actions?: {disabled?: boolean}[]}[])[0]?.actions ?? [];
      assert.deepEqual(
        kept.map((a) => a.disabled),
        [true, true],
        'no live ghost buttons',
      );
      const replies = await waitFor('resolution reply', async () => {
        const r = await story.replies(p.id);
        return r.some((x) => /was approved/.test(x.message)) && r;
      });
      assert.equal(replies.filter((x) => /approved at/.test(x.message)).length, 2, 'one reply per review');
    }
    await waitFor('bob told it was approved', async () => (await story.dm('bob')).some((p) => p.message.includes(request.id) && /was approved/.test(p.message)));
  });

  it('a denial resolves at once', async () => {
    const request = await story.createRequest('bob', ['dbadmin'], 'TICKET-3');
    await waitFor('card', async () => (await story.cards(request.id)).length === 1);
    await story.teleportAs('alice').submitReview({requestId: request.id, author: 'alice', decision: 'DENIED', reason: 'not during the freeze', asSelf: true});
    const [denied] = await waitFor('DENIED', async () => {
      const c = await story.cards(request.id);
      return c.length === 1 && card(c[0]!).state === 'DENIED' && c;
    });
    assert.match(denied!.message, /❌ DENIED/);
    assert.match(denied!.message, /not during the freeze/);
    await waitFor('bob told it was denied', async () => (await story.dm('bob')).some((p) => p.message.includes(request.id) && /was denied/.test(p.message)));
  });

  it('an unresolved request that Teleport deletes ends EXPIRED', async () => {
    const request = await story.createRequest('bob', ['dbadmin'], 'TICKET-4');
    await waitFor('card', async () => (await story.cards(request.id)).length === 1);
    // Deleting the pending request produces the same DELETE event as its TTL running out.
    await story.teleportAs('admin').deleteRequest(request.id);
    const [expired] = await waitFor('EXPIRED', async () => {
      const c = await story.cards(request.id);
      return c.length === 1 && card(c[0]!).state === 'EXPIRED' && c;
    });
    assert.match(expired!.message, /⌛ EXPIRED/);
    assert.equal(card(expired!).buttons.enabled, false);
    await waitFor('bob told it expired', async () => (await story.dm('bob')).some((p) => p.message.includes(request.id) && /expired/.test(p.message)));
  });
});
