// Many rounds of compose, pause, keep editing and post on one page, with the page's counters read through the
// Chrome DevTools protocol before and after: DOM nodes, JS event listeners, documents, and the JS heap after
// a forced garbage collection. Shared by the browser test (no growth) and `npm run bench` (the figures).

/** The page's counters now, after a full garbage collection. */
export async function pageCounters(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners, documents } = await cdp.send('Memory.getDOMCounters');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { nodes, listeners: jsEventListeners, documents, heapBytes: usedSize };
}

/** Waits until `read` (in the page) is truthy. */
const until = (page, read, arg) => page.waitForFunction(read, arg, { timeout: 10_000 });

const QUESTION = /Is this appropriate/;

const growth = (before, after) => Object.fromEntries(Object.keys(before).map((key) => [key, after[key] - before[key]]));

/**
 * Runs `rounds` rounds on `page` in the given surface ({ editor, button }: locators from tests/pages/locators.mjs),
 * after `warmUp` rounds that let the page and the browser settle: the dialog module, the JIT and V8's feedback
 * grow the heap for the first hundred pauses or so, less each round, and then stay. With `pause`, each round pauses
 * twice (keep editing, then post anyway); without, PostPause is expected to let the post straight through:
 * the same rounds then give the page's own growth (Draft.js and React keep some detached nodes), to tell
 * ours apart. Returns the counters after the warm-up and at the end, their growth, and the time per round.
 */
export async function runRounds(context, page, { editor, button, rounds = 200, pause = true, warmUp = pause ? 100 : 20 }) {
  const cdp = await context.newCDPSession(page);
  const dialog = page.getByRole('dialog', { name: QUESTION });
  const first = await page.evaluate(() => window.__pp_published.length);
  const round = async (n) => {
    await editor(page).click();
    await page.keyboard.type(`round ${n}`);
    await button(page).click();
    if (pause) {
      await dialog.getByRole('button', { name: 'Keep editing', exact: true }).click();
      await button(page).click();
      await dialog.getByRole('button', { name: 'Post anyway', exact: true }).click();
    }
    await until(page, (count) => window.__pp_published.length === count, first + n);
    await until(page, () => !document.querySelector('postpause-root')?.shadowRoot?.querySelector('dialog'));
  };
  for (let n = 1; n <= warmUp; n++) await round(n);
  const before = await pageCounters(cdp);
  const started = performance.now();
  for (let n = warmUp + 1; n <= warmUp + rounds; n++) await round(n);
  const msPerRound = (performance.now() - started) / rounds;
  const after = await pageCounters(cdp);
  const posts = await page.evaluate((from) => window.__pp_published.slice(from).map((p) => p.texts[0]), first);
  await cdp.detach();
  return { rounds, warmUp, before, after, growth: growth(before, after), msPerRound, posts };
}
