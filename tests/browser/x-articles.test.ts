/**
 * X Articles at /compose/articles/edit/<id> (docs/evidence/x.md#articles): a title and a Draft.js body; "Publish"
 * (no test id) opens the "Publish Article" sheet, whose own "Publish" publishes. PostPause pauses once, at the
 * first "Publish", with the title and the body; the sheet's "Publish" then goes out without a second pause.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { inDutch, SURFACES, X } from '../pages/locators.mjs';
import {
  expectPublished, expectQuietAfter, keepEditing, openPage, pauseDialog, popupReport, postAnyway, previewParts, published, typeInto, useBrowser, waitUntil,
} from './helpers.ts';

const browser = useBrowser();
afterEach(async () => {
  for (const open of browser().context.pages()) if (open.url().startsWith('https://')) await open.close();
});

const surface = SURFACES.xArticle;
const TITLE = 'What the elections mean for our projects';
const BODY = 'Na de verkiezingen blijven we bouwen.\nOur bridges do not vote.';


const report = () => popupReport(browser(), 'x');


async function writeArticle(page: Page, title: string, body: string, editor = surface.editor) {
  await X.articleTitle(page).fill(title);
  await typeInto(page, editor(page), body);
}

const captions = (page: Page) => pauseDialog(page).locator('[data-testid="pp-preview"] figure').evaluateAll((parts) => parts.map((p) => p.querySelector('figcaption')?.textContent ?? ''));

describe('X Articles', () => {
  it('pauses once at "Publish" with the title and the body; the sheet\'s "Publish" goes out once', async () => {
    const page = await openPage(browser(), surface.url);
    expect(await surface.button(page).isDisabled()).toBe(true);
    await writeArticle(page, TITLE, BODY);
    expect((await report()).lines).toContain('x-draft · post · x.button.text · x.editor.class.draft');
    await surface.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual([TITLE, BODY]);
    expect(await captions(page)).toEqual(['Title', 'Your draft']);
    await postAnyway(page);
    const publishNow = X.articleSheetPublish(page);
    await publishNow.waitFor();
    expect(await page.locator('#layers [role="dialog"]').getByRole('heading', { name: 'Publish Article' }).count()).toBe(1);
    expect(await published(page)).toEqual([]);
    await publishNow.click();
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'article', title: TITLE, texts: [BODY] });
    await expectQuietAfter(browser(), page, 'x');
  });

  it('in Dutch ("Publiceren", "Artikel publiceren") the same', async () => {
    const page = await openPage(browser(), inDutch(surface.url));
    await page.locator('main textarea[name="Titel Artikel"]').fill(TITLE);
    await typeInto(page, surface.editor(page), BODY);
    await page.locator('main').getByRole('button', { name: 'Publiceren', exact: true }).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual([TITLE, BODY]);
    await postAnyway(page);
    await page.locator('#layers [role="dialog"]').getByRole('button', { name: 'Publiceren', exact: true }).click();
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'article', title: TITLE });
    await expectQuietAfter(browser(), page, 'x');
  });

  it('closing the sheet publishes nothing; "Publish" again pauses again', async () => {
    const page = await openPage(browser(), surface.url);
    await writeArticle(page, TITLE, BODY);
    await surface.button(page).click();
    await postAnyway(page);
    await page.locator('#layers [role="dialog"] [data-testid="app-bar-close"]').click();
    expect(await published(page)).toEqual([]);
    await surface.button(page).click();
    await pauseDialog(page).waitFor();
    await postAnyway(page);
    await X.articleSheetPublish(page).click();
    await expectPublished(page, 1);
  });

  it('20 articles on one page, none doubled or lost', async () => {
    const page = await openPage(browser(), surface.url);
    for (let n = 1; n <= 20; n++) {
      await writeArticle(page, `Title ${n}`, `Body ${n}`);
      await surface.button(page).click();
      await keepEditing(page);
      await surface.button(page).click();
      await postAnyway(page);
      await X.articleSheetPublish(page).click();
      await waitUntil(() => published(page), (records) => records.length === n, `article ${n}`);
      expect(await pauseDialog(page).count()).toBe(0);
    }
    const records = (await expectPublished(page, 20)) as { title?: string; texts: string[] }[];
    expect(records.map((r) => [r.title, r.texts[0]])).toEqual(Array.from({ length: 20 }, (_, i) => [`Title ${i + 1}`, `Body ${i + 1}`]));
  });

  it('drift, the body\'s test id and Draft\'s classes gone: the body found by its role, title and body read', async () => {
    const page = await browser().context.newPage();
    // Runs in the page before it renders: X's own Draft fork renames its classes, and the test id goes.
    await page.addInitScript(() => {
      const fix = (el: Element) => {
        if (el.getAttribute('data-testid') === 'composer') el.removeAttribute('data-testid');
        for (const name of [...el.classList]) if (name.startsWith('public-Draft') || name.startsWith('Draft')) el.classList.remove(name);
      };
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes') fix(r.target as Element);
          for (const node of r.addedNodes) if (node instanceof Element) [node, ...node.querySelectorAll('*')].forEach(fix);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'data-testid'] });
    });
    await page.goto(surface.url);
    await page.waitForFunction(() => window.__pp_ready === true);
    await writeArticle(page, TITLE, BODY, (p) => p.locator('main [role="textbox"][contenteditable="true"]'));
    expect((await report()).lines).toContain('x-draft · post · x.button.text · x.editor.aria');
    await surface.button(page).click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual([TITLE, BODY]);
    await postAnyway(page);
    await X.articleSheetPublish(page).click();
    expect((await expectPublished(page, 1))[0]).toMatchObject({ title: TITLE, texts: [BODY] });
    await expectQuietAfter(browser(), page, 'x');
  });
});
