/**
 * Never paused (docs/evidence/x.md#direct-messages, #grok): XChat at /i/chat, inside an open shadow root of
 * [data-testid="xchatEmbedRoute"] (form dm-composer-form, textarea dm-composer-textarea, send
 * dm-composer-send-button; Enter sends), and Grok at /i/grok (a textarea "Ask anything" and a send button).
 * What is sent goes out with no pause, and the self-check does not count it as a missed post.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { inDutch, SURFACES, X } from '../pages/locators.mjs';
import {
  expectPublished, openPage, pauseDialog, popupReport, published, settled, SHORTCUT, typeInto, useBrowser, waitUntil,
} from './helpers.ts';

const browser = useBrowser();
afterEach(async () => {
  for (const open of browser().context.pages()) if (open.url().startsWith('https://')) await open.close();
});

/** Flagged words: a post with them would be paused. */
const TEXT = 'Na de verkiezingen: zullen we bellen?';

const report = () => popupReport(browser(), 'x');

/** Past the self-check's last look: no pause, no missed post, and no compose box reported. */
async function expectNeverPaused(page: Page) {
  await settled(browser(), 'x');
  expect(await pauseDialog(page).count()).toBe(0);
  expect(await report()).toMatchObject({ composers: 0, warning: null });
}

describe('XChat (in an open shadow root)', () => {
  const chat = SURFACES.xChat;

  it('Enter sends at once: no pause, not a missed post', async () => {
    const page = await openPage(browser(), chat.url);
    expect(await page.locator('[data-testid="xchatEmbedRoute"]').evaluate((host) => host.shadowRoot?.mode)).toBe('open');
    await typeInto(page, chat.editor(page), TEXT);
    await page.keyboard.press('Enter');
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'chat', texts: [TEXT], via: 'shortcut' });
    expect(await chat.editor(page).inputValue()).toBe('');
    await expectNeverPaused(page);
  });

  it('the send button and Ctrl+Enter send at once too', async () => {
    const page = await openPage(browser(), chat.url);
    await typeInto(page, chat.editor(page), TEXT);
    await chat.button(page).click();
    await typeInto(page, chat.editor(page), `${TEXT} (2)`);
    await page.keyboard.press(SHORTCUT);
    const records = await expectPublished(page, 2);
    expect(records.map((r) => [r.surface, r.texts[0]])).toEqual([['chat', TEXT], ['chat', `${TEXT} (2)`]]);
    await expectNeverPaused(page);
  });

  it('20 messages on one page, none paused, doubled or lost', async () => {
    const page = await openPage(browser(), chat.url);
    for (let n = 1; n <= 20; n++) {
      await typeInto(page, chat.editor(page), `message ${n} verkiezingen`);
      await (n % 2 ? page.keyboard.press('Enter') : chat.button(page).click());
      await waitUntil(() => published(page), (records) => records.length === n, `message ${n}`);
    }
    const records = await expectPublished(page, 20);
    expect(records.map((r) => r.texts[0])).toEqual(Array.from({ length: 20 }, (_, i) => `message ${i + 1} verkiezingen`));
    await expectNeverPaused(page);
  });

  it('drift, XChat\'s own test ids gone inside the shadow root: still never counted as a missed post', async () => {
    const page = await browser().context.newPage();
    // Runs in the page before it renders: XChat's bundle drops its dm-composer-* test ids (the host keeps its own).
    await page.addInitScript(() => {
      const strip = (root: ParentNode) => root.querySelectorAll('[data-testid^="dm-composer"]').forEach((el) => el.removeAttribute('data-testid'));
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const shadow = attach.call(this, init);
        queueMicrotask(() => strip(shadow));
        new MutationObserver(() => strip(shadow)).observe(shadow, { subtree: true, childList: true });
        return shadow;
      };
    });
    await page.goto(SURFACES.xChat.url);
    await page.waitForFunction(() => window.__pp_ready === true);
    const editor = page.locator('[data-testid="xchatEmbedRoute"] textarea');
    await typeInto(page, editor, TEXT);
    await page.keyboard.press(SHORTCUT);
    await expectPublished(page, 1);
    await expectNeverPaused(page);
  });
});

describe('Grok', () => {
  const grok = SURFACES.xGrok;

  it('Enter and the send button ask at once: no pause, not a missed post', async () => {
    const page = await openPage(browser(), grok.url);
    await typeInto(page, grok.editor(page), TEXT);
    await page.keyboard.press('Enter');
    await typeInto(page, grok.editor(page), `${TEXT} (2)`);
    await grok.button(page).click();
    const records = await expectPublished(page, 2);
    expect(records.map((r) => [r.surface, r.texts[0]])).toEqual([['grok', TEXT], ['grok', `${TEXT} (2)`]]);
    await expectNeverPaused(page);
  });

  it('in Dutch ("Vraag wat je maar wil"), Ctrl+Enter asks at once: no pause, not a missed post', async () => {
    const page = await openPage(browser(), inDutch(grok.url));
    const editor = page.getByPlaceholder('Vraag wat je maar wil');
    await typeInto(page, editor, TEXT);
    await page.keyboard.press(SHORTCUT);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'grok', texts: [TEXT] });
    await expectNeverPaused(page);
  });

  it('20 questions on one page, none paused, doubled or lost', async () => {
    const page = await openPage(browser(), grok.url);
    for (let n = 1; n <= 20; n++) {
      await typeInto(page, grok.editor(page), `question ${n} verkiezingen`);
      await (n % 2 ? page.keyboard.press(SHORTCUT) : grok.button(page).click());
      await waitUntil(() => published(page), (records) => records.length === n, `question ${n}`);
    }
    await expectPublished(page, 20);
    await expectNeverPaused(page);
  });

  it('after navigating from the home timeline\'s draft to Grok, nothing is paused or counted', async () => {
    const page = await openPage(browser(), SURFACES.xHome.url);
    await typeInto(page, SURFACES.xHome.editor(page), 'A draft I leave');
    await page.getByRole('link', { name: 'Grok', exact: true }).click();
    await page.waitForURL(/\/i\/grok$/);
    await typeInto(page, X.grokTextarea(page), TEXT);
    await page.keyboard.press(SHORTCUT);
    await expectPublished(page, 1);
    await expectNeverPaused(page);
  });
});
