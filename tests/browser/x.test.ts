/** X specifics: threads, several composers at once, single-page navigation, double presses. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { X } from '../pages/locators.mjs';
import { surfaces } from './surfaces.ts';
import {
  compose, expectPublished, keepEditing, openPage, pauseDialog, postAnyway, postPaused, postThroughPause, previewParts, published,
  SHORTCUT, typeInto, useBrowser,
} from './helpers.ts';

const browser = useBrowser();

const home = surfaces.xHome;
const modal = surfaces.xModal;

/** A draft in the home timeline's composer and another in the compose modal above it. */
async function twoDrafts(inline: string, inModal: string): Promise<Page> {
  const page = await compose(browser(), home, inline);
  await modal.reveal(page);
  await typeInto(page, modal.editor(page), inModal);
  return page;
}

describe('X', () => {
  it('reads every post of a thread and publishes "Post all" once', async () => {
    const page = await compose(browser(), modal, 'Thread start');
    await X.addPost(page).click();
    await typeInto(page, X.threadEditor(1)(page), 'Second post\nwith two lines');
    await X.addPost(page).click();
    await typeInto(page, X.threadEditor(2)(page), 'Third');
    await modal.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual(['Thread start', 'Second post\nwith two lines', 'Third']);
    await expect(page.getByText('Post 2 of 3').count()).resolves.toBe(1);
    await postAnyway(page);
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'modal', texts: ['Thread start', 'Second post\nwith two lines', 'Third'] });
    await page.close();
  });

  it('acts on the composer that owns the pressed button when two are open', async () => {
    const page = await twoDrafts('inline draft', 'modal draft');
    await modal.button(page).click();
    expect(await postPaused(page, 'modal draft')).toMatchObject({ surface: 'modal', texts: ['modal draft'] });
    // The inline draft under the modal was not touched, and is its own composer.
    await home.button(page).click();
    expect(await postPaused(page, 'inline draft', 2)).toMatchObject({ surface: 'home', texts: ['inline draft'] });
    await page.close();
  });

  it('acts on the focused editor for the shortcut when two are open', async () => {
    const page = await twoDrafts('inline only', 'modal only');
    await page.keyboard.press(SHORTCUT);
    expect(await previewParts(page)).toEqual(['modal only']);
    await keepEditing(page);
    await page.close();
  });

  it('covers a composer that appears after single-page navigation', async () => {
    const reply = surfaces.xInlineReply;
    const page = await openPage(browser(), home.url);
    await X.statusLink(page).click();
    await page.waitForURL(/\/status\//);
    expect(await postThroughPause(page, reply, 'A reply after navigation')).toMatchObject({ surface: 'inline-reply' });
    await page.close();
  });

  it('gives one dialog and one post for a double click, a second press and the shortcut together', async () => {
    const page = await compose(browser(), home, 'only once');
    await home.button(page).dblclick();
    await pauseDialog(page).waitFor();
    // The dialog is modal: a press that still reaches the page is swallowed, never a second dialog.
    await home.button(page).dispatchEvent('click');
    await page.keyboard.press(SHORTCUT);
    expect(await pauseDialog(page).count()).toBe(1);
    await postAnyway(page);
    await expectPublished(page, 1);
    expect(await pauseDialog(page).count()).toBe(0);
    await page.close();
  });

  it('pauses on Enter and on Space on a focused Post button', async () => {
    const page = await compose(browser(), home, 'keyboard user');
    for (const key of ['Enter', 'Space']) {
      await home.button(page).focus();
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
    const page = await openPage(browser(), home.url);
    await home.editor(page).click();
    await page.keyboard.press(SHORTCUT);
    await home.button(page).click({ force: true });
    expect(await pauseDialog(page).count()).toBe(0);
    await page.close();
  });
});
