/** Sensitive topics in the real browser(): findings in the dialog, the same as the CLI's (mode "flagged" is in policy.test.ts). */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { surfaces } from './surfaces.ts';
import { compose, expectPublished, pauseDialog, pauseOn, postAnyway, useBrowser } from './helpers.ts';

const browser = useBrowser();

function cliFindings(text: string): { topic: string; match: string }[] {
  let out = '';
  main(['check', '--text', text], { out: (l) => (out = l), err: () => {}, stdin: () => '' });
  return JSON.parse(out).findings;
}

const shadowHtml = () => {
  const root = document.querySelector('postpause-root')?.shadowRoot;
  return `${document.documentElement.outerHTML}${root?.innerHTML ?? ''}`;
};

describe('findings', () => {
  it('marks in the draft exactly what the CLI finds, with each topic\'s label and guidance', async () => {
    const surface = surfaces.sduiComment;
    const text = 'Na de verkiezingen moet Wilders ophouden.\nEn #ZwartePiet blijft! 🤫';
    const page = await compose(browser(), surface, text);
    await pauseOn(page, surface);
    const dialog = pauseDialog(page);
    const expected = cliFindings(text);
    expect(expected.length).toBe(4);
    expect(await dialog.locator('mark').allTextContents()).toEqual(expected.map((f) => f.match));
    expect(await dialog.evaluate((el) => el.classList.contains('pp-flagged'))).toBe(true);
    const labels = await dialog.locator('.pp-topic-label').allTextContents();
    expect(labels).toEqual(['Politics', 'Culture war and polarising debates', 'Confidential matters']);
    expect(await dialog.locator('.pp-topic-guidance').first().textContent()).toContain('client meeting');
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]!.texts).toEqual([text]);
    await page.close();
  });

  it('names the words behind a topic that only the starter code\'s learned weights found, and still posts', async () => {
    const surface = surfaces.xHome;
    const text = 'Fijn dat onze nieuwe teamleider vandaag weer het werk van anderen presenteerde. Echt een leider, hoor.';
    const expected = cliFindings(text) as { topic: string; match: string; learned?: boolean }[];
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.every((f) => f.topic === 'hostility' && f.learned)).toBe(true);
    const page = await compose(browser(), surface, text);
    await pauseOn(page, surface);
    const dialog = pauseDialog(page);
    expect(await dialog.locator('mark').allTextContents()).toEqual(expected.map((f) => f.match));
    expect(await dialog.locator('.pp-topic-label').allTextContents()).toEqual(['Hostility and insults']);
    const found = await dialog.locator('.pp-topic-found').textContent();
    expect(found).toBe(`Reads like this topic: ${expected.map((f) => `“${f.match}”`).join(', ')}`);
    await dialog.locator('.pp-why summary').click();
    await expect.poll(() => dialog.locator('.pp-topic-keywords').textContent()).toContain('No keyword matched');
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]!.texts).toEqual([text]);
    await page.close();
  });

  it('never puts the code\'s keyword lists into the page', async () => {
    const surface = surfaces.xHome;
    const page = await compose(browser(), surface, 'Over Wilders gesproken');
    await pauseOn(page, surface);
    const html = await page.evaluate(shadowHtml);
    expect(html).toContain('Wilders');
    // Keywords of the starter code that are not in the draft appear nowhere in the page, our dialog included.
    for (const keyword of ['klimaatdrammer', 'omvolking', 'kankerlijer', 'timmermans', 'chemtrail']) expect(html.toLowerCase()).not.toContain(keyword);
    await page.close();
  });
});
