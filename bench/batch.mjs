// 10,000 earlier posts through the batch analysis (src/core/batch/), in Node and in the code editor's page.
//   node bench/batch.mjs                 prints the figures (and builds dist/editor/index.html first)
//   import { measureBatch } from '../bench/batch.mjs'; await measureBatch()   for scripts/bench.mjs
// The posts are the labelled sets' (tests/eval/sets/), repeated with a number added until there are 10,000,
// under the starter code plus a company topic. In the page: the standalone editor in headless Chromium, from
// setting the file on the input to the progress bar's end (the page's data-state="done"), and the page's own
// count from the start of the run to its last post (data-ms).
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { importTs } from '../scripts/load-ts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (ms) => Math.round(ms * 10) / 10;

/** `count` posts as JSONL (labels kept), from the eval sets, each repeat numbered. */
function postsFile(count) {
  const dir = join(root, 'tests', 'eval', 'sets');
  const base = ['frozen.jsonl', 'tuning-2026-12.jsonl', 'tuning-2026-11.jsonl'].flatMap((file) => readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)));
  const lines = [];
  for (let i = 0; i < count; i++) {
    const post = base[i % base.length];
    lines.push(JSON.stringify({ id: `${post.id}-${i}`, text: i < base.length ? post.text : `${post.text} (${i})`, sensitive: post.sensitive }));
  }
  return `${lines.join('\n')}\n`;
}

const POLICY = { companyName: 'Acme Bouw', topics: [{ id: 'clients', label: 'Clients', keywords: ['prorail', 'rijkswaterstaat', 'schiphol*', 'tennet', 'gemeente zuid'] }] };

export async function measureBatch({ count = 10_000, rounds = 5 } = {}) {
  const file = postsFile(count);
  const { parsePosts, analyseBatch, batchCode, evaluateLabelled } = await importTs('src/core/batch/index.ts');
  const { mergeSettings } = await importTs('src/core/policy/schema.ts');
  const { starterTopics } = await importTs('src/core/starter/topics.ts');

  // Node: parsing, and the analysis (compiling the code included), after one warm-up round.
  const parseMs = [];
  const analyseMs = [];
  let figures;
  let posts;
  for (let r = 0; r <= rounds; r++) {
    let t = performance.now();
    posts = parsePosts(file, 'posts.jsonl').posts;
    const parsed = performance.now() - t;
    t = performance.now();
    figures = analyseBatch(batchCode(mergeSettings(POLICY), starterTopics), posts);
    const analysed = performance.now() - t;
    if (r > 0) {
      parseMs.push(parsed);
      analyseMs.push(analysed);
    }
  }
  const evaluation = evaluateLabelled(posts, figures);

  // The page: the standalone editor, as the communications team opens it.
  execSync('node scripts/build-editor.mjs', { cwd: root, stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--lang=en-US'] });
  const pageMs = [];
  const runMs = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(join(root, 'dist', 'editor', 'index.html')).href);
    await page.getByTestId('open-policy').setInputFiles({ name: 'policy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(POLICY)) });
    await page.getByTestId('opened').getByText('Opened policy.json.').waitFor();
    for (let r = 0; r <= rounds; r++) {
      // A new file each round (the name differs), so the page reads and runs it afresh.
      const started = performance.now();
      await page.getByTestId('batch-file').setInputFiles({ name: `posts-${r}.jsonl`, mimeType: 'application/json', buffer: Buffer.from(file) });
      await page.waitForFunction(({ n, name }) => {
        const batch = document.querySelector('[data-testid="batch"]');
        return batch?.dataset.state === 'done' && Number(batch.dataset.total) === n && document.querySelector('[data-testid="batch-read"]')?.textContent?.startsWith(name);
      }, { n: count, name: `posts-${r}.jsonl` }, { polling: 'raf', timeout: 60_000 }).catch(async (error) => {
        throw new Error(`${error.message}; state ${await page.getByTestId('batch').getAttribute('data-state')}`);
      });
      const ended = performance.now();
      const ms = Number(await page.getByTestId('batch').getAttribute('data-ms'));
      if (r > 0) {
        pageMs.push(ended - started);
        runMs.push(ms);
      }
    }
  } finally {
    await browser.close();
  }
  return {
    posts: count,
    flagged: figures.flagged,
    recall: evaluation.recall,
    falsePositiveRate: evaluation.falsePositiveRate,
    node: { parseMs: round(median(parseMs)), analyseMs: round(median(analyseMs)) },
    page: { fileToDoneMs: round(median(pageMs)), runMs: round(median(runMs)) },
    rounds,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await measureBatch();
  console.log(`| measurement | result | target |
|---|---|---|
| Batch: ${r.posts.toLocaleString('en')} posts, parse the JSONL file (Node, median of ${r.rounds}) | ${r.node.parseMs} ms | |
| Batch: ${r.posts.toLocaleString('en')} posts through the analysis, starter code + 1 topic (Node, median of ${r.rounds}) | ${r.node.analyseMs} ms (${r.flagged.toLocaleString('en')} flagged) | < 2000 ms |
| Batch in the editor page: file set → progress bar's end (headless Chromium, median of ${r.rounds}) | ${r.page.fileToDoneMs} ms (the run itself: ${r.page.runMs} ms) | < 2000 ms |`);
  console.log(JSON.stringify(r));
}
