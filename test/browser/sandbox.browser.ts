/**
 * The sandbox as a person uses it, in headless Chromium: one browser tab on the URL the sandbox
 * prints. bob requests dbadmin with the command box (real /api/v4/commands/execute → bridge →
 * Teleport), switches to alice who clicks Approve, then to ivan who clicks Deny and gives a reason
 * in the dialog; every page shows the card's state as the bridge edits it. Then the System
 * Console view shows the live bridge's status, and (bridge stopped) each status state.
 * Screenshots: test-artifacts/screenshots/sandbox-*.png.
 *
 * Run: node --import tsx test/browser/sandbox.browser.ts   (exits non-zero on failure)
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';

import {chromium, type Browser, type Page} from 'playwright-core';

import {REQUEST_COMMAND, startSandbox, type Sandbox} from '../sandbox/sandbox';
import {STATUS_CATEGORY} from '@tma/card-contract';
import {preferenceName} from '../../server-bridge/src/app/status-publisher';
import {waitFor} from '../scenarios/harness';

import {CHROMIUM_ARGS} from './flows';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(repo, 'test-artifacts/screenshots');
const CHROMIUM = '/usr/bin/chromium';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

let sandbox: Sandbox;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** console.error lines and failed loads the page reported (a 404 favicon is one). */
const consoleErrors: string[] = [];
let postId = '';
let requestId = '';

/** Scrolls so the card's post is at the top, below the sticky bars (the page follows new posts). */
async function showCard(): Promise<void> {
  await page.locator(`#post_${postId}`).evaluate((el) => {
    el.scrollIntoView({block: 'start'});
    window.scrollBy(0, -96);
  });
}

async function shot(name: string, fullPage = false): Promise<void> {
  await page.screenshot({path: path.join(shots, `sandbox-${name}.png`), fullPage});
}

/** Clicks a name in the user switcher and waits until the page is signed in as them. */
async function switchTo(user: string): Promise<void> {
  await page.locator(`.user-switcher a[data-user="${user}"]`).click();
  await page.waitForSelector(`#viewer:text-is("@${user}")`, {timeout: 15_000});
  await page.waitForSelector('body[data-plugin]', {timeout: 15_000});
}

function card() {
  return page.locator(`#post_${postId} section.tma-card`);
}

async function cardState(state: string): Promise<void> {
  await page.waitForSelector(`#post_${postId} section.tma-card[data-state="${state}"]`, {timeout: 20_000});
}

before(async () => {
  if (!existsSync(CHROMIUM)) {
    const r = spawnSync('bash', [path.join(repo, 'scripts/install-chromium.sh')], {stdio: 'inherit'});
    assert.equal(r.status, 0, 'scripts/install-chromium.sh failed');
  }
  mkdirSync(shots, {recursive: true});
  sandbox = await startSandbox({build: process.env.TMA_REBUILD_WEBAPP === '0' ? 'if-stale' : 'always'});
  browser = await chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
  const context = await browser.newContext({viewport: {width: 1100, height: 860}, deviceScaleFactor: 1});
  page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
});

after(async () => {
  await browser?.close();
  await sandbox?.stop();
});

