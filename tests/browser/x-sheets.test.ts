/**
 * X's second-stage sheets (docs/evidence/x.md#second-stage-sheets): a press on Post that X answers with a sheet
 * of its own in #layers, whose confirm publishes. The alt-text nudge ("Not this time"), the last-edit sheet
 * ("Update") and a verified account's Promote sheet ("Promote post"). PostPause pauses once, "Post anyway"
 * replays the press, X's sheet opens, and its confirm publishes exactly once: no second pause, no "press again".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGES, SURFACES, WITHOUT_HOOKS, X } from '../pages/locators.mjs';
import { applyDrift } from '../support/drift.mjs';
import {
  expectPublished, keepEditing, openPage, pauseDialog, popupReport, postAnyway, previewParts, published, settled, typeInto, useBrowser, waitUntil,
} from './helpers.ts';

const browser = useBrowser();
// A test that failed leaves no page behind for the next one's popup to report on.
afterEach(async () => {
  for (const open of browser().context.pages()) if (open.url().startsWith('https://')) await open.close();
});

/** A 1×1 PNG to attach. */
const PICTURE = join(mkdtempSync(join(tmpdir(), 'postpause-x-')), 'bridge.png');
writeFileSync(PICTURE, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

/** Flagged text, so the pause always shows the draft (a calm pause may be compact). */
const TEXT = 'Na de verkiezingen: the bridge at dusk';

/** What the popup says of the open X page: the rule line of each compose box, and the missed-post warning. */

const report = () => popupReport(browser(), 'x');

/** Past the self-check's last look (2 s after a press) and the replay's accept window (1.5 s). */
const settle = () => settled(browser(), 'x');

/** Nothing more from us after the site took the replay: no dialog, no "press the button once more". */
async function expectQuietAfter(page: Page) {
  await settle();
  expect(await pauseDialog(page).count()).toBe(0);
  expect(await page.locator('[data-testid="pp-notice"]').count()).toBe(0);
  expect((await report()).warning).toBeNull();
}

/** Clicks into an editor and types at the end of what it holds. */
async function typeAtEnd(page: Page, editor: ReturnType<typeof X.threadEditor>, text: string) {
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** Opens the compose modal, writes `text` and attaches an image without a description. */
async function draftWithImage(page: Page, text: string) {
  await SURFACES.xModal.reveal(page);
  await typeInto(page, SURFACES.xModal.editor(page), text);
  await X.fileInput(page).setInputFiles(PICTURE);
  await X.attachedImage(page).waitFor();
}

describe('X second-stage sheets', () => {
  it('alt-text nudge: one pause, then X\'s nudge, whose "Not this time" posts once', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await draftWithImage(page, TEXT);
    expect((await report()).lines).toContain('x-draft · post · x.button.testid.modal · x.editor.testid');
    await SURFACES.xModal.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual([TEXT]);
    await postAnyway(page);
    // X asks for a description first; nothing has gone out yet.
    await X.sheet(page).waitFor();
    expect(await X.sheet(page).getByRole('heading').textContent()).toBe('Don’t forget to make your image accessible');
    expect(await published(page)).toEqual([]);
    expect(await pauseDialog(page).count()).toBe(0);
    await X.notThisTime(page).click();
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'modal', texts: [TEXT], alt: [''] });
    await expectQuietAfter(page);
    await page.close();
  });

  it('last edit: one pause on "Update", then "This is your last edit", whose "Update" sends the edit once', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await SURFACES.xLastEdit.reveal(page);
    expect(await SURFACES.xLastEdit.button(page).textContent()).toBe('Update');
    await typeAtEnd(page, X.threadEditor(0), ' Na de verkiezingen.');
    const text = 'Thanks to everyone who came to the open day. Na de verkiezingen.';
    expect((await report()).lines).toContain('x-draft · post · x.button.testid.modal · x.editor.testid');
    await SURFACES.xLastEdit.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual([text]);
    await postAnyway(page);
    await X.sheet(page).waitFor();
    expect(await X.sheet(page).getByRole('heading').textContent()).toBe('This is your last edit');
    expect(await published(page)).toEqual([]);
    await X.sheetConfirm(page).click();
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'edit', texts: [text], edited: X.POST_IDS.ownLastEdit });
    // The post shows the edit, and X allows no further one.
    expect(await X.postText(X.POST_IDS.ownLastEdit)(page).textContent()).toBe(text);
    await expectQuietAfter(page);
    await page.close();
  });

  it('Promote: one pause on a verified account\'s "Promote", then X\'s Promote sheet, whose "Promote post" sends once', async () => {
    const surface = SURFACES.xPromote;
    const page = await openPage(browser(), surface.url);
    await surface.reveal(page);
    await typeInto(page, surface.editor(page), TEXT);
    await surface.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual([TEXT]);
    await postAnyway(page);
    await X.promotePost(page).waitFor();
    expect(await page.locator('#layers').getByRole('heading', { name: 'Promote your post' }).count()).toBe(1);
    expect(await published(page)).toEqual([]);
    await X.promotePost(page).click();
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'modal', texts: [TEXT], promoted: true });
    await expectQuietAfter(page);
    await page.close();
  });

  it('a sheet confirmed after "Keep editing" and a second press still posts once', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await draftWithImage(page, TEXT);
    await SURFACES.xModal.button(page).click();
    await keepEditing(page);
    await SURFACES.xModal.button(page).click();
    await postAnyway(page);
    await X.notThisTime(page).click();
    await expectPublished(page, 1);
    await expectQuietAfter(page);
    await page.close();
  });
});

