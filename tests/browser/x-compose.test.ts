/**
 * What X's composers do besides a plain post (docs/evidence/x.md): a scheduled post ("Schedule" after the date
 * sheet's "Confirm"), an edit ("Update"), a poll's options and an image's description (public with the post, so
 * shown and matched in the pause), and X's own publish shortcut (Draft's hasCommandModifier + Enter).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { inDutch, PAGES, SURFACES, WITHOUT_HOOKS, X } from '../pages/locators.mjs';
import { applyDrift } from '../support/drift.mjs';
import {
  afterTwoFrames, expectPublished, expectQuietAfter, keepEditing, openPage, pauseDialog, popupReport, postAnyway, previewParts, published, SHORTCUT, typeInto, useBrowser, waitUntil,
} from './helpers.ts';

const browser = useBrowser();
afterEach(async () => {
  for (const open of browser().context.pages()) if (open.url().startsWith('https://')) await open.close();
});

const PICTURE = join(mkdtempSync(join(tmpdir(), 'postpause-x-')), 'poster.png');
writeFileSync(PICTURE, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

/** Flagged, so the pause shows the draft whole (a calm pause may be compact). */
const TEXT = 'Na de verkiezingen: what do you think?';

const report = () => popupReport(browser(), 'x');


async function typeAtEnd(page: Page, text: string) {
  await page.locator('#layers [role="dialog"] [role="textbox"]').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** The words the pause marks, and the caption of each part. */
const marked = (page: Page) => pauseDialog(page).locator('[data-testid="pp-preview"] mark').allTextContents();
const captions = (page: Page) => pauseDialog(page).locator('[data-testid="pp-preview"] figure').evaluateAll((parts) => parts.map((p) => p.querySelector('figcaption')?.textContent ?? ''));

/** Attaches an image in the modal and saves `description` for it in X's media editor. */
async function describeImage(page: Page, description: string) {
  await X.fileInput(page).setInputFiles(PICTURE);
  await X.altTextLink(page).click();
  await X.altTextInput(page).fill(description);
  await X.saveMedia(page).click();
  await X.altTextInput(page).waitFor({ state: 'detached' });
}

describe('X schedule', () => {
  const surface = SURFACES.xSchedule;

  it('confirming the date never pauses; "Schedule" pauses once and schedules one post', async () => {
    const page = await openPage(browser(), surface.url);
    await X.newPost(page).click();
    await typeInto(page, X.threadEditor(0)(page), TEXT);
    await X.scheduleOption(page).click();
    await page.waitForURL(/\/compose\/post\/schedule$/);
    await X.scheduleConfirm(page).click();
    await X.scheduledIndicator(page).waitFor();
    expect(await pauseDialog(page).count()).toBe(0);
    expect(page.url()).toMatch(/\/compose\/post$/);
    expect(await surface.button(page).textContent()).toBe('Schedule');
    expect((await report()).lines).toContain('x-draft · post · x.button.testid.modal · x.editor.testid');
    await surface.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual([TEXT]);
    await postAnyway(page);
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'modal', texts: [TEXT], scheduled: true });
    await expectQuietAfter(browser(), page, 'x');
  });

  it('in Dutch: "Bevestigen" does not pause, "Plannen" does', async () => {
    const page = await openPage(browser(), inDutch(surface.url));
    await X.newPost(page).click();
    await X.scheduleOption(page).click();
    expect(await X.scheduleConfirm(page).textContent()).toBe('Bevestigen');
    await X.scheduleConfirm(page).click();
    await X.scheduledIndicator(page).waitFor();
    await typeInto(page, surface.editor(page), TEXT);
    expect(await surface.button(page).textContent()).toBe('Plannen');
    await surface.button(page).click();
    // The pause speaks the browser's language (English here), whatever the page's.
    await pauseDialog(page).waitFor();
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ scheduled: true, texts: [TEXT] });
  });

  it('changing the date of a scheduled draft ("Update" in the date sheet) does not pause either', async () => {
    const page = await openPage(browser(), surface.url);
    await surface.reveal(page);
    await typeInto(page, surface.editor(page), TEXT);
    await X.scheduledIndicator(page).click();
    expect(await X.scheduleConfirm(page).textContent()).toBe('Update');
    await X.scheduleConfirm(page).click();
    await X.scheduledIndicator(page).waitFor();
    expect(await pauseDialog(page).count()).toBe(0);
    expect(await published(page)).toEqual([]);
  });

  it('20 scheduled posts on one page, none doubled or lost', async () => {
    const page = await openPage(browser(), surface.url);
    for (let n = 1; n <= 20; n++) {
      await surface.reveal(page);
      await typeInto(page, surface.editor(page), `round ${n}`);
      await surface.button(page).click();
      await keepEditing(page);
      await surface.button(page).click();
      await postAnyway(page);
      await waitUntil(() => published(page), (records) => records.length === n, `post ${n}`);
    }
    const records = await expectPublished(page, 20);
    expect(records.map((r) => [r.texts[0], (r as { scheduled?: boolean }).scheduled])).toEqual(Array.from({ length: 20 }, (_, i) => [`round ${i + 1}`, true]));
  });

  it('drift, test ids gone: "Schedule" found by its label, posted once', async () => {
    const page = await browser().context.newPage();
    await page.addInitScript(applyDrift, 'x-noids' as const);
    await page.goto(surface.url);
    await page.waitForFunction(() => window.__pp_ready === true);
    const drifted = WITHOUT_HOOKS.xModal('Schedule', surface.reveal);
    await drifted.reveal(page);
    await typeInto(page, drifted.editor(page), TEXT);
    expect((await report()).lines).toContain('x-draft · post · x.button.text · x.editor.class.draft');
    await drifted.button(page).click();
    await pauseDialog(page).waitFor();
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ scheduled: true, texts: [TEXT] });
    await expectQuietAfter(browser(), page, 'x');
  });
});

