/**
 * The reviewer inbox's data path (issue 12): the bridge keeps each mapped user's list of pending
 * requests in that user's own Mattermost preference, and the user reads it (and the card posts)
 * with their own session. On the mixed set this runs against the real Mattermost server, where
 * preferences are stored, permission-checked and limited as in production.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {StoryUserName} from '../peers/story';
import type {InRepoTeleportPeer} from '../peers/teleport/index';
import type {TeleportPeer} from '../peers/types';
import {decodeInbox, INBOX_CATEGORY, INBOX_NAME} from '@tma/card-contract';
import {inboxListOf, startStory, waitFor, type Story} from './harness';

describe('reviewer inbox in each user’s preferences', () => {
  let story: Story;
  before(async () => {
    story = await startStory({bridge: {overrides: {inboxTickMs: 200}}});
  });
  after(async () => story?.stop());

  /** The user's list as their own client reads it (GET /users/me/preferences). */
  const listOf = (user: StoryUserName) => inboxListOf(story, user);
  const entryFor = async (user: StoryUserName, requestId: string) => (await listOf(user))?.find((e) => e.id === requestId);

  /** The inbox's call counts once no write happened for a few ticks. */
  async function quietCalls() {
    for (;;) {
      const seen = story.bridges[0]!.inboxCalls();
      await new Promise((r) => setTimeout(r, 700));
      const now = story.bridges[0]!.inboxCalls();
      if (now.writes === seen.writes) return now;
    }
  }

  it('lists the request for its reviewers with a card they can read, as "mine" for the requester, and follows reviews to the end', async () => {
    const mm = story.peers.mattermost;
    // ivan leaves #access-requests: he may still review, but that card is not his to open.
    await story.mm('admin').removeFromChannel(mm.users.ivan.id, mm.channels.requests.id);
    // On the real server, alice's own websocket (what her webapp listens on) hears the list change.
    const aliceSocket = await story.inbox('alice');
    const request = await story.createRequest('bob', ['dbadmin'], 'TICKET-120 inbox');
    const card = await waitFor('channel card', async () => (await story.cards(request.id)).find((p) => p.channel_id === mm.channels.requests.id));

    // The list is written as soon as the request is seen, and again once its card exists.
    const alice = await waitFor('alice’s inbox lists it with the card', async () => {
      const e = await entryFor('alice', request.id);
      return e && e.post !== '' ? e : null;
    });
    assert.deepEqual({rel: alice.rel, post: alice.post}, {rel: 'r', post: card.id});
    if ('preferences' in aliceSocket) {
      // Mattermost pushes the new list to her sessions: the sidebar follows it without polling.
      const pushed = await waitFor('the server pushes alice’s new list (preferences_changed)', async () =>
        aliceSocket.preferences().find((p) => p.category === INBOX_CATEGORY && p.name === INBOX_NAME && decodeInbox(p.value).kind === 'ok' && p.value.includes(card.id)),
      );
      const read = decodeInbox(pushed.value);
      assert.ok(read.kind === 'ok' && read.inbox.items.some((e) => e.id === request.id && e.rel === 'r' && e.post === card.id));
    }
    const bob = await waitFor('bob’s inbox lists it as his', () => entryFor('bob', request.id));
    assert.equal(bob.rel, 'm');
    const ivan = await waitFor('ivan’s inbox lists it', () => entryFor('ivan', request.id));
    assert.deepEqual({rel: ivan.rel, post: ivan.post}, {rel: 'r', post: ''}, 'no card ivan cannot read');
    const carol = await waitFor('carol’s inbox shows the card she can see', () => entryFor('carol', request.id));
    assert.equal(carol.rel, 'v', 'carol may not review: visible only');

    // The webapp fetches the card with the user's session: Mattermost itself enforces channel access.
    assert.equal((await story.mm('alice').getPost(alice.post)).id, card.id);
    // (Leaving a public channel does not hide its posts from a team member on the real server
    // (read_public_channel), while the in-repo peer refuses them; the list only offers cards in
    // channels the user is a member of, which is right on both.)
    // Another user's list is theirs alone.
    await assert.rejects(story.mm('carol').getUserPreferences(mm.users.alice.id));

    // Counted from a quiet moment: a pass still writing the other users' card links is not this review's cost.
    const before = await quietCalls();
    await story.teleportAs('alice').submitReview({requestId: request.id, author: 'alice', decision: 'APPROVED', reason: 'ok', asSelf: true});
    await waitFor('alice’s entry is no longer hers to review', async () => (await entryFor('alice', request.id))?.rel === 'v');
    assert.equal((await entryFor('ivan', request.id))?.rel, 'r', 'still waiting for ivan');
    const afterOne = story.bridges[0]!.inboxCalls();

    await story.teleportAs('ivan').submitReview({requestId: request.id, author: 'ivan', decision: 'APPROVED', reason: 'ok', asSelf: true});
    for (const user of ['alice', 'bob', 'ivan', 'carol'] as const) {
      await waitFor(`${user}’s list no longer holds the approved request`, async () => (await listOf(user))?.every((e) => e.id !== request.id));
    }
    const end = story.bridges[0]!.inboxCalls();
    console.log(
      `inbox cost: first review ${afterOne.writes - before.writes} writes (${afterOne.bytes - before.bytes} bytes), ` +
        `resolution ${end.writes - afterOne.writes} writes (${end.bytes - afterOne.bytes} bytes), reads so far ${end.reads}`,
    );
    assert.equal(afterOne.writes - before.writes, 1, 'one review changes one list: one write');
    assert.equal(end.writes - afterOne.writes, 4, 'the resolution empties four lists: four writes');
  });
});

/** Traits and users can be changed on the in-repo Teleport peer only (the in-repo and mixed sets). */
const inRepoTeleport = (peer: TeleportPeer): InRepoTeleportPeer | null => ('setTraits' in peer ? (peer as InRepoTeleportPeer) : null);

describe('reviewer inbox for users mapped by the e-mail/username fallback', () => {
  let story: Story;
  let skip = false;
  before(async () => {
    story = await startStory({settings: {mappingemailfallback: true}, bridge: false});
    const teleport = inRepoTeleport(story.peers.teleport);
    if (!teleport) {
      skip = true;
      return;
    }
    // ivan loses his trait: mapped by his username. dave gets a Teleport user named by his e-mail.
    teleport.setTraits('ivan', {});
    teleport.addUser({name: story.peers.mattermost.users.dave.email, roles: ['dbreviewer']});
    await story.startBridge({overrides: {inboxTickMs: 200}});
  });
  after(async () => story?.stop());

  it('lists the request for a reviewer mapped by username and one mapped by e-mail', async (t) => {
    if (skip) return t.skip('the real Teleport peer cannot change traits here');
    const request = await story.createRequest('bob', ['dbadmin'], 'TICKET-121 fallback inbox');
    const mm = story.peers.mattermost;
    await waitFor('channel card', async () => (await story.cards(request.id)).find((p) => p.channel_id === mm.channels.requests.id));
    for (const user of ['ivan', 'dave'] as const) {
      const entry = await waitFor(`${user}’s inbox lists it to review`, async () => (await inboxListOf(story, user))?.find((e) => e.id === request.id));
      assert.equal(entry.rel, 'r', `${user} may review`);
    }
    // The trait-mapped reviewer is listed as before.
    assert.equal((await inboxListOf(story, 'alice'))?.find((e) => e.id === request.id)?.rel, 'r');
  });
});