describe('the sandbox, clicked through as bob, alice and ivan', () => {
  test('the printed URL opens #access-requests as bob, with the plugin loaded', async () => {
    assert.match(sandbox.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    await page.goto(sandbox.url);
    await page.waitForSelector('body[data-plugin="dev.accessbridge.teleport"]', {timeout: 15_000});
    assert.equal(await page.locator('#viewer').textContent(), '@bob');
    assert.equal(await page.locator('.channel-header strong').textContent(), '~access-requests');
    assert.deepEqual(await page.locator('.user-switcher a').allTextContents(), ['@bob', '@alice', '@ivan', 'admin · System Console']);
    await page.getByText('No posts yet').waitFor();
    await shot('1-bob-start');
  });

  test('bob requests dbadmin through the command box; his reply and the card appear', async () => {
    const input = page.getByRole('textbox', {name: 'Command'});
    assert.match(await input.inputValue(), /^\/teleport request --roles dbadmin --reason "/);
    await page.getByRole('button', {name: 'Send'}).click();
    const reply = page.locator('.post.ephemeral', {hasText: 'created'});
    await reply.waitFor({timeout: 20_000});
    assert.match((await reply.textContent()) ?? '', /\(Only visible to you\)/);
    requestId = UUID.exec((await reply.textContent()) ?? '')?.[0] ?? '';
    assert.ok(requestId, 'the reply names the request id');

    const post = page.locator('.post:has(section.tma-card)').first();
    await post.waitFor({timeout: 20_000});
    postId = (await post.getAttribute('data-post-id')) ?? '';
    await cardState('PENDING');
    assert.match((await card().textContent()) ?? '', /TICKET-42 replica lag on db-3/);
    assert.equal(
      await card()
        .getByRole('button', {name: /^Approve/})
        .count(),
      0,
      'the requester gets no buttons on their own request',
    );
    await showCard();
    await shot('2-bob-requested');
  });

  test('alice approves by clicking: 1 of 2', async () => {
    await switchTo('alice');
    await cardState('PENDING');
    await card()
      .getByRole('button', {name: /^Approve/})
      .click();
    await card().getByText('You approved').waitFor({timeout: 20_000});
    await card().getByText('1 of 2').waitFor({timeout: 20_000});
    await showCard();
    await shot('3-alice-approved');
  });

  test('ivan denies by clicking Deny and giving a reason in the dialog (dark theme)', async () => {
    await switchTo('ivan');
    await page.locator('.theme-toggle').click();
    await page.waitForSelector('body[data-theme="dark"][data-plugin]');
    await cardState('PENDING');
    await card().getByRole('button', {name: /^Deny/}).click();
    const dialog = page.getByRole('dialog', {name: 'Deny access request'});
    await dialog.waitFor({timeout: 20_000});
    await dialog.getByLabel(/Reason/).fill('Not during the change freeze; ask again Monday.');
    await shot('4-ivan-deny-dialog');
    await dialog.getByRole('button', {name: 'Deny'}).click();
    await dialog.waitFor({state: 'detached', timeout: 20_000});
    await cardState('DENIED');
    assert.match((await card().textContent()) ?? '', /Not during the change freeze/);
    await showCard();
    await shot('5-ivan-denied');
  });

  test("bob's DM with the bot says denied, with ivan's reason", async () => {
    await switchTo('bob');
    await page.locator('.sidebar a[data-channel="bot-dm"]').click();
    await page.waitForSelector('.channel-header strong:text-is("@teleport-bot")');
    await page.locator('.post', {hasText: 'denied'}).first().waitFor({timeout: 20_000});
    await shot('6-bob-dm');
  });

  test('bob opens the request form with a bare /teleport request and submits it from the DM', async () => {
    const input = page.getByRole('textbox', {name: 'Command'});
    await input.fill('/teleport request');
    await page.getByRole('button', {name: 'Send'}).click();
    const form = page.getByRole('dialog', {name: 'Request access'});
    await form.waitFor({timeout: 20_000});
    assert.equal(await form.getByLabel(/^Role/).inputValue(), 'dbadmin', 'the only role bob may request is preselected');
    await form.getByLabel(/^Reason/).fill('TICKET-43 from the form');
    await form.getByLabel(/^Suggested reviewer/).selectOption({label: '@ivan'});
    await form.getByLabel(/^Max duration/).fill('a while');
    await form.getByRole('button', {name: 'Request'}).click();
    await form.getByText(/Bad duration "a while"/).waitFor({timeout: 20_000});
    await shot('7-bob-request-form');
    await form.getByLabel(/^Max duration/).fill('2h');
    await form.getByRole('button', {name: 'Request'}).click();
    await form.waitFor({state: 'detached', timeout: 20_000});
    // The confirmation lands where the form was submitted: here, bob's DM.
    const confirmation = page.locator('.post.ephemeral', {hasText: /for dbadmin created|for `?dbadmin`? created/});
    await confirmation.waitFor({timeout: 20_000});
    assert.notEqual(UUID.exec((await confirmation.textContent()) ?? '')?.[0], requestId, 'a second, new request');
  });

  test('help renders as Mattermost renders markdown: a list and code, no literal fences or dashes', async () => {
    await page.getByRole('textbox', {name: 'Command'}).fill('/teleport help');
    await page.getByRole('button', {name: 'Send'}).click();
    const help = page.locator('.post.ephemeral .post-message', {hasText: '/teleport request'}).last();
    await help.waitFor({timeout: 20_000});
    assert.ok((await help.locator('code').count()) > 0, 'commands are code');
    assert.doesNotMatch((await help.textContent()) ?? '', /```|\*\*/);
    await help.evaluate((el) => el.scrollIntoView({block: 'center'}));
    await shot('6b-bob-help');
  });

  test('no page errors and no console errors on the way', () => {
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(consoleErrors, []);
  });
});

describe('an admin edits routing in the System Console; the next card lands where it says', () => {
  test('the console edits the settings: routing as a table that flags a bad row', async () => {
    await page.goto(sandbox.host.loginUrl('admin', {view: 'admin'}));
    const recipients = page.getByLabel('Recipients of route 1');
    await recipients.waitFor({timeout: 15_000});
    assert.equal(await page.getByLabel('Role of route 1').inputValue(), 'dbadmin');
    assert.equal(await recipients.inputValue(), 'acme/access-requests');
    await recipients.fill('acme ops');
    await page.getByText('"acme ops" is not team/channel').waitFor();
    assert.equal(await page.getByRole('button', {name: 'Save'}).isDisabled(), true, 'a bad row cannot be saved');
    await shot('9-console-routing-invalid', true);
    await recipients.fill('acme/ops');
    await page.getByRole('button', {name: 'Save'}).click();
    // PUT /config/patch → config_changed → the bridge re-reads → its report says when it applied.
    await page.waitForSelector('.save-outcome[data-outcome="applied"]', {timeout: 20_000});
    assert.ok(
      sandbox.host.calls().some((c) => c.method === 'PUT' && c.path === '/api/v4/config/patch' && c.user === 'admin' && c.status === 200),
      'saved the way the System Console saves',
    );
    const stored = (await sandbox.story.mm('admin').getConfig()).PluginSettings.Plugins['dev.accessbridge.teleport'] as Record<string, unknown> | undefined;
    assert.match(String(stored?.roletorecipients), /^dbadmin: acme\/ops$/m);
    await shot('10-console-routing-applied', true);
  });

  test("bob's next request lands in ~ops, and the console counts the pending requests", async () => {
    await switchTo('bob');
    await page.locator('.sidebar a[data-channel="ops"]').click();
    await page.waitForSelector('.channel-header strong:text-is("~ops")');
    await page.getByRole('textbox', {name: 'Command'}).fill(REQUEST_COMMAND.replace('TICKET-42 replica lag on db-3', 'TICKET-44 routed by the console'));
    await page.getByRole('button', {name: 'Send'}).click();
    const routed = page.locator('.post section.tma-card', {hasText: 'TICKET-44 routed by the console'});
    await routed.waitFor({timeout: 20_000});
    await routed.evaluate((el) => el.scrollIntoView({block: 'center'}));
    await shot('11-bob-card-in-ops');

    // Two of bob's requests are pending now (the form's and this one); the box must say so.
    const pending = (await sandbox.story.teleportAs('bob').listRequests({state: 'PENDING'})).length;
    await waitFor(
      `the status box to count ${pending} pending`,
      async () => {
        await page.goto(sandbox.host.loginUrl('admin', {view: 'admin'}));
        await page.waitForSelector('.tma-bridge-status[aria-busy="false"]', {timeout: 15_000});
        return new RegExp(`^\\D*${pending} pending requests? tracked`).test((await page.locator('.tma-bridge-status [data-line="requests"]').textContent()) ?? '');
      },
      20_000,
    );
  });

  test('narrow windows: nothing covers the channel header (560 and 360 px, light and dark)', async () => {
    for (const width of [560, 360]) {
      for (const theme of ['light', 'dark'] as const) {
        await page.setViewportSize({width, height: 760});
        await page.goto(sandbox.host.loginUrl('bob', {theme}));
        await page.waitForSelector('body[data-plugin]');
        await page.locator('.post section.tma-card').first().waitFor({timeout: 20_000});
        for (const scroll of [0, 400]) {
          await page.evaluate((y) => window.scrollTo(0, y), scroll);
          const [bar, header] = await Promise.all([page.locator('.sandbox-bar').boundingBox(), page.locator('.channel-header').boundingBox()]);
          assert.ok(bar && header);
          assert.ok(
            header.y >= Math.max(0, bar.y + bar.height) - 0.5,
            `${width} px, scrolled ${scroll}: the bar (bottom ${bar.y + bar.height}) covers the header (top ${header.y})`,
          );
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${width} px: the page scrolls sideways by ${overflow} px`);
        await page.evaluate(() => window.scrollTo(0, 0));
        await shot(`12-narrow-${width}-${theme}`);
      }
      await page.goto(sandbox.host.loginUrl('admin', {view: 'admin'}));
      await page.getByLabel('Recipients of route 1').waitFor({timeout: 15_000});
      await shot(`13-console-${width}`, true);
    }
    await page.setViewportSize({width: 1100, height: 860});
    await page.goto(sandbox.host.loginUrl('admin', {view: 'admin', theme: 'dark'}));
    await page.getByLabel('Recipients of route 1').waitFor({timeout: 15_000});
    await shot('10-console-routing-dark', true);
  });

  test('still no page errors and no console errors', () => {
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(consoleErrors, []);
  });
});

