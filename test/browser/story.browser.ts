/**
 * End to end in a real browser (issues 3, 4 and 13): the peers (TMA_PEERS: in-repo, real, or mixed =
 * the real Mattermost server with the in-repo Teleport peer), the REAL bridge, and our built plugin
 * in the plugin-host page in headless Debian Chromium. Every REST call the page makes goes to the
 * peer's Mattermost, and what core would push over its websocket (ephemeral answers, the Deny
 * dialog) comes from each user's own websocket on the real server. Bob requests dbadmin; alice and
 * ivan each click Approve on the card the bridge posted; Teleport records both reviews under their
 * own users; every open page shows the card turn APPROVED. Then a Deny with its reason dialog, and
 * a click on a card the page had not refreshed.
 *
 * Run: TMA_PEERS=mixed node --import tsx --test test/browser/story.browser.ts
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {card, waitFor, type Story} from '../scenarios/harness';
import {approveAs, cardOf, waitForState} from './flows';
import type {PluginHost} from './host_server';
import {shots, startStage, type Stage} from './stage';

describe('the dual-authorization story in a browser, with the real bridge', () => {
  let stage: Stage;
  let story: Story;
  /** The same page without its periodic re-read: what a client that missed the bridge's edits shows. */
  let staleHost: PluginHost;

  before(async () => {
    stage = await startStage();
    story = stage.story;
    staleHost = await stage.addHost({pollMs: 3_600_000});
  });

  after(async () => {
    await stage?.stop();
  });

  test('bob requests; alice then ivan approve by clicking; every page shows APPROVED', async () => {
    const request = await story.createRequest('bob', ['dbadmin'], 'TICKET-7 rotate the replica credentials');
    // On a cluster that cannot record reviews made in chat (the real Teleport here is 13.3.8),
    // the card is link-only and the reviewers review in Teleport; the page must follow either way.
    const inChat = story.clusterReviews;
    const [post] = await waitFor('the bridge’s card', async () => {
      const c = await story.cards(request.id);
      return c.length === 1 && card(c[0]!).buttons.enabled === inChat && c;
    });
    const postId = post!.id;

    const [bob, alice, ivan] = await Promise.all((['bob', 'alice', 'ivan'] as const).map((u) => stage.open(u)));
    for (const s of [bob!, alice!, ivan!]) await waitForState(s, postId, 'PENDING');
    const tag = shotTag();
    await cardOf(alice!.page, postId).screenshot({path: path.join(shots, `${tag}-1-pending-alice.png`)});

    // The requester sees no buttons on his own request.
    assert.equal(
      await cardOf(bob!.page, postId)
        .getByRole('button', {name: /^Approve/})
        .count(),
      0,
    );

    if (inChat) {
      await approveAs(alice!, postId);
    } else {
      assert.equal(
        await cardOf(alice!.page, postId)
          .getByRole('button', {name: /^Approve/})
          .count(),
        0,
        'link-only: no buttons',
      );
      await story.teleportAs('alice').submitReview({requestId: request.id, author: 'alice', decision: 'APPROVED', reason: '', asSelf: true});
    }
    await waitFor('1 of 2 in Teleport', async () => {
      const r = await story.teleportAs('admin').getRequest(request.id);
      return r && r.reviews.length === 1 && r.reviews[0]!.author === 'alice' && r.state === 'PENDING';
    });
    await cardOf(ivan!.page, postId)
      .getByText(/1 of 2/)
      .first()
      .waitFor({timeout: 15_000});
    await cardOf(ivan!.page, postId).screenshot({path: path.join(shots, `${tag}-2-one-of-two-ivan.png`)});

    if (inChat) await approveAs(ivan!, postId);
    else await story.teleportAs('ivan').submitReview({requestId: request.id, author: 'ivan', decision: 'APPROVED', reason: '', asSelf: true});
    for (const s of [bob!, alice!, ivan!]) await waitForState(s, postId, 'APPROVED');
    await cardOf(bob!.page, postId).screenshot({path: path.join(shots, `${tag}-3-approved-bob.png`)});

    const final = await story.teleportAs('admin').getRequest(request.id);
    assert.equal(final?.state, 'APPROVED');
    assert.deepEqual(
      final?.reviews.map((r) => [r.author, r.submittedBy]),
      [
        ['alice', inChat ? 'mattermost-bridge' : ''],
        ['ivan', inChat ? 'mattermost-bridge' : ''],
      ],
      'Teleport recorded each review under the reviewer (submitted by the bridge when clicked in chat)',
    );
  });

  const shotTag = () => stage.tag('e2e');

  test('ivan clicks Deny, gives a reason in the dialog the server opened, and the request is denied', async (t) => {
    if (!story.clusterReviews) return t.skip('the real Teleport here is 13.3.8, which cannot record reviews made in chat (needs 18.11+)');
    const {requestId, postId} = await stage.cardWithButtons('TICKET-8 deny in the browser');
    const ivan = await stage.open('ivan');
    await waitForState(ivan, postId, 'PENDING');
    await cardOf(ivan.page, postId).getByRole('button', {name: /^Deny/}).click();
    const dialog = ivan.page.getByRole('dialog', {name: 'Deny access request'});
    await dialog.waitFor({timeout: 20_000});
    await dialog.getByLabel(/Reason/).fill('Not during the change freeze.');
    await dialog.getByRole('button', {name: 'Deny'}).click();
    await dialog.waitFor({state: 'detached', timeout: 20_000});
    await waitForState(ivan, postId, 'DENIED');
    await ivan.page
      .getByText(/You denied/)
      .first()
      .waitFor({timeout: 15_000});
    await cardOf(ivan.page, postId).screenshot({path: path.join(shots, `${shotTag()}-4-denied-ivan.png`)});
    const view = await story.teleportAs('admin').getRequest(requestId);
    assert.deepEqual(
      view?.reviews.map((r) => [r.author, r.decision, r.reason]),
      [['ivan', 'DENIED', 'Not during the change freeze.']],
    );
  });

  test('a click on a card the page had not refreshed says the request was already denied, and the card catches up', async (t) => {
    if (!story.clusterReviews) return t.skip('the real Teleport here is 13.3.8, which cannot record reviews made in chat (needs 18.11+)');
    const {requestId, postId} = await stage.cardWithButtons('TICKET-10 stale card');
    // alice's page reads the channel once and then misses every edit (a dropped websocket).
    const alice = await stage.open('alice', {}, staleHost);
    await waitForState(alice, postId, 'PENDING');
    const mm = story.peers.mattermost;
    await story.mm('ivan').executeCommand(`/teleport deny ${requestId} not needed any more`, {channel_id: mm.channels.requests.id, team_id: mm.team.id});
    await waitFor('DENIED on the server', async () => (await story.cards(requestId)).every((p) => card(p).state === 'DENIED'));

    await cardOf(alice.page, postId)
      .getByRole('button', {name: /^Approve/})
      .click();
    // The resolved card kept its actions (disabled), so the click reached the bridge, which refused
    // it; the page re-reads the card and says why on it, websocket or not.
    const alert = cardOf(alice.page, postId).getByRole('alert');
    await alert.waitFor({timeout: 15_000});
    assert.match(await alert.innerText(), /already denied/);
    assert.doesNotMatch(await alert.innerText(), /Invalid action id|failed/);
    await waitForState(alice, postId, 'DENIED');
    await cardOf(alice.page, postId).screenshot({path: path.join(shots, `${shotTag()}-5-stale-click-alice.png`)});
    const view = await story.teleportAs('admin').getRequest(requestId);
    assert.deepEqual(
      view?.reviews.map((r) => r.author),
      ['ivan'],
      'alice’s stale click recorded nothing',
    );
  });
});
