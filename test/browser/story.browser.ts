/**
 * End to end in a real browser (issues 3 and 4): in-repo Teleport and Mattermost peers, the REAL
 * bridge, and our built plugin in the plugin-host page in headless Debian Chromium. Bob requests
 * dbadmin; alice and ivan each click Approve on the card the bridge posted; Teleport records both
 * reviews under their own users; every open page shows the card turn APPROVED.
 *
 * Run: node --import tsx --test test/browser/story.browser.ts
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {chromium, type Browser} from 'playwright-core';
import {card, startStory, waitFor, type Story} from '../scenarios/harness';
import {approveAs, cardOf, CHROMIUM_ARGS, openAs, waitForState, type Session} from './flows';
import {startPluginHost, type PluginHost} from './host_server';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(repo, 'test-artifacts/screenshots');

describe('the dual-authorization story in a browser, with the real bridge', () => {
  let story: Story;
  let host: PluginHost;
  let browser: Browser;
  const sessions: Session[] = [];

  before(async () => {
    if (!existsSync('/usr/bin/chromium')) {
      const r = spawnSync('bash', [path.join(repo, 'scripts/install-chromium.sh')], {stdio: 'inherit'});
      assert.equal(r.status, 0, 'scripts/install-chromium.sh failed');
    }
    if (!existsSync(path.join(repo, 'webapp/dist/main.js')) || process.env.TMA_REBUILD_WEBAPP !== '0') {
      const r = spawnSync('npm', ['run', 'build', '-w', 'webapp'], {cwd: repo, encoding: 'utf8'});
      assert.equal(r.status, 0, `webapp build failed: ${r.stderr}`);
    }
    mkdirSync(shots, {recursive: true});
    story = await startStory();
    const mm = story.peers.mattermost;
    host = await startPluginHost({
      mattermostUrl: mm.url,
      userTokens: {alice: mm.users.alice.token, bob: mm.users.bob.token, ivan: mm.users.ivan.token},
      channelId: mm.channels.requests.id,
      pluginId: 'dev.accessbridge.teleport',
    });
    browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS});
  });

  after(async () => {
    for (const s of sessions) await s.close().catch(() => undefined);
    await browser?.close();
    await host?.stop();
    await story?.stop();
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

    const [bob, alice, ivan] = await Promise.all(['bob', 'alice', 'ivan'].map((u) => openAs(browser, host, u)));
    sessions.push(bob!, alice!, ivan!);
    for (const s of [bob!, alice!, ivan!]) await waitForState(s, postId, 'PENDING');
    const tag = story.peers.kind === 'real' ? 'e2e-real' : 'e2e';
    await cardOf(alice!.page, postId).screenshot({path: path.join(shots, `${tag}-1-pending-alice.png`)});

    // The requester sees no buttons on his own request.
    assert.equal(await cardOf(bob!.page, postId).getByRole('button', {name: /^Approve/}).count(), 0);

    if (inChat) {
      await approveAs(alice!, postId);
    } else {
      assert.equal(await cardOf(alice!.page, postId).getByRole('button', {name: /^Approve/}).count(), 0, 'link-only: no buttons');
      await story.teleportAs('alice').submitReview({requestId: request.id, author: 'alice', decision: 'APPROVED', reason: '', asSelf: true});
    }
    await waitFor('1 of 2 in Teleport', async () => {
      const r = await story.teleportAs('admin').getRequest(request.id);
      return r && r.reviews.length === 1 && r.reviews[0]!.author === 'alice' && r.state === 'PENDING';
    });
    await cardOf(ivan!.page, postId).getByText(/1 of 2/).first().waitFor({timeout: 15_000});
    await cardOf(ivan!.page, postId).screenshot({path: path.join(shots, `${tag}-2-one-of-two-ivan.png`)});

    if (inChat) await approveAs(ivan!, postId);
    else await story.teleportAs('ivan').submitReview({requestId: request.id, author: 'ivan', decision: 'APPROVED', reason: '', asSelf: true});
    for (const s of [bob!, alice!, ivan!]) await waitForState(s, postId, 'APPROVED');
    await cardOf(bob!.page, postId).screenshot({path: path.join(shots, `${tag}-3-approved-bob.png`)});

    const final = await story.teleportAs('admin').getRequest(request.id);
    assert.equal(final?.state, 'APPROVED');
    assert.deepEqual(final?.reviews.map((r) => [r.author, r.submittedBy]), [
      ['alice', inChat ? 'mattermost-bridge' : ''],
      ['ivan', inChat ? 'mattermost-bridge' : ''],
    ], 'Teleport recorded each review under the reviewer (submitted by the bridge when clicked in chat)');
  });
});
