/**
 * Reminders (issue 6): a request still pending after the interval gets one reminder in its card
 * threads and a DM to its suggested reviewers; the requester gets one DM shortly before it
 * expires unresolved. Two replicas run side by side, and each message still arrives once.
 *
 * The settings are in minutes; the bridges here run with a 100 ms "minute"
 * (BridgeOverrides.reminderMinuteMs) and scan every 50 ms, so the story takes seconds.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {BridgeOverrides} from '../../server-bridge/src/app/bridge';
import {startStory, waitFor, type Story} from './harness';

const MINUTE_MS = 100;

describe('reminders, once, with two replicas', () => {
  let story: Story;
  before(async () => {
    story = await startStory({
      bridge: false,
      // 5 "minutes" = 0.5 s to the reminder; warn 20 "minutes" = 2 s before expiry.
      settings: {reminderafterminutes: 5, reminderdmreviewers: true, expirywarningminutes: 20},
    });
    const overrides: BridgeOverrides = {reminderMinuteMs: MINUTE_MS, reminderScanMs: 50, configWebsocket: false};
    await story.startBridge({replicaId: 'replica-a', overrides});
    await story.startBridge({replicaId: 'replica-b', overrides});
  });
  after(async () => story?.stop());

  it('one reminder in the channel card’s thread, one DM to the suggested reviewer, one expiry warning to the requester', async (t) => {
    if (story.peers.teleport.kind !== 'in-repo')
      return t.skip('a pending TTL of seconds (via max duration) is what the in-repo Teleport peer does; a real cluster keeps requests pending longer');
    // A 6-second request: pending expiry follows the max duration, so the warning window opens at 4 s.
    const request = await story.teleportAs('bob').createRequest({
      user: 'bob',
      roles: ['dbadmin'],
      reason: 'TICKET-71 nobody is looking',
      suggestedReviewers: ['ivan'],
      maxDuration: new Date(Date.now() + 6000),
      dryRun: false,
    });
    assert.ok(request.pendingExpires, 'the request has a pending expiry');

    const channelCard = await waitFor('card in #access-requests', async () => {
      const cards = await story.cards(request.id);
      return cards.find((p) => p.channel_id === story.peers.mattermost.channels.requests.id);
    });
    await waitFor('reminder in the card thread', async () => (await story.replies(channelCard.id)).some((p) => /still waiting for review/.test(p.message)));
    await waitFor('reminder DM to ivan', async () =>
      (await story.dm('ivan')).some((p) => !p.root_id && /named you as a reviewer/.test(p.message) && p.message.includes(request.id)),
    );

    // The warning comes seconds after the reminder: by then every replica has scanned many times.
    const warning = await waitFor('expiry warning to bob', async () => (await story.dm('bob')).find((p) => /expires in about/.test(p.message) && p.message.includes(request.id)));
    assert.match(warning.message, /has not been resolved/);

    const threadReminders = (await story.replies(channelCard.id)).filter((p) => /still waiting for review/.test(p.message));
    assert.equal(threadReminders.length, 1, 'one reminder in the channel thread');
    const ivan = await story.dm('ivan');
    assert.equal(ivan.filter((p) => /named you as a reviewer/.test(p.message)).length, 1, 'one reminder DM to ivan');
    const ivanCard = ivan.find((p) => !p.root_id && p.message.includes(request.id) && !/named you/.test(p.message));
    if (ivanCard) {
      const inThread = (await story.replies(ivanCard.id)).filter((p) => /still waiting/.test(p.message));
      assert.equal(inThread.length, 0, 'ivan is not reminded twice in his DM');
    }
    const bob = await story.dm('bob');
    assert.equal(bob.filter((p) => /expires in about/.test(p.message)).length, 1, 'one warning to bob');
  });

  it('a request reviewed to resolution before the interval gets no reminder', async () => {
    await story.setSettings({reminderafterminutes: 30}); // 3 s
    const request = await story.createRequest('bob', ['dbadmin'], 'TICKET-72 quick', []);
    const [post] = await waitFor('card', async () => {
      const cards = await story.cards(request.id);
      return cards.length > 0 && cards;
    });
    assert.ok(post);
    await story.teleportAs('alice').submitReview({requestId: request.id, author: 'alice', decision: 'DENIED', reason: 'no', asSelf: true});
    await waitFor('resolution reply', async () => (await story.replies(post.id)).some((p) => /was denied/.test(p.message)));
    // Past the interval by a margin, then look: resolved requests leave the pending set for good.
    await new Promise((r) => setTimeout(r, 40 * MINUTE_MS));
    assert.equal((await story.replies(post.id)).filter((p) => /still waiting/.test(p.message)).length, 0);
  });
});
