/**
 * Drift: the demo pages with the hooks PostPause leans on renamed or gone (test ids, component keys, class
 * names), Dutch labels, and buttons wrapped or moved (tests/support/drift.mjs). PostPause still pauses through
 * its fallback rules, names the rule in the popup's debug view, and the post goes out once and unchanged.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { applyDrift } from '../support/drift.mjs';
import { expectPublished, openPopupFor, pauseDialog, postAnyway, typeInto, useBrowser } from './helpers.ts';

const browser = useBrowser();

interface DriftCase {
  name: string;
  drift: Parameters<typeof applyDrift>[0];
  url: string;
  reveal?: (page: Page) => Promise<void>;
  editor: (page: Page) => ReturnType<Page['locator']>;
  button: (page: Page) => ReturnType<Page['locator']>;
  /** The rules the popup names for the composers found, one of them the fallback that caught this drift. */
  rule: string;
}

const CASES: DriftCase[] = [
  {
    name: 'X test ids renamed',
    drift: 'x-ids',
    url: 'https://x.com/home',
    editor: (page) => page.locator('[data-testid="primaryColumn"] [role="textbox"]'),
    button: (page) => page.locator('[data-testid="primaryColumn"]').getByRole('button', { name: 'Post', exact: true }),
    rule: 'x.button.text',
  },
  {
    name: 'X test ids gone, Dutch labels',
    drift: 'x-noids',
    url: 'https://x.com/home?lang=nl',
    editor: (page) => page.locator('[data-testid="primaryColumn"] [role="textbox"]'),
    button: (page) => page.locator('[data-testid="primaryColumn"]').getByRole('button', { name: 'Plaatsen', exact: true }),
    rule: 'x.button.text',
  },
  {
    name: 'X compose modal, test ids gone',
    drift: 'x-noids',
    url: 'https://x.com/home',
    reveal: (page) => page.locator('a[data-testid="SideNav_NewTweet_Button"]').click(),
    editor: (page) => page.locator('#layers [role="textbox"]'),
    button: (page) => page.locator('#layers').getByRole('button', { name: 'Post', exact: true }),
    rule: 'x.editor.class.draft',
  },
  {
    name: 'LinkedIn classic comment, classes renamed',
    drift: 'li-classes',
    url: 'https://www.linkedin.com/feed/',
    editor: (page) => page.locator('form .ql-editor').first(),
    button: (page) => page.locator('form').first().getByRole('button', { name: 'Comment', exact: true }),
    rule: 'li.button.text',
  },
  {
    name: 'LinkedIn classic comment, classes gone, Dutch labels',
    drift: 'li-noclasses',
    url: 'https://www.linkedin.com/feed/?lang=nl',
    editor: (page) => page.locator('form .ql-editor').first(),
    button: (page) => page.locator('form').first().getByRole('button', { name: 'Reageren', exact: true }),
    rule: 'li.button.text',
  },
  {
    name: 'LinkedIn classic share box in the shadow root, classes gone',
    drift: 'li-noclasses',
    url: 'https://www.linkedin.com/feed/?style=shadow',
    reveal: (page) => page.getByRole('button', { name: 'Start a post' }).click(),
    editor: (page) => page.locator('[role="dialog"] .ql-editor'),
    button: (page) => page.locator('[role="dialog"]').getByRole('button', { name: 'Post', exact: true }),
    rule: 'li.button.text',
  },
  {
    name: 'LinkedIn classic comment, button wrapped',
    drift: 'li-wrap',
    url: 'https://www.linkedin.com/feed/',
    editor: (page) => page.locator('form .ql-editor').first(),
    button: (page) => page.locator('form').first().getByRole('button', { name: 'Comment', exact: true }),
    rule: 'li.button.class.comment',
  },
  {
    name: 'LinkedIn classic comment, button moved above the editor',
    drift: 'li-move',
    url: 'https://www.linkedin.com/feed/',
    editor: (page) => page.locator('form .ql-editor').first(),
    button: (page) => page.locator('form').first().getByRole('button', { name: 'Comment', exact: true }),
    rule: 'li.button.class.comment',
  },
  {
    name: 'LinkedIn SDUI comment, component keys gone',
    drift: 'sdui-nokeys',
    url: 'https://www.linkedin.com/feed/?style=sdui',
    editor: (page) => page.locator('.ProseMirror').first(),
    button: (page) => page.locator('button[type="submit"]').first(),
    rule: 'li.button.structure.submit',
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
    const popup = await openPopupFor(browser(), c.url.includes('linkedin') ? 'linkedin' : 'x');
    expect(await popup.getByTestId('rules').textContent()).toContain(c.rule);
    await popup.close();
    await c.button(page).click();
    await pauseDialog(page).waitFor();
    await postAnyway(page);
    const [record] = await expectPublished(page, 1);
    expect(record!.texts).toEqual([text]);
    await page.close();
  });
});
