/**
 * X's touch layout (docs/evidence/x.md#mobile-layout), `?layout=mobile` on the demo page: a plain <textarea>
 * inside main div[data-testid^="tweetTextarea"], with main button[data-testid^="tweetButton"], on the
 * /compose/post page and in the inline reply. Paused like a post; posted once, unchanged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SURFACES } from '../pages/locators.mjs';
import { applyDrift } from '../support/drift.mjs';
import {
  afterTwoFrames, expectPublished, expectQuietAfter, keepEditing, openPage, pauseDialog, popupReport, postAnyway, previewParts, published, SHORTCUT, typeInto, useBrowser, waitUntil,
} from './helpers.ts';

const browser = useBrowser();
afterEach(async () => {
  for (const open of browser().context.pages()) if (open.url().startsWith('https://')) await open.close();
});

const compose = SURFACES.xMobile;
const reply = SURFACES.xMobileReply;
const TEXT = 'Na de verkiezingen: from my phone\nwith a second line';

const report = () => popupReport(browser(), 'x');


describe('X touch layout', () => {
  it('the compose page\'s textarea: paused, then posted once and unchanged', async () => {
    const page = await openPage(browser(), compose.url);
    await typeInto(page, compose.editor(page), TEXT);
    expect((await report()).lines).toEqual(['x-draft · post · x.button.testid.modal · x.editor.testid.textarea']);
    await compose.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual([TEXT]);
    await postAnyway(page);
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'mobile', texts: [TEXT] });
    await page.waitForURL(/\/home$/);
    await expectQuietAfter(browser(), page, 'x');
  });

  it('the inline reply\'s textarea: paused as a reply, posted once', async () => {
    const page = await openPage(browser(), reply.url);
    await typeInto(page, reply.editor(page), TEXT);
    expect((await report()).lines).toEqual(['x-draft · reply · x.button.testid.inline · x.editor.testid.textarea']);
    await reply.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual([TEXT]);
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'mobile-reply', texts: [TEXT] });
    expect(await reply.editor(page).inputValue()).toBe('');
    await expectQuietAfter(browser(), page, 'x');
  });

  it('"Keep editing" keeps the text, and nothing goes out', async () => {
    const page = await openPage(browser(), compose.url);
    await typeInto(page, compose.editor(page), 'A first draft');
    await compose.button(page).click();
    await keepEditing(page);
    expect(await compose.editor(page).inputValue()).toBe('A first draft');
    await afterTwoFrames(page);
    expect(await published(page)).toEqual([]);
  });

  it('Ctrl+Enter, which the plain textarea has no use for (a guess: docs/evidence/x.md#mobile-layout), neither posts nor pauses', async () => {
    const page = await openPage(browser(), compose.url);
    await typeInto(page, compose.editor(page), 'A first draft');
    await page.keyboard.press(SHORTCUT);
    await afterTwoFrames(page);
    expect(await pauseDialog(page).count()).toBe(0);
    expect(await published(page)).toEqual([]);
  });

  it('20 posts from the compose page, none doubled or lost', async () => {
    const page = await openPage(browser(), compose.url);
    for (let n = 1; n <= 20; n++) {
      if (n > 1) await page.getByRole('link', { name: 'Post', exact: true }).click();
      await typeInto(page, compose.editor(page), `round ${n}`);
      await compose.button(page).click();
      await keepEditing(page);
      await compose.button(page).click();
      await postAnyway(page);
      await waitUntil(() => published(page), (records) => records.length === n, `post ${n}`);
      await page.waitForURL(/\/home$/);
    }
    const records = await expectPublished(page, 20);
    expect(records.map((r) => r.texts[0])).toEqual(Array.from({ length: 20 }, (_, i) => `round ${i + 1}`));
    expect(await page.locator('postpause-root').count()).toBe(1);
  });

  it('drift, test ids gone: still paused through a fallback, posted once', async () => {
    const page = await browser().context.newPage();
    await page.addInitScript(applyDrift, 'x-noids' as const);
    await page.goto(compose.url);
    await page.waitForFunction(() => window.__pp_ready === true);
    const editor = page.locator('main textarea');
    await typeInto(page, editor, TEXT);
    const button = page.locator('main').getByRole('button', { name: 'Post', exact: true });
    await button.click();
    await pauseDialog(page).waitFor({ timeout: 5000 });
    expect(await previewParts(page)).toEqual([TEXT]);
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'mobile', texts: [TEXT] });
    await expectQuietAfter(browser(), page, 'x');
  });
});
