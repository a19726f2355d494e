/**
 * The code editor in real Chromium: the extension page (chrome-extension://<id>/src/editor/index.html) and the
 * standalone page (file://…/dist/editor/index.html). Write a code, see the warnings and problems, undo and
 * redo, the employee's view in both languages light and dark, load LinkedIn's export and a labelled file and
 * see the figures the core computes, save the JSON, and download the files for IT and find every one in it.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE_ID } from '../../src/cli/deploy/macos.ts';
import { deployFiles } from '../../src/cli/deploy/index.ts';
import { targets } from '../../src/cli/deploy/ids.ts';
import { analyseBatch, batchCode } from '../../src/core/batch/batch.ts';
import { evaluateLabelled } from '../../src/core/batch/evaluate.ts';
import { parsePosts } from '../../src/core/batch/parse.ts';
import { mergeSettings, validateSettings } from '../../src/core/policy/schema.ts';
import { starterTopics } from '../../src/core/starter/topics.ts';
import { CHROMIUM } from '../support/browser.mjs';
import { launchWithExtension, waitUntil, type Launched } from './helpers.ts';

const STANDALONE = pathToFileURL(resolve('dist/editor/index.html')).href;
let browser: Launched;
let page: Page;
/** The code as the page saved it (policy.json). */
let policy: Record<string, unknown>;
const tmp = mkdtempSync(join(tmpdir(), 'postpause-editor-'));

/** LinkedIn's Shares.csv as the data export writes it (BOM, quoted commentary with quotes and line breaks), from the tuning posts. */
function sharesCsv(): string {
  const posts = readFileSync('tests/eval/sets/tuning-2026-12.jsonl', 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { text: string });
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const rows = posts.map((p, i) => [`2026-11-${String((i % 28) + 1).padStart(2, '0')} 09:${String(i % 60).padStart(2, '0')}:00`, `https://www.linkedin.com/feed/update/urn:li:share:${7000 + i}`, quote(p.text), '', '', 'MEMBER_NETWORK'].join(','));
  return `\uFEFFDate,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n${rows.join('\r\n')}\r\n`;
}

const batchState = (p: Page) => p.getByTestId('batch').evaluate((el) => ({ state: el.dataset.state, done: Number(el.dataset.done), total: Number(el.dataset.total) }));

async function waitForBatch(p: Page, total: number) {
  await waitUntil(() => batchState(p), (s) => s.state === 'done' && s.total === total, `the batch of ${total} posts`, 30_000);
}

/** What a shadow-rooted preview shows: its question, marks, findings' labels, theme and background. */
const previewOf = (p: Page, id: string) =>
  p.getByTestId(id).evaluate((host) => {
    const root = host.shadowRoot!;
    const dialog = root.querySelector('dialog')!;
    const rgb = getComputedStyle(dialog).backgroundColor.match(/\d+/g)!.map(Number);
    return {
      question: root.querySelector('h2')?.textContent,
      lang: dialog.getAttribute('lang'),
      flagged: dialog.classList.contains('pp-flagged'),
      marks: [...root.querySelectorAll('mark')].map((m) => m.textContent),
      topics: [...root.querySelectorAll('.pp-topic-label')].map((m) => m.textContent),
      theme: host.getAttribute('data-theme'),
      dark: 0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]! < 128,
    };
  });

