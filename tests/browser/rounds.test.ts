/**
 * Rounds in a row of compose, pause, keep editing and post: 20 in each markup style (no double post, one host
 * element), and 200 on one page with the DevTools protocol's counters (no growth in nodes, listeners or heap).
 */
import { describe, expect, it } from 'vitest';
import { surfaces } from './surfaces.ts';
import { runRounds } from '../support/rounds.mjs';
import { expectPublished, keepEditing, openPage, pauseDialog, postAnyway, published, setOptions, typeInto, waitUntil, useBrowser } from './helpers.ts';

const browser = useBrowser();

/** One surface of each markup style. */
const STYLES = [surfaces.xHome, surfaces.linkedinShadowShare, surfaces.sduiComment];

describe.each(STYLES.map((s) => [s.name, s] as const))('%s', (_, surface) => {
  it('runs 20 rounds without a double post or a leak', async () => {
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

describe('200 rounds on one page (X home), measured through the DevTools protocol', () => {
  it('leaves no growth in DOM nodes, event listeners, documents or heap beyond the page\'s own', async () => {
    const surface = surfaces.xHome;
    const page = await openPage(browser(), surface.url);
    const paused = await runRounds(browser().context, page, surface);
    expect(paused.posts).toEqual(Array.from({ length: paused.warmUp + 200 }, (_, i) => `round ${i + 1}`));
    // The same rounds on the same page with pauses off: the page's own growth (Draft.js keeps detached nodes).
    await setOptions(browser(), { pauseSeconds: 0, enabled: false });
    const plain = await runRounds(browser().context, page, { ...surface, pause: false });
    console.log(JSON.stringify({ paused: paused.growth, plain: plain.growth }));
    expect(paused.growth.listeners).toBeLessThanOrEqual(0);
    expect(paused.growth.documents).toBe(0);
    expect(paused.growth.nodes).toBeLessThanOrEqual(plain.growth.nodes + 20);
    // 400 dialogs were shown: keeping one dialog tree and its closures per pause would cost some 10 KB a pause,
    // 4 MB in all; what is left is measurement noise and V8's own bookkeeping (0.3 to 2 KB a round).
    expect(paused.growth.heapBytes - plain.growth.heapBytes).toBeLessThan(1024 * 1024);
    await page.close();
  }, 300_000);
});
