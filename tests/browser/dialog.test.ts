/** The pause dialog as a user meets it: the countdown, the keyboard, the language, the layers above the site. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inDutch } from '../pages/locators.mjs';
import { surfaces } from './surfaces.ts';
import {
  compose, contentStatus, expectPublished, keepEditing, openPage, pauseDialog, pauseOn, postAnyway, published, QUESTION,
  setOptions, typeInto, useBrowser, waitUntil,
} from './helpers.ts';
import { en, format, nl } from '../../src/core/i18n/messages.ts';

const browser = useBrowser({});
const home = surfaces.xHome;

async function pauseOnX(page: Page, text = 'A draft', lang: 'en' | 'nl' = 'en') {
  await typeInto(page, home.editor(page), text);
  await home.button(page).click();
  await pauseDialog(page, lang).waitFor();
}

/** The focused element, looking inside our shadow root. */
const focusedTestId = (page: Page) =>
  page.evaluate(() => document.querySelector('postpause-root')?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? null);

describe('the pause dialog', () => {
  it('holds "Post anyway" for the default 3 seconds with a visible countdown when a topic is flagged, then posts once', async () => {
    await setOptions(browser(), { pauseSeconds: 3 });
    const page = await openPage(browser(), home.url);
    await pauseOnX(page, 'Wie stemt er na de verkiezingen nog?');
    const post = pauseDialog(page).getByRole('button', { name: en.postAnyway, exact: true });
    expect(await post.isDisabled()).toBe(true);
    expect(await page.getByText(format(en.countdown, { n: 3 })).isVisible()).toBe(true);
    const started = Date.now();
    await post.click({ timeout: 6000 });
    expect(Date.now() - started).toBeGreaterThan(1800);
    await expectPublished(page, 1);
    await page.close();
  });

  it('lets an unflagged draft be posted at once (calmPauseSeconds 0), with the question still asked', async () => {
    await setOptions(browser(), { pauseSeconds: 3 });
    const page = await openPage(browser(), home.url);
    await pauseOnX(page, 'Our bridge opened today');
    expect(await pauseDialog(page).getByRole('button', { name: en.postAnyway, exact: true }).isDisabled()).toBe(false);
    expect(await pauseDialog(page).getByTestId('pp-countdown').isVisible()).toBe(false);
    await postAnyway(page);
    await expectPublished(page, 1);
    await page.close();
  });

  it('starts on "Keep editing" and keeps Tab inside the dialog', async () => {
    await setOptions(browser(), { pauseSeconds: 0 });
    const page = await openPage(browser(), home.url);
    await pauseOnX(page);
    expect(await focusedTestId(page)).toBe('pp-keep-editing');
    const seen = new Set<string | null>();
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      seen.add(await focusedTestId(page));
    }
    expect([...seen].sort()).toEqual(['pp-keep-editing', 'pp-post-anyway']);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedTestId(page)).not.toBeNull();
    await keepEditing(page);
    await page.close();
  });

  it('sits above the site\'s own modal and takes the pointer', async () => {
    await setOptions(browser(), { pauseSeconds: 0 });
    const modal = surfaces.xModal;
    const page = await compose(browser(), modal, 'over the modal');
    await pauseOn(page, modal);
    const box = (await pauseDialog(page).boundingBox())!;
    const topmost = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.localName, [box.x + box.width / 2, box.y + 10]);
    expect(topmost).toBe('postpause-root');
    // A real click there reaches our dialog, not the site's modal below.
    await pauseDialog(page).getByRole('button', { name: en.postAnyway, exact: true }).click();
    await expectPublished(page, 1);
    await page.close();
  });

  it('looks dark on a dark site and light on a light one', async () => {
    await setOptions(browser(), { pauseSeconds: 0 });
    const page = await openPage(browser(), home.url);
    const background = () => pauseDialog(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    await pauseOnX(page, 'light site');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await keepEditing(page);
    // X's "Lights out".
    await page.evaluate(() => (document.body.style.backgroundColor = 'rgb(0, 0, 0)'));
    await pauseOn(page, home);
    expect(await page.locator('postpause-root').getAttribute('data-theme')).toBe('dark');
    expect(await background()).toBe('rgb(22, 24, 28)');
    await keepEditing(page);
    await page.close();
  });

  it('speaks Dutch when the language is Dutch', async () => {
    await setOptions(browser(), { pauseSeconds: 0, language: 'nl' });
    const page = await openPage(browser(), inDutch(home.url));
    await pauseOnX(page, 'Mooi werk vandaag', 'nl');
    expect(await pauseDialog(page, 'nl').getByRole('button', { name: nl.keepEditing, exact: true }).count()).toBe(1);
    expect(await page.getByText(nl.profileNoCompany).count()).toBe(1);
    await postAnyway(page, nl.postAnyway);
    await expectPublished(page, 1);
    await setOptions(browser(), { pauseSeconds: 0 });
    await page.close();
  });

  it('applies a changed setting to an open page without a reload', async () => {
    await setOptions(browser(), { pauseSeconds: 0 });
    const page = await openPage(browser(), home.url);
    await setOptions(browser(), { pauseSeconds: 0, enabled: false });
    await typeInto(page, home.editor(page), 'no pause now');
    await waitUntil(() => contentStatus(browser(), 'x'), (found) => found?.status.active === false, 'the open page to be switched off');
    await home.button(page).click();
    await expectPublished(page, 1);
    expect(await page.getByRole('dialog', { name: QUESTION.en }).count()).toBe(0);
    await setOptions(browser(), { pauseSeconds: 0 });
    expect((await published(page))[0]!.texts).toEqual(['no pause now']);
    await page.close();
  });
});