describe('X edits', () => {
  const surface = SURFACES.xEdit;
  const original = 'Our team opened the new bridge in Zwolle today.';

  it('"Edit post" opens the composer with the post\'s text and "Update"; the edit pauses like a post', async () => {
    const page = await openPage(browser(), surface.url);
    await surface.reveal(page);
    expect(await surface.editor(page).textContent()).toBe(original);
    expect(await surface.button(page).textContent()).toBe('Update');
    expect(await pauseDialog(page).count()).toBe(0);
    await typeAtEnd(page, ' Na de verkiezingen.');
    expect((await report()).lines).toContain('x-draft · post · x.button.testid.modal · x.editor.testid');
    await surface.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual([`${original} Na de verkiezingen.`]);
    await postAnyway(page);
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'edit', texts: [`${original} Na de verkiezingen.`], edited: X.POST_IDS.own });
    expect(await X.postText(X.POST_IDS.own)(page).textContent()).toBe(`${original} Na de verkiezingen.`);
    await expectQuietAfter(browser(), page, 'x');
  });

  it('in Dutch the button reads "Bijwerken" and pauses', async () => {
    const page = await openPage(browser(), inDutch(surface.url));
    await X.moreOf(X.POST_IDS.own)(page).click();
    await page.getByRole('menuitem', { name: 'Bewerk post' }).click();
    expect(await surface.button(page).textContent()).toBe('Bijwerken');
    await typeAtEnd(page, ' Na de verkiezingen.');
    await surface.button(page).click();
    await pauseDialog(page).waitFor();
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'edit' });
  });

  it('20 edits (five per post, as X allows; the fifth through the last-edit sheet), none doubled or lost', async () => {
    const page = await openPage(browser(), surface.url);
    const texts: string[] = [];
    for (let n = 1; n <= 20; n++) {
      const edit = (n - 1) % 5;
      if (n > 1 && edit === 0) {
        await page.reload();
        await page.waitForFunction(() => window.__pp_ready === true);
        texts.length = 0;
      }
      await surface.reveal(page);
      await typeAtEnd(page, ` ${n}`);
      await surface.button(page).click();
      await keepEditing(page);
      await surface.button(page).click();
      await postAnyway(page);
      if (edit === 4) await X.sheetConfirm(page).click();
      texts.push(`${texts.at(-1) ?? original} ${n}`);
      await waitUntil(() => published(page), (records) => records.length === edit + 1, `edit ${n}`);
      if (edit === 4) {
        const records = await expectPublished(page, 5);
        expect(records.map((r) => r.texts[0])).toEqual(texts);
        // No edit left: X offers none.
        await X.moreOf(X.POST_IDS.own)(page).click();
        expect(await X.editPost(page).count()).toBe(0);
        await page.keyboard.press('Escape');
        await page.mouse.click(5, 5);
      }
    }
  });

  it('drift, test ids gone: "Update" found by its label, the edit posted once', async () => {
    const page = await browser().context.newPage();
    await page.addInitScript(applyDrift, 'x-noids' as const);
    await page.goto(surface.url);
    await page.waitForFunction(() => window.__pp_ready === true);
    const drifted = WITHOUT_HOOKS.xModal('Update', surface.reveal);
    await drifted.reveal(page);
    await typeAtEnd(page, ' Na de verkiezingen.');
    expect((await report()).lines).toContain('x-draft · post · x.button.text · x.editor.class.draft');
    await drifted.button(page).click();
    await pauseDialog(page).waitFor();
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'edit', texts: [`${original} Na de verkiezingen.`] });
    await expectQuietAfter(browser(), page, 'x');
  });
});