describe('X second-stage sheets, 20 rounds on one page', { timeout: 240_000 }, () => {
  /** One round: write, press, keep editing, press again, post anyway, confirm the sheet; `n` posts in all. */
  async function round(page: Page, n: number, write: () => Promise<void>, press: () => Promise<void>, confirm: () => Promise<void>) {
    await write();
    await press();
    await keepEditing(page);
    await press();
    await postAnyway(page);
    await confirm();
    await waitUntil(() => published(page), (records) => records.length === n, `post ${n}`);
    expect(await pauseDialog(page).count()).toBe(0);
    // The next round starts once PostPause has taken its look after this one, as the next post of a person would.
    await settle();
  }

  it('alt-text nudge: 20 posts, none doubled or lost', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    for (let n = 1; n <= 20; n++) {
      await round(page, n, () => draftWithImage(page, `round ${n}`), () => SURFACES.xModal.button(page).click(), () => X.notThisTime(page).click());
    }
    const records = await expectPublished(page, 20);
    expect(records.map((r) => r.texts[0])).toEqual(Array.from({ length: 20 }, (_, i) => `round ${i + 1}`));
    expect(await page.locator('postpause-root').count()).toBe(1);
    await page.close();
  });

  it('Promote: 20 posts, none doubled or lost', async () => {
    const surface = SURFACES.xPromote;
    const page = await openPage(browser(), surface.url);
    for (let n = 1; n <= 20; n++) {
      await round(page, n, async () => {
        await surface.reveal(page);
        await typeInto(page, surface.editor(page), `round ${n}`);
      }, () => surface.button(page).click(), () => X.promotePost(page).click());
    }
    const records = await expectPublished(page, 20);
    expect(records.map((r) => [r.texts[0], (r as { promoted?: boolean }).promoted])).toEqual(Array.from({ length: 20 }, (_, i) => [`round ${i + 1}`, true]));
    await page.close();
  });

  it('last edit: 20 last edits (a fresh page each, as X allows one last edit per post), none doubled or lost', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    for (let n = 1; n <= 20; n++) {
      if (n > 1) {
        await page.reload();
        await page.waitForFunction(() => window.__pp_ready === true);
      }
      await round(page, 1, async () => {
        await SURFACES.xLastEdit.reveal(page);
        await typeAtEnd(page, X.threadEditor(0), ` ${n}`);
      }, () => SURFACES.xLastEdit.button(page).click(), () => X.sheetConfirm(page).click());
      const [record] = await expectPublished(page, 1);
      expect(record!.texts).toEqual([`Thanks to everyone who came to the open day. ${n}`]);
    }
    await page.close();
  });
});

describe('X second-stage sheets, drift', () => {
  interface SheetDrift {
    drift: Parameters<typeof applyDrift>[0];
    url: string;
    surface: ReturnType<typeof WITHOUT_HOOKS.xModal>;
    /** The fallback rule the popup names. */
    rule: string;
    write(page: Page): Promise<string>;
    confirm(page: Page): Promise<void>;
  }
  const CASES: [string, SheetDrift][] = [
    ['alt-text nudge, test ids gone ("Post" by its label)', {
      drift: 'x-noids', url: PAGES.xHome, surface: WITHOUT_HOOKS.xModal(), rule: 'x.button.text',
      write: async (page) => {
        await typeInto(page, WITHOUT_HOOKS.xModal().editor(page), TEXT);
        await X.fileInput(page).setInputFiles(PICTURE);
        await X.attachedImage(page).waitFor();
        return TEXT;
      },
      confirm: (page) => X.notThisTime(page).click(),
    }],
    ['last edit, test ids gone ("Update" by its label)', {
      drift: 'x-noids', url: PAGES.xHome, surface: WITHOUT_HOOKS.xModal('Update', SURFACES.xLastEdit.reveal), rule: 'x.button.text',
      write: async (page) => {
        await WITHOUT_HOOKS.xModal().editor(page).click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type(' Na de verkiezingen.');
        return 'Thanks to everyone who came to the open day. Na de verkiezingen.';
      },
      confirm: (page) => X.sheetConfirm(page).click(),
    }],
  ];

  it.each(CASES)('%s: pauses through a fallback, the sheet posts once', async (_, c) => {
    const page = await browser().context.newPage();
    await page.addInitScript(applyDrift, c.drift);
    await page.goto(c.url);
    await page.waitForFunction(() => window.__pp_ready === true);
    await c.surface.reveal(page);
    const text = await c.write(page);
    expect((await report()).lines.join('\n')).toContain(c.rule);
    await c.surface.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual([text]);
    await postAnyway(page);
    await c.confirm(page);
    const [record] = await expectPublished(page, 1);
    expect(record!.texts).toEqual([text]);
    await expectQuietAfter(page);
    await page.close();
  });

  it('Promote, editor test ids renamed: pauses (editor by Draft\'s class), the sheet posts once', async () => {
    const surface = SURFACES.xPromote;
    const page = await browser().context.newPage();
    await page.addInitScript(applyDrift, 'x-ids' as const);
    await page.goto(surface.url);
    await page.waitForFunction(() => window.__pp_ready === true);
    await surface.reveal(page);
    await typeInto(page, WITHOUT_HOOKS.xModal().editor(page), TEXT);
    expect((await report()).lines.join('\n')).toContain('x.editor.class.draft');
    await surface.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual([TEXT]);
    await postAnyway(page);
    await X.promotePost(page).click();
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ texts: [TEXT], promoted: true });
    await expectQuietAfter(page);
    await page.close();
  });
});
