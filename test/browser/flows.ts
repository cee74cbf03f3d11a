/**
 * What a person does with the card in a real browser, as reusable steps. The end-to-end test
 * (peers + real bridge) calls these with its own host; card.browser.ts calls them with the
 * stand-in bridge.
 */
import type {Browser, BrowserContext, Locator, Page} from 'playwright-core';

import type {ThemeName} from './host/themes';
import type {PluginHost} from './host_server';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Session {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh browser context signed in as `user`, showing the channel once the plugin registered. */
export async function openAs(browser: Browser, host: PluginHost, user: string, options: {theme?: ThemeName; channelId?: string; width?: number} = {}): Promise<Session> {
  const context = await browser.newContext({viewport: {width: options.width ?? 900, height: 900}, deviceScaleFactor: 1});
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(host.loginUrl(user, options));
  await page.waitForSelector(`body[data-plugin]`, {timeout: 15_000}).catch(() => {
    throw new Error(`plugin did not register for ${user}; page errors: ${errors.join(' | ') || 'none'}`);
  });
  await page.waitForSelector('.post', {timeout: 15_000});
  return {context, page, close: () => context.close()};
}

export function cardOf(page: Page, postId: string): Locator {
  return page.locator(`#post_${postId} section.tma-card`);
}

/** Clicks Approve on the card and waits until the bridge's edit shows the viewer's approval. */
export async function approveAs(session: Session, postId: string): Promise<void> {
  const card = cardOf(session.page, postId);
  await card.getByRole('button', {name: /^Approve/}).click();
  await card.getByText('You approved').waitFor({timeout: 15_000});
}

/** Waits until the card shows `state` (PENDING, APPROVED, ...), reading what the page renders. */
export async function waitForState(session: Session, postId: string, state: string): Promise<void> {
  await session.page.waitForSelector(`#post_${postId} section.tma-card[data-state="${state}"]`, {timeout: 15_000});
}