describe('X polls and image descriptions', () => {
  it('a poll: its options are shown with the post and their words flagged', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await SURFACES.xPoll.reveal(page);
    await typeInto(page, SURFACES.xPoll.editor(page), 'Quick poll for the team');
    await X.choice(1)(page).fill('PVV');
    await X.choice(2)(page).fill('GroenLinks');
    await X.addChoice(page).click();
    await X.choice(3)(page).fill('Neither');
    expect(await page.locator('#layers input[name^="Choice"]').count()).toBe(3);
    expect((await report()).lines).toContain('x-draft · post · x.button.testid.modal · x.editor.testid');
    await SURFACES.xPoll.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual(['Quick poll for the team', 'PVV', 'GroenLinks', 'Neither']);
    expect(await captions(page)).toEqual(['Your draft', 'Poll option 1', 'Poll option 2', 'Poll option 3']);
    expect(await marked(page)).toEqual(['PVV', 'GroenLinks']);
    await postAnyway(page);
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'modal', texts: ['Quick poll for the team'], poll: ['PVV', 'GroenLinks', 'Neither'] });
    await expectQuietAfter(browser(), page, 'x');
  });

  it('a poll in the home timeline\'s composer, four options', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await typeInto(page, SURFACES.xHome.editor(page), 'Lunch vote');
    await X.homeCreatePoll(page).click();
    for (const [n, option] of ['Pizza', 'Sushi', 'Soup', 'Wilders talk'].entries()) {
      if (n >= 2) await X.addChoice(page).click();
      await X.choice(n + 1)(page).fill(option);
    }
    await SURFACES.xHome.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual(['Lunch vote', 'Pizza', 'Sushi', 'Soup', 'Wilders talk']);
    expect(await marked(page)).toEqual(['Wilders']);
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'home', poll: ['Pizza', 'Sushi', 'Soup', 'Wilders talk'] });
  });

  it('an image description: X\'s media editor (altTextInput), the attachment shows it, the pause shows and flags it', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await SURFACES.xModal.reveal(page);
    await typeInto(page, SURFACES.xModal.editor(page), 'Open day photos');
    await X.fileInput(page).setInputFiles(PICTURE);
    expect(await X.altTextLabel(page).textContent()).toBe('Add description');
    await X.altTextLink(page).click();
    await page.waitForURL(/\/compose\/post\/media$/);
    await X.altTextInput(page).fill('Campaign poster of the PVV on the site fence');
    await X.saveMedia(page).click();
    await X.altTextInput(page).waitFor({ state: 'detached' });
    // The attachment shows the saved description, under the image and in its alt.
    expect(await X.altTextLabel(page).textContent()).toBe('Campaign poster of the PVV on the site fence');
    expect(await X.attachedImage(page).getAttribute('alt')).toBe('Campaign poster of the PVV on the site fence');
    await SURFACES.xModal.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual(['Open day photos', 'Campaign poster of the PVV on the site fence']);
    expect(await captions(page)).toEqual(['Your draft', 'Image description']);
    expect(await marked(page)).toEqual(['PVV']);
    await postAnyway(page);
    // Described: no alt-text nudge; out at once.
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'modal', texts: ['Open day photos'], alt: ['Campaign poster of the PVV on the site fence'] });
    await expectQuietAfter(browser(), page, 'x');
  });

  it('20 rounds of a poll and a described image, none doubled or lost', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    for (let n = 1; n <= 20; n++) {
      const poll = n % 2 === 1;
      await (poll ? SURFACES.xPoll.reveal(page) : SURFACES.xModal.reveal(page));
      await typeInto(page, X.threadEditor(0)(page), `round ${n}`);
      if (poll) {
        await X.choice(1)(page).fill(`yes ${n}`);
        await X.choice(2)(page).fill(`no ${n}`);
      } else await describeImage(page, `photo ${n}`);
      await SURFACES.xModal.button(page).click();
      await keepEditing(page);
      await SURFACES.xModal.button(page).click();
      await postAnyway(page);
      await waitUntil(() => published(page), (records) => records.length === n, `post ${n}`);
    }
    const records = (await expectPublished(page, 20)) as { texts: string[]; poll?: string[]; alt?: string[] }[];
    expect(records.map((r) => [r.texts[0], r.poll ?? r.alt])).toEqual(
      Array.from({ length: 20 }, (_, i) => [`round ${i + 1}`, i % 2 === 0 ? [`yes ${i + 1}`, `no ${i + 1}`] : [`photo ${i + 1}`]]),
    );
  });

  it('drift, test ids gone: the poll and the description are still read', async () => {
    const page = await browser().context.newPage();
    await page.addInitScript(applyDrift, 'x-noids' as const);
    await page.goto(PAGES.xHome);
    await page.waitForFunction(() => window.__pp_ready === true);
    const drifted = WITHOUT_HOOKS.xModal('Post', SURFACES.xPoll.reveal);
    await drifted.reveal(page);
    await typeInto(page, drifted.editor(page), TEXT);
    await X.choice(1)(page).fill('PVV');
    await X.choice(2)(page).fill('VVD');
    expect((await report()).lines).toContain('x-draft · post · x.button.text · x.editor.class.draft');
    await drifted.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual([TEXT, 'PVV', 'VVD']);
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ poll: ['PVV', 'VVD'] });
    await expectQuietAfter(browser(), page, 'x');
  });
});