describe('the System Console view', () => {
  async function openConsole(theme: 'light' | 'dark' = 'light'): Promise<void> {
    await page.goto(`${sandbox.host.loginUrl('admin', {theme, view: 'admin'})}`);
    // The box reads the bot's preferences after it appears; aria-busy is false once it has.
    await page.waitForSelector('.tma-bridge-status[aria-busy="false"]', {timeout: 15_000});
  }

  async function line(id: string): Promise<{tone: string | null; text: string}> {
    const el = page.locator(`.tma-bridge-status [data-line="${id}"]`);
    return {tone: await el.getAttribute('data-tone'), text: (await el.textContent()) ?? ''};
  }

  test("shows the live bridge's report: reachable, connected, cluster, reviews available", async () => {
    // The bridge's first report (its bot's preference) comes one status tick (30 s) after it started.
    await waitFor(
      'the bridge’s first status report',
      async () => {
        const prefs = (await sandbox.story.mm('admin').getUserPreferences(sandbox.story.peers.mattermost.bot.id)) ?? [];
        return prefs.some((p) => p.category === STATUS_CATEGORY);
      },
      60_000,
    );
    await openConsole();
    assert.equal((await line('bridge')).tone, 'ok');
    assert.match((await line('teleport')).text, /Connected/);
    assert.match((await line('cluster')).text, /Teleport \d+\.\d+/);
    assert.equal((await line('reviews')).tone, 'ok');
    assert.equal((await line('settings')).tone, 'ok');
    assert.equal(await page.locator('.tma-bridge-status').locator('input, textarea, select, button').count(), 0, 'read-only');
    await shot('8-console-live-light', true);
    await openConsole('dark');
    await shot('8-console-live-dark', true);
  });

  describe('each state, light and dark (bridge stopped, its report written as its bot would)', () => {
    /** Replaces every stored report with this one value (none for ''), with the bot's token. */
    async function storeReport(value: unknown): Promise<void> {
      const {url, bot} = sandbox.story.peers.mattermost;
      const call = async (route: string, method: string, body: unknown) => {
        const res = await fetch(`${url}/api/v4/users/${bot.id}/preferences${route}`, {
          method,
          headers: {Authorization: `Bearer ${bot.token}`, 'Content-Type': 'application/json'},
          body: JSON.stringify(body),
        });
        assert.ok(res.ok || res.status === 404, `${method} preferences${route}: ${res.status}`);
        return res;
      };
      const existing = (await sandbox.story.mm('admin').getUserPreferences(bot.id)) ?? [];
      const ours = existing.filter((p) => p.category === STATUS_CATEGORY);
      if (ours.length > 0) await call('/delete', 'POST', ours);
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      if (text !== '') await call('', 'PUT', [{user_id: bot.id, category: STATUS_CATEGORY, name: preferenceName('replica-1'), value: text}]);
    }

    before(async () => {
      for (const bridge of [...sandbox.story.bridges]) await sandbox.story.stopBridge(bridge);
    });

    const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
    const healthy = () => ({
      reported_at: ago(20_000),
      stale_after_seconds: 120,
      version: '0.1.0',
      replica: 'replica-1',
      teleport: {connected: true, cluster: 'story.example.com', version: '18.11.2', on_behalf_reviews: true, self_check: true},
      reviews_available: true,
      settings: {accepted: true, error: null, last_read_at: ago(5_000)},
      requests: {tracked: 1, in_flight: 0},
    });
    const states: [string, unknown, string, RegExp][] = [
      ['stale', {...healthy(), reported_at: ago(17 * 60_000)}, 'error', /No report from the bridge lately; the last was 17m ago · /],
      [
        'problems',
        {
          ...healthy(),
          ready: false,
          reason: 'teleport.example.com:443: connection refused',
          teleport: {connected: false, cluster: 'story.example.com', version: '18.11.2', on_behalf_reviews: true, self_check: false},
          reviews_available: false,
          settings: {accepted: false, error: 'invalid settings: roletorecipients: line 1 "dbadmin acme": expected "role: recipient, …"', last_read_at: ago(5_000)},
        },
        'ok',
        /Reachable/,
      ],
      ['routing', {...healthy(), routing: {rules: 'active', active: 2, skipped: ['by-label'], cards_by_source: {rule: 5, console: 2, suggested: 3}}}, 'ok', /Reachable/],
      ['garbage', '{"reported_at": 12', 'error', /cannot be read/],
      ['none', '', 'error', /No report from the bridge yet/],
    ];
    for (const [name, value, bridgeTone, bridgeText] of states) {
      test(name, async () => {
        await storeReport(value);
        for (const theme of ['light', 'dark'] as const) {
          await openConsole(theme);
          const bridge = await line('bridge');
          assert.equal(bridge.tone, bridgeTone);
          assert.match(bridge.text, bridgeText);
          await page.locator('.tma-bridge-status').screenshot({path: path.join(shots, `sandbox-status-${name}-${theme}.png`)});
        }
        if (name === 'routing') {
          const routing = await line('routing');
          assert.equal(routing.tone, 'warn');
          assert.match(routing.text, /2 access monitoring rules from Teleport route cards.*Not used .*: by-label\..*5 by rules, 2 by the routing below, 3 to suggested reviewers/);
        }
        if (name === 'problems') {
          assert.match((await line('settings')).text, /Not applied: invalid settings: roletorecipients/);
          assert.match((await line('reviews')).text, /submit_for_users/);
          assert.match((await line('teleport')).text, /Why: teleport\.example\.com:443: connection refused/);
        }
      });
    }
  });
});
