/**
 * Who a LinkedIn comment, reply or repost goes to: the author of the post it is on, as the page shows the post's
 * actor (classic `.update-components-actor__title`; SDUI the name beside `feed-actor-image`). With that author on one
 * of the code's audience lists the pause says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { en, format } from '../../src/core/i18n/messages.ts';
import { SDUI, SURFACES, type SurfaceLocators } from '../pages/locators.mjs';
import { expectPublished, openPage, pauseDialog, postAnyway, typeInto, useBrowser, waitUntil } from './helpers.ts';

const browser = useBrowser();
declare const chrome: typeof import('webextension-polyfill');

const CLIENTS = { id: 'clients', label: 'Clients', guidance: 'Speak for yourself, not for the client.', handles: [], names: ['Maria Jansen'] };

// The code's audiences come with the employer's policy; here the page configuration the service worker prepares from
// one is given them directly.
beforeAll(async () => {
  await browser().worker.evaluate(async (audience) => {
    const { pageConfig } = await chrome.storage.local.get('pageConfig');
    await chrome.storage.local.set({ pageConfig: { ...(pageConfig as object), audiences: [audience] } });
  }, CLIENTS);
  await waitUntil(() => browser().worker.evaluate(async () => ((await chrome.storage.local.get('pageConfig')).pageConfig as { audiences: unknown[] }).audiences.length), (n) => n === 1, 'the audience');
});

const note = (page: Page) => pauseDialog(page).getByTestId('pp-audience').textContent();
const writingTo = format(en.audienceTo, { account: 'Maria Jansen', list: 'Clients' });

describe('LinkedIn addressees', () => {
  it.each([
    ['SDUI comment', SURFACES.sduiComment, undefined],
    ['SDUI reply to a comment on the post', SURFACES.sduiReply, (page: Page) => SDUI.replyTo('Tom Peters')(page).click()],
    ['SDUI post-page comment', SURFACES.sduiPostComment, undefined],
    ['classic comment', SURFACES.linkedinComment, undefined],
    ['classic reply', SURFACES.linkedinReply, SURFACES.linkedinReply.reveal],
  ] as [string, SurfaceLocators, ((page: Page) => unknown) | undefined][])('%s on Maria Jansen\'s post: "You are writing to Maria Jansen"', async (_, surface, reveal) => {
    const page = await openPage(browser(), surface.url);
    if (reveal) await reveal(page);
    await typeInto(page, surface.editor(page), 'Well done');
    await surface.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await note(page)).toContain(writingTo);
    await postAnyway(page);
    await expectPublished(page, 1);
    await page.close();
  });

  it('an SDUI instant repost of her post says so too', async () => {
    const page = await openPage(browser(), SURFACES.sduiComment.url);
    await SDUI.repostOf('Maria Jansen')(page).click();
    await SDUI.menuEntry('Repost')(page).click();
    await pauseDialog(page).waitFor();
    expect(await note(page)).toContain(writingTo);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('a comment on another member\'s post says nothing of her', async () => {
    const page = await openPage(browser(), SURFACES.sduiComment.url);
    const editor = page.locator('[role="listitem"]:has(button[aria-label="Open control menu for post by Ravi Kumar"]) [role="textbox"]');
    await typeInto(page, editor, 'Number 3!');
    await page.locator('[role="listitem"]:has(button[aria-label="Open control menu for post by Ravi Kumar"]) button[data-view-name="comment-post"]').click();
    await pauseDialog(page).waitFor();
    expect(await pauseDialog(page).getByTestId('pp-audience').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.close();
  });
});
