/**
 * LinkedIn articles and newsletters at /article/new/ (docs/evidence/linkedin.md#articles-and-newsletters): a "Title"
 * box and a body `.ql-editor` labelled "Article editor content"; "Next" opens a dialog with a text box for the share
 * commentary and "Publish". "Next" never pauses; "Publish" pauses once, with what the article publishes, and the
 * article goes out once.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../../src/core/i18n/messages.ts';
import { LINKEDIN, SURFACES } from '../pages/locators.mjs';
import { afterTwoFrames, expectPublished, firstPauseOfTheDay, openPage, pauseDialog, postAnyway, published, typeInto, useBrowser } from './helpers.ts';

const browser = useBrowser();


const TITLE = 'A year of on-call';
const BODY = 'What we learned about alerts.\nAnd about sleep.';
const COMMENTARY = 'My first article, on running a calm on-call rota.';

/** Writes the article, presses "Next" (which must publish nothing) and writes the commentary. */
async function writeArticle(page: Page, commentary = COMMENTARY) {
  await LINKEDIN.articleTitle(page).fill(TITLE);
  await typeInto(page, LINKEDIN.articleBody(page), BODY);
  await LINKEDIN.articleNext(page).click();
  await afterTwoFrames(page);
  expect(await pauseDialog(page).count()).toBe(0);
  expect(await published(page)).toEqual([]);
  await SURFACES.linkedinArticle.editor(page).waitFor();
  if (commentary) await typeInto(page, SURFACES.linkedinArticle.editor(page), commentary);
}

/** The parts of the pause: what each is (its caption, or "post" for the lone draft) and its text. */
const parts = (page: Page) => pauseDialog(page).locator('figure.pp-part').evaluateAll((figures) =>
  figures.map((figure) => ({ kind: figure.getAttribute('data-kind'), text: figure.querySelector('[data-testid="pp-part"]')?.textContent })));

describe('LinkedIn article', () => {
  it('"Next" never pauses; "Publish" pauses once with the commentary and the title; the article goes out once', async () => {
    const page = await openPage(browser(), SURFACES.linkedinArticle.url);
    expect(await LINKEDIN.articleBody(page).getAttribute('aria-label')).toBe('Article editor content');
    await writeArticle(page);
    await firstPauseOfTheDay(browser(), page);
    await LINKEDIN.publish(page).click();
    await pauseDialog(page).waitFor();
    const shown = await parts(page);
    expect(shown).toContainEqual({ kind: 'title', text: TITLE });
    expect(shown).toContainEqual({ kind: 'post', text: COMMENTARY });
    expect(await pauseDialog(page).locator('figure[data-kind="title"] figcaption').textContent()).toBe(en.partTitle);
    await postAnyway(page);
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'article', texts: [COMMENTARY, TITLE, BODY] });
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.close();
  });

  it('"Publish" with no commentary pauses too, on the title', async () => {
    const page = await openPage(browser(), SURFACES.linkedinArticle.url);
    await writeArticle(page, '');
    await firstPauseOfTheDay(browser(), page);
    await LINKEDIN.publish(page).click();
    await pauseDialog(page).waitFor();
    expect(await parts(page)).toContainEqual({ kind: 'title', text: TITLE });
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'article', texts: ['', TITLE, BODY] });
    await page.close();
  });

  it('"Publish" shows the article\'s body too, what most of the article is', async () => {
    const page = await openPage(browser(), SURFACES.linkedinArticle.url);
    await writeArticle(page);
    await firstPauseOfTheDay(browser(), page);
    await LINKEDIN.publish(page).click();
    await pauseDialog(page).waitFor();
    // The body is neither the post nor its title: the adapter has no part kind to read it as (see the report).
    expect((await parts(page)).map((part) => part.text)).toContain(BODY);
    await postAnyway(page);
    await expectPublished(page, 1);
    await page.close();
  });
});
