/**
 * In-chat reviews (issue 3), driven by clicks through Mattermost's post-action endpoint (the
 * in-repo peer, or the real server on the mixed set), which calls the bridge. Private answers and
 * dialogs are read as the clicker's client receives them (harness inbox: the user's websocket on
 * the real server). Reviewers never use their own Teleport identities here: every review is one
 * the bridge submitted on their behalf.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Post} from '@mattermost/types/posts';
import {signActionContext} from '../../server-bridge/src/reviews/token';
import type {InRepoMattermostPeer} from '../peers/mattermost/index';
import type {TeleportFaults} from '../peers/types';
import type {StoryUserName} from '../peers/story';
import {card, clickable, SCENARIO_SECRET, startStory, waitFor, type Story} from './harness';

type Clicker = StoryUserName | 'dave';

/** The harness's bridge secret (test/scenarios/harness.ts); only the "expired token" forgery needs it. */
const HARNESS_SECRET = Buffer.from(SCENARIO_SECRET, 'utf8');

describe('reviews by click', () => {
  let story: Story;
  /** In-chat reviews need a cluster that records them (Teleport 18.11+): the in-repo and mixed sets. */
  let teleportFaults: TeleportFaults | null = null;
  const OLD_CLUSTER = 'the real Teleport here is 13.3.8, which cannot record reviews made in chat (needs 18.11+)';

  before(async () => {
    story = await startStory();
    teleportFaults = story.peers.teleport.faults;
  });
  after(async () => story?.stop());

  const userId = (who: Clicker) => story.peers.mattermost.users[who].id;

  /** bob's new request and its card in #access-requests, once it carries buttons. */
  async function requestWithCard(reason: string): Promise<{requestId: string; post: Post}> {
    const request = await story.createRequest('bob', ['dbadmin'], reason);
    const post = await waitFor('card with buttons', async () =>
      (await story.cards(request.id)).find((p) => p.channel_id === story.peers.mattermost.channels.requests.id && clickable(p)),
    );
    return {requestId: request.id, post};
  }

  /** Clicks through Mattermost and returns the private answers that arrived for it. */
  async function click(who: Clicker, post: Post, action: 'approve' | 'deny'): Promise<string> {
    const inbox = await story.inbox(who);
    const before = inbox.ephemerals().length;
    await story.mm(who).doPostAction(post.id, action);
    const answer = await waitFor(`${who}'s private answer`, async () => inbox.ephemerals().slice(before).at(-1));
    // Private answers come from the bot: Mattermost would show an `ephemeral_text` as the clicker's own post.
    assert.equal(answer.user_id, story.peers.mattermost.bot.id, `${who}'s answer is from the bot`);
    assert.equal(answer.root_id, post.id, 'threaded under the card');
    return answer.message;
  }

  const teleportView = (requestId: string) => story.teleportAs('admin').getRequest(requestId);

  /** What an attacker who can reach the bridge directly would send. */
  async function forge(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const bridge = story.bridges[0]!;
    const res = await fetch(`${bridge.url}/mattermost/action`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)});
    assert.equal(res.status, 200, 'Mattermost only understands 200 replies');
    return (await res.json()) as Record<string, unknown>;
  }

  /**
   * The context stored on the button. Clients never see it (Mattermost strips it), so on the real
   * server the scenario signs the same claims with the bridges' secret instead.
   */
  function storedContext(post: Post, requestId: string, action: 'approve' | 'deny'): Record<string, unknown> {
    if (story.peers.mattermost.kind !== 'in-repo') {
      return signActionContext(HARNESS_SECRET, {requestId, channelId: post.channel_id, decision: action, expiresAt: Math.floor(Date.now() / 1000) + 3600});
    }
    const stored = (story.peers.mattermost as InRepoMattermostPeer).storedPost(post.id);
    const actions = ((stored?.props['attachments'] as {actions?: {id: string; integration?: {context?: Record<string, unknown>}}[]}[]) ?? [])[0]?.actions ?? [];
    const context = actions.find((a) => a.id === action)?.integration?.context;
    assert.ok(context, `the stored ${action} button carries a context`);
    return context;
  }

  it('alice approves → 1 of 2 on every card; ivan approves → APPROVED, recorded as theirs, via Mattermost', async (t) => {
    if (!story.clusterReviews) return t.skip(OLD_CLUSTER);
    const {requestId, post} = await requestWithCard('TICKET-21 reviews by click');

    assert.match(await click('alice', post, 'approve'), /You approved bob's request for dbadmin\. 1 of 2 approvals/);
    await waitFor('1 of 2 on every card', async () => {
      const cards = await story.cards(requestId);
      return cards.length > 0 && cards.every((p) => card(p).summary.approvals === 1 && card(p).state === 'PENDING');
    });
    const afterAlice = await teleportView(requestId);
    assert.deepEqual(
      afterAlice?.reviews.map((r) => [r.author, r.decision]),
      [['alice', 'APPROVED']],
      'Teleport recorded alice as the author',
    );
    assert.notEqual(afterAlice?.reviews[0]?.submittedBy, 'alice', 'and the bridge as the submitter');
    await waitFor('thread reply naming Mattermost', async () => (await story.replies(post.id)).some((r) => /alice/.test(r.message) && /via Mattermost/i.test(r.message)));

    assert.match(await click('ivan', post, 'approve'), /now APPROVED/);
    await waitFor('APPROVED on every card', async () => {
      const cards = await story.cards(requestId);
      return cards.length > 0 && cards.every((p) => card(p).state === 'APPROVED' && !card(p).buttons.enabled);
    });
    assert.equal((await teleportView(requestId))?.state, 'APPROVED');

    const audit = story.logs.filter((l) => l['audit'] === 'review' && l['request_id'] === requestId && l['outcome'] === 'submitted');
    assert.deepEqual(
      audit.map((l) => [l['mattermost_user_id'], l['teleport_user'], l['post_id'], l['decision']]),
      [
        [userId('alice'), 'alice', post.id, 'approve'],
        [userId('ivan'), 'ivan', post.id, 'approve'],
      ],
    );
  });

  it('bob cannot approve his own request; dave (unmapped) is told how to link; carol has no review rights', async (t) => {
    if (!story.clusterReviews) return t.skip(OLD_CLUSTER);
    const {requestId, post} = await requestWithCard('TICKET-22 refusals');
    assert.match(await click('bob', post, 'approve'), /cannot review your own access request/);
    const dave = await click('dave', post, 'approve');
    assert.match(dave, /not linked to a Teleport user/);
    assert.ok(dave.includes(userId('dave')), 'names dave’s Mattermost id for the admin');
    assert.match(dave, /mattermost_user_id/);
    assert.match(await click('carol', post, 'approve'), /does not allow you to review requests for dbadmin/);
    const view = await teleportView(requestId);
    assert.equal(view?.state, 'PENDING');
    assert.equal(view?.reviews.length, 0);
  });

  it('deny asks for a reason in a dialog, then denies; a dialog submitted by someone else is refused', async (t) => {
    if (!story.clusterReviews) return t.skip(OLD_CLUSTER);
    const mm = story.peers.mattermost;
    const {requestId, post} = await requestWithCard('TICKET-23 deny with reason');

    const aliceInbox = await story.inbox('alice');
    const opened = aliceInbox.dialogs().length;
    await story.mm('alice').doPostAction(post.id, 'deny');
    const aliceDialog = await waitFor('a reason dialog opened for alice', async () => aliceInbox.dialogs().slice(opened).at(-1));
    const submit = (who: Clicker, dialog: typeof aliceDialog, reason: string) =>
      story.mm(who).submitInteractiveDialog({
        url: dialog.url,
        callback_id: String(dialog.dialog['callback_id']),
        state: String(dialog.dialog['state']),
        submission: {reason},
        channel_id: mm.channels.requests.id,
        team_id: mm.team.id,
        user_id: userId(who),
        cancelled: false,
      }) as Promise<{error?: string; errors?: Record<string, string>}>;

    // carol replays alice's dialog state; Mattermost attests carol as the submitter.
    const stolen = await submit('carol', aliceDialog, 'let me deny it');
    assert.match(stolen.error ?? '', /could not be verified/);
    assert.deepEqual((await submit('alice', aliceDialog, '   ')).errors, {reason: 'A reason is required to deny.'});
    assert.equal((await teleportView(requestId))?.reviews.length, 0);

    const before = aliceInbox.ephemerals().length;
    assert.deepEqual(await submit('alice', aliceDialog, 'no change ticket'), {});
    const confirmation = await waitFor('alice told', async () =>
      aliceInbox
        .ephemerals()
        .slice(before)
        .find((p) => /You denied/.test(p.message)),
    );
    assert.match(confirmation.message, /now DENIED/);
    const view = await teleportView(requestId);
    assert.equal(view?.state, 'DENIED');
    assert.deepEqual(
      view?.reviews.map((r) => [r.author, r.decision, r.reason]),
      [['alice', 'DENIED', 'no change ticket']],
    );
  });

  it('50 concurrent clicks by one user record exactly one review; the others hear "already reviewed"', async (t) => {
    if (!story.clusterReviews) return t.skip(OLD_CLUSTER);
    const {requestId, post} = await requestWithCard('TICKET-24 impatient clicker');
    const inbox = await story.inbox('ivan');
    const before = inbox.ephemerals().length;
    await Promise.all(Array.from({length: 50}, () => story.mm('ivan').doPostAction(post.id, 'approve')));
    // A click slower than the answer deadline first hears "Sending your approval…", then its answer.
    const answers = await waitFor('50 answers', async () => {
      const list = inbox
        .ephemerals()
        .slice(before)
        .map((p) => p.message)
        .filter((m) => !/^Sending your/.test(m));
      return list.length >= 50 && list;
    });
    assert.equal(answers.filter((m) => /You approved/.test(m)).length, 1);
    assert.equal(answers.filter((m) => /already reviewed/.test(m)).length, 49);
    const view = await teleportView(requestId);
    assert.deepEqual(
      view?.reviews.map((r) => r.author),
      ['ivan'],
    );
  });

  it('Teleport unreachable: "try again", and the retry works', async (t) => {
    const faults = teleportFaults;
    if (!faults) return t.skip(`${OLD_CLUSTER}; and fault injection needs the in-repo Teleport peer`);
    const {requestId, post} = await requestWithCard('TICKET-29 flaky network');
    faults.failNext('SubmitAccessReview', 14 /* UNAVAILABLE */, 1);
    assert.match(await click('alice', post, 'approve'), /could not be reached.*try again/);
    assert.equal((await teleportView(requestId))?.reviews.length, 0);
    assert.match(await click('alice', post, 'approve'), /You approved/);
  });

  it('slow Teleport: the click is answered at once, the result follows privately', async (t) => {
    const faults = teleportFaults;
    if (!faults) return t.skip(`${OLD_CLUSTER}; and fault injection needs the in-repo Teleport peer`);
    const {requestId, post} = await requestWithCard('TICKET-30 slow cluster');
    const ivan = await story.inbox('ivan');
    const before = ivan.ephemerals().length;
    faults.setDelay(2000);
    try {
      await story.mm('ivan').doPostAction(post.id, 'approve');
      const inbox = () =>
        ivan
          .ephemerals()
          .slice(before)
          .map((p) => p.message);
      // The click's answer travels over the websocket on the real server, so it may land a moment after the HTTP reply.
      await waitFor('the immediate answer', async () => inbox().length > 0);
      assert.match(inbox()[0] ?? '', /Sending your approval to Teleport/, 'answered before Teleport finished');
      await waitFor('the result, later', async () => inbox().some((m) => /You approved/.test(m)));
    } finally {
      faults.setDelay(0);
    }
    assert.deepEqual(
      (await teleportView(requestId))?.reviews.map((r) => r.author),
      ['ivan'],
    );
  });

  it('forged callbacks are refused and record nothing', async (t) => {
    if (!story.clusterReviews) return t.skip(OLD_CLUSTER);
    const a = await requestWithCard('TICKET-25 forgery target');
    const b = await requestWithCard('TICKET-26 another card');
    const context = storedContext(a.post, a.requestId, 'approve');
    const body = (patch: Record<string, unknown>) => ({
      user_id: userId('alice'),
      user_name: 'alice',
      channel_id: a.post.channel_id,
      post_id: a.post.id,
      trigger_id: '',
      type: 'button',
      context,
      ...patch,
    });
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['no token', body({context: undefined}), /could not be verified/],
      ['empty context', body({context: {}}), /could not be verified/],
      ['altered token (decision)', body({context: {...context, decision: 'deny'}}), /could not be verified/],
      ['altered token (request)', body({context: {...context, request_id: b.requestId}}), /could not be verified/],
      ['replayed on a card in another channel', body({channel_id: story.peers.mattermost.channels.other.id}), /could not be verified/],
      [
        'expired token',
        body({
          context: signActionContext(HARNESS_SECRET, {requestId: a.requestId, channelId: a.post.channel_id, decision: 'approve', expiresAt: Math.floor(Date.now() / 1000) - 60}),
        }),
        /resolved or expired/,
      ],
    ];
    for (const [name, forged, expected] of cases) {
      const reply = await forge(forged);
      assert.match(String(reply['ephemeral_text']), expected, name);
    }
    for (const id of [a.requestId, b.requestId]) assert.equal((await teleportView(id))?.reviews.length, 0, 'no review recorded');
    assert.ok(story.logs.filter((l) => l['outcome'] === 'invalid_callback').length >= cases.length, 'each forgery is logged');
  });

  it('a click after the request expired says so', async (t) => {
    const faults = teleportFaults;
    if (!faults) return t.skip('expiring a request on demand needs the in-repo Teleport peer');
    const {requestId, post} = await requestWithCard('TICKET-27 too late');
    const context = storedContext(post, requestId, 'approve');
    faults.expire(requestId);
    // A click Mattermost relays from a card not yet marked EXPIRED carries the old context.
    const inbox = await story.inbox('alice');
    const before = inbox.ephemerals().length;
    const reply = await forge({user_id: userId('alice'), user_name: 'alice', channel_id: post.channel_id, post_id: post.id, trigger_id: '', type: 'button', context});
    assert.deepEqual(reply, {}, 'answered by the bot, not through Mattermost as alice');
    const answer = await waitFor("alice's private answer", async () => inbox.ephemerals().slice(before).at(-1));
    assert.match(answer.message, /already resolved or expired/);
    assert.equal(answer.user_id, story.peers.mattermost.bot.id);
    await waitFor('card shows EXPIRED without buttons', async () => (await story.cards(requestId)).every((p) => card(p).state === 'EXPIRED' && !card(p).buttons.enabled));
  });
});

describe('link-only on a cluster older than 18.11', () => {
  let story: Story;
  before(async () => {
    story = await startStory({teleportVersion: '18.10.2'});
  });
  after(async () => story?.stop());

  it('cards carry no buttons and say why', async (t) => {
    if (story.peers.teleport.kind !== 'in-repo') return t.skip('choosing the reported version needs the in-repo Teleport peer');
    const request = await story.createRequest('bob', ['dbadmin'], 'TICKET-28 old cluster');
    const [post] = await waitFor('card', async () => {
      const cards = await story.cards(request.id);
      return cards.length > 0 && cards;
    });
    assert.ok(post);
    assert.equal(card(post).buttons.enabled, false);
    assert.equal(card(post).buttons.linkOnlyReason, 'cluster_unsupported');
    const actions = ((post.props['attachments'] as {actions?: unknown[]}[] | undefined) ?? [])[0]?.actions ?? [];
    assert.equal(actions.length, 0, 'no buttons to click');
    assert.match(post.message, /18\.11|Teleport/);
  });
});
