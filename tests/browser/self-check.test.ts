/**
 * The self-check: a post that leaves a compose box PostPause did not understand is counted and shown in the
 * toolbar popup; presses that only close or leave a box are not.
 */
import { describe, expect, it } from 'vitest';
import { LINKEDIN, X } from '../pages/locators.mjs';
import { allSurfaces } from './surfaces.ts';
import { contentStatus, expectPublished, openPage, openPopupFor, postAnyway, typeInto, useBrowser, waitUntil } from './helpers.ts';
import { pageCatalogs } from '../../src/core/i18n/pages.ts';

const browser = useBrowser();
const surface = (name: string) => allSurfaces.find((s) => s.name === name)!;

/** What the popup says of missed posts on the open demo page of `site` (null when it says nothing). */
async function missedReport(site: 'x' | 'linkedin') {
  const popup = await openPopupFor(browser(), site);
  await popup.getByTestId('composers').waitFor();
  const missed = popup.getByTestId('missed');
  const text = (await missed.count()) ? await missed.textContent() : null;
  await popup.close();
  return text;
}

/** Waits until the self-check has taken its last look after the presses so far (it says so in the page's status). */
const afterTheLastLook = (site: 'x' | 'linkedin') =>
  waitUntil(() => contentStatus(browser(), site), (found) => found?.status.checking === 0, "the self-check's last look");

describe('self-check', () => {
  it('counts a post that left through a button it no longer recognises, and never stands in its way', async () => {
    const home = surface('X home timeline');
    const page = await openPage(browser(), home.url);
    await typeInto(page, home.editor(page), 'Na de verkiezingen: a post after X renamed its button');
    // X ships a new button overnight: another test id, another label.
    await home.button(page).evaluate((button) => {
      button.removeAttribute('data-testid');
      button.querySelector('span span')!.textContent = 'Send';
    });
    await page.getByRole('button', { name: 'Send' }).click();
    const [record] = await expectPublished(page, 1);
    expect(record!.texts).toEqual(['Na de verkiezingen: a post after X renamed its button']);
    await afterTheLastLook('x');
    expect(await missedReport('x')).toBe(pageCatalogs.en.missedOne);
    await page.close();
  });

  it('counts nothing when a box is closed, left for another button, or posted after a pause', async () => {
    const modal = surface('X compose modal');
    const page = await openPage(browser(), modal.url);
    await modal.reveal!(page);
    await typeInto(page, modal.editor(page), 'A draft I close again');
    await X.closeModal(page).click();
    await modal.editor(page).waitFor({ state: 'detached' });
    const home = surface('X home timeline');
    await typeInto(page, home.editor(page), 'A draft I post after the pause');
    await home.button(page).click();
    await postAnyway(page);
    await expectPublished(page, 1);
    await afterTheLastLook('x');
    expect(await missedReport('x')).toBeNull();
    await page.close();

    const comment = surface('LinkedIn classic comment');
    const linkedin = await openPage(browser(), comment.url);
    await typeInto(linkedin, comment.editor(linkedin), 'A comment I leave for a moment');
    await LINKEDIN.startPostByName(linkedin).click();
    await afterTheLastLook('linkedin');
    expect(await comment.editor(linkedin).textContent()).toBe('A comment I leave for a moment');
    expect(await missedReport('linkedin')).toBeNull();
    await linkedin.close();
  });
});
