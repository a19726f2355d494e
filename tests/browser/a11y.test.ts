/**
 * The pause as people meet it: axe-core with the WCAG 2.2 AA rules on the dialog (plain and flagged, English
 * and Dutch, light and dark), the notice, the popup, the welcome and the options pages; and the keyboard,
 * screen-reader and zoom behaviour the review asked for.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en, nl } from '../../src/core/i18n/messages.ts';
import { inDutch } from '../pages/locators.mjs';
import { surfaces } from './surfaces.ts';
import {
  afterTwoFrames, compose, expectPublished, openPage, openPopupFor, pauseDialog, pauseOn, postAnyway, pressAgainNotice, setOptions, useBrowser,
} from './helpers.ts';

const browser = useBrowser();
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const WCAG22AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations in `page`, within `include` when given (our own element on a site's page). */
async function violations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async ([tags, within]) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const context = within ? { include: [[within]] } : document;
    const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, [WCAG22AA, include ?? null] as const);
}

const extensionPage = (path: string) => `chrome-extension://${browser().extensionId}/src/${path}/index.html`;
const FLAGGED = 'Na de verkiezingen: wie stemt er nog? #ZwartePiet';
const shadowActive = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('postpause-root')?.shadowRoot?.activeElement;
    return active ? (active.textContent ?? '').trim() : null;
  });

describe('accessibility', () => {
  it.each([
    ['plain, English, light', 'en', 'light', 'Our bridge opened today'],
    ['flagged, English, light', 'en', 'light', FLAGGED],
    ['plain, Dutch, dark', 'nl', 'dark', 'Onze brug is vandaag geopend'],
    ['flagged, Dutch, dark', 'nl', 'dark', FLAGGED],
  ] as const)('the dialog has no WCAG 2.2 AA violation: %s', async (_, lang, scheme, text) => {
    await setOptions(browser(), { pauseSeconds: 0, language: lang });
    const surface = surfaces.xHome;
    const page = await browser().context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(lang === 'nl' ? inDutch(surface.url) : surface.url);
    await page.waitForFunction(() => window.__pp_ready === true);
    await surface.editor(page).click();
    await page.keyboard.type(text);
    await surface.button(page).click();
    await pauseDialog(page, lang).waitFor();
    // The dialog says its language, whatever the page's is.
    expect(await pauseDialog(page, lang).getAttribute('lang')).toBe(lang);
    expect(await violations(page, 'postpause-root')).toEqual([]);
    await page.close();
    await setOptions(browser(), { pauseSeconds: 0 });
  });

  it('the "press again" notice has no violation, says its language, is announced and puts focus on the button to press', async () => {
    const surface = surfaces.sduiShare;
    const page = await compose(browser(), surface, 'The share text');
    await surface.button(page).click();
    await postAnyway(page);
    await pressAgainNotice(page).waitFor();
    expect(await pressAgainNotice(page).getAttribute('lang')).toBe('en');
    // The live region sits inside the site's modal <dialog>, which hides everything outside it.
    expect(await page.locator('dialog[open] postpause-live').count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: en.pressAgain }).count()).toBe(1);
    expect(await surface.button(page).evaluate((button) => button === document.activeElement || button.contains(document.activeElement))).toBe(true);
    expect(await violations(page, 'postpause-root')).toEqual([]);
    await surface.button(page).click();
    await expectPublished(page, 1);
    await page.close();
  });

  it.each([
    ['popup', 'popup'],
    ['welcome page', 'welcome'],
    ['options page', 'options'],
  ])('the %s has no WCAG 2.2 AA violation, light and dark', async (_, path) => {
    const site = await openPage(browser(), surfaces.xHome.url);
    for (const scheme of ['light', 'dark'] as const) {
      const page = path === 'popup' ? await openPopupFor(browser(), 'x') : await browser().context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      if (path !== 'popup') await page.goto(extensionPage(path));
      await page.locator('main h1, main h2').first().waitFor();
      expect(await violations(page), `${path} ${scheme}`).toEqual([]);
      await page.close();
    }
    await site.close();
  });
});

describe('keyboard', () => {
  it('Tab wraps both ways over the flagged dialog, reaching the "why" toggles; after "Not relevant here" focus stays and Escape still keeps editing', async () => {
    const surface = surfaces.xHome;
    const page = await compose(browser(), surface, FLAGGED);
    await pauseOn(page, surface);
    expect(await shadowActive(page)).toBe(en.keepEditing);
    const seen: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+Tab');
      seen.push(await shadowActive(page));
    }
    // Backwards from "Keep editing": the "why" toggles are reached, and focus never leaves the dialog.
    expect(seen).toContain(en.whyFlagged);
    expect(seen.every((label) => label !== null)).toBe(true);
    await page.keyboard.press('Enter');
    const wrong = pauseDialog(page).getByRole('button', { name: en.wrongFlag });
    await wrong.first().focus();
    await page.keyboard.press('Enter');
    expect(await shadowActive(page)).toBe(en.wrongFlagThanks);
    await page.keyboard.press('Escape');
    await pauseDialog(page).waitFor({ state: 'detached' });
    await page.close();
  });

  it.each([200, 400])('at %s per cent zoom the dialog opens at the top, with the question in view and the buttons reachable', async (zoom) => {
    const surface = surfaces.xHome;
    const page = await compose(browser(), surface, `${FLAGGED} ${'and a long draft that goes on '.repeat(20)}`);
    // Zooming in by N% leaves 100/N of the window's CSS pixels.
    await page.setViewportSize({ width: Math.round(1280 / (zoom / 100)), height: Math.round(860 / (zoom / 100)) });
    await pauseOn(page, surface);
    await afterTwoFrames(page);
    const layout = await pauseDialog(page).evaluate((dialog) => {
      const question = dialog.querySelector('h2')!.getBoundingClientRect();
      const keep = dialog.querySelector('[data-testid="pp-keep-editing"]')!.getBoundingClientRect();
      return { scrollTop: dialog.scrollTop, questionTop: question.top, keepBottom: keep.bottom, height: innerHeight };
    });
    expect(layout.scrollTop).toBe(0);
    expect(layout.questionTop).toBeGreaterThanOrEqual(0);
    // The sticky footer keeps "Keep editing" on screen.
    expect(layout.keepBottom).toBeLessThanOrEqual(layout.height);
    await page.keyboard.press('Escape');
    await page.close();
  });
});

describe('Dutch', () => {
  it('counts down in Dutch that reads as Dutch', async () => {
    await setOptions(browser(), { pauseSeconds: 3, language: 'nl' });
    const page = await openPage(browser(), inDutch(surfaces.xHome.url));
    await surfaces.xHome.editor(page).click();
    await page.keyboard.type(FLAGGED);
    await surfaces.xHome.button(page).click();
    await pauseDialog(page, 'nl').getByText('Over 3 seconden kun je toch plaatsen').waitFor();
    expect(await pauseDialog(page, 'nl').getByText(nl.youDecide).count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.close();
    await setOptions(browser(), { pauseSeconds: 0 });
  });
});
