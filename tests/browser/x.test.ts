/** X specifics: threads, several composers at once, single-page navigation, double presses. */
import { describe, expect, it } from 'vitest';
import {
  expectPublished, keepEditing, openPage, pauseDialog, postAnyway, previewParts, published,
  SHORTCUT, typeInto, useBrowser,
} from './helpers.ts';

const browser = useBrowser();

const inlineEditor = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const inlineButton = '[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]';

describe('X', () => {
  it('reads every post of a thread and publishes "Post all" once', async () => {
    const page = await openPage(browser(), 'https://x.com/home');
    await page.locator('a[data-testid="SideNav_NewTweet_Button"]').click();
    await typeInto(page, page.locator('#layers [data-testid="tweetTextarea_0"]'), 'Thread start');
    await page.locator('#layers [data-testid="addButton"]').click();
    await typeInto(page, page.locator('#layers [data-testid="tweetTextarea_1"]'), 'Second post\nwith two lines');
    await page.locator('#layers [data-testid="addButton"]').click();
    await typeInto(page, page.locator('#layers [data-testid="tweetTextarea_2"]'), 'Third');
    await page.locator('#layers [data-testid="tweetButton"]').click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual(['Thread start', 'Second post\nwith two lines', 'Third']);
    await expect(page.getByText('Post 2 of 3').count()).resolves.toBe(1);
    await postAnyway(page);
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'modal', texts: ['Thread start', 'Second post\nwith two lines', 'Third'] });
    await page.close();
  });

  it('acts on the composer that owns the pressed button when two are open', async () => {
    const page = await openPage(browser(), 'https://x.com/home');
    await typeInto(page, page.locator(inlineEditor), 'inline draft');
    await page.locator('a[data-testid="SideNav_NewTweet_Button"]').click();
    await typeInto(page, page.locator('#layers [data-testid="tweetTextarea_0"]'), 'modal draft');
    await page.locator('#layers [data-testid="tweetButton"]').click();
    expect(await previewParts(page)).toEqual(['modal draft']);
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'modal', texts: ['modal draft'] });
    // The inline draft under the modal was not touched, and is its own composer.
    await page.locator(inlineButton).click();
    expect(await previewParts(page)).toEqual(['inline draft']);
    await postAnyway(page);
    expect((await expectPublished(page, 2))[1]).toMatchObject({ surface: 'home', texts: ['inline draft'] });
    await page.close();
  });

  it('acts on the focused editor for the shortcut when two are open', async () => {
    const page = await openPage(browser(), 'https://x.com/home');
    await typeInto(page, page.locator(inlineEditor), 'inline only');
    await page.locator('a[data-testid="SideNav_NewTweet_Button"]').click();
    await typeInto(page, page.locator('#layers [data-testid="tweetTextarea_0"]'), 'modal only');
    await page.keyboard.press(SHORTCUT);
    expect(await previewParts(page)).toEqual(['modal only']);
    await keepEditing(page);
    await page.close();
  });

  it('covers a composer that appears after single-page navigation', async () => {
    const page = await openPage(browser(), 'https://x.com/home');
    await page.locator('article a[href*="/status/"]').first().click();
    await page.waitForURL(/\/status\//);
    const editor = page.locator('main [data-testid="tweetTextarea_0"]');
    await typeInto(page, editor, 'A reply after navigation');
    await page.locator('main [data-testid="tweetButtonInline"]').click();
    expect(await previewParts(page)).toEqual(['A reply after navigation']);
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'inline-reply' });
    await page.close();
  });

  it('gives one dialog and one post for a double click, a second press and the shortcut together', async () => {
    const page = await openPage(browser(), 'https://x.com/home');
    await typeInto(page, page.locator(inlineEditor), 'only once');
    await page.locator(inlineButton).dblclick();
    await pauseDialog(page).waitFor();
    // The dialog is modal: a press that still reaches the page is swallowed, never a second dialog.
    await page.locator(inlineButton).dispatchEvent('click');
    await page.keyboard.press(SHORTCUT);
    expect(await pauseDialog(page).count()).toBe(1);
    await postAnyway(page);
    await expectPublished(page, 1);
    expect(await pauseDialog(page).count()).toBe(0);
    await page.close();
  });

  it('pauses on Enter and on Space on a focused Post button', async () => {
    const page = await openPage(browser(), 'https://x.com/home');
    await typeInto(page, page.locator(inlineEditor), 'keyboard user');
    for (const key of ['Enter', 'Space']) {
      await page.locator(inlineButton).focus();
      await page.keyboard.press(key);
      await pauseDialog(page).waitFor();
      expect(await published(page)).toEqual([]);
      await keepEditing(page);
      await pauseDialog(page).waitFor({ state: 'detached' });
    }
    expect(await published(page)).toEqual([]);
    await page.close();
  });

  it('does not pause an empty composer, whose button the site disabled', async () => {
    const page = await openPage(browser(), 'https://x.com/home');
    await page.locator(inlineEditor).click();
    await page.keyboard.press(SHORTCUT);
    await page.locator(inlineButton).click({ force: true });
    expect(await pauseDialog(page).count()).toBe(0);
    await page.close();
  });
});
