// The first pause of a freshly loaded page, and the ones after it: from the trusted press (its event
// timestamp) to the frame in which our dialog is visible, measured in the page's own world.
import { launchWithExtension } from '../tests/support/browser.mjs';

/**
 * Runs in the page before its scripts: the latest trusted press on a button, timed to the first frame showing
 * the dialog. A later press ends the watch of an earlier one (the click that opened a composer is no publish).
 */
const INSTRUMENT = () => {
  window.__pauses = [];
  let latest = 0;
  addEventListener('click', (event) => {
    const onButton = event.composedPath().some((el) => el instanceof Element && el.matches('button, [role="button"], [role="menuitem"]'));
    if (!event.isTrusted || !onButton) return;
    const press = ++latest;
    const t0 = event.timeStamp;
    const tick = (now) => {
      if (press !== latest) return;
      const open = document.querySelector('postpause-root')?.shadowRoot?.querySelector('dialog[open]');
      // rAF callbacks run before the frame is painted: the frame that shows the dialog is this one.
      if (open) window.__pauses.push(now - t0);
      else if (performance.now() - t0 < 3000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, true);
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A fresh page of `surface` with `text` typed into its composer. */
async function openComposer(context, surface, text) {
  const page = await context.newPage();
  await page.goto(surface.url);
  await page.waitForFunction(() => window.__pp_ready === true);
  await surface.reveal?.(page);
  await surface.editor(page).click();
  await page.keyboard.type(text);
  return page;
}

/**
 * For each surface: `loads` fresh page loads, each with a first press and `later` presses after it.
 * `surfaces`: [{ name, url, reveal?(page), editor(page), button(page) }].
 */
export async function measureFirstPause(surfaces, { loads = 5, later = 5 } = {}) {
  const browser = await launchWithExtension();
  const rows = [];
  try {
    await browser.worker.evaluate(() => chrome.storage.local.set({ options: { pauseSeconds: 0 } }));
    await browser.context.addInitScript(INSTRUMENT);
    for (const surface of surfaces) {
      const first = [];
      const after = [];
      for (let load = 0; load < loads; load++) {
        const page = await openComposer(browser.context, surface, 'Measuring the first pause');
        for (let i = 0; i <= later; i++) {
          await surface.button(page).click();
          await page.waitForFunction((n) => window.__pauses.length > n, i);
          await page.keyboard.press('Escape');
          await page.waitForFunction(() => !document.querySelector('postpause-root')?.shadowRoot?.querySelector('dialog[open]'));
        }
        const [firstMs, ...rest] = await page.evaluate(() => window.__pauses);
        first.push(firstMs);
        after.push(...rest);
        await page.close();
      }
      rows.push({ surface: surface.name, firstMedianMs: +median(first).toFixed(1), firstMaxMs: +Math.max(...first).toFixed(1), laterMedianMs: +median(after).toFixed(1), laterMaxMs: +Math.max(...after).toFixed(1), loads });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/**
 * What a pause costs an employee who answers with the keyboard: from pressing Post to the post being
 * published, when they post as soon as they may (Tab to "Post anyway", Enter). Unflagged drafts: no wait
 * (calmPauseSeconds 0); flagged ones: the countdown (pauseSeconds 3).
 */
export async function measureAnswerCost(surface, { rounds = 3 } = {}) {
  const browser = await launchWithExtension();
  const out = {};
  try {
    await browser.worker.evaluate(() => chrome.storage.local.set({ options: { pauseSeconds: 3, calmPauseSeconds: 0 } }));
    for (const [kind, text] of [['unflagged', 'Our new bridge opened today'], ['flagged', 'Na de verkiezingen: wie stemt er nog?']]) {
      const times = [];
      for (let round = 0; round < rounds; round++) {
        const page = await openComposer(browser.context, surface, text);
        const started = Date.now();
        await surface.button(page).click();
        const post = page.locator('postpause-root').getByRole('button', { name: 'Post anyway' });
        await post.waitFor();
        // As soon as "Post anyway" may be pressed (a disabled button takes no focus), Tab to it (a flagged pause has
        // its "Why am I seeing this?" on the way) and press Enter.
        await page.waitForFunction(() => !document.querySelector('postpause-root')?.shadowRoot?.querySelector('[data-testid="pp-post-anyway"]')?.hasAttribute('disabled'));
        const focused = () => page.evaluate(() => document.querySelector('postpause-root')?.shadowRoot?.activeElement?.getAttribute('data-testid'));
        for (let tabs = 0; tabs < 10 && (await focused()) !== 'pp-post-anyway'; tabs++) await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => window.__pp_published.length > 0);
        times.push(Date.now() - started);
        await page.close();
      }
      out[kind] = median(times);
    }
  } finally {
    await browser.close();
  }
  return out;
}
