/**
 * LinkedIn messaging is never paused (docs/evidence/linkedin.md#messaging): the new messaging inside the open shadow
 * root of #interop-outlet (hashed classes, a `[role=textbox]` labelled "Write a message…", Send `button[type=submit]`)
 * and the classic `.msg-form`, with "Click Send" and with "Press Enter to Send". A message goes out at once, is not
 * counted as a missed post, and is no compose box in the popup.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { format } from '../../src/core/i18n/messages.ts';
import { pagesEn } from '../../src/core/i18n/pages.ts';
import { inDutch, PAGES, SURFACES } from '../pages/locators.mjs';
import {
  afterTwoFrames, expectPublished, openPage, openPopupFor, pauseDialog, settled, typeInto, useBrowser,
} from './helpers.ts';

const browser = useBrowser();

// The popup reports on the first tab whose content script answers for LinkedIn: no tab of a test may outlive it.
afterEach(async () => {
  for (const page of browser().context.pages()) if (page.url().startsWith('https://www.linkedin.com/')) await page.close();
});

/** What the popup says of the open LinkedIn page: the compose boxes found, and a missed post if any. */
async function popupReport() {
  const popup = await openPopupFor(browser(), 'linkedin');
  await popup.getByTestId('composers').waitFor();
  const missed = popup.getByTestId('missed');
  const report = { composers: await popup.getByTestId('composers').textContent(), missed: (await missed.count()) ? await missed.textContent() : null };
  await popup.close();
  return report;
}

/** Waits past the self-check's last look (2 s after a press). */
const afterTheLastLook = () => settled(browser(), 'linkedin');

const CASES = [
  ['the new messaging in #interop-outlet\'s shadow root, Send', PAGES.linkedinSduiMessaging, SURFACES.sduiMessage, 'click'],
  ['the new messaging, Press Enter to Send', PAGES.linkedinSduiMessagingEnter, SURFACES.sduiMessage, 'enter'],
  ['classic .msg-form, Send', PAGES.linkedinMessaging, SURFACES.linkedinMessage, 'click'],
  ['classic .msg-form, Press Enter to Send', PAGES.linkedinMessagingEnter, SURFACES.linkedinMessage, 'enter'],
  ['the new messaging in Dutch ("Schrijf een bericht…")', inDutch(PAGES.linkedinSduiMessaging), {
    editor: (page: Page) => page.locator('#interop-outlet [role="textbox"]'), button: (page: Page) => page.locator('#interop-outlet button[type="submit"]'),
  }, 'click'],
] as const;

describe('LinkedIn messaging', () => {
  it('renders the new messaging inside the open shadow root of #interop-outlet, with no .msg-* class', async () => {
    const page = await openPage(browser(), PAGES.linkedinSduiMessaging);
    await SURFACES.sduiMessage.editor(page).waitFor();
    const shape = await page.evaluate(() => {
      const host = document.querySelector('#interop-outlet[data-testid="interop-shadowdom"]');
      const root = host?.shadowRoot;
      const editor = root?.querySelector('[role="textbox"][contenteditable="true"]');
      return {
        inLightDom: document.querySelector('[aria-label^="Write a message"]') !== null,
        label: editor?.getAttribute('aria-label'),
        send: root?.querySelector('button[type="submit"]')?.textContent,
        msgClasses: root?.querySelectorAll('[class*="msg-"]').length,
      };
    });
    expect(shape).toEqual({ inLightDom: false, label: 'Write a message…', send: 'Send', msgClasses: 0 });
    await page.close();
  });

  it.each(CASES)('%s: sends at once, with no pause, and counts no missed post', async (_, url, surface, send) => {
    const page = await openPage(browser(), url);
    const text = 'See you at the site visit, Tom';
    await typeInto(page, surface.editor(page), text);
    if (send === 'enter') {
      expect(await surface.button(page).count()).toBe(0);
      await page.keyboard.press('Enter');
    } else await surface.button(page).click();
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'message', texts: [text] });
    await afterTwoFrames(page);
    expect(await pauseDialog(page).count()).toBe(0);
    await afterTheLastLook();
    expect(await popupReport()).toEqual({ composers: format(pagesEn.composersFound, { n: 0 }), missed: null });
    await page.close();
  });

  it('Shift+Enter breaks the line with Press Enter to Send; the message goes out whole', async () => {
    const surface = SURFACES.sduiMessage;
    const page = await openPage(browser(), PAGES.linkedinSduiMessagingEnter);
    await surface.editor(page).click();
    await page.keyboard.type('First line');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    await page.keyboard.press('Enter');
    const [record] = await expectPublished(page, 1);
    expect(record!.texts).toEqual(['First line\nsecond line']);
    expect(await pauseDialog(page).count()).toBe(0);
    await page.close();
  });
});
