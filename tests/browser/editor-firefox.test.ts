/**
 * The standalone code editor (dist/editor/index.html) opened from disk in stock Firefox ESR, driven over
 * WebDriver BiDi: write a code with real key presses, see the warnings, save the JSON, load X's archive
 * (tweets.js) and see the figures the core computes, and download the files for IT and find every one in it.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE_ID } from '../../src/cli/deploy/macos.ts';
import { deployFiles } from '../../src/cli/deploy/index.ts';
import { targets } from '../../src/cli/deploy/ids.ts';
import { analyseBatch, batchCode } from '../../src/core/batch/batch.ts';
import { parsePosts } from '../../src/core/batch/parse.ts';
import { mergeSettings, validateSettings } from '../../src/core/policy/schema.ts';
import { starterTopics } from '../../src/core/starter/topics.ts';
import { FIREFOX, launchFirefox, type FirefoxSession } from '../support/firefox.mjs';
import { waitUntil } from './helpers.ts';

let firefox: FirefoxSession;
let context: string;
const downloads = mkdtempSync(join(tmpdir(), 'postpause-editor-firefox-'));
const ENTER = '\uE007';

/** X's archive as data/tweets.js holds it, from the tuning posts (full_text with &amp; &lt; &gt; escaped). */
function tweetsJs(): string {
  const posts = readFileSync('tests/eval/sets/tuning-2026-11.jsonl', 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { text: string });
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const tweets = posts.map((p, i) => ({ tweet: { id_str: String(1_700_000_000_000 + i), created_at: 'Wed Nov 04 09:15:00 +0000 2026', full_text: escape(p.text), lang: 'nl' } }));
  return `window.YTD.tweets.part0 = ${JSON.stringify(tweets, null, 2)}`;
}

const $ = (css: string) => `document.querySelector(${JSON.stringify(css)})`;

/**
 * A file once Firefox has finished downloading it (it makes an empty NAME and NAME.part first, then moves the
 * data in) and it reads as `read` expects.
 */
async function downloaded<T>(name: string, read: (bytes: Buffer) => T): Promise<T> {
  const path = join(downloads, name);
  const attempt = async () => {
    if (!existsSync(path) || existsSync(`${path}.part`)) return null;
    try {
      return { value: read(readFileSync(path)) };
    } catch {
      return null;
    }
  };
  return (await waitUntil(attempt, (r) => r !== null, `${name} in the downloads folder`, 15_000))!.value;
}

/** A real click on an element, scrolled into view first (pointer input needs viewport coordinates). */
async function clickOn(css: string) {
  await firefox.evaluate(`${$(css)}.scrollIntoView({ block: 'center' })`);
  await firefox.click($(css));
}

