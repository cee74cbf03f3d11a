/**
 * The reviewer inbox in a browser (issue 12): the REAL bridge writes each reviewer's list into
 * their Mattermost preferences, the plugin-host page reads them as core would (its preferences
 * slice; the host polls where core gets `preferences_changed`), and our built plugin draws the
 * app-bar badge and the "Access requests" sidebar. Alice sees two requests waiting, opens the
 * sidebar, watches ivan's approval arrive on a card there, approves from the sidebar, and the
 * request leaves her list. Screenshots: light and dark, desktop and narrow.
 *
 * Run: node --import tsx --test test/browser/inbox.browser.ts   (TMA_PEERS=mixed: the real Mattermost)
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import type {Page} from 'playwright-core';
import {shortRequestId} from '@tma/card-contract';
import {inboxListOf, waitFor, type Story} from '../scenarios/harness';
import {shots, startStage, type Stage} from './stage';

const appBarButton = (page: Page) => page.getByRole('navigation', {name: 'App bar'}).getByRole('button', {name: /^Access requests/});
const sidebar = (page: Page) => page.getByRole('complementary', {name: 'Access requests'});
const sidebarCard = (page: Page, requestId: string) => sidebar(page).locator(`[data-request="${requestId}"] section.tma-card`);

describe('reviewer inbox in the browser, with the real bridge', () => {
  let stage: Stage;
  let story: Story;
  const tag = () => stage.tag('inbox');

  before(async () => {
    // A 100 ms "minute": the end-of-access warning comes 3 s before access ends. The digest is due at once
    // every day, but stays off until the digest test has its cards: it goes out at the first pass after
    // something waits, so turned on from the start it would list whatever existed at that moment.
    stage = await startStage({
      settings: {accessexpirywarningminutes: 30, digestenabled: false, digesttime: '00:00', digestweekdays: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun'},
      bridge: {overrides: {inboxTickMs: 300, digestTickMs: 300, reminderMinuteMs: 100, reminderScanMs: 100}},
    });
    story = stage.story;
  });

  after(async () => {
    await stage?.stop();
  });

  const requestWithCard = async (reason: string) => (await stage.cardWithButtons(reason)).requestId;

  test('badge, sidebar, another reviewer’s approval arriving live, approving from the sidebar', async (t) => {
    if (!story.clusterReviews) return t.skip('the real Teleport here is 13.3.8, which cannot record reviews made in chat (needs 18.11+)');
    const first = await requestWithCard('TICKET-121 first in the inbox');
    const second = await requestWithCard('TICKET-122 second in the inbox');

    const alice = await stage.open('alice', {width: 1280});
    await appBarButton(alice.page)
      .and(alice.page.getByRole('button', {name: /2 waiting for your review/}))
      .waitFor({timeout: 20_000});
    await appBarButton(alice.page).screenshot({path: path.join(shots, `${tag()}-1-badge.png`)});

    await appBarButton(alice.page).click();
    await sidebarCard(alice.page, first).waitFor({timeout: 15_000});
    await sidebarCard(alice.page, second).waitFor({timeout: 15_000});
    assert.equal(
      await sidebar(alice.page)
        .getByRole('tab', {name: /To review/})
        .innerText(),
      'To review 2',
    );
    await alice.page.screenshot({path: path.join(shots, `${tag()}-2-sidebar-light-desktop.png`)});

    // ivan approves the first in Teleport's eyes (through his own card click elsewhere): alice's sidebar card follows.
    await story.teleportAs('ivan').submitReview({requestId: first, author: 'ivan', decision: 'APPROVED', reason: 'fine', asSelf: true});
    await sidebarCard(alice.page, first)
      .getByText(/1 of 2/)
      .first()
      .waitFor({timeout: 15_000});

    // alice approves from the sidebar: the request is approved and leaves her list, the badge drops to 1.
    await sidebarCard(alice.page, first)
      .getByRole('button', {name: /^Approve/})
      .click();
    await waitFor('approved in Teleport', async () => (await story.teleportAs('admin').getRequest(first))?.state === 'APPROVED');
    await sidebar(alice.page).locator(`[data-request="${first}"]`).waitFor({state: 'detached', timeout: 20_000});
    await alice.page.getByRole('button', {name: /1 waiting for your review/}).waitFor({timeout: 20_000});
    const reviews = (await story.teleportAs('admin').getRequest(first))?.reviews.map((r) => [r.author, r.submittedBy]);
    assert.deepEqual(reviews, [
      ['ivan', ''],
      ['alice', 'mattermost-bridge'],
    ]);
    await alice.page.screenshot({path: path.join(shots, `${tag()}-3-after-approve-light-desktop.png`)});

    // The other filters: bob's view of his own requests.
    const bob = await stage.open('bob', {width: 1280});
    await appBarButton(bob.page).click();
    await sidebar(bob.page).getByRole('tab', {name: /Mine/}).click();
    await sidebarCard(bob.page, second).waitFor({timeout: 15_000});
    assert.equal(
      await sidebarCard(bob.page, second)
        .getByRole('button', {name: /^Approve/})
        .count(),
      0,
      'no buttons on his own request',
    );
  });

  const dmChannel = async (user: 'alice' | 'bob') => {
    const mm = story.peers.mattermost;
    return (await story.mm('bot').createDirectChannel([mm.bot.id, mm.users[user].id])).id;
  };

  test('alice’s digest DM lists what awaits her with links to the cards', async (t) => {
    if (!story.clusterReviews) return t.skip('needs in-chat reviews (Teleport 18.11+)');
    const cards = [await stage.cardWithButtons('TICKET-123 in the digest'), await stage.cardWithButtons('TICKET-124 in the digest')];
    // The digest is written from the inbox lists: wait until alice's holds both cards.
    await waitFor('both cards in alice’s inbox', async () => {
      const list = (await inboxListOf(story, 'alice')) ?? [];
      return cards.every((c) => list.some((e) => e.id === c.requestId && e.post === c.postId));
    });
    await story.setSettings({digestenabled: true});
    const alice = await stage.open('alice', {width: 900, channelId: await dmChannel('alice')});
    const digest = alice.page.locator('.post', {hasText: /awaits? your review/}).first();
    await digest.waitFor({timeout: 20_000});
    // Each line links to its card (Mattermost's permalink redirect), drawn as a link, not as markdown.
    const hrefs = await digest.locator('a', {hasText: 'open the card'}).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) assert.match(href, /\/_redirect\/pl\/[a-z0-9]{26}$/);
    for (const {postId} of cards)
      assert.ok(
        hrefs.some((h) => h.endsWith(`/pl/${postId}`)),
        `a link to the card ${postId} in ${JSON.stringify(hrefs)}`,
      );
    const announced = /(\d+) access requests? awaits? your review/.exec(await digest.innerText());
    assert.equal(Number(announced?.[1]), hrefs.length, 'the count said equals the lines with a link');
    assert.doesNotMatch(await digest.innerText(), /\*\*|\]\(/, 'no markdown source shows');
    await digest.screenshot({path: path.join(shots, `${tag()}-5-digest-alice.png`)});
  });

  test('bob is warned before his access ends and Request again opens the form filled in', async (t) => {
    if (story.peers.teleport.kind !== 'in-repo') return t.skip('access lasting seconds (via max duration) is what the in-repo Teleport peer grants');
    const request = await story.teleportAs('bob').createRequest({
      user: 'bob',
      roles: ['dbadmin'],
      reason: 'TICKET-131 once more',
      suggestedReviewers: [],
      maxDuration: new Date(Date.now() + 10_000),
      dryRun: false,
    });
    for (const who of ['alice', 'ivan'] as const) {
      await story.teleportAs(who).submitReview({requestId: request.id, author: who, decision: 'APPROVED', reason: 'ok', asSelf: true});
    }
    const bob = await stage.open('bob', {width: 900, channelId: await dmChannel('bob')});
    const warning = bob.page.locator('.post', {hasText: /ends in about/}).filter({hasText: shortRequestId(request.id)});
    await warning.waitFor({timeout: 20_000});
    await warning.screenshot({path: path.join(shots, `${tag()}-6-access-ending-bob.png`)});
    await warning.getByRole('button', {name: 'Request again'}).click();
    const dialog = bob.page.getByRole('dialog', {name: 'Request access'});
    await dialog.waitFor({timeout: 20_000});
    assert.equal(await dialog.getByLabel(/Reason/).inputValue(), 'TICKET-131 once more');
    assert.match(await dialog.innerText(), /dbadmin/);
    await bob.page.screenshot({path: path.join(shots, `${tag()}-7-request-again-form-bob.png`)});
  });

  for (const [theme, width] of [
    ['dark', 1280],
    ['light', 420],
    ['dark', 420],
  ] as const) {
    test(`sidebar in the ${theme} theme at ${width} px`, async (t) => {
      if (!story.clusterReviews) return t.skip('needs in-chat reviews (Teleport 18.11+)');
      const ivan = await stage.open('ivan', {theme, width});
      await appBarButton(ivan.page)
        .and(ivan.page.getByRole('button', {name: /waiting for your review/}))
        .waitFor({timeout: 20_000});
      await appBarButton(ivan.page).click();
      await sidebar(ivan.page).locator('section.tma-card').first().waitFor({timeout: 15_000});
      await ivan.page.screenshot({path: path.join(shots, `${tag()}-4-sidebar-${theme}-${width}.png`)});
    });
  }
});
