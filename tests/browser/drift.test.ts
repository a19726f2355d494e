/**
 * Drift: the demo pages with the hooks PostPause leans on renamed or gone (test ids, component keys, class
 * names), Dutch labels, and buttons wrapped or moved (tests/support/drift.mjs). PostPause still pauses through
 * its fallback rules, names the rule in the popup's debug view, and the post goes out once and unchanged.
 */
import { describe, expect, it } from 'vitest';
import { inDutch, PAGES, WITHOUT_HOOKS, type SurfaceLocators } from '../pages/locators.mjs';
import { applyDrift } from '../support/drift.mjs';
import { expectPublished, openPopupFor, pauseOn, postAnyway, siteOf, typeInto, useBrowser } from './helpers.ts';

const browser = useBrowser();

interface DriftCase extends SurfaceLocators {
  name: string;
  drift: Parameters<typeof applyDrift>[0];
  /** The rules the popup names for the composers found, one of them the fallback that caught this drift. */
  rule: string;
}

const { xHome, xModal, linkedinComment, linkedinShare, sduiComment } = WITHOUT_HOOKS;
const CASES: DriftCase[] = [
  { name: 'X test ids renamed', drift: 'x-ids', url: PAGES.xHome, ...xHome(), rule: 'x.button.text' },
  { name: 'X test ids gone, Dutch labels', drift: 'x-noids', url: inDutch(PAGES.xHome), ...xHome('nl'), rule: 'x.button.text' },
  { name: 'X compose modal, test ids gone', drift: 'x-noids', url: PAGES.xHome, ...xModal(), rule: 'x.editor.class.draft' },
  { name: 'LinkedIn classic comment, classes renamed', drift: 'li-classes', url: PAGES.linkedin, ...linkedinComment(), rule: 'li.button.text' },
  {
    name: 'LinkedIn classic comment, classes gone, Dutch labels', drift: 'li-noclasses', url: inDutch(PAGES.linkedin),
    ...linkedinComment('nl'), rule: 'li.button.text',
  },
  {
    name: 'LinkedIn classic share box in the shadow root, classes gone', drift: 'li-noclasses', url: PAGES.linkedinShadow,
    ...linkedinShare(), rule: 'li.button.text',
  },
  { name: 'LinkedIn classic comment, button wrapped', drift: 'li-wrap', url: PAGES.linkedin, ...linkedinComment(), rule: 'li.button.class.comment' },
  {
    name: 'LinkedIn classic comment, button moved above the editor', drift: 'li-move', url: PAGES.linkedin,
    ...linkedinComment(), rule: 'li.button.class.comment',
  },
  {
    name: 'LinkedIn SDUI comment, component keys gone', drift: 'sdui-nokeys', url: PAGES.linkedinSdui,
    ...sduiComment(), rule: 'li.button.view.comment',
  },
];

describe('drift', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: pauses through a fallback and posts once', async (_, c) => {
    const page = await browser().context.newPage();
    await page.addInitScript(applyDrift, c.drift);
    await page.goto(c.url);
    await page.waitForFunction(() => window.__pp_ready === true);
    await c.reveal?.(page);
    const text = `Na de verkiezingen: ${c.name}`;
    await typeInto(page, c.editor(page), text);
    const popup = await openPopupFor(browser(), siteOf(c.url));
    expect(await popup.getByTestId('rules').textContent()).toContain(c.rule);
    await popup.close();
    await pauseOn(page, c);
    await postAnyway(page);
    const [record] = await expectPublished(page, 1);
    expect(record!.texts).toEqual([text]);
    await page.close();
  });
});
