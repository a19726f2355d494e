/**
 * Safe by construction, in the real browser: no request leaves for anywhere but the page's own site while
 * PostPause works, after an extension update the stale content script steps aside and posts go through, and
 * the page cannot decide for the user.
 */
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allSurfaces, surfaces } from './surfaces.ts';
import {
  afterTwoFrames, compose, expectPublished, launchWithExtension, openPage, pauseDialog, pauseOn, postAnyway, pressAgainNotice, published, setOptions, type Launched, typeInto, waitUntil,
} from './helpers.ts';


const SITE_HOSTS = ['x.com', 'twitter.com', 'www.linkedin.com'];
/** Our own pages, each with what it shows once it has rendered from the stored settings. */
const EXTENSION_PAGES = [['options', 'bench'], ['welcome', 'try-text'], ['popup', 'status']] as const;

/** Runs `test` in a browser of its own, with no pause, and closes it after. */
async function withBrowser(test: (browser: Launched) => Promise<void>, options: Parameters<typeof launchWithExtension>[0] = {}) {
  const browser = await launchWithExtension(options);
  try {
    await setOptions(browser, { pauseSeconds: 0 });
    await test(browser);
  } finally {
    await browser.close();
  }
}

describe('safety', () => {
  it('makes no request of its own while pausing and posting on every surface and opening its pages', async () => {
    const requests: Request[] = [];
    await withBrowser(async (browser) => {
      for (const surface of allSurfaces) {
        const page = await compose(browser, surface, 'Na de verkiezingen: a request-free post');
        await surface.button(page).click();
        await postAnyway(page);
        if (surface.ignoresUntrustedClick) {
          await pressAgainNotice(page).waitFor();
          await surface.button(page).click();
        }
        await expectPublished(page, 1);
        await page.close();
      }
      for (const [path, rendered] of EXTENSION_PAGES) {
        const page = await browser.context.newPage();
        await page.goto(`chrome-extension://${browser.extensionId}/src/${path}/index.html`);
        await page.getByTestId(rendered).waitFor();
        await afterTwoFrames(page);
        await page.close();
      }
      const leaving = requests.filter((r) => {
        const url = new URL(r.url());
        return url.protocol !== 'chrome-extension:' && url.protocol !== 'data:' && !SITE_HOSTS.includes(url.hostname);
      });
      expect(leaving.map((r) => r.url())).toEqual([]);
      // Everything the demo pages loaded is their own document and bundle, never something of ours.
      const toSites = requests.filter((r) => SITE_HOSTS.includes(new URL(r.url()).hostname)).map((r) => new URL(r.url()).pathname);
      expect(toSites.every((path) => path.startsWith('/__pp/') || !path.includes('.'))).toBe(true);
      expect(requests.some((r) => r.serviceWorker() !== null)).toBe(false);
    }, { onRequest: (request) => requests.push(request) });
  });

  it('steps aside after an extension update: listeners and UI gone, the post goes out untouched', () => withBrowser(async (browser) => {
    const surface = surfaces.xHome;
    const page = await openPage(browser, surface.url);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await typeInto(page, surface.editor(page), 'before the update');
    await pauseOn(page, surface);
    await page.keyboard.press('Escape');
    // The extension is updated (reloaded) under the open page: its content script's context is invalidated
    // when the old extension unloads, before the updated one starts its worker.
    const updated = browser.context.waitForEvent('serviceworker');
    await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
    await updated;
    await surface.button(page).click();
    await waitUntil(() => published(page), (records) => records.length === 1, 'the post to go out untouched');
    expect(await pauseDialog(page).count()).toBe(0);
    expect(await page.locator('postpause-root').count()).toBe(0);
    expect(errors).toEqual([]);
  }));

  it('lets no page script decide for the user: forged clicks and keys on the dialog do nothing', () => withBrowser(async (browser) => {
    const surface = surfaces.xHome;
    const page = await compose(browser, surface, 'Na de verkiezingen: only I decide');
    await pauseOn(page, surface);
    // The page's own world reaches into our open shadow root and forges what a user would do.
    await page.evaluate(() => {
      const root = document.querySelector('postpause-root')!.shadowRoot!;
      const dialog = root.querySelector('dialog')!;
      root.querySelector<HTMLButtonElement>('[data-testid="pp-post-anyway"]')!.click();
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      root.querySelector<HTMLButtonElement>('[data-testid="pp-keep-editing"]')!.click();
      root.querySelector<HTMLElement>('details summary')?.click();
    });
    await afterTwoFrames(page);
    expect(await pauseDialog(page).count()).toBe(1);
    expect(await published(page)).toEqual([]);
    await postAnyway(page);
    const [record] = await expectPublished(page, 1);
    expect(record!.texts).toEqual(['Na de verkiezingen: only I decide']);
  }));
});
