/**
 * The daily digest DM (issue 12): each mapped reviewer with something waiting gets one DM a day
 * listing it with links to the cards; nothing when nothing waits; one per user per day with two
 * replicas and after a restart. The digest time is 00:00 every day here, so it is due at once.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {BridgeOverrides} from '../../server-bridge/src/app/bridge';
import type {StoryUserName} from '../peers/story';
import {startStory, waitFor, type Story} from './harness';
import {shortRequestId} from '@tma/card-contract';

const DIGEST = /access requests? awaits? your review/;
const overrides: BridgeOverrides = {inboxTickMs: 200, digestTickMs: 300, configWebsocket: false};

describe('daily digest DM', () => {
  let story: Story;
  before(async () => {
    story = await startStory({bridge: false, settings: {digestenabled: true, digesttime: '00:00', digestweekdays: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun'}});
    await story.startBridge({replicaId: 'replica-a', overrides});
    await story.startBridge({replicaId: 'replica-b', overrides});
  });
  after(async () => story?.stop());

  const digests = async (user: StoryUserName) => (await story.dm(user)).filter((p) => DIGEST.test(p.message));

  it('nothing waiting: nothing sent; then one digest per reviewer with a link to the card, none for the others, none again after a restart', async () => {
    await new Promise((r) => setTimeout(r, 1500));
    for (const user of ['alice', 'ivan', 'bob', 'carol'] as const) assert.equal((await digests(user)).length, 0, `${user}: nothing pending, no digest`);

    const request = await story.createRequest('bob', ['dbadmin'], 'TICKET-140 digest');
    const card = await waitFor('card', async () => (await story.cards(request.id)).find((p) => p.channel_id === story.peers.mattermost.channels.requests.id));
    const alice = await waitFor('alice’s digest', async () => (await digests('alice'))[0]);
    assert.match(alice.message, /\*\*1 access request awaits your review\*\*/);
    assert.ok(alice.message.includes(`/_redirect/pl/${card.id}`), 'links to the card');
    assert.ok(alice.message.includes(shortRequestId(request.id)));
    await waitFor('ivan’s digest', async () => (await digests('ivan')).length === 1);

    // A restart: a fresh replica that never sent anything, while the others keep ticking.
    await story.stopBridge(story.bridges[0]!);
    await story.startBridge({replicaId: 'replica-c', overrides});
    await new Promise((r) => setTimeout(r, 2000));
    for (const user of ['alice', 'ivan'] as const) assert.equal((await digests(user)).length, 1, `${user}: one digest today`);
    for (const user of ['bob', 'carol'] as const) assert.equal((await digests(user)).length, 0, `${user}: nothing to review, no digest`);
  });
});
