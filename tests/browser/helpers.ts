/** Shared steps of the real-browser tests: launch, open a demo page, find the pause, read what was published. */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CALM_SEEN_KEY, type PageStatus } from '../../src/core/protocol.ts';
import type { Published } from '../pages/common/record.ts';
import type { SurfaceLocators } from '../pages/locators.mjs';
import { launchWithExtension, type Launched } from '../support/browser.mjs';
import { en } from '../../src/core/i18n/messages.ts';

export const QUESTION = {
  en: "Is this appropriate and does it help our company's goals?",
  nl: 'Is dit gepast en draagt het bij aan de doelen van ons bedrijf?',
};

// Inside the service worker, where these callbacks run, `chrome` is the extension API.
declare const chrome: typeof import('webextension-polyfill');

declare global {
  interface Window {
    __pp_published: Published[];
    __pp_ready?: boolean;
  }
}

export { launchWithExtension, type Launched };

/**
 * One browser with PostPause for a whole test file, started before its tests with these options (no pause by
 * default, so the tests need not wait) and closed after. Returns a getter, valid once the tests run.
 */
export function useBrowser(options: Record<string, unknown> = { pauseSeconds: 0 }): () => Launched {
  let launched: Launched | undefined;
  beforeAll(async () => {
    launched = await launchWithExtension();
    await setOptions(launched, options);
  });
  afterAll(() => launched?.close());
  return () => launched!;
}

/**
 * Sets the user's own options through the service worker, as the options page would. Tests see the whole
 * pause every time (short pauses after the first of the day are a test of their own) unless they say otherwise.
 */
export async function setOptions(launched: Launched, given: Record<string, unknown>) {
  const options = { shortCalmPauses: false, ...given };
  await launched.worker.evaluate(async (value) => {
    await chrome.storage.local.set({ options: value });
  }, options);
  // The worker recomputes the page configuration on the change; wait until it is stored.
  const expected = Object.entries(options).filter(([key]) => key !== 'language');
  await waitUntil(
    () => launched.worker.evaluate(async () => (await chrome.storage.local.get('pageConfig')).pageConfig as Record<string, unknown>),
    (config) => expected.every(([key, value]) => JSON.stringify(config?.[key]) === JSON.stringify(value)),
    'the page configuration to follow the options',
  );
}

/** Polls `read` until `done` holds for its value; fails with `what` after `timeout` ms. */
export async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeout = 5000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The site a demo page's URL belongs to. */
export const siteOf = (url: string): 'x' | 'linkedin' => (new URL(url).hostname === 'www.linkedin.com' ? 'linkedin' : 'x');

/**
 * What the content script on the open demo page of `site` says of itself, as the popup asks it, and its tab.
 * PostPause has no "tabs" permission, so tab URLs are hidden from it: the tab is the one whose content script
 * answers for that site.
 */
export function contentStatus(launched: Launched, site: 'x' | 'linkedin'): Promise<{ tab: number; status: PageStatus } | undefined> {
  return launched.worker.evaluate(async (wanted) => {
    for (const { id } of await chrome.tabs.query({})) {
      const status = (await chrome.tabs.sendMessage(id!, { type: 'ui:status' }).catch(() => null)) as PageStatus | null;
      if (status?.site === wanted) return { tab: id!, status };
    }
    return undefined;
  }, site);
}

/** Opens the toolbar popup on the tab of a demo page of `site`. */
export async function openPopupFor(launched: Launched, site: 'x' | 'linkedin'): Promise<Page> {
  const found = await contentStatus(launched, site);
  const popup = await launched.context.newPage();
  await popup.goto(`chrome-extension://${launched.extensionId}/src/popup/index.html?tab=${found?.tab}`);
  await popup.getByTestId('status').waitFor();
  return popup;
}

/** What the toolbar popup reports on the open demo page of `site`: the compose boxes (how many, and each box's line of rules) and the missed-post warning. */
export async function popupReport(launched: Launched, site: 'x' | 'linkedin') {
  const popup = await openPopupFor(launched, site);
  await popup.getByTestId('composers').waitFor();
  const lines = await popup.getByTestId('rules').locator('li').allTextContents();
  const missed = popup.getByTestId('missed');
  const warning = (await missed.count()) ? await missed.textContent() : null;
  await popup.close();
  return { composers: lines.length, lines, warning };
}

