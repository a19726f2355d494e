/**
 * LinkedIn's share composers beyond "Start a post" (docs/evidence/linkedin.md): the company page's admin composer,
 * scheduling in the SDUI share dialog, "Edit post" and "Edit comment", and an image's alternative text. Each pauses
 * where it publishes (never on the schedule view's Confirm), shows what goes out, and publishes once.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../../src/core/i18n/messages.ts';
import { LINKEDIN, PNG, SDUI, SURFACES, type SurfaceLocators } from '../pages/locators.mjs';
import {
  afterTwoFrames, expectPublished, firstPauseOfTheDay, openPage, pauseDialog, postAnyway, previewParts, published, typeInto, useBrowser,
} from './helpers.ts';

const browser = useBrowser();


/** Presses the button and waits for the pause, which shows the draft in full. */
async function pauseOn(page: Page, surface: SurfaceLocators) {
  await firstPauseOfTheDay(browser(), page);
  await surface.button(page).click();
  await pauseDialog(page).waitFor();
}

/** Posts anyway; where the site ignored the replayed click (SDUI's share dialog), presses the button once more. */
async function postThrough(page: Page, surface: SurfaceLocators, ignoresReplay: boolean) {
  await postAnyway(page);
  if (ignoresReplay) {
    await page.getByText(en.pressAgain).first().waitFor();
    expect(await published(page)).toEqual([]);
    await surface.button(page).click();
  }
  return (await expectPublished(page, 1))[0]!;
}

const nothingHappens = async (page: Page) => {
  await afterTwoFrames(page);
  expect(await pauseDialog(page).count()).toBe(0);
  expect(await published(page)).toEqual([]);
};

describe('LinkedIn company page admin composer', () => {
  it('a dialog with a plain [role=textbox] and "Post": pauses; posts once, as the company', async () => {
    const surface = SURFACES.sduiCompanyPost;
    const page = await openPage(browser(), surface.url);
    await surface.reveal(page);
    const shape = await surface.editor(page).evaluate((editor) => ({
      key: editor.closest('[componentkey]')?.getAttribute('componentkey') ?? null,
      screen: editor.closest('[data-sdui-screen]') !== null,
      label: editor.getAttribute('aria-label'),
    }));
    expect(shape).toEqual({ key: null, screen: false, label: 'Text editor for creating content' });
    expect(await surface.button(page).isDisabled()).toBe(true);
    const text = 'Northwind is hiring two site engineers in Zwolle.';
    await typeInto(page, surface.editor(page), text);
    await pauseOn(page, surface);
    expect(await previewParts(page)).toEqual([text]);
    expect(await postThrough(page, surface, false)).toMatchObject({ surface: 'company-post', texts: [text] });
    await page.getByText(text).waitFor();
    await page.close();
  });
});

describe('LinkedIn SDUI schedule', () => {
  it('the clock swaps in the schedule view; Back and Confirm never pause; "Schedule" pauses; one scheduled post', async () => {
    const surface = SURFACES.sduiShare;
    const page = await openPage(browser(), surface.url);
    await surface.reveal(page);
    const text = 'Our quarterly figures, tomorrow at nine.';
    await typeInto(page, surface.editor(page), text);

    await SDUI.scheduleClock(page).click();
    await SDUI.datePicker(page).waitFor();
    // The same <dialog>, the compose screen (and its editor) replaced.
    expect(await page.locator('dialog[open]').count()).toBe(1);
    expect(await SDUI.shareEditor(page).count()).toBe(0);
    await SDUI.scheduleBack(page).click();
    await nothingHappens(page);
    expect(await SDUI.shareEditor(page).textContent()).toBe(text);
    expect(await surface.button(page).count()).toBe(1);

    await SDUI.scheduleClock(page).click();
    await SDUI.timePicker(page).fill('9:00 AM');
    await SDUI.scheduleConfirm(page).click();
    await nothingHappens(page);
    const schedule = SURFACES.sduiSchedule;
    await schedule.button(page).waitFor();
    expect(await SDUI.shareEditor(page).textContent()).toBe(text);
    expect(await surface.button(page).count()).toBe(0);

    await pauseOn(page, schedule);
    expect(await previewParts(page)).toEqual([text]);
    expect(await postThrough(page, schedule, true)).toMatchObject({ surface: 'schedule', texts: [text] });
    await page.close();
  });
});

