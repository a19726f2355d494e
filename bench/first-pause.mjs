// The first pause of a freshly loaded page, and the ones after it: from the trusted press (its event
// timestamp) to the frame in which our dialog is visible, measured in the page's own world.
import { launchWithExtension } from '../tests/support/browser.mjs';

/** Runs in the page before its scripts: every trusted press on a button, timed to the first frame showing the dialog. */
const INSTRUMENT = () => {
  window.__pauses = [];
  addEventListener('click', (event) => {
    const onButton = event.composedPath().some((el) => el instanceof Element && el.matches('button, [role="button"], [role="menuitem"]'));
    if (!event.isTrusted || !onButton) return;
    const t0 = event.timeStamp;
    const tick = (now) => {
      const open = document.querySelector('postpause-root')?.shadowRoot?.querySelector('dialog[open]');
      // rAF callbacks run before the frame is painted: the frame that shows the dialog is this one.
      if (open) window.__pauses.push(now - t0);
      else if (performance.now() - t0 < 3000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, true);
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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
        const page = await browser.context.newPage();
        await page.goto(surface.url);
        await page.waitForFunction(() => window.__pp_ready === true);
        await surface.reveal?.(page);
        await surface.editor(page).click();
        await page.keyboard.type(process.env.FP_TEXT ?? 'Measuring the first pause');
        if (process.env.FP_WAIT) await page.waitForTimeout(Number(process.env.FP_WAIT));
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
