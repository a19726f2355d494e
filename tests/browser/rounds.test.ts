/** 20 rounds in a row of compose, pause, keep editing and post, in each markup style: no double post, no leak. */
import { describe, expect, it } from 'vitest';
import { allSurfaces } from './surfaces.ts';
import { expectPublished, keepEditing, openPage, pauseDialog, postAnyway, published, typeInto, waitUntil, useBrowser } from './helpers.ts';

const browser = useBrowser();

describe.each(['X home timeline', 'LinkedIn classic share box in the #interop-outlet shadow root', 'LinkedIn SDUI comment'])('%s', (name) => {
  it('runs 20 rounds without a double post or a leak', async () => {
    const surface = allSurfaces.find((s) => s.name === name)!;
    const page = await openPage(browser(), surface.url);
    for (let round = 1; round <= 20; round++) {
      await surface.reveal?.(page);
      await typeInto(page, surface.editor(page), `round ${round}`);
      await surface.button(page).click();
      await keepEditing(page);
      await surface.button(page).click();
      await postAnyway(page);
      await waitUntil(() => published(page), (records) => records.length === round, `post ${round}`);
    }
    const records = await expectPublished(page, 20);
    expect(records.map((r) => r.texts[0])).toEqual(Array.from({ length: 20 }, (_, i) => `round ${i + 1}`));
    // One host element and no dialog left, however many were shown.
    expect(await page.locator('postpause-root').count()).toBe(1);
    expect(await pauseDialog(page).count()).toBe(0);
    await page.close();
  });
});