/** Once PostPause has settled on `page` (of `site`): no pause open, no "press again" notice, no missed post. */
export async function expectQuietAfter(launched: Launched, page: Page, site: 'x' | 'linkedin') {
  await settled(launched, site);
  expect(await pauseDialog(page).count()).toBe(0);
  expect(await page.getByTestId('pp-notice').count()).toBe(0);
  expect((await popupReport(launched, site)).warning).toBeNull();
}

/** Opens a demo page at a real URL and waits for it to render. */
export async function openPage(launched: Launched, url: string): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__pp_ready === true);
  return page;
}

/** Opens the page of `surface`, reveals its composer and types `text` into it. */
export async function compose(launched: Launched, surface: SurfaceLocators, text: string): Promise<Page> {
  const page = await openPage(launched, surface.url);
  await surface.reveal?.(page);
  await typeInto(page, surface.editor(page), text);
  return page;
}

/** Presses the publish button of `surface` and waits for the pause. */
export async function pauseOn(page: Page, surface: SurfaceLocators) {
  await surface.button(page).click();
  await pauseDialog(page).waitFor();
}

export const published = (page: Page) => page.evaluate(() => window.__pp_published);

export const pauseDialog = (page: Page, lang: 'en' | 'nl' = 'en') => page.getByRole('dialog', { name: QUESTION[lang] });

/** Types into an editor with real key presses; "\n" presses Enter. */
export async function typeInto(page: Page, editor: Locator, text: string) {
  await editor.click();
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    if (line) await page.keyboard.type(line);
  }
}

/**
 * Waits until PostPause has settled on the open demo page of `site`: the self-check has taken its last look
 * after every press, and no pause or replay is under way (the page's status says so).
 */
export const settled = (launched: Launched, site: 'x' | 'linkedin') =>
  waitUntil(() => contentStatus(launched, site), (found) => found?.status.checking === 0 && !found.status.busy, 'PostPause to settle', 10_000);

/** Our visible "press again" notice (a live region says the same to screen readers). */
export const pressAgainNotice = (page: Page) => page.getByTestId('pp-notice').filter({ hasText: en.pressAgain });

/** The draft as the dialog shows it, one entry per post. */
export const previewParts = (page: Page) => page.locator('[data-testid="pp-part"]').allTextContents();

export async function postAnyway(page: Page, name: string = en.postAnyway) {
  const button = pauseDialog(page, name === en.postAnyway ? 'en' : 'nl').getByRole('button', { name, exact: true });
  await button.click({ timeout: 70_000 });
}

export async function keepEditing(page: Page, name: string = en.keepEditing) {
  await pauseDialog(page, name === en.keepEditing ? 'en' : 'nl').getByRole('button', { name, exact: true }).click();
}

/** In the page: resolves once it has rendered two more frames, so that what a press set off there has had its turn. */
export const twoFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export const afterTwoFrames = (page: Page) => page.evaluate(twoFrames);

/**
 * After the first unflagged pause of the day on a site the pause is short and shows no draft; forgets that day, so
 * the next pause on `page` shows the draft in full.
 */
export async function firstPauseOfTheDay(launched: Launched, page: Page) {
  await launched.worker.evaluate((key) => chrome.storage.local.remove(key), CALM_SEEN_KEY);
  await waitUntil(() => launched.worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key], CALM_SEEN_KEY), (seen) => seen === undefined, `${CALM_SEEN_KEY} gone`);
  await afterTwoFrames(page);
}

/** Waits until the page has published `count` times and two frames more, to catch a second post; checks the count. */
export async function expectPublished(page: Page, count: number): Promise<Published[]> {
  await waitUntil(() => published(page), (records) => records.length >= count, `${count} publish(es)`);
  await afterTwoFrames(page);
  const records = await published(page);
  expect(records).toHaveLength(count);
  return records;
}

/** Expects the pause to show `draft`, posts anyway and returns the page's publish number `count` (the last). */
export async function postPaused(page: Page, draft: string, count = 1): Promise<Published> {
  expect(await previewParts(page)).toEqual([draft]);
  await postAnyway(page);
  return (await expectPublished(page, count))[count - 1]!;
}

/** Types `text` into the composer of `surface`, presses its button and posts it through the pause. */
export async function postThroughPause(page: Page, surface: SurfaceLocators, text: string): Promise<Published> {
  await typeInto(page, surface.editor(page), text);
  await surface.button(page).click();
  return postPaused(page, text);
}

export const isMac = process.platform === 'darwin';
export const SHORTCUT = 'Control+Enter';