beforeAll(async () => {
  if (!existsSync('dist/chrome/src/editor/index.html')) execSync('npx vite build', { stdio: 'inherit' });
  execSync('node scripts/build-editor.mjs', { stdio: 'inherit' });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/editor/index.html`);
  await page.getByRole('heading', { level: 1, name: 'PostPause code editor' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the code editor, as an extension page', () => {
  it('labels every field and follows the browser language, with a switch', async () => {
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea')].filter((el) => (el as HTMLInputElement).labels?.length === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby')).map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'PostPause-code-editor' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByLabel('Bedrijfsnaam').count()).toBe(1);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'PostPause code editor' }).waitFor();
  });

  it('says what each keyword matches and warns where it will likely misfire', async () => {
    await page.getByLabel('Company name').fill('Acme Bouw');
    await page.getByLabel('Name in English').fill('Clients');
    await page.getByLabel('Name in Dutch').fill('Klanten');
    await page.getByLabel('Guidance in English').fill('Name a client only with their written consent.');
    await page.getByLabel('Keywords, one per line').fill('prorail\nschiphol*\nde\nai\npoliti*');
    const notes = page.getByTestId('keyword-notes');
    await expect.poll(() => notes.locator('li[data-keyword]').count()).toBe(5);
    expect(await notes.locator('li[data-keyword="prorail"]').textContent()).toContain('Matches the word “prorail”');
    expect(await notes.locator('li[data-keyword="prorail"] [data-warning]').count()).toBe(0);
    expect(await notes.locator('li[data-keyword="schiphol*"]').textContent()).toContain('words starting with “schiphol”');
    expect(await notes.locator('li[data-keyword="de"] [data-warning="common"]').allTextContents()).toContainEqual(expect.stringContaining('One of the 1,000 most common Dutch words'));
    expect(await notes.locator('li[data-keyword="ai"] [data-warning="short"]').textContent()).toContain('short abbreviation');
    expect(await notes.locator('li[data-keyword="politi*"] [data-warning="compounds"]').textContent()).toContain('“politie”');
    expect(await page.getByTestId('problems').textContent()).toContain('No problems');
  });

  it('shows a problem at its field with its JSON path, and undoes and redoes every edit', async () => {
    const id = page.getByLabel('Id (letters, digits, - or _)');
    await id.fill('bad id');
    const problems = page.locator('[data-path="topics[0].id"] [data-testid="field-problems"]');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('At topics[0].id: use 1 to 64 letters, digits, "-" or "_"');
    expect(await id.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('problems').getByRole('heading').textContent()).toBe('Problems (1)');
    expect(await page.getByTestId('bundle-download').isDisabled()).toBe(true);
    // The summary's link takes the keyboard to the field.
    await page.getByTestId('problems').getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-topics-0-id');
    await page.keyboard.press('Control+z');
    await expect.poll(() => id.inputValue()).toBe('clients');
    expect(await page.getByTestId('problems').textContent()).toContain('No problems');
    await page.keyboard.press('Control+y');
    await expect.poll(() => id.inputValue()).toBe('bad id');
    await page.getByTestId('undo').click();
    await expect.poll(() => id.inputValue()).toBe('clients');
    // Keywords come back with undo too, in their box.
    await page.getByLabel('Keywords, one per line').fill('prorail');
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByLabel('Keywords, one per line').inputValue()).toBe('prorail\nschiphol*\nde\nai\npoliti*');
    expect(await page.getByTestId('bundle-download').isDisabled()).toBe(false);
  });

  it("shows the employee's view: the real pause dialog, in English and Dutch, light and dark", async () => {
    await page.getByTestId('preview-post').fill('After Wilders won we start at Schiphol for ProRail.');
    await expect.poll(async () => (await previewOf(page, 'preview-en-light')).marks).toEqual(['Wilders', 'Schiphol', 'ProRail']);
    const enLight = await previewOf(page, 'preview-en-light');
    expect(enLight).toMatchObject({ question: "Is this appropriate and does it help our company's goals?", lang: 'en', flagged: true, topics: ['Politics', 'Clients'], theme: 'light', dark: false });
    expect(await previewOf(page, 'preview-en-dark')).toMatchObject({ lang: 'en', theme: 'dark', dark: true, marks: enLight.marks });
    expect(await previewOf(page, 'preview-nl-light')).toMatchObject({ question: 'Is dit gepast en draagt het bij aan de doelen van ons bedrijf?', lang: 'nl', topics: ['Politiek', 'Klanten'], dark: false });
    expect(await previewOf(page, 'preview-nl-dark')).toMatchObject({ lang: 'nl', theme: 'dark', dark: true });
  });

  it('says which starter keywords the learned weights set aside, in the editor\'s language, while the dialog shows none', async () => {
    const coffee = 'The great replacement of our coffee machine is finally done: the old one leaked for months, the new one grinds beans and even makes oat milk foam. Thanks to facilities for the quick work this week.';
    await page.getByTestId('preview-post').fill(coffee);
    const note = page.getByTestId('preview-set-aside');
    await expect.poll(() => note.textContent()).toContain('“great replacement” (Conspiracy theories and misinformation)');
    expect(await note.textContent()).toContain('set aside');
    expect((await previewOf(page, 'preview-en-light')).marks).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => note.textContent()).toContain('“great replacement” (Complottheorieën en desinformatie)');
    expect(await note.textContent()).toContain('terzijde gelegd');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('preview-post').fill('After Wilders won we start at Schiphol.');
    await expect.poll(() => note.count()).toBe(0);
  });

  it('writes keywords with conditions: many keywords in one condition, each said in words, found only near their context', async () => {
    await page.getByRole('button', { name: 'Add a keyword with conditions' }).click();
    const rule = page.getByTestId('rule');
    await rule.getByLabel('Keywords under these conditions, one per line').fill('spoorbrug\nviaduct*');
    await rule.getByLabel('Counts only near one of these, one per line').fill('{money}');
    const notes = rule.getByTestId('rule-notes');
    await expect.poll(() => notes.locator('li[data-keyword]').count()).toBe(2);
    expect(await notes.locator('li[data-keyword="viaduct*"]').textContent()).toContain('words starting with “viaduct”');
    await page.getByTestId('preview-post').fill('Onze prijs voor de spoorbrug en twee viaducten: € 2,4 mln.');
    await expect.poll(async () => (await previewOf(page, 'preview-en-light')).marks).toEqual(expect.arrayContaining(['spoorbrug', 'viaducten']));
    expect((await previewOf(page, 'preview-en-light')).topics).toContain('Clients');
    await page.getByTestId('preview-post').fill('Vandaag spoorbrug en twee viaducten opgeleverd.');
    await expect.poll(async () => (await previewOf(page, 'preview-en-light')).marks).toEqual([]);
    expect(await page.getByTestId('problems').textContent()).toContain('No problems');
  });

  it('saves the code as the policy JSON', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    expect(download.suggestedFilename()).toBe('policy.json');
    await download.saveAs(join(tmp, 'policy.json'));
    policy = JSON.parse(readFileSync(join(tmp, 'policy.json'), 'utf8'));
    expect(policy).toEqual({
      companyName: 'Acme Bouw',
      topics: [{
        id: 'clients', label: 'Clients', labelNl: 'Klanten', guidance: 'Name a client only with their written consent.', keywords: ['prorail', 'schiphol*', 'de', 'ai', 'politi*'],
        rules: [{ keywords: ['spoorbrug', 'viaduct*'], near: ['{money}'] }],
      }],
    });
    expect(validateSettings(policy, 'policy').problems).toEqual([]);
  });

  it("tries the code on LinkedIn's Shares.csv: per topic, the keywords that fire most, each flagged post", async () => {
    const csv = sharesCsv();
    const posts = parsePosts(csv, 'Shares.csv').posts;
    const expected = analyseBatch(batchCode(mergeSettings(validateSettings(policy, 'policy').values), starterTopics), posts);
    await page.getByTestId('batch-file').setInputFiles({ name: 'Shares.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await waitForBatch(page, posts.length);
    expect(await page.getByTestId('batch-read').textContent()).toBe(`Shares.csv: ${posts.length} posts (LinkedIn shares).`);
    expect(await page.getByTestId('batch-progress').evaluate((el: HTMLProgressElement) => [el.value, el.max])).toEqual([posts.length, posts.length]);
    expect(await page.getByTestId('batch-status').textContent()).toBe(`Done: ${expected.flagged} of ${posts.length} posts would be flagged.`);
    for (const row of expected.topics.filter((r) => r.posts > 0)) {
      expect(await page.locator(`[data-testid="batch-topics"] tr[data-topic="${row.topic}"] td`).first().textContent(), row.topic).toBe(String(row.posts));
    }
    // "de" is in almost every Dutch post: it leads the keywords and is marked as noisy.
    const first = page.locator('[data-testid="batch-keywords"] tbody tr').first();
    expect(await first.getAttribute('data-keyword')).toBe(expected.keywords[0]!.keyword);
    expect(expected.keywords[0]!.keyword).toBe('de');
    expect(await first.getAttribute('data-noisy')).toBe('true');
    const shown = page.locator('[data-testid="batch-flagged"] > li');
    expect(await shown.count()).toBe(Math.min(50, expected.flagged));
    const firstPost = posts[expected.results[0]!.index]!;
    expect(await shown.first().getAttribute('data-id')).toBe(firstPost.id);
    expect(await shown.first().locator('mark').allTextContents()).toEqual(expected.results[0]!.findings.map((f) => firstPost.text.slice(f.start, f.end)));
  });

  it('gives recall and false positives per topic for a labelled file', async () => {
    const text = readFileSync('tests/eval/sets/frozen.jsonl', 'utf8');
    const posts = parsePosts(text, 'frozen.jsonl').posts;
    const code = batchCode(mergeSettings(validateSettings(policy, 'policy').values), starterTopics);
    const evaluation = evaluateLabelled(posts, analyseBatch(code, posts));
    await page.getByTestId('batch-file').setInputFiles({ name: 'frozen.jsonl', mimeType: 'application/json', buffer: Buffer.from(text) });
    await waitForBatch(page, posts.length);
    const pct = (x: number | null) => (x === null ? '–' : x.toLocaleString('en-GB', { style: 'percent', maximumFractionDigits: 1 }));
    expect(await page.getByTestId('eval-recall').textContent()).toContain(`Found: ${pct(evaluation.recall)} of the sensitive posts`);
    expect(await page.getByTestId('eval-false').textContent()).toContain(`${pct(evaluation.falsePositiveRate)} of the harmless posts`);
    const politics = evaluation.topics.find((t) => t.topic === 'politics')!;
    expect(await page.locator('[data-testid="eval-topics"] tr[data-topic="politics"] td').allTextContents()).toEqual([String(politics.labelled), String(politics.found), pct(politics.recall), String(politics.falsePositives)]);
  });

  it('makes the files for IT on this page too: every file policy export writes, byte for byte', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bundle-download').click()]);
    await download.saveAs(join(tmp, 'extension-bundle.zip'));
    const files = unzipSync(readFileSync(join(tmp, 'extension-bundle.zip')));
    const expected = deployFiles(validateSettings(policy, 'policy').values, targets(), { profileId: DEFAULT_PROFILE_ID }).files;
    expect(Object.keys(files).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, content] of Object.entries(expected)) expect(Buffer.from(files[path]!).equals(Buffer.from(content)), path).toBe(true);
  });
});

describe('opening a policy file with mistakes', () => {
  it("shows readPolicyFile's problems at their fields, keeps the invalid values there, and removes an unknown key", async () => {
    const file = {
      policies: { '3rdparty': { Extensions: { 'postpause@postpause.app': { mode: 'sometimes', colour: 'red', pauseSeconds: '90', topics: [{ id: 'gossip', label: 'Gossip', keywords: ['roddel', 7] }] } } } },
    };
    await page.getByTestId('open-policy').setInputFiles({ name: 'policies.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => page.getByTestId('opened').textContent()).toContain('Some values in policies.json are not valid');
    expect(await page.getByLabel('When to pause').inputValue()).toBe('sometimes');
    expect(await page.locator('[data-path="mode"] [data-testid="field-problems"]').textContent()).toContain('At mode:');
    // Firefox's registry-style "90" arrives as the number 90, which is out of range.
    expect(await page.getByLabel('Wait before "Post anyway" when a topic is found (seconds, 0 to 60)').inputValue()).toBe('90');
    expect(await page.locator('[data-path="pauseSeconds"] [data-testid="field-problems"]').textContent()).toContain('At pauseSeconds:');
    expect(await page.locator('[data-path="topics[0].keywords"] [data-testid="field-problems"]').textContent()).toContain('At topics[0].keywords[1]:');
    expect(await page.getByLabel('Name in English').inputValue()).toBe('Gossip');
    const summary = page.getByTestId('problems');
    expect(await summary.locator('li[data-path="colour"]').textContent()).toContain('Not shown as a field: At colour: unknown setting, ignored');
    await summary.getByRole('button', { name: 'Remove colour' }).click();
    await expect.poll(() => summary.locator('li[data-path="colour"]').count()).toBe(0);
    // The whole file came in as one step: undo twice (the removal, the opening) gives the code before it back.
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByLabel('Company name').inputValue()).toBe('Acme Bouw');
    expect(await page.getByTestId('problems').textContent()).toContain('No problems');
  });
});

describe('the code editor, standalone from disk', () => {
  it('opens the saved code and downloads the files for IT: every file policy export writes, byte for byte', async () => {
    // A browser of its own, without the extension and without the demo pages' routing (which aborts file://).
    const plain = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--lang=en-US'] });
    const standalone = await (await plain.newContext({ acceptDownloads: true, locale: 'en-US' })).newPage();
    await standalone.goto(STANDALONE);
    await standalone.getByRole('heading', { level: 1, name: 'PostPause code editor' }).waitFor();
    expect(await standalone.evaluate(() => [...document.scripts].map((s) => [s.type, s.src]))).toEqual([['', '']]);
    await standalone.getByTestId('open-policy').setInputFiles(join(tmp, 'policy.json'));
    await expect.poll(() => standalone.getByTestId('opened').textContent()).toBe('Opened policy.json. ');
    expect(await standalone.getByLabel('Company name').inputValue()).toBe('Acme Bouw');
    const [download] = await Promise.all([standalone.waitForEvent('download'), standalone.getByTestId('bundle-download').click()]);
    expect(download.suggestedFilename()).toBe('postpause-deployment.zip');
    await download.saveAs(join(tmp, 'bundle.zip'));
    const files = unzipSync(readFileSync(join(tmp, 'bundle.zip')));
    const expected = deployFiles(validateSettings(policy, 'policy').values, targets(), { profileId: DEFAULT_PROFILE_ID }).files;
    expect(Object.keys(files).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, content] of Object.entries(expected)) expect(Buffer.from(files[path]!).equals(Buffer.from(content)), path).toBe(true);
    expect(await standalone.getByTestId('bundle-status').textContent()).toBe(`postpause-deployment.zip is ready: ${Object.keys(expected).length} files.`);
    await plain.close();
  });
});
