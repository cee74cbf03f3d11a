/**
 * The real-browser test of the plugin: our built webapp/dist/main.js runs in headless Debian
 * Chromium (driven by playwright-core) inside the plugin-host page, against the in-repo
 * Mattermost peer. Cards are posted by a stand-in bridge (stand_in_bridge.ts); the dual-
 * authorization story is played by clicking Approve as alice and then ivan.
 * Screenshots of every state, light and dark, wide and narrow: test-artifacts/screenshots/.
 *
 * Run: node --import tsx test/browser/card.browser.ts   (exits non-zero on failure)
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';

import {chromium, type Browser} from 'playwright-core';

import type {CardModel} from '@tma/card-contract';
import {buildCardModel} from '../../server-bridge/src/card/model';
import {renderCardMarkdown} from '../../server-bridge/src/card/markdown';
import {cardInput, request, review, wholePictureRequest} from '../../server-bridge/src/testing/fixtures';
import {storyCard, storyReview, type FixtureOptions} from '../../webapp/src/test_support/fixtures';
import {startMattermostPeer, type InRepoMattermostPeer} from '../peers/mattermost/index';

import {approveAs, cardOf, CHROMIUM_ARGS, openAs, waitForState} from './flows';
import type {ThemeName} from './host/themes';
import {startPluginHost, type PluginHost} from './host_server';
import {startStandInBridge, type StandInBridge} from './stand_in_bridge';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(repo, 'test-artifacts/screenshots');
const CHROMIUM = '/usr/bin/chromium';

let peer: InRepoMattermostPeer;
let bridge: StandInBridge;
let host: PluginHost;
let browser: Browser;
const gallery: {name: string; postId: string}[] = [];
let storyPostId = '';
let fallbackPostId = '';
let hostileFallbackPostId = '';

/** The reason, with a right-to-left override, a mention and zero-width characters added. */
const HOSTILE_REASON = 'fine\r# HEADING\r---\r1. approved by security \u202Eexe.txt\u202C @channel\u200B \u2028\u200Bsee [here](http://evil)';
const HOSTILE_SHOWN = 'fine # HEADING --- 1. approved by security exe.txt @channel see [here](http://evil)';

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const r = spawnSync('bash', [path.join(repo, 'scripts/install-chromium.sh')], {stdio: 'inherit'});
  if (r.status !== 0 || !existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (scripts/install-chromium.sh failed)`);
}

function buildPlugin(): void {
  const r = spawnSync('npm', ['run', 'build', '-w', 'webapp'], {cwd: repo, encoding: 'utf8'});
  if (r.status !== 0) throw new Error(`webapp build failed:\n${r.stdout}\n${r.stderr}`);
}

/** Fixture cards use placeholder ids; the peer has its own. */
function withPeerIds(card: CardModel): CardModel {
  const byPlaceholder = new Map(Object.entries(peer.users).map(([name, u]) => [`mm-${name}`, u.id]));
  const id = (v: string | null) => (v === null ? null : (byPlaceholder.get(v) ?? v));
  return {
    ...card,
    requester: {...card.requester, mattermostUserId: id(card.requester.mattermostUserId)},
    reviews: card.reviews.map((r) => ({...r, authorMattermostId: id(r.authorMattermostId)})),
  };
}

function card(state: CardModel['state'], options: FixtureOptions = {}): CardModel {
  return withPeerIds(storyCard(state, options));
}

function hostileCard(now: number): CardModel {
  const req = request({
    reason: HOSTILE_REASON,
    created: new Date(now - 12 * 60_000).toISOString(),
    reviews: [review('alice', 'APPROVED', {reason: '\u202Elooks fine\r\r> @all', created: new Date(now - 60_000).toISOString()})],
  });
  return buildCardModel({...cardInput, request: req, state: 'PENDING', requestPrompt: '', now: new Date(now)});
}

before(async () => {
  ensureChromium();
  buildPlugin();
  mkdirSync(shots, {recursive: true});
  peer = await startMattermostPeer();
  const usernames = Object.fromEntries(Object.values(peer.users).map((u) => [u.id, u.username]));
  bridge = await startStandInBridge(peer.url, peer.bot.token, usernames);
  host = await startPluginHost({
    mattermostUrl: peer.url,
    userTokens: Object.fromEntries(Object.values(peer.users).map((u) => [u.username, u.token])),
    channelId: peer.channels.requests.id,
    pluginId: peer.pluginId,
  });

  const gal = peer.channels.other.id;
  const now = Date.now();
  const entries: [string, CardModel][] = [
    ['pending', card('PENDING', {now})],
    ['pending-one-approval', card('PENDING', {now, reviews: [storyReview('alice', 'APPROVED', now - 120_000, 'Matches TICKET-42')]})],
    ['approved', card('APPROVED', {now})],
    ['denied', card('DENIED', {now})],
    ['expired', card('EXPIRED', {now})],
    ['promoted', card('PROMOTED', {now})],
    ['link-only', card('PENDING', {now, linkOnly: 'sensitive_role'})],
    // Drawn by the bridge's own model: constrained resources, start/span/session, prompt, two thresholds.
    [
      'whole-picture',
      withPeerIds(buildCardModel({...cardInput, request: wholePictureRequest(), state: 'PENDING', requestPrompt: 'Please provide your ticket ID', now: new Date(now)})),
    ],
    // User text at its worst: drawn by the bridge's model, and written straight into props by someone else.
    ['hostile-reason', withPeerIds(hostileCard(now))],
    ['hostile-props', {...card('PENDING', {now}), reason: HOSTILE_REASON}],
  ];
  for (const [name, c] of entries) gallery.push({name, postId: await bridge.postCard(gal, c)});
  // The markdown the bridge writes for that card, as clients without the plugin render it.
  hostileFallbackPostId = await bridge.postRaw(gal, renderCardMarkdown(hostileCard(now)), {teleport_card: {...card('PENDING', {now}), schema: 99}});
  // A card from a bridge speaking another schema version: the plugin shows the markdown message.
  fallbackPostId = await bridge.postRaw(gal, '**Access request** by bob for `dbadmin` (card from a newer bridge)', {
    teleport_card: {...card('PENDING', {now}), schema: 99},
  });
  storyPostId = await bridge.postCard(peer.channels.requests.id, card('PENDING', {now, reviews: []}));

  browser = await chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
});

after(async () => {
  await browser?.close();
  await host?.stop();
  await bridge?.stop();
  await peer?.stop();
});

describe('the plugin in a real browser', () => {
  for (const theme of ['light', 'dark'] as ThemeName[]) {
    test(`every state renders as a card (${theme} theme, reviewer carol)`, async () => {
      const s = await openAs(browser, host, 'carol', {theme, channelId: peer.channels.other.id});
      try {
        for (const {name, postId} of gallery) {
          const c = cardOf(s.page, postId);
          await c.waitFor();
          await c.screenshot({path: path.join(shots, `state-${name}-${theme}.png`)});
        }
        await s.page.screenshot({path: path.join(shots, `channel-${theme}.png`), fullPage: true});
        const states = await s.page.locator('section.tma-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
        assert.deepEqual(states, ['PENDING', 'PENDING', 'APPROVED', 'DENIED', 'EXPIRED', 'PROMOTED', 'PENDING', 'PENDING', 'PENDING', 'PENDING']);
        // Buttons only on the five reviewable pending cards; the link-only one explains itself.
        assert.equal(await s.page.getByRole('button', {name: /^Approve/}).count(), 5);
        assert.equal(await s.page.getByText('Requests for this role must be reviewed in Teleport.').count(), 1);
        await s.page.locator(`#post_${fallbackPostId}`).screenshot({path: path.join(shots, `state-fallback-${theme}.png`)});
        assert.match(await s.page.locator(`#post_${fallbackPostId} [data-card-problem]`).innerText(), /card from a newer bridge/);
        // Rendered through the webapp's markdown renderer (window.PostUtils), not as raw text.
        assert.equal(await s.page.locator(`#post_${fallbackPostId} [data-card-problem] strong`).innerText(), 'Access request');
        const whole = cardOf(s.page, gallery.find((g) => g.name === 'whole-picture')!.postId);
        for (const text of [
          'logins root, deploy',
          'Teleport asked: Please provide your ticket ID',
          'Still needed: 1 more approval for dual; 1 more approval for security',
          'counts for dual, security',
        ]) {
          assert.equal(await whole.getByText(text, {exact: false}).count(), 1, text);
        }
        assert.match(await whole.locator('dd', {hasText: 'up to 4h'}).innerText(), /up to 4h, ends .* · starts .* · sessions 2h/);
        // A hostile reason is one inert line, whoever wrote the props.
        for (const name of ['hostile-reason', 'hostile-props']) {
          const reason = cardOf(s.page, gallery.find((g) => g.name === name)!.postId).locator('.tma-reason');
          assert.equal(await reason.innerText(), HOSTILE_SHOWN, name);
        }
        const hostileReview = cardOf(s.page, gallery.find((g) => g.name === 'hostile-reason')!.postId).locator('.tma-review-reason');
        assert.equal(await hostileReview.innerText(), 'looks fine > @all');
        const fallback = s.page.locator(`#post_${hostileFallbackPostId} [data-card-problem]`);
        await fallback.screenshot({path: path.join(shots, `state-hostile-fallback-${theme}.png`)});
        assert.equal(await fallback.locator('h1, h2, h3, h5, h6, hr, ol, ul').count(), 0, 'the reason adds no heading, rule or list');
        // A bare URL is autolinked as Mattermost does for any text, but shows itself: no link hides behind other words.
        const links = await fallback.locator('a[href^="http://evil"]').evaluateAll((as) => as.map((a): [string, string] => [a.getAttribute('href') ?? '', a.textContent ?? '']));
        // (The autolinker takes the escape's backslash into the URL; the link is odd but says where it goes.)
        for (const [href, text] of links) assert.equal(decodeURI(href).replace(/\/$/, ''), text, `no disguised link: ${JSON.stringify(links)}`);
        assert.match(await fallback.innerText(), /Reason: fine # HEADING --- 1\. approved by security exe\.txt @\u200Bchannel see \[here\]\(http:\/\/evil\\?\)/);
        // The card takes its colours from the theme.
        const bg = await cardOf(s.page, gallery[0]!.postId).evaluate((e) => getComputedStyle(e).backgroundColor);
        assert.equal(bg, theme === 'dark' ? 'rgb(25, 27, 31)' : 'rgb(255, 255, 255)');
      } finally {
        await s.close();
      }
    });
  }

  for (const [label, width] of [
    ['rhs', 400],
    ['mobile', 360],
  ] as const) {
    test(`cards fit a ${width}px wide ${label} column`, async () => {
      const s = await openAs(browser, host, 'carol', {theme: 'light', channelId: peer.channels.other.id, width});
      try {
        const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        const wide = await s.page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 5)
            .map((e) => `${e.tagName}.${e.className} ${(e.textContent ?? '').slice(0, 60)}`),
        );
        assert.equal(overflow, 0, `no horizontal scrolling; too wide: ${wide.join(' | ')}`);
        for (const name of ['pending', 'approved', 'whole-picture']) {
          const entry = gallery.find((g) => g.name === name)!;
          await cardOf(s.page, entry.postId).screenshot({path: path.join(shots, `narrow-${label}-${name}-light.png`)});
        }
        await s.page.screenshot({path: path.join(shots, `narrow-${label}-channel-light.png`), fullPage: false});
      } finally {
        await s.close();
      }
    });
  }

  test('a failed click shows an inline error (dave, Mattermost answers 500)', async () => {
    const pending = gallery[0]!.postId;
    const s = await openAs(browser, host, 'dave', {theme: 'light', channelId: peer.channels.other.id});
    try {
      peer.faults.failNext(`/api/v4/posts/${pending}/actions`, 500, 1);
      await cardOf(s.page, pending)
        .getByRole('button', {name: /^Approve/})
        .click();
      await cardOf(s.page, pending).getByRole('alert').waitFor();
      await cardOf(s.page, pending).screenshot({path: path.join(shots, 'state-click-failed-light.png')});
    } finally {
      await s.close();
    }
  });

  test('keyboard: Tab reaches Approve and Enter sends it (ivan, card with one approval)', async () => {
    const entry = gallery.find((g) => g.name === 'pending-one-approval')!;
    const s = await openAs(browser, host, 'ivan', {theme: 'dark', channelId: peer.channels.other.id});
    try {
      const approve = cardOf(s.page, entry.postId).getByRole('button', {name: /^Approve/});
      await approve.waitFor();
      // Start from the element just before the button and Tab onto it, as a keyboard user would.
      await cardOf(s.page, entry.postId)
        .locator('.tma-review')
        .last()
        .evaluate((e) => {
          e.setAttribute('tabindex', '-1');
          (e as HTMLElement).focus();
        });
      await s.page.keyboard.press('Tab');
      assert.match((await s.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '', /^Approve @bob's request/);
      await cardOf(s.page, entry.postId).screenshot({path: path.join(shots, 'state-keyboard-focus-dark.png')});
      await s.page.keyboard.press('Enter');
      await waitForState(s, entry.postId, 'APPROVED');
    } finally {
      await s.close();
    }
  });

  test('dual authorization: alice then ivan approve and the card turns APPROVED', async () => {
    const bob = await openAs(browser, host, 'bob');
    const alice = await openAs(browser, host, 'alice');
    const ivan = await openAs(browser, host, 'ivan', {theme: 'dark'});
    try {
      // The requester sees his request but no buttons.
      await waitForState(bob, storyPostId, 'PENDING');
      assert.equal(await cardOf(bob.page, storyPostId).getByRole('button').count(), 0);
      await cardOf(bob.page, storyPostId)
        .getByText(/This is your request/)
        .waitFor();
      await cardOf(bob.page, storyPostId).screenshot({path: path.join(shots, 'story-0-bob-requester-light.png')});

      await cardOf(alice.page, storyPostId).screenshot({path: path.join(shots, 'story-1-alice-pending-light.png')});
      // Slow Mattermost down so the in-flight state is visible.
      peer.faults.setDelay(800);
      await cardOf(alice.page, storyPostId)
        .getByRole('button', {name: /^Approve/})
        .click();
      await cardOf(alice.page, storyPostId).getByText('Approving…').waitFor();
      await cardOf(alice.page, storyPostId).screenshot({path: path.join(shots, 'story-2-alice-in-flight-light.png')});
      peer.faults.setDelay(0);
      await cardOf(alice.page, storyPostId).getByText('You approved').waitFor({timeout: 15_000});
      const approvals = cardOf(alice.page, storyPostId).getByRole('progressbar', {name: 'Approvals'});
      assert.equal(await approvals.getAttribute('aria-valuenow'), '1');
      await cardOf(alice.page, storyPostId).screenshot({path: path.join(shots, 'story-3-alice-approved-1-of-2-light.png')});

      // ivan sees alice's approval arrive in place, then double-clicks Approve.
      await cardOf(ivan.page, storyPostId).getByText('1 of 2').waitFor();
      await cardOf(ivan.page, storyPostId).screenshot({path: path.join(shots, 'story-4-ivan-pending-1-of-2-dark.png')});
      await cardOf(ivan.page, storyPostId)
        .getByRole('button', {name: /^Approve/})
        .dblclick();
      await waitForState(ivan, storyPostId, 'APPROVED');
      await cardOf(ivan.page, storyPostId).getByText('You approved').waitFor();
      await cardOf(ivan.page, storyPostId).screenshot({path: path.join(shots, 'story-5-ivan-approved-dark.png')});

      // Everyone's open page turns APPROVED without a reload.
      await waitForState(alice, storyPostId, 'APPROVED');
      await waitForState(bob, storyPostId, 'APPROVED');
      await cardOf(bob.page, storyPostId).screenshot({path: path.join(shots, 'story-6-bob-approved-light.png')});

      const clicks = host.calls().filter((c) => c.method === 'POST' && c.path === `/api/v4/posts/${storyPostId}/actions/approve`);
      assert.deepEqual(
        clicks.map((c) => [c.user, c.status]),
        [
          ['alice', 200],
          ['ivan', 200],
        ],
        'one action call per reviewer, double click included, each accepted by Mattermost',
      );
      assert.ok(
        peer.ephemeralFor(peer.users.alice.id).some((p) => /approval was recorded/.test(p.message)),
        'alice got the private answer',
      );
    } finally {
      await Promise.all([bob.close(), alice.close(), ivan.close()]);
    }
  });
});

// Exported for the end-to-end test (peers + real bridge), which brings its own posts.
export {approveAs, openAs, startPluginHost, waitForState};