describe('X\'s own shortcut (Draft\'s hasCommandModifier: Ctrl+Enter here, ⌘+Enter on a Mac)', () => {
  it('publishes from the home composer, a scheduled modal and an edit, each after one pause', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await typeInto(page, SURFACES.xHome.editor(page), TEXT);
    await page.keyboard.press(SHORTCUT);
    await pauseDialog(page).waitFor();
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'home', texts: [TEXT] });

    await SURFACES.xSchedule.reveal(page);
    await typeInto(page, SURFACES.xSchedule.editor(page), 'Scheduled by keyboard');
    await page.keyboard.press(SHORTCUT);
    await pauseDialog(page).waitFor();
    await postAnyway(page);
    expect((await expectPublished(page, 2))[1]).toMatchObject({ surface: 'modal', texts: ['Scheduled by keyboard'], scheduled: true });

    await SURFACES.xEdit.reveal(page);
    await typeAtEnd(page, ' (keyboard)');
    await page.keyboard.press(SHORTCUT);
    await pauseDialog(page).waitFor();
    await postAnyway(page);
    expect((await expectPublished(page, 3))[2]).toMatchObject({ surface: 'edit', texts: ['Our team opened the new bridge in Zwolle today. (keyboard)'] });
    await expectQuietAfter(browser(), page, 'x');
  });

  it('publishes a poll with the shortcut after one pause, options read', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await SURFACES.xPoll.reveal(page);
    await typeInto(page, SURFACES.xPoll.editor(page), 'Shortcut poll');
    await X.choice(1)(page).fill('A');
    await X.choice(2)(page).fill('B');
    await SURFACES.xPoll.editor(page).click();
    await page.keyboard.press(SHORTCUT);
    await pauseDialog(page).waitFor();
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ poll: ['A', 'B'] });
  });

  it('Ctrl+Alt+Enter and Meta+Enter (not X\'s shortcut on Linux or Windows): X does not post, PostPause does not pause', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await typeInto(page, SURFACES.xHome.editor(page), TEXT);
    for (const keys of ['Control+Alt+Enter', 'Meta+Enter']) {
      await page.keyboard.press(keys);
      await afterTwoFrames(page);
      expect(await pauseDialog(page).count()).toBe(0);
    }
    expect(await published(page)).toEqual([]);
  });
});
