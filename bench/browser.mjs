// Real-browser measurements: click-to-dialog latency on the demo pages and the cost of a keystroke.
import { SURFACES } from '../tests/pages/locators.mjs';
import { launchWithExtension, launchWithoutExtension } from '../tests/support/browser.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

/** In the page's own world: from the trusted click's timestamp to the first frame with our dialog open. */
const INSTRUMENT = () => {
  window.__latencies = [];
  addEventListener('click', (event) => {
    if (!event.isTrusted || !event.composedPath().some((el) => el instanceof Element && el.matches('button, [role="button"]'))) return;
    const t0 = event.timeStamp;
    const tick = () => {
      const open = document.querySelector('postpause-root')?.shadowRoot?.querySelector('dialog[open]');
      if (open) requestAnimationFrame(() => window.__latencies.push(performance.now() - t0));
      else if (performance.now() - t0 < 2000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, true);
};

const MEASURED = [
  { name: 'X home', ...SURFACES.xHome },
  { name: 'LinkedIn classic comment', ...SURFACES.linkedinComment },
  { name: 'LinkedIn SDUI comment', ...SURFACES.sduiComment },
];

export async function measureLatency(rounds = 25) {
  const browser = await launchWithExtension();
  const results = [];
  try {
    await browser.worker.evaluate(() => chrome.storage.local.set({ options: { pauseSeconds: 0 } }));
    for (const surface of MEASURED) {
      const page = await browser.context.newPage();
      await page.goto(surface.url);
      await page.waitForFunction(() => window.__pp_ready === true);
      await page.evaluate(INSTRUMENT);
      await surface.editor(page).click();
      await page.keyboard.type('Measuring the pause');
      for (let i = 0; i < rounds; i++) {
        await surface.button(page).click();
        await page.waitForFunction((n) => window.__latencies.length > n, i);
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.querySelector('postpause-root')?.shadowRoot?.querySelector('dialog[open]'));
      }
      const xs = await page.evaluate(() => window.__latencies);
      results.push({ surface: surface.name, rounds: xs.length, medianMs: +median(xs).toFixed(1), p95Ms: +p95(xs).toFixed(1) });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** Mean time to dispatch one typed letter through every listener on the page, with and without PostPause. */
export async function measureKeystroke(keys = 400) {
  const typing = async (context) => {
    const page = await context.newPage();
    await page.goto(SURFACES.xHome.url);
    await page.waitForFunction(() => window.__pp_ready === true);
    await page.evaluate(() => {
      window.__dispatch = [];
      let start = 0;
      addEventListener('keydown', () => (start = performance.now()), true);
      addEventListener('keydown', () => window.__dispatch.push(performance.now() - start), false);
    });
    await SURFACES.xHome.editor(page).click();
    for (let i = 0; i < keys; i++) await page.keyboard.press(i % 7 === 6 ? 'Space' : 'KeyA');
    const xs = await page.evaluate(() => window.__dispatch);
    await page.close();
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  const withExtension = await launchWithExtension();
  const withMs = await typing(withExtension.context).finally(() => withExtension.close());
  const plain = await launchWithoutExtension();
  const withoutMs = await typing(plain.context).finally(() => plain.close());
  return { keys, withExtensionMs: +withMs.toFixed(4), withoutExtensionMs: +withoutMs.toFixed(4) };
}
