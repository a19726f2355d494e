/**
 * On every compose surface of X and LinkedIn (demo pages built with the real editors): the click and the
 * shortcut are caught; Keep editing changes nothing; Post anyway publishes exactly once with the full text;
 * Escape keeps editing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allSurfaces, type SurfaceCase } from './surfaces.ts';
import {
  afterTwoFrames, compose, expectPublished, keepEditing, pauseDialog, pauseOn, postAnyway, pressAgainNotice, previewParts, published, SHORTCUT, siteOf, useBrowser,
} from './helpers.ts';


const browser = useBrowser();

const editorFocused = (page: Page, surface: SurfaceCase) =>
  surface.editor(page).evaluate((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return el === active || el.contains(active);
  });

describe.each(allSurfaces)('$name', (surface) => {
  it('pauses on a click; Keep editing changes nothing; Post anyway publishes once, unchanged', async () => {
    const text = `First line about ${surface.surface}\n\nThird line 👋 with "quotes" & <tags>`;
    const page = await compose(browser(), surface, text);
    await pauseOn(page, surface);
    expect(await previewParts(page)).toEqual([`${surface.prefilled ?? ''}${text}`]);
    expect(await published(page)).toEqual([]);

    await keepEditing(page);
    await pauseDialog(page).waitFor({ state: 'detached' });
    expect(await editorFocused(page, surface)).toBe(true);
    expect(await published(page)).toEqual([]);

    await surface.button(page).click();
    expect(await previewParts(page)).toEqual([`${surface.prefilled ?? ''}${text}`]);
    await postAnyway(page);
    if (surface.ignoresUntrustedClick) {
      await pressAgainNotice(page).waitFor();
      expect(await published(page)).toEqual([]);
      await surface.button(page).click();
    }
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: surface.surface, texts: [`${surface.prefilled ?? ''}${text}`] });
    expect(await pauseDialog(page).count()).toBe(0);
    await page.close();
  });

  // X publishes on ⌘/Ctrl+Enter; LinkedIn has no such shortcut (docs/evidence/linkedin.md#keyboard).
  it(siteOf(surface.url) === 'x' ? 'pauses on the keyboard shortcut and publishes once on Post anyway' : 'takes Ctrl+Enter for no publish, as LinkedIn does', async () => {
    const text = `Shortcut on ${surface.surface}`;
    const page = await compose(browser(), surface, text);
    await page.keyboard.press(SHORTCUT);
    if (siteOf(surface.url) === 'linkedin') {
      await afterTwoFrames(page);
      expect(await pauseDialog(page).count()).toBe(0);
      await page.close();
      return;
    }
    await pauseDialog(page).waitFor();
    expect(await published(page)).toEqual([]);
    await postAnyway(page);
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: surface.surface, texts: [text] });
    await page.close();
  });

  it('keeps editing on Escape, with the draft and the focus where they were', async () => {
    const text = 'Escape keeps this';
    const page = await compose(browser(), surface, text);
    await pauseOn(page, surface);
    await page.keyboard.press('Escape');
    await pauseDialog(page).waitFor({ state: 'detached' });
    expect(await editorFocused(page, surface)).toBe(true);
    // Typing goes on where the caret was: at the end of the draft.
    await page.keyboard.type('!');
    await surface.button(page).click();
    expect(await previewParts(page)).toEqual([`${surface.prefilled ?? ''}${text}!`]);
    expect(await published(page)).toEqual([]);
    await page.close();
  });
});