/** Sets a file input's file the way a person picking it would (WebDriver BiDi input.setFiles). */
async function setFile(css: string, path: string) {
  const found = (await firefox.send('script.evaluate', { expression: $(css), target: { context }, awaitPromise: false, resultOwnership: 'root' })) as { result: { sharedId: string } };
  await firefox.send('input.setFiles', { context, element: { sharedId: found.result.sharedId }, files: [path] });
}

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR is missing at ${FIREFOX}: apt-get install -y firefox-esr`);
  execSync('node scripts/build-editor.mjs', { stdio: 'inherit' });
  if (!existsSync('dist/firefox/manifest.json')) execSync('npx vite build --mode firefox', { stdio: 'inherit' });
  firefox = await launchFirefox();
  await firefox.send('browser.setDownloadBehavior', { downloadBehavior: { type: 'allowed', destinationFolder: downloads } });
  const { contexts } = (await firefox.send('browsingContext.getTree', {})) as { contexts: { context: string }[] };
  context = contexts[0]!.context;
  await firefox.goto(pathToFileURL(resolve('dist/editor/index.html')).href);
  await waitUntil(() => firefox.evaluate<string | null>(`${$('h1')}?.textContent ?? null`), (t) => t === 'PostPause code editor', 'the editor', 15_000);
});
afterAll(async () => {
  await firefox?.close();
  rmSync(downloads, { recursive: true, force: true });
});

describe('the standalone code editor in Firefox ESR', () => {
  it('runs from disk with one inline script and nothing loaded', async () => {
    expect(await firefox.evaluate('location.protocol')).toBe('file:');
    expect(await firefox.evaluate('[...document.scripts].map((s) => [s.type, s.src])')).toEqual([['', '']]);
    expect(await firefox.evaluate('performance.getEntriesByType("resource").length')).toBe(0);
  });

  it('takes a code typed with real key presses and warns about its keywords', async () => {
    await clickOn('#field-companyName');
    await firefox.type('Acme Bouw');
    await clickOn('#field-topics-0-label');
    await firefox.type('Clients');
    await clickOn('#field-topics-0-keywords');
    await firefox.type(['prorail', 'de', 'politi*'].join(ENTER));
    const warnings = `[...document.querySelectorAll('[data-testid="keyword-notes"] li[data-keyword]')].map((li) => [li.dataset.keyword, [...li.querySelectorAll('[data-warning]')].map((w) => w.dataset.warning)])`;
    await waitUntil(() => firefox.evaluate<[string, string[]][]>(warnings), (rows) => rows.length === 3, 'the three keywords said in words');
    const rows = Object.fromEntries(await firefox.evaluate<[string, string[]][]>(warnings));
    expect(rows.prorail).toEqual([]);
    expect(rows.de).toContain('common');
    expect(rows.de).toContain('short');
    expect(rows['politi*']).toContain('compounds');
    expect(await firefox.evaluate(`${$('[data-keyword="politi*"] [data-warning="compounds"]')}.textContent`)).toContain('“politie”');
  });

  let policy: Record<string, unknown>;

  it('saves the code as the policy JSON', async () => {
    await clickOn('[data-testid="export-json"]');
    policy = await downloaded('policy.json', (bytes) => JSON.parse(bytes.toString('utf8')) as Record<string, unknown>);
    expect(policy).toEqual({ companyName: 'Acme Bouw', topics: [{ id: 'clients', label: 'Clients', keywords: ['prorail', 'de', 'politi*'] }] });
  });

  it("tries the code on X's archive (tweets.js): the figures the core computes", async () => {
    const text = tweetsJs();
    const file = join(downloads, 'tweets.js');
    writeFileSync(file, text);
    const posts = parsePosts(text, 'tweets.js').posts;
    const expected = analyseBatch(batchCode(mergeSettings(validateSettings(policy, 'policy').values), starterTopics), posts);
    await setFile('#batch-file', file);
    const state = `(() => { const b = ${$('[data-testid="batch"]')}; return [b.dataset.state, Number(b.dataset.done), Number(b.dataset.total)]; })()`;
    await waitUntil(() => firefox.evaluate<[string, number, number]>(state), ([s, done, total]) => s === 'done' && done === posts.length && total === posts.length, 'the batch', 30_000);
    expect(await firefox.evaluate(`${$('[data-testid="batch-read"]')}.textContent`)).toBe(`tweets.js: ${posts.length} posts (X archive).`);
    expect(await firefox.evaluate(`${$('[data-testid="batch-status"]')}.textContent`)).toBe(`Done: ${expected.flagged} of ${posts.length} posts would be flagged.`);
    const shownTopics = await firefox.evaluate<[string, string][]>(`[...document.querySelectorAll('[data-testid="batch-topics"] tbody tr')].map((tr) => [tr.dataset.topic, tr.querySelector('td').textContent])`);
    expect(shownTopics.filter(([, n]) => n !== '0')).toEqual(expected.topics.filter((r) => r.posts > 0).map((r) => [r.topic, String(r.posts)]));
    expect(await firefox.evaluate(`${$('[data-testid="batch-keywords"] tbody tr')}.dataset.keyword`)).toBe(expected.keywords[0]!.keyword);
  });

  it('downloads the files for IT: every file policy export writes, byte for byte', async () => {
    await clickOn('[data-testid="bundle-download"]');
    const files = await downloaded('postpause-deployment.zip', (bytes) => unzipSync(bytes));
    const expected = deployFiles(validateSettings(policy, 'policy').values, targets(), { profileId: DEFAULT_PROFILE_ID }).files;
    expect(Object.keys(files).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, content] of Object.entries(expected)) expect(Buffer.from(files[path]!).equals(Buffer.from(content)), path).toBe(true);
  });
});