describe('LinkedIn edits', () => {
  it.each([
    ['SDUI "Edit post": the share dialog with the text, "Save"', SURFACES.sduiEditPost, SDUI.postMenu('Pat Pause'), SDUI.menuEntry('Edit post'), 'edit-post', true],
    ['classic "Edit post": the share modal with the text, "Save"', SURFACES.linkedinEditPost, LINKEDIN.postMenu('Pat Pause'), LINKEDIN.menuEntry('Edit post'), 'edit-post', false],
    ['SDUI "Edit comment": the comment row holds a box with the text, "Save changes"', SURFACES.sduiEditComment, SDUI.commentMenu('Pat Pause'), SDUI.menuEntry('Edit comment'), 'edit-comment', false],
    ['classic "Edit comment": a comment box with the text, "Save changes"', SURFACES.linkedinEditComment, LINKEDIN.commentMenu('Pat Pause'), LINKEDIN.menuEntry('Edit comment'), 'edit-comment', false],
  ])('%s: pauses; saved once', async (_, surface, menu, entry, record, ignoresReplay) => {
    const page = await openPage(browser(), surface.url);
    const before = await page.evaluate(() => document.body.innerText);
    await menu(page).click();
    await entry(page).click();
    await surface.editor(page).waitFor();
    const original = (await surface.editor(page).textContent())!;
    expect(before).toContain(original);
    expect(original.length).toBeGreaterThan(10);
    expect(await surface.button(page).isEnabled()).toBe(true);
    // Add to the end of the text (the editor opens with the caret there).
    await page.keyboard.type(' Update: thanks all!');
    const text = `${original} Update: thanks all!`;
    await pauseOn(page, surface);
    expect(await previewParts(page)).toEqual([text]);
    expect(await postThrough(page, surface, ignoresReplay)).toMatchObject({ surface: record, texts: [text] });
    await page.getByText(text).waitFor();
    await page.close();
  });
});

describe('LinkedIn alternative text', () => {
  it.each([
    ['SDUI', SURFACES.sduiShare, SDUI, true],
    ['classic', SURFACES.linkedinShare, LINKEDIN, false],
  ])('%s: the image\'s description shows in the pause with its words flagged; the post goes out once', async (_, surface, site, ignoresReplay) => {
    const page = await openPage(browser(), surface.url);
    await surface.reveal(page);
    const text = 'A new bridge for the city.';
    await typeInto(page, surface.editor(page), text);
    await site.addMedia(page).click();
    await site.mediaFile(page).setInputFiles(PNG);
    await site.altTextButton(page).click();
    const alt = 'Campaign posters for the verkiezingen on the bridge';
    await site.altText(page).fill(alt);
    await site.addAltText(page).click();
    // "Add" and "Next" in the image editor publish nothing.
    await nothingHappens(page);
    await site.mediaNext(page).click();
    await nothingHappens(page);
    await surface.editor(page).waitFor();
    expect(await surface.editor(page).textContent()).toBe(text);
    await pauseOn(page, surface);
    const dialog = pauseDialog(page);
    expect(await previewParts(page)).toEqual([text, alt]);
    expect(await dialog.locator('figure[data-kind="alt"] figcaption').textContent()).toBe(en.partAlt);
    expect(await dialog.locator('figure[data-kind="alt"] mark').allTextContents()).toEqual(['verkiezingen']);
    expect(await postThrough(page, surface, ignoresReplay)).toMatchObject({ surface: 'share', texts: [text] });
    await page.close();
  });
});
