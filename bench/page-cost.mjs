// What PostPause costs a page over time.
// - A busy page: the timeline scrolling, as batches of DOM mutations (100 posts of about 12 nodes added and
//   100 removed each), timed in the page with PostPause and without. PostPause watches no part of the page (no
//   MutationObserver: the safety check fails on one in what is injected), so the difference is its whole cost
//   per batch, and should be within noise.
// - Many rounds of compose, pause, keep editing and post: what stays behind (tests/support/rounds.mjs).
import { SURFACES, X } from '../tests/pages/locators.mjs';
import { launchWithExtension, launchWithoutExtension } from '../tests/support/browser.mjs';
import { runRounds } from '../tests/support/rounds.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * In the page: `batches` batches into the element of the `timeline` selector, each timed until the microtask
 * checkpoint after it, where every MutationObserver of any world (the page's or an extension's) has been
 * called; rendering is left out.
 */
async function scrollBatches({ batches, timeline: selector }) {
  const timeline = document.querySelector(selector) ?? document.body;
  const post = (i) => {
    const article = document.createElement('article');
    article.innerHTML = `<div><div><span>Someone</span><span>@someone</span><time>1h</time></div><div lang="en"><span>Post ${i} of a busy timeline</span></div><div role="group"><button>Reply</button><button>Repost</button><button>Like</button></div></div>`;
    return article;
  };
  const times = [];
  let mutations = 0;
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    const added = [];
    for (let i = 0; i < 100; i++) added.push(post(b * 100 + i));
    timeline.append(...added);
    if (b > 0) for (const old of [...timeline.querySelectorAll(':scope > article')].slice(0, 100)) old.remove();
    mutations += 200;
    await new Promise((resolve) => queueMicrotask(resolve));
    times.push(performance.now() - start);
    // Let the page render and breathe between batches, outside the timing.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { times, mutations };
}

export async function measureMutations(batches = 300) {
  const run = async (context) => {
    const page = await context.newPage();
    await page.bringToFront();
    await page.goto(SURFACES.xHome.url);
    await page.waitForFunction(() => window.__pp_ready === true);
    // The user is writing a post, so PostPause is fully awake (dialog module loaded).
    await SURFACES.xHome.editor(page).click();
    await page.keyboard.type('Scrolling while a draft waits');
    const { times, mutations } = await page.evaluate(scrollBatches, { batches, timeline: X.primaryColumn.selector });
    await page.close();
    return { medianMs: +median(times.slice(20)).toFixed(3), mutationsPerBatch: mutations / batches };
  };
  const withExtension = await launchWithExtension();
  const withPostPause = await run(withExtension.context).finally(() => withExtension.close());
  const plain = await launchWithoutExtension();
  const without = await run(plain.context).finally(() => plain.close());
  return { batches, mutationsPerBatch: withPostPause.mutationsPerBatch, withMs: withPostPause.medianMs, withoutMs: without.medianMs };
}

/** Heap, nodes and listeners over 200 rounds of compose, pause, keep editing and post on X (tests/support/rounds.mjs). */
export async function measureRounds(rounds = 200) {
  const browser = await launchWithExtension();
  try {
    await browser.worker.evaluate(() => chrome.storage.local.set({ options: { pauseSeconds: 0 } }));
    const page = await browser.context.newPage();
    const surface = { ...SURFACES.xHome, rounds };
    await page.goto(surface.url);
    await page.waitForFunction(() => window.__pp_ready === true);
    const paused = await runRounds(browser.context, page, surface);
    await browser.worker.evaluate(() => chrome.storage.local.set({ options: { pauseSeconds: 0, enabled: false } }));
    await page.waitForTimeout(500);
    const plain = await runRounds(browser.context, page, { ...surface, pause: false });
    return { rounds, paused: { ...paused.growth, heapAfterBytes: paused.after.heapBytes, msPerRound: +paused.msPerRound.toFixed(0) }, plain: plain.growth };
  } finally {
    await browser.close();
  }
}
